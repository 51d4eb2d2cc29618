package io.github.apprenticeships4j.core.provider;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The band of an achievement rate, as the Find apprenticeship training service (FAT) shows and filters it: over 70 %
 * (excellent), 60 to 70 % (good), 50 to 59 % (poor), under 50 % (very poor), or no data (none).
 * {@link #official(String)} reproduces FAT's computation on the published text, oddities included;
 * {@link #ofPercent(BigDecimal)} is the band the thresholds mean, computed on the number.
 */
public enum AchievementBand {
  /** 70 % or more; FAT's {@code Excellent}. */
  EXCELLENT("Excellent", "70% or more"),
  /** 60 % to under 70 %; FAT's {@code Good}. */
  GOOD("Good", "60% to 69.9%"),
  /** 50 % to under 60 %; FAT's {@code Poor}. */
  POOR("Poor", "50% to 59.9%"),
  /** Under 50 %; FAT's {@code VeryPoor}. */
  VERY_POOR("VeryPoor", "under 50%"),
  /** No achievement rate, or a suppressed one; FAT's {@code None}. */
  NONE("None", "no data");

  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal SEVENTY = BigDecimal.valueOf(70);

  private final String officialName;
  private final String range;

  AchievementBand(String officialName, String range) {
    this.officialName = officialName;
    this.range = range;
  }

  /** The name in FAT's database and filters, e.g. {@code VeryPoor}. */
  public String officialName() {
    return officialName;
  }

  /** The range in words, e.g. {@code 60% to 69.9%}. */
  public String range() {
    return range;
  }

  /**
   * The band exactly as FAT computes it from the published text of a rate; {@code null} stands for no value.
   *
   * <p>FAT reads the band from a computed column of its database, {@code AchievementRank} of table
   * {@code StandardProviderQAR} in SkillsFundingAgency/das-roatp-api ({@code src/SFA.DAS.Roatp.Database/Tables/
   * StandardProviderQAR.sql}), where the published rate is text ({@code VARCHAR(10)}):
   * <pre>
   * CASE WHEN ISNULL([AchievementRate],'x') LIKE N'%[^0-9.]%' THEN 'None'
   *      WHEN [AchievementRate]='100' then 'Excellent'
   *      WHEN [AchievementRate] &lt; '50' THEN 'VeryPoor'
   *      WHEN [AchievementRate] &lt; '60' THEN 'Poor'
   *      WHEN [AchievementRate] &lt; '70' THEN 'Good'
   *      ELSE 'Excellent' END
   * </pre>
   * The comparisons are between <em>strings</em>, character by character, not numbers. {@link #official(String)}
   * reproduces this exactly (a full stop sorts before the digits, as in SQL Server's collations), so:
   * <ul>
   *   <li>no value (SQL {@code NULL}) or any character other than a digit or a full stop ({@code "x"}, {@code "low"},
   *       {@code "-"}, {@code " 70"}) gives {@link #NONE};
   *   <li>{@code "69.9"} and {@code "69.99"} give {@link #GOOD}, {@code "70"} and {@code "70.1"} {@link #EXCELLENT},
   *       {@code "59.99"} {@link #POOR}, {@code "60"} {@link #GOOD}, {@code "49.9"} {@link #VERY_POOR};
   *   <li>{@code "100"} is caught by its own case and gives {@link #EXCELLENT}; but {@code "100.0"} is less than
   *       {@code "50"} as a string and gives {@link #VERY_POOR};
   *   <li>one-digit rates compare by their first character: {@code "5"} gives very poor (right), but {@code "6"} gives
   *       poor, {@code "7"} good and {@code "8"} or {@code "9.5"} excellent (all really under 50 %);
   *   <li>the empty string is less than {@code "50"} and gives {@link #VERY_POOR}, unlike {@code NULL}.
   * </ul>
   * {@link #ofPercent(BigDecimal)} is the band the thresholds mean, computed on the number; the two agree on every rate
   * written with two digits before the point, and on {@code "100"}.
   */
  public static AchievementBand official(@Nullable String publishedRate) {
    if (publishedRate == null) {
      return NONE;
    }
    for (int i = 0; i < publishedRate.length(); i++) {
      char c = publishedRate.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return NONE;
      }
    }
    if (publishedRate.equals("100")) {
      return EXCELLENT;
    }
    if (publishedRate.compareTo("50") < 0) {
      return VERY_POOR;
    }
    if (publishedRate.compareTo("60") < 0) {
      return POOR;
    }
    if (publishedRate.compareTo("70") < 0) {
      return GOOD;
    }
    return EXCELLENT;
  }

  /** The band of a rate in percent, compared as a number: 70 or more excellent, 60 good, 50 poor, less very poor. */
  public static AchievementBand ofPercent(BigDecimal percent) {
    if (percent.compareTo(SEVENTY) >= 0) {
      return EXCELLENT;
    }
    if (percent.compareTo(SIXTY) >= 0) {
      return GOOD;
    }
    return percent.compareTo(FIFTY) >= 0 ? POOR : VERY_POOR;
  }

  /** The official name, e.g. {@code VeryPoor}, ignoring case; as FAT's filter matches it. */
  public static java.util.Optional<AchievementBand> tryParse(String name) {
    for (AchievementBand band : values()) {
      if (band.officialName.equalsIgnoreCase(name.strip())) {
        return java.util.Optional.of(band);
      }
    }
    return java.util.Optional.empty();
  }
}

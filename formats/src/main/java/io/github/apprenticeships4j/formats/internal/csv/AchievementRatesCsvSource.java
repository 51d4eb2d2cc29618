package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.provider.AchievementRate;
import io.github.apprenticeships4j.core.provider.AgeBand;
import io.github.apprenticeships4j.core.provider.LevelGroup;
import io.github.apprenticeships4j.core.provider.ProviderCodes;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the national achievement rates CSV; see {@code io.github.apprenticeships4j.formats.csv.AchievementRatesCsv}. */
public final class AchievementRatesCsvSource extends MappedCsvSource<AchievementRate> {
  public static final String UKPRN = "UKPRN";
  public static final String AGE_BAND = "Age_Band";
  public static final String SECTOR = "Sector_Subject_Area_T2";
  public static final String LEVEL = "Apprenticeship_Level_Grouped";
  public static final String LEAVERS = "Overall_Leavers";
  public static final String RATE = "Overall_Achievement_Rate";

  public static final List<String> REQUIRED_COLUMNS = List.of(AGE_BAND, SECTOR, LEVEL, LEAVERS, RATE);

  /** The markers of suppressed values: the GSS symbols x, c, z, u, low and .., and * and - seen in DfE tables. */
  public static final Set<String> SUPPRESSED = Set.of("x", "c", "z", "u", "low", "..", "*", "-");

  private static final Pattern RATE_TEXT = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");
  private static final Pattern COUNT_TEXT = Pattern.compile("\\d{1,9}");

  private final Optional<String> period;

  /** A reader of {@code input}, which it owns; every rate is about {@code period}, if given. */
  public AchievementRatesCsvSource(Reader input, String source, CsvSettings settings, Optional<String> period) {
    super(input, source, settings, REQUIRED_COLUMNS);
    this.period = period;
  }

  @Override
  protected Row<AchievementRate> map(Fields fields) {
    Optional<Ukprn> ukprn = Optional.empty();
    if (fields.has(UKPRN)) {
      ukprn = Optional.ofNullable(fields.ukprn(UKPRN, "ukprn"));
    }
    Optional<AgeBand> age = AgeBand.tryParse(fields.text(AGE_BAND));
    if (age.isEmpty()) {
      fields.error(ReadCodes.CSV_VALUE_UNKNOWN, AGE_BAND + " must be 16-18, 19-23, 24+ or All Age", AGE_BAND,
          "ageBand");
    }
    String sector = fields.text(SECTOR);
    if (sector.isEmpty()) {
      fields.blank(SECTOR, "sectorSubjectArea", "absent");
    }
    Optional<LevelGroup> level = LevelGroup.tryParse(fields.text(LEVEL));
    if (level.isEmpty()) {
      fields.error(ReadCodes.CSV_VALUE_UNKNOWN, LEVEL + " must be 2, 3, 4+ or All Levels", LEVEL, "levelGroup");
    }
    Optional<String> leavers = published(fields, LEAVERS, "publishedLeavers", COUNT_TEXT, "a whole number");
    Optional<String> rate = published(fields, RATE, "publishedRate", RATE_TEXT, "a percentage such as 67.5");
    Optional<Ukprn> provider = ukprn;
    return fields.acceptUnlessErrors(() -> AchievementRate.builder()
        .ukprn(provider)
        .sectorSubjectArea(sector.isEmpty() ? Optional.empty() : Optional.of(sector))
        .levelGroup(level)
        .ageBand(age)
        .period(period)
        .publishedLeavers(leavers)
        .publishedRate(rate)
        .build());
  }

  /** A number of the form {@code format}, or a suppression marker; blank gives none with a warning. */
  private static Optional<String> published(MappedCsvSource<AchievementRate>.Fields fields, String column,
      String path, Pattern format, String expected) {
    String text = fields.text(column);
    if (text.isEmpty()) {
      fields.blank(column, path, "absent");
      return Optional.empty();
    }
    if (!format.matcher(text).matches() && !SUPPRESSED.contains(text.toLowerCase(Locale.ROOT))) {
      fields.error(ReadCodes.CSV_NUMBER_FORMAT, column + " must be " + expected
          + " or a suppression marker (x, c, low, ...)",
          column, path);
      return Optional.empty();
    }
    if (column.equals(RATE) && format.matcher(text).matches()
        && new java.math.BigDecimal(text).compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
      fields.error(ProviderCodes.ACHIEVEMENT_RATE_RANGE, column + " must be at most 100", column, path);
      return Optional.empty();
    }
    return Optional.of(text);
  }
}

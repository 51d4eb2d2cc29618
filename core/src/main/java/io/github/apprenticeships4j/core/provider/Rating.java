package io.github.apprenticeships4j.core.provider;

import java.util.Optional;

/**
 * The rating an employer or apprentice review average gives a provider in the Find apprenticeship training service.
 *
 * <p>FAT computes it from whole stars, 1 to 4, in columns {@code Rating} of tables {@code ProviderEmployerStars} and
 * {@code ProviderApprenticeStars} (SkillsFundingAgency/das-roatp-api, {@code src/SFA.DAS.Roatp.Database/Tables/}):
 * 4 {@code Excellent}, 3 {@code Good}, 2 {@code Poor}, 1 {@code VeryPoor}, and no rating for any other number. A
 * provider without a rating (no reviews in the period, or stars outside 1 to 4) is shown and filtered as
 * {@code NotYetReviewed} (stored procedure {@code GetProvidersByLarsCode}, {@code ISNULL(pes.Rating,'NotYetReviewed')}).
 */
public enum Rating {
  /** 4 stars. */
  EXCELLENT("Excellent", 4),
  /** 3 stars. */
  GOOD("Good", 3),
  /** 2 stars. */
  POOR("Poor", 2),
  /** 1 star. */
  VERY_POOR("VeryPoor", 1),
  /** No reviews in the period. */
  NOT_YET_REVIEWED("NotYetReviewed", 0);

  private final String officialName;
  private final int stars;

  Rating(String officialName, int stars) {
    this.officialName = officialName;
    this.stars = stars;
  }

  /** The name in FAT's database and filters, e.g. {@code VeryPoor}. */
  public String officialName() {
    return officialName;
  }

  /** The stars of the rating, 1 to 4; 0 for {@link #NOT_YET_REVIEWED}. */
  public int stars() {
    return stars;
  }

  /** The rating of {@code stars} whole stars: 1 to 4 as above, any other number {@link #NOT_YET_REVIEWED}. */
  public static Rating ofStars(int stars) {
    switch (stars) {
      case 4:
        return EXCELLENT;
      case 3:
        return GOOD;
      case 2:
        return POOR;
      case 1:
        return VERY_POOR;
      default:
        return NOT_YET_REVIEWED;
    }
  }

  /** The rating named {@code name} (e.g. {@code VeryPoor}), ignoring case, spaces and underscores. */
  public static Optional<Rating> tryParse(String name) {
    String squashed = name.replaceAll("[\\s_]+", "");
    for (Rating rating : values()) {
      if (rating.officialName.equalsIgnoreCase(squashed)) {
        return Optional.of(rating);
      }
    }
    return Optional.empty();
  }
}

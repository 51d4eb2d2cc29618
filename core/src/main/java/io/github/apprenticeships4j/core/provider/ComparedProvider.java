package io.github.apprenticeships4j.core.provider;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One provider in a {@link ProviderComparison}: the provider, the achievement rate chosen for the comparison, and its
 * assessment. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComparedProvider {
  ComparedProvider() {}

  public static ComparedProvider of(Provider provider, Optional<AchievementRate> achievement,
      QualityAssessment assessment) {
    return ImmutableComparedProvider.builder().provider(provider).achievement(achievement).assessment(assessment)
        .build();
  }

  public abstract Provider provider();

  /** The provider's rate for what is compared (a standard, or a sector and level), if it has one. */
  public abstract Optional<AchievementRate> achievement();

  public abstract QualityAssessment assessment();

  /** The rate in percent, if it is a number. */
  public final Optional<BigDecimal> percent() {
    return achievement().flatMap(AchievementRate::percent);
  }

  /** The official band of the rate; {@link AchievementBand#NONE} without one. */
  public final AchievementBand band() {
    return achievement().map(AchievementRate::band).orElse(AchievementBand.NONE);
  }

  @Override
  public String toString() {
    return provider() + ": " + achievement().flatMap(AchievementRate::publishedRate).orElse("-") + "% ("
        + band().officialName() + "), employers " + provider().employerRating().officialName() + ", apprentices "
        + provider().apprenticeRating().officialName();
  }
}

package io.github.apprenticeships4j.core.provider;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of providers compared for ST1398, shared by the property tests. Values are drawn from
 * small pools so that ties on every key are frequent.
 */
final class ProviderGen {
  static final StandardReference STANDARD = StandardReference.parse("ST1398");

  private ProviderGen() {}

  static Gen<Optional<String>> publishedRates() {
    return arbitrary().pick(List.of(Optional.empty(), Optional.of("x"), Optional.of("low"), Optional.of("0"),
        Optional.of("49.9"), Optional.of("59.99"), Optional.of("60"), Optional.of("69.9"), Optional.of("70"),
        Optional.of("70.0"), Optional.of("70.1"), Optional.of("100"), Optional.of("100.0"), Optional.of("7")));
  }

  static Gen<Optional<Feedback>> feedback() {
    return integers().between(0, 4).zip(integers().between(0, 3),
        (stars, reviews) -> stars == 0 ? Optional.<Feedback>empty() : Optional.of(Feedback.of(stars, reviews)));
  }

  static Gen<ComparedProvider> comparedProviders() {
    Gen<Ukprn> ukprns = integers().between(0, 5).map(n -> Ukprn.of(10_000_000L + n));
    Gen<String> names = arbitrary().pick("Acme", "Beta", "acme", "Zed");
    return ukprns.zip(names, publishedRates(), feedback(), feedback(), (ukprn, name, rate, employer, apprentice) -> {
      Optional<AchievementRate> achievement = rate.map(r -> AchievementRate.builder().ukprn(ukprn).standard(STANDARD)
          .publishedRate(r).build());
      Provider provider = Provider.builder().ukprn(ukprn).name(name)
          .addAllAchievementRates(achievement.map(List::of).orElse(List.of()))
          .employerFeedback(employer).apprenticeFeedback(apprentice).build();
      return ComparedProvider.of(provider, achievement,
          QualityThresholds.defaults().assess(achievement, Optional.empty(), Optional.empty()));
    });
  }

  static Gen<List<ComparedProvider>> lists0to30() {
    return lists().of(comparedProviders()).ofSizeBetween(0, 30);
  }

  static Gen<ProviderSort> sorts() {
    return arbitrary().enumValues(ProviderSort.class);
  }
}

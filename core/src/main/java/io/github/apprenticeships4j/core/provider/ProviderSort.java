package io.github.apprenticeships4j.core.provider;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders in which a comparison lists providers, as the Find apprenticeship training service sorts them (stored
 * procedure {@code GetProvidersByLarsCode} of SkillsFundingAgency/das-roatp-api, without distance, which needs
 * locations): by the chosen measure, best first, then "always" by achievement rate, employer stars and apprentice
 * stars, best first, and finally by UKPRN, ascending.
 *
 * <p>Differences from the official order, both to make it a total order that puts unknowns last:
 * <ul>
 *   <li>a provider without a numeric rate (none, or suppressed) comes after every provider with one; FAT counts it as
 *       0 %, equal to a real 0 %. Without stars a provider comes after every provider with stars, as in FAT (-1).
 *   <li>after the UKPRN, the name breaks ties (ordinal comparison), for lists holding the same UKPRN twice.
 * </ul>
 * Providers equal on every key compare as equal, and a stable sort ({@link java.util.List#sort}) keeps their input
 * order. Every comparator here is a total preorder.
 */
public enum ProviderSort {
  /** Achievement rate, highest first; then employer stars, apprentice stars. */
  ACHIEVEMENT_RATE,
  /** Employer stars, most first; then achievement rate, apprentice stars. */
  EMPLOYER_RATING,
  /** Apprentice stars, most first; then achievement rate, employer stars. */
  APPRENTICE_RATING;

  private static final Comparator<ComparedProvider> RATE =
      bestFirst(ComparedProvider::percent);
  private static final Comparator<ComparedProvider> EMPLOYER_STARS =
      bestFirst(c -> c.provider().employerFeedback().map(f -> BigDecimal.valueOf(f.stars())));
  private static final Comparator<ComparedProvider> APPRENTICE_STARS =
      bestFirst(c -> c.provider().apprenticeFeedback().map(f -> BigDecimal.valueOf(f.stars())));
  private static final Comparator<ComparedProvider> IDENTITY =
      Comparator.comparing((ComparedProvider c) -> c.provider().ukprn()).thenComparing(c -> c.provider().name());

  /** The comparator of this order. */
  public Comparator<ComparedProvider> comparator() {
    switch (this) {
      case EMPLOYER_RATING:
        return EMPLOYER_STARS.thenComparing(RATE).thenComparing(APPRENTICE_STARS).thenComparing(IDENTITY);
      case APPRENTICE_RATING:
        return APPRENTICE_STARS.thenComparing(RATE).thenComparing(EMPLOYER_STARS).thenComparing(IDENTITY);
      default:
        return RATE.thenComparing(EMPLOYER_STARS).thenComparing(APPRENTICE_STARS).thenComparing(IDENTITY);
    }
  }

  /** Highest value first, missing values last. */
  private static Comparator<ComparedProvider> bestFirst(Function<ComparedProvider, Optional<BigDecimal>> key) {
    Comparator<Optional<BigDecimal>> order = (a, b) -> {
      if (a.isPresent() && b.isPresent()) {
        return b.get().compareTo(a.get());
      }
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    };
    return Comparator.comparing(key, order);
  }
}

package io.github.apprenticeships4j.core.provider;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Lists providers for a standard the way an employer compares them: filtered by provider type, achievement band and
 * ratings, sorted by a {@link ProviderSort}, each with its {@link QualityAssessment}.
 *
 * <pre>{@code
 * List<ComparedProvider> rows = ProviderComparison.forStandard(StandardReference.parse("ST1398"))
 *     .types(EnumSet.of(ProviderType.MAIN))
 *     .bands(EnumSet.of(AchievementBand.EXCELLENT, AchievementBand.GOOD))
 *     .sortBy(ProviderSort.ACHIEVEMENT_RATE)
 *     .compare(providers);
 * }</pre>
 *
 * <p>Filters left empty let everything through; a filter on types drops providers that are not on the register.
 * Providers without a rate are in band {@link AchievementBand#NONE}, and those without feedback
 * {@link Rating#NOT_YET_REVIEWED}, as in FAT's filters. Immutable and thread-safe: each setter returns a copy.
 */
public final class ProviderComparison {
  private final Function<? super Provider, Optional<AchievementRate>> rateOf;
  private final Set<ProviderType> types;
  private final Set<AchievementBand> bands;
  private final Set<Rating> employerRatings;
  private final Set<Rating> apprenticeRatings;
  private final ProviderSort sort;
  private final QualityThresholds thresholds;
  private final Optional<AchievementRate> national;

  private ProviderComparison(Function<? super Provider, Optional<AchievementRate>> rateOf, Set<ProviderType> types,
      Set<AchievementBand> bands, Set<Rating> employerRatings, Set<Rating> apprenticeRatings, ProviderSort sort,
      QualityThresholds thresholds, Optional<AchievementRate> national) {
    this.rateOf = rateOf;
    this.types = Set.copyOf(types);
    this.bands = Set.copyOf(bands);
    this.employerRatings = Set.copyOf(employerRatings);
    this.apprenticeRatings = Set.copyOf(apprenticeRatings);
    this.sort = sort;
    this.thresholds = thresholds;
    this.national = national;
  }

  /** A comparison by each provider's rate for {@code standard} (see {@link #rateForStandard}). */
  public static ProviderComparison forStandard(StandardReference standard) {
    return of(rateForStandard(standard));
  }

  /**
   * A comparison by the rate {@code rateOf} picks for each provider, e.g.
   * {@link #rateForSector(String, LevelGroup, AgeBand)} for the national achievement rates tables. No filters,
   * sorted by achievement rate, default thresholds, no national rate.
   */
  public static ProviderComparison of(Function<? super Provider, Optional<AchievementRate>> rateOf) {
    return new ProviderComparison(Objects.requireNonNull(rateOf, "rateOf"), Set.of(), Set.of(), Set.of(), Set.of(),
        ProviderSort.ACHIEVEMENT_RATE, QualityThresholds.defaults(), Optional.empty());
  }

  /** The provider's rate for {@code standard}; of several, the one of the latest period. */
  public static Function<Provider, Optional<AchievementRate>> rateForStandard(StandardReference standard) {
    return latest(r -> r.standard().filter(standard::equals).isPresent());
  }

  /**
   * The provider's rate for a sector subject area (tier 2, ignoring case), level group and age band, as in the
   * national achievement rates tables; of several, the one of the latest period.
   */
  public static Function<Provider, Optional<AchievementRate>> rateForSector(String sectorSubjectArea,
      LevelGroup level, AgeBand age) {
    String sector = sectorSubjectArea.strip();
    return latest(r -> r.sectorSubjectArea().filter(sector::equalsIgnoreCase).isPresent()
        && r.levelGroup().filter(level::equals).isPresent() && r.ageBand().filter(age::equals).isPresent());
  }

  private static Function<Provider, Optional<AchievementRate>> latest(Predicate<AchievementRate> wanted) {
    Comparator<AchievementRate> byPeriod = Comparator.comparing(r -> r.period().orElse(""));
    return p -> p.achievementRates().stream().filter(wanted).reduce((a, b) -> byPeriod.compare(b, a) > 0 ? b : a);
  }

  /** Only providers registered as one of {@code types}; empty for all. */
  public ProviderComparison types(Set<ProviderType> types) {
    return new ProviderComparison(rateOf, types, bands, employerRatings, apprenticeRatings, sort, thresholds,
        national);
  }

  /** Only providers whose rate is in one of {@code bands} ({@link AchievementBand#NONE}: no rate); empty for all. */
  public ProviderComparison bands(Set<AchievementBand> bands) {
    return new ProviderComparison(rateOf, types, bands, employerRatings, apprenticeRatings, sort, thresholds,
        national);
  }

  /** Only providers whose employer rating is one of {@code ratings}; empty for all. */
  public ProviderComparison employerRatings(Set<Rating> ratings) {
    return new ProviderComparison(rateOf, types, bands, ratings, apprenticeRatings, sort, thresholds, national);
  }

  /** Only providers whose apprentice rating is one of {@code ratings}; empty for all. */
  public ProviderComparison apprenticeRatings(Set<Rating> ratings) {
    return new ProviderComparison(rateOf, types, bands, employerRatings, ratings, sort, thresholds, national);
  }

  /** The order of the list; default {@link ProviderSort#ACHIEVEMENT_RATE}. */
  public ProviderComparison sortBy(ProviderSort sort) {
    return new ProviderComparison(rateOf, types, bands, employerRatings, apprenticeRatings,
        Objects.requireNonNull(sort, "sort"), thresholds, national);
  }

  /** The thresholds of the assessments; default {@link QualityThresholds#defaults()}. */
  public ProviderComparison thresholds(QualityThresholds thresholds) {
    return new ProviderComparison(rateOf, types, bands, employerRatings, apprenticeRatings, sort,
        Objects.requireNonNull(thresholds, "thresholds"), national);
  }

  /** The national rate each provider's rate is compared with; default none. */
  public ProviderComparison nationalRate(AchievementRate national) {
    return new ProviderComparison(rateOf, types, bands, employerRatings, apprenticeRatings, sort, thresholds,
        Optional.of(national));
  }

  /** The providers that pass the filters, assessed, in the chosen order (ties in input order). */
  public List<ComparedProvider> compare(Collection<Provider> providers) {
    return providers.stream()
        .filter(p -> types.isEmpty() || p.type().filter(types::contains).isPresent())
        .filter(p -> employerRatings.isEmpty() || employerRatings.contains(p.employerRating()))
        .filter(p -> apprenticeRatings.isEmpty() || apprenticeRatings.contains(p.apprenticeRating()))
        .map(p -> {
          Optional<AchievementRate> rate = rateOf.apply(p);
          return ComparedProvider.of(p, rate, thresholds.assess(rate, national, p.employerSatisfaction()));
        })
        .filter(c -> bands.isEmpty() || bands.contains(c.band()))
        .sorted(sort.comparator())
        .collect(Collectors.toUnmodifiableList());
  }

}

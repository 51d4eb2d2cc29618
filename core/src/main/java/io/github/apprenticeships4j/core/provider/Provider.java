package io.github.apprenticeships4j.core.provider;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A training provider with what an employer compares providers by: its register entry, its achievement rates, and
 * the employer and apprentice feedback of the latest period. Holds what the sources say; any part may be missing.
 * Immutable and thread-safe; build one with {@link #builder()} or {@link #assemble}.
 */
@Value.Immutable
public abstract class Provider implements WithProvider {
  Provider() {}

  /** A builder of a {@code Provider}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Provider#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableProvider.Builder {
    Builder() {}
  }

  public abstract Ukprn ukprn();

  public abstract String name();

  /** The provider's entry in the register, if it is on it. */
  public abstract Optional<RegisterEntry> registration();

  /** Its achievement rates: per standard, per sector, for several periods, as the sources give them. */
  public abstract List<AchievementRate> achievementRates();

  public abstract Optional<Feedback> employerFeedback();

  public abstract Optional<Feedback> apprenticeFeedback();

  /**
   * The share of its employers satisfied with it, in percent, where a source gives one (FAT's former
   * {@code EmployerSatisfaction}); the star ratings do not give a percentage.
   */
  public abstract Optional<BigDecimal> employerSatisfaction();

  /** The route it is registered on, if it is on the register. */
  public final Optional<ProviderType> type() {
    return registration().map(RegisterEntry::type);
  }

  /** The employer rating; {@link Rating#NOT_YET_REVIEWED} without feedback. */
  public final Rating employerRating() {
    return employerFeedback().map(Feedback::rating).orElse(Rating.NOT_YET_REVIEWED);
  }

  /** The apprentice rating; {@link Rating#NOT_YET_REVIEWED} without feedback. */
  public final Rating apprenticeRating() {
    return apprenticeFeedback().map(Feedback::rating).orElse(Rating.NOT_YET_REVIEWED);
  }

  /**
   * One provider per register entry, in register order, with the achievement rates of its UKPRN (national rates are
   * left out) and its feedback. Entries with a UKPRN seen before are merged into the first.
   */
  public static List<Provider> assemble(Collection<RegisterEntry> register, Collection<AchievementRate> rates,
      Map<Ukprn, Feedback> employerFeedback, Map<Ukprn, Feedback> apprenticeFeedback) {
    Map<Ukprn, RegisterEntry> entries = new LinkedHashMap<>();
    register.forEach(e -> entries.putIfAbsent(e.ukprn(), e));
    Map<Ukprn, List<AchievementRate>> byProvider = new LinkedHashMap<>();
    rates.forEach(r -> r.ukprn().ifPresent(u -> byProvider.computeIfAbsent(u, k -> new ArrayList<>()).add(r)));
    List<Provider> providers = new ArrayList<>();
    entries.forEach((ukprn, entry) -> providers.add(builder()
        .ukprn(ukprn)
        .name(entry.name())
        .registration(entry)
        .addAllAchievementRates(byProvider.getOrDefault(ukprn, List.of()))
        .employerFeedback(Optional.ofNullable(employerFeedback.get(ukprn)))
        .apprenticeFeedback(Optional.ofNullable(apprenticeFeedback.get(ukprn)))
        .build()));
    return providers;
  }

  @Override
  public String toString() {
    return ukprn() + " " + name();
  }
}

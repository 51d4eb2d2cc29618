package io.github.apprenticeships4j.core.provider;

import static io.github.apprenticeships4j.core.provider.ProviderCodes.ACHIEVEMENT_RATE_RANGE;

import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An achievement rate as DfE publishes it (qualification achievement rates, QAR): the share of the apprentices who
 * left in an academic year that achieved their apprenticeship, with the number of leavers.
 *
 * <p>One type for the two shapes of the data: a provider's rate for one standard (what the Find apprenticeship
 * training service shows, {@link #standard()} set), and a row of the national achievement rates tables (NART), by
 * sector subject area, level group and age band. Without a {@link #ukprn()} the rate is the national one, for
 * comparison.
 *
 * <p>The rate and the number of leavers are kept as published, as text: small cohorts are suppressed (DfE writes
 * {@code x}, {@code c}, {@code low} or similar), and the official band is computed from the text
 * ({@link AchievementBand#official(String)}). {@link #percent()} and {@link #leavers()} are the numbers, when the text
 * is one. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class AchievementRate implements WithAchievementRate {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?|\\.\\d{1,9}");
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  AchievementRate() {}

  /** A builder of an {@code AchievementRate}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link AchievementRate#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableAchievementRate.Builder {
    Builder() {}
  }

  /** The provider; absent for a national rate. */
  public abstract Optional<Ukprn> ukprn();

  /** The standard the rate is about, for a per-standard rate. */
  public abstract Optional<StandardReference> standard();

  /** The sector subject area (tier 2), e.g. {@code ICT for practitioners}, for a NART row. */
  public abstract Optional<String> sectorSubjectArea();

  /** The level group, for a NART row. */
  public abstract Optional<LevelGroup> levelGroup();

  /** The age band, for a NART row. */
  public abstract Optional<AgeBand> ageBand();

  /** The academic year of the leavers, e.g. {@code 2324} for 2023 to 2024, as FAT's {@code TimePeriod}. */
  public abstract Optional<String> period();

  /** The number of leavers as published; absent when none was given. */
  public abstract Optional<String> publishedLeavers();

  /** The rate in percent as published, e.g. {@code 71.3} or {@code x}; absent when none was given. */
  public abstract Optional<String> publishedRate();

  /** Whether this is a national rate (no provider). */
  public final boolean isNational() {
    return ukprn().isEmpty();
  }

  /** The rate in percent, 0 to 100, when the published text is a number. */
  public final Optional<BigDecimal> percent() {
    return publishedRate().filter(t -> NUMBER.matcher(t).matches()).map(BigDecimal::new);
  }

  /** The number of leavers, when the published text is a whole number. */
  public final OptionalInt leavers() {
    return publishedLeavers().filter(t -> COUNT.matcher(t).matches())
        .map(t -> OptionalInt.of(Integer.parseInt(t))).orElse(OptionalInt.empty());
  }

  /** Whether a rate was published but is not a number: suppressed (or withheld) by the publisher. */
  public final boolean isSuppressed() {
    return publishedRate().isPresent() && percent().isEmpty();
  }

  /** The band exactly as the official service computes it from the published text. */
  public final AchievementBand band() {
    return AchievementBand.official(publishedRate().orElse(null));
  }

  /** Refuses a numeric rate above 100 %. */
  @Value.Check
  protected void check() {
    if (percent().isPresent() && percent().get().compareTo(HUNDRED) > 0) {
      throw new InvalidValueException(Issue.error(ACHIEVEMENT_RATE_RANGE, "an achievement rate is at most 100%")
          .at("publishedRate").rejecting(publishedRate().orElse("")));
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("AchievementRate[");
    text.append(ukprn().map(Ukprn::toString).orElse("national"));
    standard().ifPresent(s -> text.append(' ').append(s));
    sectorSubjectArea().ifPresent(s -> text.append(' ').append(s));
    levelGroup().ifPresent(l -> text.append(" level ").append(l));
    ageBand().ifPresent(a -> text.append(" age ").append(a));
    period().ifPresent(p -> text.append(" period ").append(p));
    text.append(": ").append(publishedRate().orElse("-")).append("% of ").append(publishedLeavers().orElse("-"))
        .append(" leavers]");
    return text.toString();
  }
}

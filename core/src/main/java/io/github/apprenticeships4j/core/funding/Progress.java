package io.github.apprenticeships4j.core.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What happens to an apprenticeship, for its payment profile: completion on the planned end date (the default), on
 * another date (early or late), or withdrawal; with or without breaks in learning, price changes and changes of
 * employer; and, after a foundation apprenticeship, progression to a further apprenticeship. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Progress implements WithProgress {
  private static final Progress AS_PLANNED = builder().build();

  Progress() {}

  /** A builder of a progress; built empty, it is completion as planned. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Progress#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableProgress.Builder {
    Builder() {}
  }

  /** Completion on the planned end date, no break. */
  public static Progress asPlanned() {
    return AS_PLANNED;
  }

  /** Completion on {@code date}: before the planned end date is early, after it late. */
  public static Progress completedOn(LocalDate date) {
    return builder().completionDate(date).build();
  }

  /** Withdrawal after {@code lastDayInLearning}. */
  public static Progress withdrawnAfter(LocalDate lastDayInLearning) {
    return builder().withdrawalDate(lastDayInLearning).build();
  }

  /** The completion date; absent means the planned end date, unless the apprentice withdrew. */
  public abstract Optional<LocalDate> completionDate();

  /** The last day in learning of an apprentice who withdrew. */
  public abstract Optional<LocalDate> withdrawalDate();

  /** Breaks in learning, in date order. */
  public abstract List<BreakInLearning> breaks();

  /**
   * The day a foundation apprentice started a further apprenticeship; it earns the last instalment of the foundation
   * employer incentive ({@link PaymentKind#FOUNDATION_EMPLOYER_INCENTIVE}). Ignored, with a warning, on other
   * apprenticeships.
   */
  public abstract Optional<LocalDate> progressionDate();

  /** Changes of the agreed price during learning, in date order. */
  public abstract List<PriceChange> priceChanges();

  /** Changes of employer during learning, in date order. */
  public abstract List<EmployerChange> employerChanges();
}

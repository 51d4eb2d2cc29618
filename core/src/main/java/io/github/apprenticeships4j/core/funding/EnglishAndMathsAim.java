package io.github.apprenticeships4j.core.funding;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One English or maths aim (up to level 2) taken alongside an apprenticeship: paid to the provider at the
 * {@code english-and-maths.rate} in force on the aim's own start date, in equal monthly instalments over the aim's
 * planned duration, outside co-investment and levy. The object holds what it is given;
 * {@link FundingCalculator#validate(Apprenticeship)} reports every defect. Immutable and thread-safe.
 *
 * <pre>{@code
 * EnglishAndMathsAim maths = EnglishAndMathsAim.builder().qualification(EnglishAndMathsQualification.MATHS)
 *     .startDate(LocalDate.of(2025, 9, 1)).plannedDurationMonths(12).build();   // 724.00 in 12 instalments
 * }</pre>
 */
@Value.Immutable
public abstract class EnglishAndMathsAim implements WithEnglishAndMathsAim {
  EnglishAndMathsAim() {}

  /** A builder of an aim; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link EnglishAndMathsAim#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableEnglishAndMathsAim.Builder {
    Builder() {}
  }

  /** What the aim leads to, which chooses its rate from 1 January 2024. */
  public abstract EnglishAndMathsQualification qualification();

  /** First day of the aim: the rate in force on that day applies. */
  public abstract LocalDate startDate();

  /** Planned end date of the aim; give it or {@link #plannedDurationMonths()}. */
  public abstract Optional<LocalDate> plannedEndDate();

  /** Planned duration in months; the planned end date is then the start date plus that many months, less a day. */
  public abstract OptionalInt plannedDurationMonths();

  /**
   * The learner's last day on the aim if they withdrew from it: instalments stop after it, and none is paid unless
   * the qualifying period was reached (das-funding-apprenticeship-earnings EnglishAndMathsPayments).
   */
  public abstract Optional<LocalDate> withdrawalDate();
}

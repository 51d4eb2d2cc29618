package io.github.apprenticeships4j.core.funding;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** The employer of an apprenticeship as the funding rules see it. Immutable and thread-safe. */
@Value.Immutable
public abstract class Employer implements WithEmployer {
  Employer() {}

  /** A builder of an employer. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Employer#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableEmployer.Builder {
    Builder() {}
  }

  /** An employer that does not pay the levy. */
  public static Employer nonLevy() {
    return builder().levyPayer(false).build();
  }

  /** A levy-paying employer with {@code funds} in its apprenticeship service account for this apprenticeship. */
  public static Employer levyPayer(BigDecimal funds) {
    return builder().levyPayer(true).levyFundsAvailable(funds).build();
  }

  /** Whether the employer pays the apprenticeship levy. */
  public abstract boolean levyPayer();

  /**
   * Number of employees (average over the 365 days before the apprentice was recruited); needed for starts before
   * 1 April 2024, when small employers (fewer than 50) were fully funded for young apprentices.
   */
  @PositiveOrZero(message = "{io.github.apprenticeships4j." + FundingCodes.HEADCOUNT_NEGATIVE + "}")
  public abstract OptionalInt headcount();

  /**
   * Levy funds available to this apprenticeship, consumed in payment order; levy payers only. The calculator treats it
   * as a fixed amount; the {@link LevyAccount} forecasts an account month by month.
   */
  @PositiveOrZero(message = "{io.github.apprenticeships4j." + FundingCodes.LEVY_FUNDS_NEGATIVE + "}")
  @Value.Default
  public BigDecimal levyFundsAvailable() {
    return BigDecimal.ZERO;
  }

  /** The qualifier of the rules that differ by kind of employer: {@code levy-payer} or {@code non-levy}. */
  final String ruleQualifier() {
    return levyPayer() ? "levy-payer" : "non-levy";
  }
}

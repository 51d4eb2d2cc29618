package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@link FundingCalculator#calculate(ApprenticeshipUnit)}: a {@link UnitFundingBreakdown}, or the
 * findings that rejected the unit. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitFundingResult {
  UnitFundingResult() {}

  /** Every finding: the errors that rejected the unit, or the warnings of an accepted one. */
  public abstract ValidationReport report();

  /** The breakdown; absent when the unit was rejected. */
  public abstract Optional<UnitFundingBreakdown> breakdown();

  /** Whether the unit was rejected, so that there is no breakdown. */
  public final boolean isRejected() {
    return breakdown().isEmpty();
  }

  /**
   * The breakdown.
   *
   * @throws InvalidValueException carrying the first error when the unit was rejected
   */
  public final UnitFundingBreakdown orElseThrow() {
    return breakdown().orElseThrow(() -> new InvalidValueException(report().atLeast(Severity.ERROR).get(0)));
  }

  static UnitFundingResult rejected(ValidationReport report) {
    return ImmutableUnitFundingResult.builder().report(report).build();
  }

  static UnitFundingResult of(UnitFundingBreakdown breakdown) {
    return ImmutableUnitFundingResult.builder().report(breakdown.warnings()).breakdown(breakdown).build();
  }

  @Value.Check
  protected void check() {
    if (breakdown().isEmpty() && !report().hasErrors()) {
      throw new IllegalStateException("a rejected result needs an error");
    }
  }
}

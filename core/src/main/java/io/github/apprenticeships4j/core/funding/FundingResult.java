package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of the {@link FundingCalculator}: a {@link FundingBreakdown}, or the findings that rejected the input.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundingResult {
  FundingResult() {}

  /** Every finding: the errors that rejected the input, or the warnings of an accepted one. */
  public abstract ValidationReport report();

  /** The breakdown; absent when the input was rejected. */
  public abstract Optional<FundingBreakdown> breakdown();

  /** Whether the input was rejected, so that there is no breakdown. */
  public final boolean isRejected() {
    return breakdown().isEmpty();
  }

  /**
   * The breakdown.
   *
   * @throws InvalidValueException carrying the first error when the input was rejected
   */
  public final FundingBreakdown orElseThrow() {
    return breakdown().orElseThrow(() -> new InvalidValueException(report().atLeast(Severity.ERROR).get(0)));
  }

  static FundingResult rejected(ValidationReport report) {
    return ImmutableFundingResult.builder().report(report).build();
  }

  static FundingResult of(FundingBreakdown breakdown) {
    return ImmutableFundingResult.builder().report(breakdown.warnings()).breakdown(breakdown).build();
  }

  @Value.Check
  protected void check() {
    if (breakdown().isEmpty() && !report().hasErrors()) {
      throw new IllegalStateException("a rejected result needs an error");
    }
  }
}

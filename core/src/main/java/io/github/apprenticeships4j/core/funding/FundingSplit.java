package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;

/**
 * Who pays an amount: levy funds first, then the government and the employer share the rest (co-investment).
 * {@code levy + government + employer} always equals the amount split. Each share is pounds with at most two
 * decimal places, kept at scale 2, and not negative (checked when made).
 *
 * @param levy paid from the employer's levy funds
 * @param government the government's share of what levy funds did not cover
 * @param employer the employer's co-investment
 */
public record FundingSplit(BigDecimal levy, BigDecimal government, BigDecimal employer) {
  /**
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException {@code funding.amount.scale} or
   *     {@code funding.amount.negative} for a share with more than two decimal places or below zero
   */
  public FundingSplit {
    levy = Money.checked(levy, "levy", false);
    government = Money.checked(government, "government", false);
    employer = Money.checked(employer, "employer", false);
  }

  /**
   * Splits {@code due}: levy funds pay {@code min(due, levyAvailable)}; the government pays {@code governmentShare}
   * of the rest, rounded to the penny half-even, and the employer the exact remainder (employer rule E157: the
   * monthly shortfall is co-invested). Amounts are pounds with at most 2 decimal places.
   *
   * @throws IllegalArgumentException if an amount is negative or the share is outside 0 to 1
   */
  public static FundingSplit of(BigDecimal due, BigDecimal levyAvailable, BigDecimal governmentShare) {
    if (due.signum() < 0 || levyAvailable.signum() < 0 || governmentShare.signum() < 0
        || governmentShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("cannot split " + due + " with levy " + levyAvailable + " at "
          + governmentShare);
    }
    BigDecimal amount = Money.pounds(due);
    BigDecimal levy = Money.pounds(amount.min(levyAvailable));
    BigDecimal shortfall = amount.subtract(levy);
    BigDecimal government = Money.share(shortfall, governmentShare);
    return new FundingSplit(levy, government, shortfall.subtract(government));
  }

  /** Levy + government + employer. */
  public BigDecimal total() {
    return levy.add(government).add(employer);
  }
}

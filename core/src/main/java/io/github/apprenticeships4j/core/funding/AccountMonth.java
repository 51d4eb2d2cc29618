package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One month of a levy account forecast, made by {@link LevyAccount#forecast}. Amounts are pounds at scale 2; only the
 * funds in may be negative. Funds due to expire are taken at the start of the month, before the month's funds enter
 * and its payments are made. Immutable and thread-safe; equal to another account month with the same parts.
 */
public final class AccountMonth {
  private final YearMonth month;
  private final BigDecimal fundsIn;
  private final BigDecimal expired;
  private final BigDecimal levyUsed;
  private final BigDecimal governmentCoInvestment;
  private final BigDecimal employerCoInvestment;
  private final BigDecimal balance;

  /**
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException {@code funding.amount.scale} or
   *     {@code funding.amount.negative} for an amount with more than two decimal places or, but for the funds in,
   *     below zero
   */
  AccountMonth(YearMonth month, BigDecimal fundsIn, BigDecimal expired, BigDecimal levyUsed,
      BigDecimal governmentCoInvestment, BigDecimal employerCoInvestment, BigDecimal balance) {
    this.month = Objects.requireNonNull(month, "month");
    this.fundsIn = Money.checked(fundsIn, "fundsIn", true);
    this.expired = Money.checked(expired, "expired", false);
    this.levyUsed = Money.checked(levyUsed, "levyUsed", false);
    this.governmentCoInvestment = Money.checked(governmentCoInvestment, "governmentCoInvestment", false);
    this.employerCoInvestment = Money.checked(employerCoInvestment, "employerCoInvestment", false);
    this.balance = Money.checked(balance, "balance", false);
  }

  /** The calendar month. */
  public YearMonth month() {
    return month;
  }

  /** Funds entering the account (negative for an adjustment). */
  public BigDecimal fundsIn() {
    return fundsIn;
  }

  /** Funds that expired, oldest first. */
  public BigDecimal expired() {
    return expired;
  }

  /** Payments made from the account. */
  public BigDecimal levyUsed() {
    return levyUsed;
  }

  /** The government's share of the payments levy funds could not cover. */
  public BigDecimal governmentCoInvestment() {
    return governmentCoInvestment;
  }

  /** The employer's share of the payments levy funds could not cover. */
  public BigDecimal employerCoInvestment() {
    return employerCoInvestment;
  }

  /** The balance at the end of the month. */
  public BigDecimal balance() {
    return balance;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AccountMonth that && equalTo(that);
  }

  // Amounts are kept at scale 2 (see the class), so BigDecimal.equals compares values.
  @SuppressWarnings("BigDecimalEquals")
  private boolean equalTo(AccountMonth m) {
    return month.equals(m.month) && fundsIn.equals(m.fundsIn) && expired.equals(m.expired)
        && levyUsed.equals(m.levyUsed) && governmentCoInvestment.equals(m.governmentCoInvestment)
        && employerCoInvestment.equals(m.employerCoInvestment) && balance.equals(m.balance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(month, fundsIn, expired, levyUsed, governmentCoInvestment, employerCoInvestment, balance);
  }

  /** For example {@code AccountMonth[month=2026-02, fundsIn=0.00, ...]}. */
  @Override
  public String toString() {
    return "AccountMonth[month=" + month + ", fundsIn=" + fundsIn + ", expired=" + expired + ", levyUsed=" + levyUsed
        + ", governmentCoInvestment=" + governmentCoInvestment + ", employerCoInvestment=" + employerCoInvestment
        + ", balance=" + balance + "]";
  }
}

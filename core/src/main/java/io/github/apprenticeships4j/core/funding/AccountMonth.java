package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One month of a levy account forecast, made by {@link LevyAccount#forecast}. Amounts are pounds at scale 2; only the
 * funds in, the payments and the transfers may be negative (an adjustment or a refund from a ledger). Within the month
 * the funds enter first, then transfers and payments are made, and last the funds due to expire that month expire:
 * payments made in a month use the funds expiring at its end first, as DfE's employer-finance code counts them. The
 * balance is the previous month's plus the funds in, less the payments, the transfers and the expiry. Immutable and
 * thread-safe; equal to another account month with the same parts.
 */
public final class AccountMonth {
  private final YearMonth month;
  private final BigDecimal fundsIn;
  private final BigDecimal expired;
  private final BigDecimal levyUsed;
  private final BigDecimal governmentCoInvestment;
  private final BigDecimal employerCoInvestment;
  private final BigDecimal balance;
  private final BigDecimal transfersOut;
  private final BigDecimal transfersUnfunded;

  AccountMonth(YearMonth month, BigDecimal fundsIn, BigDecimal expired, BigDecimal levyUsed,
      BigDecimal governmentCoInvestment, BigDecimal employerCoInvestment, BigDecimal balance) {
    this(month, fundsIn, expired, levyUsed, Money.ZERO, Money.ZERO, governmentCoInvestment, employerCoInvestment,
        balance);
  }

  /**
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException {@code funding.amount.scale} or
   *     {@code funding.amount.negative} for an amount with more than two decimal places or, but for the funds in,
   *     the payments and the transfers, below zero
   */
  AccountMonth(YearMonth month, BigDecimal fundsIn, BigDecimal expired, BigDecimal levyUsed, BigDecimal transfersOut,
      BigDecimal transfersUnfunded, BigDecimal governmentCoInvestment, BigDecimal employerCoInvestment,
      BigDecimal balance) {
    this.month = Objects.requireNonNull(month, "month");
    this.fundsIn = Money.checked(fundsIn, "fundsIn", true);
    this.expired = Money.checked(expired, "expired", false);
    this.levyUsed = Money.checked(levyUsed, "levyUsed", true);
    this.transfersOut = Money.checked(transfersOut, "transfersOut", true);
    this.transfersUnfunded = Money.checked(transfersUnfunded, "transfersUnfunded", false);
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

  /** Payments made from the account for the employer's own apprentices (negative for a refund). */
  public BigDecimal levyUsed() {
    return levyUsed;
  }

  /** Transfers paid from the account to receiving employers' apprenticeships (negative for a refund). */
  public BigDecimal transfersOut() {
    return transfersOut;
  }

  /**
   * Transfer payments due this month that the account could not pay within its balance and transfer allowance: DfE's
   * payments code charges them to the receiving employer's own funds, then to co-investment at its rate.
   */
  public BigDecimal transfersUnfunded() {
    return transfersUnfunded;
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
        && levyUsed.equals(m.levyUsed) && transfersOut.equals(m.transfersOut)
        && transfersUnfunded.equals(m.transfersUnfunded) && governmentCoInvestment.equals(m.governmentCoInvestment)
        && employerCoInvestment.equals(m.employerCoInvestment) && balance.equals(m.balance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(month, fundsIn, expired, levyUsed, transfersOut, transfersUnfunded, governmentCoInvestment,
        employerCoInvestment, balance);
  }

  /** For example {@code AccountMonth[month=2026-02, fundsIn=0.00, ...]}. */
  @Override
  public String toString() {
    return "AccountMonth[month=" + month + ", fundsIn=" + fundsIn + ", expired=" + expired + ", levyUsed=" + levyUsed
        + ", transfersOut=" + transfersOut + ", transfersUnfunded=" + transfersUnfunded + ", governmentCoInvestment="
        + governmentCoInvestment + ", employerCoInvestment=" + employerCoInvestment
        + ", balance=" + balance + "]";
  }
}

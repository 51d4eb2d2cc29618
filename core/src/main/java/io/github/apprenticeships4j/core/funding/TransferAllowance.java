package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The transfer allowance of a levy-paying employer for one allowance year, made by
 * {@link LevyAccount#transferAllowance(int, LevyLedger)}: the share in force when the year starts of the funds that
 * entered the account for the previous tax year, less the transfers paid so far in the year. Amounts are pounds at
 * scale 2. Immutable and thread-safe; equal to another allowance with the same parts.
 */
public final class TransferAllowance {
  private final int year;
  private final BigDecimal previousYearFundsIn;
  private final FundingRule share;
  private final BigDecimal starting;
  private final BigDecimal used;

  TransferAllowance(int year, BigDecimal previousYearFundsIn, FundingRule share, BigDecimal starting,
      BigDecimal used) {
    this.year = year;
    this.previousYearFundsIn = Money.checked(previousYearFundsIn, "previousYearFundsIn", true);
    this.share = Objects.requireNonNull(share, "share");
    this.starting = Money.checked(starting, "starting", false);
    this.used = Money.checked(used, "used", true);
  }

  /** The calendar year in which the allowance year starts (on 20 April), e.g. 2026 for 2026-27. */
  public int year() {
    return year;
  }

  /** Funds that entered the account for the previous tax year's levy (May of the year before to April). */
  public BigDecimal previousYearFundsIn() {
    return previousYearFundsIn;
  }

  /** The transfer share rule in force on the allowance year's first day. */
  public FundingRule share() {
    return share;
  }

  /** The allowance at the start of the year: the share of the previous year's funds in (never below zero). */
  public BigDecimal starting() {
    return starting;
  }

  /** Transfers paid from the account so far in the allowance year (net of refunds). */
  public BigDecimal used() {
    return used;
  }

  /** What may still be transferred this year: the starting allowance less the transfers paid, never below zero. */
  public BigDecimal remaining() {
    return starting.subtract(used).max(Money.ZERO);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TransferAllowance that && equalTo(that);
  }

  // Amounts are kept at scale 2 (see the class), so BigDecimal.equals compares values.
  @SuppressWarnings("BigDecimalEquals")
  private boolean equalTo(TransferAllowance t) {
    return year == t.year && previousYearFundsIn.equals(t.previousYearFundsIn) && share.equals(t.share)
        && starting.equals(t.starting) && used.equals(t.used);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, previousYearFundsIn, share, starting, used);
  }

  /** For example {@code TransferAllowance[year=2026, starting=13750.00, used=1500.00, remaining=12250.00]}. */
  @Override
  public String toString() {
    return "TransferAllowance[year=" + year + ", starting=" + starting + ", used=" + used + ", remaining="
        + remaining() + "]";
  }
}

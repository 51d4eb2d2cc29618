package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The levy of one PAYE scheme for one tax month, worked out from the year-to-date pay bill as HMRC's ALM09200 does;
 * made by {@link LevyAccount#monthlyLevy}. Amounts are pounds at scale 2. Immutable and thread-safe; equal to another
 * levy month with the same parts.
 */
public final class LevyMonth {
  private final int taxMonth;
  private final BigDecimal payBill;
  private final BigDecimal payBillToDate;
  private final BigDecimal levyBeforeAllowanceToDate;
  private final BigDecimal allowanceToDate;
  private final BigDecimal levyDueToDate;
  private final BigDecimal levyPayable;

  /**
   * @throws InvalidValueException {@code levy.months.range} for a tax month outside 1 to 12,
   *     {@code funding.amount.scale} or {@code funding.amount.negative} for an amount with more than two decimal
   *     places or, where it cannot be, below zero
   */
  LevyMonth(int taxMonth, BigDecimal payBill, BigDecimal payBillToDate, BigDecimal levyBeforeAllowanceToDate,
      BigDecimal allowanceToDate, BigDecimal levyDueToDate, BigDecimal levyPayable) {
    if (taxMonth < 1 || taxMonth > 12) {
      throw new InvalidValueException(Issue.error(FundingCodes.MONTHS_RANGE, "a tax month is from 1 to 12")
          .at("taxMonth").rejecting(String.valueOf(taxMonth)));
    }
    this.taxMonth = taxMonth;
    this.payBill = Money.checked(payBill, "payBill", true);
    this.payBillToDate = Money.checked(payBillToDate, "payBillToDate", true);
    this.levyBeforeAllowanceToDate = Money.checked(levyBeforeAllowanceToDate, "levyBeforeAllowanceToDate", true);
    this.allowanceToDate = Money.checked(allowanceToDate, "allowanceToDate", false);
    this.levyDueToDate = Money.checked(levyDueToDate, "levyDueToDate", false);
    this.levyPayable = Money.checked(levyPayable, "levyPayable", true);
  }

  /** 1 (6 April to 5 May) to 12. */
  public int taxMonth() {
    return taxMonth;
  }

  /** The pay bill of the month. */
  public BigDecimal payBill() {
    return payBill;
  }

  /** The pay bill of the tax year to date. */
  public BigDecimal payBillToDate() {
    return payBillToDate;
  }

  /** The levy rate times the pay bill to date. */
  public BigDecimal levyBeforeAllowanceToDate() {
    return levyBeforeAllowanceToDate;
  }

  /** The allowance to date: a twelfth of the annual allowance per month; not negative. */
  public BigDecimal allowanceToDate() {
    return allowanceToDate;
  }

  /** The levy before allowance less the allowance to date, never below 0. */
  public BigDecimal levyDueToDate() {
    return levyDueToDate;
  }

  /** The levy due to date less the levy due to the month before: negative when the pay bill falls. */
  public BigDecimal levyPayable() {
    return levyPayable;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LevyMonth that && equalTo(that);
  }

  // Amounts are kept at scale 2 (see the class), so BigDecimal.equals compares values.
  @SuppressWarnings("BigDecimalEquals")
  private boolean equalTo(LevyMonth m) {
    return taxMonth == m.taxMonth && payBill.equals(m.payBill) && payBillToDate.equals(m.payBillToDate)
        && levyBeforeAllowanceToDate.equals(m.levyBeforeAllowanceToDate) && allowanceToDate.equals(m.allowanceToDate)
        && levyDueToDate.equals(m.levyDueToDate) && levyPayable.equals(m.levyPayable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taxMonth, payBill, payBillToDate, levyBeforeAllowanceToDate, allowanceToDate, levyDueToDate,
        levyPayable);
  }

  /** For example {@code LevyMonth[taxMonth=1, payBill=300000.00, ...]}. */
  @Override
  public String toString() {
    return "LevyMonth[taxMonth=" + taxMonth + ", payBill=" + payBill + ", payBillToDate=" + payBillToDate
        + ", levyBeforeAllowanceToDate=" + levyBeforeAllowanceToDate + ", allowanceToDate=" + allowanceToDate
        + ", levyDueToDate=" + levyDueToDate + ", levyPayable=" + levyPayable + "]";
  }
}

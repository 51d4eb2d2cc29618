package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;

/**
 * The levy of one PAYE scheme for one tax month, worked out from the year-to-date pay bill as HMRC's ALM09200 does.
 * Amounts are pounds at scale 2. Checked when made: amounts with at most two decimal places, a tax month from 1 to
 * 12, and the allowance and the levy due to date not negative.
 *
 * @param taxMonth 1 (6 April to 5 May) to 12
 * @param payBill the pay bill of the month
 * @param payBillToDate the pay bill of the tax year to date
 * @param levyBeforeAllowanceToDate levy rate times the pay bill to date
 * @param allowanceToDate the allowance to date: a twelfth of the annual allowance per month
 * @param levyDueToDate levy before allowance less allowance to date, never below 0
 * @param levyPayable levy due to date less levy due to the month before: negative when the pay bill falls
 */
public record LevyMonth(int taxMonth, BigDecimal payBill, BigDecimal payBillToDate,
    BigDecimal levyBeforeAllowanceToDate, BigDecimal allowanceToDate, BigDecimal levyDueToDate,
    BigDecimal levyPayable) {
  /**
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException {@code levy.months.range} for a tax
   *     month outside 1 to 12, {@code funding.amount.scale} or {@code funding.amount.negative} for an amount with
   *     more than two decimal places or, where it cannot be, below zero
   */
  public LevyMonth {
    if (taxMonth < 1 || taxMonth > 12) {
      throw new InvalidValueException(Issue.error(FundingCodes.MONTHS_RANGE, "a tax month is from 1 to 12").at(
          "taxMonth")
          .rejecting(String.valueOf(taxMonth)));
    }
    payBill = Money.checked(payBill, "payBill", true);
    payBillToDate = Money.checked(payBillToDate, "payBillToDate", true);
    levyBeforeAllowanceToDate = Money.checked(levyBeforeAllowanceToDate, "levyBeforeAllowanceToDate", true);
    allowanceToDate = Money.checked(allowanceToDate, "allowanceToDate", false);
    levyDueToDate = Money.checked(levyDueToDate, "levyDueToDate", false);
    levyPayable = Money.checked(levyPayable, "levyPayable", true);
  }
}

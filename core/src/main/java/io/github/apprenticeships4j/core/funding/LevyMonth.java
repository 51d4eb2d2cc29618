package io.github.apprenticeships4j.core.funding;

import java.math.BigDecimal;

/**
 * The levy of one PAYE scheme for one tax month, worked out from the year-to-date pay bill as HMRC's ALM09200 does.
 * Amounts are pounds at scale 2.
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
    BigDecimal levyPayable) {}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of a levy account forecast. Amounts are pounds at scale 2 (checked when made: at most two decimal places;
 * only the funds in may be negative). Funds due to expire are taken at the start of
 * the month, before the month's funds enter and its payments are made.
 *
 * @param month the calendar month
 * @param fundsIn funds entering (negative for an adjustment)
 * @param expired funds that expired, oldest first
 * @param levyUsed payments made from the account
 * @param governmentCoInvestment the government's share of the payments levy funds could not cover
 * @param employerCoInvestment the employer's share of the payments levy funds could not cover
 * @param balance the balance at the end of the month
 */
public record AccountMonth(YearMonth month, BigDecimal fundsIn, BigDecimal expired, BigDecimal levyUsed,
    BigDecimal governmentCoInvestment, BigDecimal employerCoInvestment, BigDecimal balance) {
  /**
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException {@code funding.amount.scale} or
   *     {@code funding.amount.negative} for an amount with more than two decimal places or, but for the funds in,
   *     below zero
   */
  public AccountMonth {
    Objects.requireNonNull(month, "month");
    fundsIn = Money.checked(fundsIn, "fundsIn", true);
    expired = Money.checked(expired, "expired", false);
    levyUsed = Money.checked(levyUsed, "levyUsed", false);
    governmentCoInvestment = Money.checked(governmentCoInvestment, "governmentCoInvestment", false);
    employerCoInvestment = Money.checked(employerCoInvestment, "employerCoInvestment", false);
    balance = Money.checked(balance, "balance", false);
  }
}

package io.github.apprenticeships4j.core.funding;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of a levy account forecast. Amounts are pounds at scale 2. Funds due to expire are taken at the start of
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
    BigDecimal governmentCoInvestment, BigDecimal employerCoInvestment, BigDecimal balance) {}

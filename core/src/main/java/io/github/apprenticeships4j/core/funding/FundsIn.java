package io.github.apprenticeships4j.core.funding;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Funds entering an apprenticeship service account in one month from the levy declared: the English share and the
 * government top-up on it. Amounts are pounds at scale 2.
 *
 * @param month the month the funds enter the account
 * @param levyDeclared the levy declared (negative for a reduction)
 * @param englishFraction the share of the pay bill paid to employees living in England, 0 to 1
 * @param englishLevy levy declared times the English fraction
 * @param topUp the top-up on the English levy
 * @param total English levy plus top-up
 * @param rules the rules applied (the top-up)
 */
public record FundsIn(YearMonth month, BigDecimal levyDeclared, BigDecimal englishFraction, BigDecimal englishLevy,
    BigDecimal topUp, BigDecimal total, List<FundingRule> rules) {
  public FundsIn {
    rules = List.copyOf(rules);
  }
}

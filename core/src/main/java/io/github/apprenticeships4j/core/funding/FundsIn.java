package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Funds entering an apprenticeship service account in one month from the levy declared: the English share and the
 * government top-up on it. Amounts are pounds at scale 2 (checked when made: at most two decimal places); the
 * English fraction is from 0 to 1 and the total is the English levy plus the top-up.
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
  /**
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException {@code funding.amount.scale} for an
   *     amount with more than two decimal places, {@code levy.english-fraction.range} for a fraction outside 0 to 1,
   *     {@code levy.funds-in.total} for a total that is not the English levy plus the top-up
   */
  public FundsIn {
    Objects.requireNonNull(month, "month");
    levyDeclared = Money.checked(levyDeclared, "levyDeclared", true);
    englishLevy = Money.checked(englishLevy, "englishLevy", true);
    topUp = Money.checked(topUp, "topUp", true);
    total = Money.checked(total, "total", true);
    if (englishFraction.signum() < 0 || englishFraction.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException(Issue.error(FundingCodes.ENGLISH_FRACTION_RANGE,
          "the English fraction must be from 0 to 1").at("englishFraction").rejecting(englishFraction.toPlainString()));
    }
    if (total.compareTo(englishLevy.add(topUp)) != 0) {
      throw new InvalidValueException(Issue.error(FundingCodes.FUNDS_IN_TOTAL,
          "the total must be the English levy plus the"
              + " top-up, " + englishLevy.add(topUp).toPlainString()).at("total").rejecting(total.toPlainString()));
    }
    rules = List.copyOf(rules);
  }
}

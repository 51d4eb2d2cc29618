package io.github.apprenticeships4j.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One payment of a payment profile.
 *
 * @param kind what the payment is for
 * @param dueDate the census date of an instalment, or the day a milestone is reached
 * @param amount pounds at scale 2
 * @param rules the rules the payment comes from
 */
public record Payment(PaymentKind kind, LocalDate dueDate, BigDecimal amount, List<FundingRule> rules) {
  public Payment {
    rules = List.copyOf(rules);
  }
}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One payment of a payment profile. Checked when made: the amount is pounds with at most two decimal places, kept at
 * scale 2, and not negative.
 *
 * @param kind what the payment is for
 * @param dueDate the census date of an instalment, or the day a milestone is reached
 * @param amount pounds at scale 2, not negative
 * @param rules the rules the payment comes from
 */
public record Payment(PaymentKind kind, LocalDate dueDate, BigDecimal amount, List<FundingRule> rules) {
  /**
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException {@code funding.amount.scale} or
   *     {@code funding.amount.negative} for an amount with more than two decimal places or below zero
   */
  public Payment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueDate, "dueDate");
    amount = Money.checked(amount, "amount", false);
    rules = List.copyOf(rules);
  }
}

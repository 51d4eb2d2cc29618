package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One payment of a payment profile: what it is for, when it falls due, how much, and the rules it comes from. The
 * amount is pounds at scale 2, not negative. A payment the {@link FundingCalculator} makes also knows the employer it
 * is for (the employer in post on its due date). Immutable and thread-safe; equal to another payment with the same
 * parts.
 */
public final class Payment {
  private final PaymentKind kind;
  private final LocalDate dueDate;
  private final BigDecimal amount;
  private final List<FundingRule> rules;
  private final @Nullable Employer employer;

  Payment(PaymentKind kind, LocalDate dueDate, BigDecimal amount, List<FundingRule> rules) {
    this(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(dueDate, "dueDate"),
        Money.checked(amount, "amount", false), List.copyOf(rules), null);
  }

  /** A payment of parts already checked: {@code amount} at scale 2 and not negative, {@code rules} unmodifiable. */
  private Payment(PaymentKind kind, LocalDate dueDate, BigDecimal amount, List<FundingRule> rules,
      @Nullable Employer employer) {
    this.kind = kind;
    this.dueDate = dueDate;
    this.amount = amount;
    this.rules = rules;
    this.employer = employer;
  }

  /**
   * A payment of {@code amount} pounds, for example to build a {@link FundingBreakdown} by hand.
   *
   * @param rules the rules the payment comes from; copied
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException {@code funding.amount.scale} or
   *     {@code funding.amount.negative} for an amount with more than two decimal places or below zero
   */
  public static Payment of(PaymentKind kind, LocalDate dueDate, BigDecimal amount, List<FundingRule> rules) {
    return new Payment(kind, dueDate, amount, rules);
  }

  /** What the payment is for. */
  public PaymentKind kind() {
    return kind;
  }

  /** The census date of an instalment, or the day a milestone is reached. */
  public LocalDate dueDate() {
    return dueDate;
  }

  /** Pounds at scale 2, not negative. */
  public BigDecimal amount() {
    return amount;
  }

  /** The rules the payment comes from. */
  public List<FundingRule> rules() {
    return rules;
  }

  /** The employer the payment is for; empty for a payment built by hand. */
  public Optional<Employer> employer() {
    return Optional.ofNullable(employer);
  }

  /**
   * A payment the calculator makes for {@code employer} (null: for none), made with it (no copy to add it).
   *
   * @param rules the rules, shared by the payments made together; copied only if modifiable
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException as {@link #of}
   */
  static Payment forEmployer(PaymentKind kind, LocalDate dueDate, BigDecimal amount, List<FundingRule> rules,
      @Nullable Employer employer) {
    return new Payment(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(dueDate, "dueDate"),
        Money.checked(amount, "amount", false), List.copyOf(rules), employer);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Payment that && equalTo(that);
  }

  // Amounts are kept at scale 2 (see the class), so BigDecimal.equals compares values.
  @SuppressWarnings("BigDecimalEquals")
  private boolean equalTo(Payment p) {
    return kind == p.kind && dueDate.equals(p.dueDate) && amount.equals(p.amount) && rules.equals(p.rules)
        && Objects.equals(employer, p.employer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, dueDate, amount, rules, employer);
  }

  /** For example {@code Payment[kind=INSTALMENT, dueDate=2025-09-30, amount=733.33, rules=[...]]}. */
  @Override
  public String toString() {
    return "Payment[kind=" + kind + ", dueDate=" + dueDate + ", amount=" + amount + ", rules=" + rules + "]";
  }
}

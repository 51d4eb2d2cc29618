package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Funds entering an apprenticeship service account in one month from the levy declared: the English share and the
 * government top-up on it; made by {@link LevyAccount#fundsIn}. Amounts are pounds at scale 2; the total is the
 * English levy plus the top-up. Immutable and thread-safe; equal to other funds in with the same parts.
 */
public final class FundsIn {
  private final YearMonth month;
  private final BigDecimal levyDeclared;
  private final BigDecimal englishFraction;
  private final BigDecimal englishLevy;
  private final BigDecimal topUp;
  private final BigDecimal total;
  private final List<FundingRule> rules;

  /**
   * @throws InvalidValueException {@code funding.amount.scale} for an amount with more than two decimal places,
   *     {@code levy.english-fraction.range} for a fraction outside 0 to 1, {@code levy.funds-in.total} for a total
   *     that is not the English levy plus the top-up
   */
  FundsIn(YearMonth month, BigDecimal levyDeclared, BigDecimal englishFraction, BigDecimal englishLevy,
      BigDecimal topUp, BigDecimal total, List<FundingRule> rules) {
    this.month = Objects.requireNonNull(month, "month");
    this.levyDeclared = Money.checked(levyDeclared, "levyDeclared", true);
    this.englishLevy = Money.checked(englishLevy, "englishLevy", true);
    this.topUp = Money.checked(topUp, "topUp", true);
    this.total = Money.checked(total, "total", true);
    if (englishFraction.signum() < 0 || englishFraction.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException(Issue.error(FundingCodes.ENGLISH_FRACTION_RANGE,
          "the English fraction must be from 0 to 1").at("englishFraction").rejecting(englishFraction.toPlainString()));
    }
    this.englishFraction = englishFraction;
    if (this.total.compareTo(this.englishLevy.add(this.topUp)) != 0) {
      throw new InvalidValueException(Issue.error(FundingCodes.FUNDS_IN_TOTAL, "the total must be the English levy "
          + "plus the top-up, " + this.englishLevy.add(this.topUp).toPlainString()).at("total")
          .rejecting(this.total.toPlainString()));
    }
    this.rules = List.copyOf(rules);
  }

  /** The month the funds enter the account. */
  public YearMonth month() {
    return month;
  }

  /** The levy declared (negative for a reduction). */
  public BigDecimal levyDeclared() {
    return levyDeclared;
  }

  /** The share of the pay bill paid to employees living in England, 0 to 1. */
  public BigDecimal englishFraction() {
    return englishFraction;
  }

  /** The levy declared times the English fraction. */
  public BigDecimal englishLevy() {
    return englishLevy;
  }

  /** The top-up on the English levy. */
  public BigDecimal topUp() {
    return topUp;
  }

  /** The English levy plus the top-up. */
  public BigDecimal total() {
    return total;
  }

  /** The rules applied (the top-up). */
  public List<FundingRule> rules() {
    return rules;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FundsIn that && equalTo(that);
  }

  // Amounts are kept at scale 2 (see the class), so BigDecimal.equals compares values.
  @SuppressWarnings("BigDecimalEquals")
  private boolean equalTo(FundsIn f) {
    return month.equals(f.month) && levyDeclared.equals(f.levyDeclared) && englishFraction.equals(f.englishFraction)
        && englishLevy.equals(f.englishLevy) && topUp.equals(f.topUp) && total.equals(f.total)
        && rules.equals(f.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(month, levyDeclared, englishFraction, englishLevy, topUp, total, rules);
  }

  /** For example {@code FundsIn[month=2018-06, levyDeclared=500000.00, englishFraction=0.9, ...]}. */
  @Override
  public String toString() {
    return "FundsIn[month=" + month + ", levyDeclared=" + levyDeclared + ", englishFraction=" + englishFraction
        + ", englishLevy=" + englishLevy + ", topUp=" + topUp + ", total=" + total + ", rules=" + rules + "]";
  }
}

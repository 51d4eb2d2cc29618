package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Who pays what, and when, for one {@link ApprenticeshipUnit}: every figure with the rules it came from. Amounts are
 * pounds at scale 2; {@link #levyUsed()}, {@link #governmentCoInvestment()} and {@link #employerCoInvestment()} add up
 * to {@link #fundedPrice()}, and so do {@link #milestoneAmount()} and {@link #completionAmount()}. Immutable and
 * thread-safe; made by {@link FundingCalculator#calculate(ApprenticeshipUnit)}.
 */
@Value.Immutable
public abstract class UnitFundingBreakdown {
  UnitFundingBreakdown() {}

  /** The unit the breakdown is for, as given. */
  public abstract ApprenticeshipUnit unit();

  /** Age in completed years on the start date. */
  public abstract Figure<Integer> ageAtStart();

  /** The price funded: the agreed price, which no funding band caps. */
  public abstract Figure<BigDecimal> fundedPrice();

  /** The government's share of what levy funds do not cover. */
  public abstract Figure<BigDecimal> governmentShare();

  /** What the employer's levy funds pay of the funded price. */
  public abstract Figure<BigDecimal> levyUsed();

  /** What the government pays of the funded price beyond the levy funds used. */
  public abstract Figure<BigDecimal> governmentCoInvestment();

  /** What the employer pays of the funded price beyond the levy funds used. */
  public abstract Figure<BigDecimal> employerCoInvestment();

  /** The day the milestone payment falls due: day {@code floor(0.3 x planned days)} of the unit, at least day 1. */
  public abstract Figure<LocalDate> milestoneDate();

  /** The part of the funded price paid at the milestone (30%). */
  public abstract Figure<BigDecimal> milestoneAmount();

  /** The part of the funded price paid on completion (the remaining 70%). */
  public abstract Figure<BigDecimal> completionAmount();

  /** The payments: the milestone payment once reached, and the completion payment unless withdrawn. */
  public abstract PaymentProfile payments();

  /** Warnings about the input or the figures; never errors. */
  public abstract ValidationReport warnings();

  /** The split of the funded price between levy, government and employer. */
  public final FundingSplit split() {
    return new FundingSplit(levyUsed().value(), governmentCoInvestment().value(), employerCoInvestment().value());
  }

  @Value.Check
  protected void check() {
    BigDecimal funded = Money.checked(fundedPrice().value(), "fundedPrice", false);
    BigDecimal split = split().total();
    BigDecimal parts = Money.checked(milestoneAmount().value(), "milestoneAmount", false)
        .add(Money.checked(completionAmount().value(), "completionAmount", false));
    if (split.compareTo(funded) != 0 || parts.compareTo(funded) != 0) {
      throw new InvalidValueException(Issue.error(FundingCodes.BREAKDOWN_INCONSISTENT, "the split and the two "
          + "payments of a unit must each add up to its funded price, " + funded).at("fundedPrice")
          .rejecting(split.toPlainString() + ", " + parts.toPlainString()));
    }
  }
}

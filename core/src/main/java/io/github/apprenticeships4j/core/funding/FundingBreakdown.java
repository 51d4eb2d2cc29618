package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who pays what, and when, for one apprenticeship: every figure with the rules it came from. Amounts are pounds at
 * scale 2; the instalments, balancing and completion payments add up to {@link #fundedPrice()}, and so do
 * {@link #levyUsed()}, {@link #governmentCoInvestment()} and {@link #employerCoInvestment()}. Immutable and
 * thread-safe; made by the {@link FundingCalculator}. A breakdown built by hand is checked: its amounts are pounds
 * with at most two decimal places and not negative, the government share is from 0 to 1, the funded price is at most
 * the maximum, and the split and the two parts of the funded price add up to it ({@code funding.amount.scale},
 * {@code funding.amount.negative}, {@code funding.breakdown.inconsistent}).
 */
@Value.Immutable
public abstract class FundingBreakdown {
  FundingBreakdown() {}

  /** The apprenticeship the breakdown is for, as given. */
  public abstract Apprenticeship apprenticeship();

  /** The progress the payment profile is for. */
  public abstract Progress progress();

  /** The planned end date (from the input, or start date + duration in months - 1 day). */
  public abstract LocalDate plannedEndDate();

  /** Age in completed years on the start date. */
  public abstract Figure<Integer> ageAtStart();

  /** The standard's funding cap in force on the start date. */
  public abstract Figure<BigDecimal> fundingCap();

  /**
   * The version of the standard whose maximum funding is {@link #fundingCap()}, when the cap came from a standards
   * catalogue ({@link FundingCalculator#withStandards}); its rule's source names it too.
   */
  public abstract Optional<StandardVersion> capVersion();

  /** The most funding pays: the cap, less the prior-learning reduction from August 2022. */
  public abstract Figure<BigDecimal> maximumPrice();

  /**
   * The price funded: the agreed price (TNP1 + TNP2), or that of the last price change, at most
   * {@link #maximumPrice()} (or, after a price cut, the instalments already earned and the new completion amount).
   */
  public abstract Figure<BigDecimal> fundedPrice();

  /**
   * What the employer pays above the maximum: the agreed price (of the last price change, if any) - funded price,
   * outside the funding system; never below zero.
   */
  public abstract Figure<BigDecimal> employerExcess();

  /** Whether the apprenticeship is fully funded (no co-investment, no levy used), and why. */
  public abstract Figure<FullFundingReason> fullFunding();

  /** The government's share of what levy funds do not cover: 1 when fully funded. */
  public abstract Figure<BigDecimal> governmentShare();

  /** What the employer's levy funds pay of the funded price: none when fully funded. */
  public abstract Figure<BigDecimal> levyUsed();

  /** What the government pays of the funded price beyond the levy funds used: all of it when fully funded. */
  public abstract Figure<BigDecimal> governmentCoInvestment();

  /** What the employer pays of the funded price beyond the levy funds used: the rest after the government's share. */
  public abstract Figure<BigDecimal> employerCoInvestment();

  /** The part of the funded price paid in monthly instalments (80%). */
  public abstract Figure<BigDecimal> onProgrammeTotal();

  /** The part of the funded price paid on completion (the remaining 20%). */
  public abstract Figure<BigDecimal> completionAmount();

  /** Number of planned monthly instalments: census dates (month ends) from the start to the planned end. */
  public abstract Figure<Integer> plannedInstalments();

  /** Days in learning needed before anything is earned. */
  public abstract Figure<Integer> qualifyingPeriodDays();

  /** The payments for {@link #progress()}, including incentives and bursary. */
  public abstract PaymentProfile payments();

  /**
   * The employers in date order, the first from the start date, then one for each change of employer: each with its
   * part of the funded price and that part's split. The splits add up to {@link #levyUsed()},
   * {@link #governmentCoInvestment()} and {@link #employerCoInvestment()}; {@link #fullFunding()} and
   * {@link #governmentShare()} are the first employer's. Empty in a breakdown built by hand without them.
   */
  public abstract List<EmployerPeriod> employerPeriods();

  /** Warnings about the input (e.g. a cap that is not a band maximum); never errors. */
  public abstract ValidationReport warnings();

  /** Whether the government pays the whole funded price (no co-investment, no levy used). */
  public final boolean isFullyFunded() {
    return fullFunding().value().isFullyFunded();
  }

  /** The monthly instalments (and a balancing payment, if any), in date order. */
  public final List<Payment> instalments() {
    return payments().ofKind(PaymentKind.INSTALMENT, PaymentKind.BALANCING);
  }

  /**
   * The additional payments to employer and provider, the SME hiring incentive and the foundation employer incentive,
   * in date order.
   */
  public final List<Payment> incentivePayments() {
    return payments().ofKind(PaymentKind.EMPLOYER_INCENTIVE, PaymentKind.PROVIDER_INCENTIVE,
        PaymentKind.SME_HIRING_INCENTIVE, PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE);
  }

  /** The care leavers' bursary instalments, in date order. */
  public final List<Payment> bursaryPayments() {
    return payments().ofKind(PaymentKind.CARE_LEAVER_BURSARY);
  }

  /** The instalments of the English and maths aims, in date order: outside the funded price and its split. */
  public final List<Payment> englishAndMathsPayments() {
    return payments().ofKind(PaymentKind.ENGLISH_AND_MATHS);
  }

  @Value.Check
  protected void check() {
    BigDecimal funded = Money.checked(fundedPrice().value(), "fundedPrice", false);
    Money.checked(fundingCap().value(), "fundingCap", false);
    BigDecimal maximum = Money.checked(maximumPrice().value(), "maximumPrice", false);
    Money.checked(employerExcess().value(), "employerExcess", false);
    BigDecimal split = Money.checked(levyUsed().value(), "levyUsed", false)
        .add(Money.checked(governmentCoInvestment().value(), "governmentCoInvestment", false))
        .add(Money.checked(employerCoInvestment().value(), "employerCoInvestment", false));
    BigDecimal parts = Money.checked(onProgrammeTotal().value(), "onProgrammeTotal", false)
        .add(Money.checked(completionAmount().value(), "completionAmount", false));
    BigDecimal share = governmentShare().value();
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw inconsistent("governmentShare", "the government share must be from 0 to 1", share);
    }
    if (funded.compareTo(maximum) > 0) {
      throw inconsistent("fundedPrice", "the funded price must be at most the maximum price, " + maximum, funded);
    }
    if (split.compareTo(funded) != 0) {
      throw inconsistent("levyUsed", "levy used, government and employer co-investment must add up to the funded"
          + " price, " + funded, split);
    }
    if (!employerPeriods().isEmpty() && !employerSplitsAddUp()) {
      throw inconsistent("employerPeriods", "the splits of the employer periods must add up to levy used, government"
          + " and employer co-investment", split);
    }
    if (parts.compareTo(funded) != 0) {
      throw inconsistent("onProgrammeTotal", "the on-programme total and the completion amount must add up to the"
          + " funded price, " + funded, parts);
    }
  }

  // Amounts are kept at scale 2 (FundingSplit), so BigDecimal.equals compares values.
  @SuppressWarnings("BigDecimalEquals")
  private boolean employerSplitsAddUp() {
    BigDecimal levy = BigDecimal.ZERO;
    BigDecimal government = BigDecimal.ZERO;
    BigDecimal employer = BigDecimal.ZERO;
    for (EmployerPeriod period : employerPeriods()) {
      levy = levy.add(period.split().levy());
      government = government.add(period.split().government());
      employer = employer.add(period.split().employer());
    }
    return levy.compareTo(levyUsed().value()) == 0 && government.compareTo(governmentCoInvestment().value()) == 0
        && employer.compareTo(employerCoInvestment().value()) == 0;
  }

  private static InvalidValueException inconsistent(String path, String message, BigDecimal value) {
    return new InvalidValueException(Issue.error(FundingCodes.BREAKDOWN_INCONSISTENT, message).at(path)
        .rejecting(value.toPlainString()));
  }

  /** The split of the funded price between levy, government and employer. */
  public final FundingSplit split() {
    return new FundingSplit(levyUsed().value(), governmentCoInvestment().value(), employerCoInvestment().value());
  }
}

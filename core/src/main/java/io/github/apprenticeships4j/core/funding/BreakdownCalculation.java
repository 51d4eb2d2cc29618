package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The breakdown of one checked apprenticeship: the maximum and funded price, full funding, the split between levy,
 * government and employer, and the payment profile (instalments, balancing and completion payments, then the
 * {@link Incentives}). One object per calculation; not thread-safe.
 */
final class BreakdownCalculation {
  private final FundingRules rules;
  private final CheckedInput input;
  private final Apprenticeship a;
  private final LocalDate start;
  private final LocalDate plannedEnd;
  private final int age;
  private final List<Issue> warnings;

  private BreakdownCalculation(FundingRules rules, CheckedInput input) {
    this.rules = rules;
    this.input = input;
    this.a = input.apprenticeship();
    this.start = input.start();
    this.plannedEnd = input.plannedEnd();
    this.age = input.age();
    this.warnings = new ArrayList<>(input.issues());
  }

  /**
   * The breakdown of {@code input} under {@code rules}.
   *
   * @throws java.util.NoSuchElementException if {@code input} has errors, so that a fact it needs is missing
   */
  static FundingBreakdown of(FundingRules rules, CheckedInput input) {
    return new BreakdownCalculation(rules, input).breakdown();
  }

  private FundingBreakdown breakdown() {
    FundingRule cap = input.cap().orElseThrow();
    Figure<Integer> ageAtStart = new Figure<>(age, rules.find(RuleKey.AGE_AT_START, start).stream()
        .collect(Collectors.toList()));
    Figure<BigDecimal> maximum = maximumPrice(cap);
    BigDecimal agreed = Money.pounds(a.agreedPrice());
    BigDecimal funded = agreed.min(maximum.value());
    Figure<FullFundingReason> fullFunding = fullFunding();
    boolean levyPayer = a.employer().levyPayer();
    FundingRule rateRule = rules.get(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, levyPayer ? "levy-payer" : "non-levy",
        start);
    Figure<BigDecimal> share = fullFunding.value().isFullyFunded()
        ? new Figure<>(BigDecimal.ONE, fullFunding.rules()) : Figure.of(rateRule.decimalValue(), rateRule);
    BigDecimal levyAvailable = levyPayer && !fullFunding.value().isFullyFunded()
        ? a.employer().levyFundsAvailable() : BigDecimal.ZERO;
    FundingSplit split = FundingSplit.of(funded, levyAvailable, share.value());
    FundingRule onProgrammeRule = rules.get(RuleKey.ON_PROGRAMME_SHARE, FundingRule.ANY, start);
    BigDecimal onProgramme = Money.share(funded, onProgrammeRule.decimalValue());
    FundingRule qualifyingRule = rules.get(RuleKey.QUALIFYING_PERIOD, FundingRule.ANY, start);
    int qualifyingDays = qualifyingRule.threshold(input.plannedDays());
    List<FundingRule> priceRules = maximum.rules();
    List<FundingRule> paymentRules = new ArrayList<>(priceRules);
    paymentRules.add(onProgrammeRule);
    PaymentProfile payments = new PaymentProfile(payments(onProgramme, funded.subtract(onProgramme), paymentRules,
        qualifyingDays));
    return ImmutableFundingBreakdown.builder()
        .apprenticeship(a)
        .progress(input.progress())
        .plannedEndDate(plannedEnd)
        .ageAtStart(ageAtStart)
        .fundingCap(Figure.of(cap.decimalValue(), cap))
        .capVersion(input.capVersion())
        .maximumPrice(maximum)
        .fundedPrice(new Figure<>(funded, priceRules))
        .employerExcess(new Figure<>(agreed.subtract(funded), priceRules))
        .fullFunding(fullFunding)
        .governmentShare(share)
        .levyUsed(new Figure<>(split.levy(), share.rules()))
        .governmentCoInvestment(new Figure<>(split.government(), share.rules()))
        .employerCoInvestment(new Figure<>(split.employer(), share.rules()))
        .onProgrammeTotal(Figure.of(onProgramme, onProgrammeRule))
        .completionAmount(Figure.of(funded.subtract(onProgramme), onProgrammeRule))
        .plannedInstalments(new Figure<>(Schedules.censusDatesOrOne(start, plannedEnd).size(), List.of()))
        .qualifyingPeriodDays(Figure.of(qualifyingDays, qualifyingRule))
        .payments(payments)
        .warnings(ValidationReport.of(warnings))
        .build();
  }

  /** The cap, less the reduction for prior learning when the rules have one. */
  private Figure<BigDecimal> maximumPrice(FundingRule cap) {
    Optional<BigDecimal> percentage = a.priorLearningPercentage().filter(p -> p.signum() > 0);
    Optional<FundingRule> reduction = rules.find(RuleKey.PRIOR_LEARNING_PRICE_REDUCTION, start);
    if (percentage.isEmpty() || reduction.isEmpty()) {
      return Figure.of(cap.decimalValue(), cap);
    }
    BigDecimal kept = BigDecimal.ONE.subtract(reduction.get().decimalValue().multiply(percentage.get())
        .movePointLeft(2));
    return Figure.of(Money.shareDown(cap.decimalValue(), kept), cap, reduction.get());
  }

  private Figure<FullFundingReason> fullFunding() {
    Optional<FundingRule> employerRule = rules.find(RuleKey.FULL_FUNDING_EMPLOYER, start);
    if (employerRule.isEmpty()) {
      return new Figure<>(FullFundingReason.EMPLOYER_NOT_ELIGIBLE, List.of());
    }
    List<FundingRule> used = new ArrayList<>(List.of(employerRule.get()));
    boolean small = employerRule.get().value().equals("small-employer");
    boolean employerEligible;
    if (small) {
      Optional<FundingRule> headcountRule = rules.find(RuleKey.FULL_FUNDING_HEADCOUNT_BELOW, start);
      headcountRule.ifPresent(used::add);
      OptionalInt headcount = a.employer().headcount();
      if (headcount.isEmpty()) {
        warnings.add(Issue.warning(FundingCodes.HEADCOUNT_MISSING, "the employer's headcount is not given; it is "
            + "not treated as a small employer").at("employer.headcount"));
      }
      employerEligible = headcount.isPresent() && headcountRule.isPresent()
          && headcount.getAsInt() < headcountRule.get().intValue();
    } else {
      employerEligible = !a.employer().levyPayer();
    }
    if (!employerEligible) {
      return new Figure<>(FullFundingReason.EMPLOYER_NOT_ELIGIBLE, used);
    }
    Optional<FundingRule> ageRule = rules.find(RuleKey.FULL_FUNDING_AGE, start);
    ageRule.ifPresent(used::add);
    if (ageRule.map(r -> r.ageRange().contains(age)).orElse(false)) {
      return new Figure<>(small ? FullFundingReason.SMALL_EMPLOYER_YOUNG_APPRENTICE
          : FullFundingReason.NON_LEVY_YOUNG_APPRENTICE, used);
    }
    Optional<FundingRule> extended = rules.find(RuleKey.FULL_FUNDING_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER, start);
    extended.ifPresent(used::add);
    if (extended.map(r -> r.ageRange().contains(age)).orElse(false) && ehcPlanOrConsentingCareLeaver(used)) {
      return new Figure<>(small ? FullFundingReason.SMALL_EMPLOYER_EHC_PLAN_OR_CARE_LEAVER
          : FullFundingReason.NON_LEVY_EHC_PLAN_OR_CARE_LEAVER, used);
    }
    return new Figure<>(FullFundingReason.APPRENTICE_NOT_ELIGIBLE, used);
  }

  private boolean ehcPlanOrConsentingCareLeaver(List<FundingRule> used) {
    Apprentice apprentice = a.apprentice();
    if (apprentice.hasEhcPlan()) {
      return true;
    }
    if (!apprentice.careLeaver()) {
      return false;
    }
    Optional<FundingRule> consent = rules.find(RuleKey.CARE_LEAVER_NEEDS_CONSENT, start);
    consent.ifPresent(used::add);
    return apprentice.consentsToTellEmployer() || !consent.map(FundingRule::booleanValue).orElse(false);
  }

  /**
   * The payments for the progress: the on-programme instalments (re-spread after each break), then a balancing
   * and the completion payment, or after a withdrawal the instalments to its date once the qualifying period is
   * reached; then the incentives and the bursary.
   */
  private List<Payment> payments(BigDecimal onProgramme, BigDecimal completion, List<FundingRule> paymentRules,
      int qualifyingDays) {
    Progress progress = input.progress();
    List<BreakInLearning> breaks = progress.breaks();
    LocalDate end = plannedEnd;
    List<Payment> schedule = Schedules.spread(onProgramme, Schedules.censusDatesOrOne(start, end), paymentRules);
    for (BreakInLearning b : breaks) {
      List<Payment> kept = Schedules.onOrBefore(schedule, b.lastDayInLearning());
      end = b.newPlannedEndDate().orElse(end);
      kept.addAll(Schedules.spread(onProgramme.subtract(Schedules.sum(kept)),
          Schedules.censusDatesOrOne(b.returnDate(), end), paymentRules));
      schedule = kept;
    }
    List<Payment> payments = new ArrayList<>();
    LocalDate lastDayInLearning;
    if (progress.withdrawalDate().isPresent()) {
      lastDayInLearning = progress.withdrawalDate().get();
      if (Schedules.daysInLearning(start, lastDayInLearning, breaks) < qualifyingDays) {
        return payments;
      }
      payments.addAll(Schedules.onOrBefore(schedule, lastDayInLearning));
    } else {
      lastDayInLearning = progress.completionDate().orElse(end);
      LocalDate completionMonthEnd = Schedules.monthEnd(lastDayInLearning);
      if (completionMonthEnd.isBefore(Schedules.last(schedule).orElse(completionMonthEnd))) {
        List<Payment> kept = Schedules.onOrBefore(schedule, completionMonthEnd.minusDays(1));
        payments.addAll(kept);
        BigDecimal balancing = onProgramme.subtract(Schedules.sum(kept));
        if (balancing.signum() != 0) {
          payments.add(new Payment(PaymentKind.BALANCING, completionMonthEnd, balancing, paymentRules));
        }
      } else {
        payments.addAll(schedule);
      }
      payments.add(new Payment(PaymentKind.COMPLETION, completionMonthEnd, completion, paymentRules));
    }
    Incentives incentives = new Incentives(rules, input, end, lastDayInLearning);
    payments.addAll(incentives.additionalPayments());
    payments.addAll(incentives.bursary());
    return payments;
  }
}

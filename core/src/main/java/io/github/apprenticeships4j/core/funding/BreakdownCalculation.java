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

/**
 * The breakdown of one checked apprenticeship: the maximum and funded price, full funding, the split between levy,
 * government and employer, and the payment profile (instalments, balancing and completion payments, then the
 * {@link Incentives}). One object per calculation; not thread-safe.
 */
final class BreakdownCalculation {
  /** Room left in a list of payments for those added after the instalments: completion and incentives. */
  private static final int ROOM_AFTER = 12;

  private final FundingRules rules;
  /** The rules in force on the start date: those of every look-up but the English and maths aims'. */
  private final FundingRules.RulesInForce inForce;
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
    this.inForce = rules.inForceOn(start);
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
    Optional<FundingRule> ageRule = inForce.find(RuleKey.AGE_AT_START);
    Figure<Integer> ageAtStart = new Figure<>(age, ageRule.isPresent() ? List.of(ageRule.get()) : List.of());
    Figure<BigDecimal> maximum = maximumPrice(cap);
    FundingRule onProgrammeRule = inForce.get(RuleKey.ON_PROGRAMME_SHARE, FundingRule.ANY);
    FundingRule qualifyingRule = inForce.get(RuleKey.QUALIFYING_PERIOD, FundingRule.ANY);
    int qualifyingDays = qualifyingRule.threshold(input.plannedDays());
    List<FundingRule> priceRules = maximum.rules();
    List<FundingRule> paymentRules = plus(priceRules, onProgrammeRule);
    ChangedEmployers employers = ChangedEmployers.of(a.employer(), start, input.progress().employerChanges());
    OnProgrammeSchedule schedule = OnProgrammeSchedule.of(start, plannedEnd, maximum.value(),
        Money.pounds(a.agreedPrice()), onProgrammeRule.decimalValue(), paymentRules, input.progress(), employers);
    BigDecimal onProgramme = schedule.onProgrammeTotal();
    BigDecimal funded = onProgramme.add(schedule.completionAmount());
    schedule.notRecovered().ifPresent(excess -> warnings.add(Issue.warning(FundingCodes.CHANGE_PRICE_BELOW_EARNED,
        "a price change left less on-programme funding than was already earned; the " + excess.toPlainString()
            + " earned above it is kept (DfE's earnings code would recover it)").at("progress.priceChanges[" + (input
                .progress().priceChanges().size() - 1) + "]")
        .rejecting(excess.toPlainString())));
    List<Payment> paid = payments(schedule, paymentRules, qualifyingDays, employers);
    employers.split(this::terms, paid, funded);
    PaymentProfile payments = new PaymentProfile(paid);
    EmployerPeriod first = employers.periods().get(0);
    List<PriceChange> priceChanges = input.progress().priceChanges();
    BigDecimal agreed = Money.pounds(priceChanges.isEmpty() ? a.agreedPrice()
        : priceChanges.get(priceChanges.size() - 1).agreedPrice());
    List<FundingRule> shareRules = employers.shareRules();
    Figure<BigDecimal> fundingCap = Figure.of(cap.decimalValue(), cap);
    Figure<BigDecimal> fundedPrice = new Figure<>(funded, priceRules);
    Figure<BigDecimal> employerExcess = new Figure<>(agreed.subtract(funded).max(Money.ZERO), priceRules);
    Figure<BigDecimal> levyUsed = new Figure<>(employers.total(FundingSplit::levy), shareRules);
    Figure<BigDecimal> government = new Figure<>(employers.total(FundingSplit::government), shareRules);
    Figure<BigDecimal> employer = new Figure<>(employers.total(FundingSplit::employer), shareRules);
    Figure<BigDecimal> onProgrammeTotal = Figure.of(onProgramme, onProgrammeRule);
    Figure<BigDecimal> completionAmount = Figure.of(funded.subtract(onProgramme), onProgrammeRule);
    Figure<Integer> plannedInstalments = new Figure<>(Schedules.censusCountOrOne(start, plannedEnd), List.of());
    Figure<Integer> qualifyingPeriodDays = Figure.of(qualifyingDays, qualifyingRule);
    // the disputed rules the figures used, noted in the order of the breakdown's attributes, then the payments'
    warnings.addAll(new RuleConflicts().note("ageAtStart", ageAtStart).note("fundingCap", fundingCap)
        .note("maximumPrice", maximum).note("fundedPrice", fundedPrice).note("employerExcess", employerExcess)
        .note("fullFunding", first.fullFunding()).note("governmentShare", first.governmentShare())
        .note("levyUsed", levyUsed).note("governmentCoInvestment", government).note("employerCoInvestment", employer)
        .note("onProgrammeTotal", onProgrammeTotal).note("completionAmount", completionAmount)
        .note("plannedInstalments", plannedInstalments).note("qualifyingPeriodDays", qualifyingPeriodDays)
        .note(payments.payments()).warnings());
    return ImmutableFundingBreakdown.builder()
        .apprenticeship(a)
        .progress(input.progress())
        .plannedEndDate(plannedEnd)
        .ageAtStart(ageAtStart)
        .fundingCap(fundingCap)
        .capVersion(input.capVersion())
        .maximumPrice(maximum)
        .fundedPrice(fundedPrice)
        .employerExcess(employerExcess)
        .fullFunding(first.fullFunding())
        .governmentShare(first.governmentShare())
        .levyUsed(levyUsed)
        .governmentCoInvestment(government)
        .employerCoInvestment(employer)
        .onProgrammeTotal(onProgrammeTotal)
        .completionAmount(completionAmount)
        .plannedInstalments(plannedInstalments)
        .qualifyingPeriodDays(qualifyingPeriodDays)
        .payments(payments)
        .addAllEmployerPeriods(employers.periods())
        .warnings(ValidationReport.of(warnings))
        .build();
  }

  /** {@code rules} and then {@code rule}, unmodifiable: shared by every payment made from it. */
  private static List<FundingRule> plus(List<FundingRule> rules, FundingRule rule) {
    FundingRule[] all = rules.toArray(new FundingRule[rules.size() + 1]);
    all[rules.size()] = rule;
    return List.of(all);
  }

  /**
   * Who pays for {@code employer}: whether it is fully funded and the government's share. The first employer is
   * assessed as the rules of the start date say; a new employer as rule {@code full-funding.after-employer-change}
   * says: not fully funded, or assessed as the first with the age at the original start.
   */
  private EmployerTerms terms(Employer employer, boolean changed) {
    Figure<FullFundingReason> fullFunding;
    if (!changed) {
      fullFunding = fullFunding();
    } else {
      FundingRule afterChange = inForce.get(RuleKey.FULL_FUNDING_AFTER_EMPLOYER_CHANGE, FundingRule.ANY);
      List<FundingRule> used = new ArrayList<>(List.of(afterChange));
      if (afterChange.value().equals("new-employer")) {
        Figure<FullFundingReason> assessed = new BreakdownCalculation(rules, new CheckedInput(a.withEmployer(employer),
            input.progress(), plannedEnd, age, input.cap(), input.capVersion(), List.of())).fullFunding();
        used.addAll(assessed.rules());
        fullFunding = new Figure<>(assessed.value(), used);
      } else {
        fullFunding = new Figure<>(FullFundingReason.EMPLOYER_NOT_ELIGIBLE, used);
      }
    }
    FundingRule rateRule = inForce.get(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, employer.ruleQualifier());
    Figure<BigDecimal> share = fullFunding.value().isFullyFunded()
        ? new Figure<>(BigDecimal.ONE, fullFunding.rules()) : Figure.of(rateRule.decimalValue(), rateRule);
    BigDecimal levyAvailable = employer.levyPayer() && !fullFunding.value().isFullyFunded()
        ? employer.levyFundsAvailable() : BigDecimal.ZERO;
    return new EmployerTerms(fullFunding, share, levyAvailable);
  }

  /** The cap, less the reduction for prior learning when the rules have one. */
  private Figure<BigDecimal> maximumPrice(FundingRule cap) {
    Optional<BigDecimal> percentage = a.priorLearningPercentage();
    if (percentage.isEmpty() || percentage.get().signum() <= 0) {
      return Figure.of(cap.decimalValue(), cap);
    }
    Optional<FundingRule> reduction = inForce.find(RuleKey.PRIOR_LEARNING_PRICE_REDUCTION);
    if (reduction.isEmpty()) {
      return Figure.of(cap.decimalValue(), cap);
    }
    BigDecimal kept = BigDecimal.ONE.subtract(reduction.get().decimalValue().multiply(percentage.get())
        .movePointLeft(2));
    return Figure.of(Money.shareDown(cap.decimalValue(), kept), cap, reduction.get());
  }

  private Figure<FullFundingReason> fullFunding() {
    Optional<FundingRule> employerRule = inForce.find(RuleKey.FULL_FUNDING_EMPLOYER, a.employer().ruleQualifier());
    if (employerRule.isEmpty()) {
      return new Figure<>(FullFundingReason.EMPLOYER_NOT_ELIGIBLE, List.of());
    }
    List<FundingRule> used = new ArrayList<>(List.of(employerRule.get()));
    String employers = employerRule.get().value();
    boolean small = employers.equals("small-employer");
    boolean employerEligible;
    if (small) {
      Optional<FundingRule> headcountRule = inForce.find(RuleKey.FULL_FUNDING_HEADCOUNT_BELOW);
      headcountRule.ifPresent(used::add);
      OptionalInt headcount = a.employer().headcount();
      if (headcount.isEmpty()) {
        warnings.add(Issue.warning(FundingCodes.HEADCOUNT_MISSING, "the employer's headcount is not given; it is "
            + "not treated as a small employer").at("employer.headcount"));
      }
      employerEligible = headcount.isPresent() && headcountRule.isPresent()
          && headcount.getAsInt() < headcountRule.get().intValue();
    } else {
      employerEligible = employers.equals("any") || !a.employer().levyPayer();
    }
    if (!employerEligible) {
      return new Figure<>(FullFundingReason.EMPLOYER_NOT_ELIGIBLE, used);
    }
    Optional<FundingRule> ageRule = inForce.find(RuleKey.FULL_FUNDING_AGE);
    ageRule.ifPresent(used::add);
    if (ageRule.map(r -> r.ageRange().contains(age)).orElse(false)) {
      return new Figure<>(fullFundingReason(employers, false), used);
    }
    Optional<FundingRule> extended = inForce.find(RuleKey.FULL_FUNDING_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER);
    extended.ifPresent(used::add);
    if (extended.map(r -> r.ageRange().contains(age)).orElse(false) && ehcPlanOrConsentingCareLeaver(used)) {
      return new Figure<>(fullFundingReason(employers, true), used);
    }
    if (employers.equals("any")) {
      used.remove(employerRule.get()); // admits every employer: no part in a refusal for the apprentice's age
    }
    return new Figure<>(FullFundingReason.APPRENTICE_NOT_ELIGIBLE, used);
  }

  /** Why an apprenticeship is fully funded, by the {@code full-funding.employer} value and the apprentice's route. */
  private static FullFundingReason fullFundingReason(String employers, boolean ehcPlanOrCareLeaver) {
    switch (employers) {
      case "small-employer":
        return ehcPlanOrCareLeaver ? FullFundingReason.SMALL_EMPLOYER_EHC_PLAN_OR_CARE_LEAVER
            : FullFundingReason.SMALL_EMPLOYER_YOUNG_APPRENTICE;
      case "any":
        return ehcPlanOrCareLeaver ? FullFundingReason.ANY_EMPLOYER_EHC_PLAN_OR_CARE_LEAVER
            : FullFundingReason.ANY_EMPLOYER_YOUNG_APPRENTICE;
      default:
        return ehcPlanOrCareLeaver ? FullFundingReason.NON_LEVY_EHC_PLAN_OR_CARE_LEAVER
            : FullFundingReason.NON_LEVY_YOUNG_APPRENTICE;
    }
  }

  private boolean ehcPlanOrConsentingCareLeaver(List<FundingRule> used) {
    Apprentice apprentice = a.apprentice();
    if (apprentice.hasEhcPlan()) {
      return true;
    }
    if (!apprentice.careLeaver()) {
      return false;
    }
    Optional<FundingRule> consent = inForce.find(RuleKey.CARE_LEAVER_NEEDS_CONSENT);
    consent.ifPresent(used::add);
    return apprentice.consentsToTellEmployer() || !consent.map(FundingRule::booleanValue).orElse(false);
  }

  /**
   * The payments for the progress: the on-programme instalments of the {@code schedule}, then a balancing and the
   * completion payment, or after a withdrawal the instalments to its date once the qualifying period is reached; then
   * the incentives and the bursary. The English and maths aims are paid as their own dates say, whatever happens to
   * the apprenticeship (an aim has its own withdrawal date). Each payment is made for the employer in post on its
   * date; the list is in no particular order (the {@link PaymentProfile} sorts it).
   */
  private List<Payment> payments(OnProgrammeSchedule schedule, List<FundingRule> paymentRules, int qualifyingDays,
      ChangedEmployers employers) {
    Progress progress = input.progress();
    List<BreakInLearning> breaks = progress.breaks();
    LocalDate end = schedule.plannedEnd();
    List<Payment> instalments = schedule.instalments();
    List<Payment> payments;
    LocalDate lastDayInLearning;
    if (progress.withdrawalDate().isPresent()) {
      lastDayInLearning = progress.withdrawalDate().get();
      if (Schedules.daysInLearning(start, lastDayInLearning, breaks) < qualifyingDays) {
        payments = new ArrayList<>();
        EnglishAndMathsPayments.addPayments(rules, a, employers, payments);
        return payments;
      }
      payments = Schedules.onOrBefore(instalments, lastDayInLearning, ROOM_AFTER);
    } else {
      lastDayInLearning = progress.completionDate().orElse(end);
      LocalDate completionMonthEnd = Schedules.monthEnd(lastDayInLearning);
      LocalDate lastInstalment = instalments.isEmpty() ? completionMonthEnd
          : instalments.get(instalments.size() - 1).dueDate();
      if (completionMonthEnd.isBefore(lastInstalment)) {
        payments = Schedules.onOrBefore(instalments, completionMonthEnd.minusDays(1), ROOM_AFTER);
        BigDecimal balancing = schedule.onProgrammeTotal().subtract(Schedules.sum(payments));
        if (balancing.signum() != 0) {
          payments.add(Payment.forEmployer(PaymentKind.BALANCING, completionMonthEnd, balancing, paymentRules,
              employers.on(completionMonthEnd)));
        }
      } else {
        payments = instalments; // the schedule's own list, with room for what follows
      }
      payments.add(Payment.forEmployer(PaymentKind.COMPLETION, completionMonthEnd, schedule.completionAmount(),
          paymentRules, employers.on(completionMonthEnd)));
    }
    new Incentives(inForce, input, end, lastDayInLearning, employers).addTo(payments);
    EnglishAndMathsPayments.addPayments(rules, a, employers, payments);
    return payments;
  }
}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The payments of one checked apprenticeship beyond its funded price: the additional payments to employer and
 * provider for young apprentices (and older ones with an EHC plan or in care), the care leavers' bursary and the
 * foundation employer incentive. Each falls due on its milestone day, moved back by breaks in learning, and is earned
 * only if that day is no later than the planned end date and the last day in learning; the foundation incentive's
 * last instalment falls due on the progression to a further apprenticeship instead. Short programmes (a published
 * typical duration under 12 months) and foundation apprenticeships have earlier milestones from August 2025.
 */
final class Incentives {
  /** The qualifier of the milestones of short programmes and foundation apprenticeships. */
  private static final String SHORT_PROGRAMME = "short-programme";

  private final FundingRules.RulesInForce rules;
  private final ChangedEmployers employers;
  private final Apprenticeship a;
  private final Progress progress;
  private final LocalDate start;
  private final int age;
  private final LocalDate end;
  private final LocalDate lastDayInLearning;

  /**
   * @param end the planned end date after the breaks that changed it
   * @param lastDayInLearning the day of completion or withdrawal
   * @param employers whom each payment is for, by its due date
   */
  Incentives(FundingRules.RulesInForce rules, CheckedInput input, LocalDate end, LocalDate lastDayInLearning,
      ChangedEmployers employers) {
    this.rules = rules;
    this.employers = employers;
    this.a = input.apprenticeship();
    this.progress = input.progress();
    this.start = input.start();
    this.age = input.age();
    this.end = end;
    this.lastDayInLearning = lastDayInLearning;
  }

  /** Adds every payment earned to {@code payments}. */
  void addTo(List<Payment> payments) {
    additionalPayments(payments);
    smeHiringIncentive(payments);
    bursary(payments);
    foundationIncentive(payments);
  }

  /** The additional payments to employer and provider earned. */
  private void additionalPayments(List<Payment> payments) {
    Apprentice apprentice = a.apprentice();
    Optional<FundingRule> ageRule = rules.find(RuleKey.INCENTIVE_AGE);
    Optional<FundingRule> extendedRule = rules.find(RuleKey.INCENTIVE_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER);
    boolean young = ageRule.map(r -> r.ageRange().contains(age)).orElse(false);
    boolean extended = !young && extendedRule.map(r -> r.ageRange().contains(age)).orElse(false)
        && (apprentice.hasEhcPlan() || apprentice.careLeaver());
    if (!young && !extended) {
      return;
    }
    Optional<FundingRule> consent = rules.find(RuleKey.CARE_LEAVER_NEEDS_CONSENT);
    boolean employerPaid = young || apprentice.hasEhcPlan() || apprentice.consentsToTellEmployer()
        || !consent.map(FundingRule::booleanValue).orElse(false);
    Optional<FundingRule> shortRule = rules.find(RuleKey.SHORT_PROGRAMME_BELOW_MONTHS);
    boolean shortProgramme = isShortProgramme(shortRule);
    Optional<FundingRule> milestones = rules.find(RuleKey.INCENTIVE_MILESTONES,
        shortProgramme ? SHORT_PROGRAMME : FundingRule.ANY);
    if (milestones.isEmpty()) {
      return;
    }
    List<FundingRule> eligibility = new ArrayList<>();
    (young ? ageRule : extendedRule).ifPresent(eligibility::add);
    shortRule.filter(r -> shortProgramme).ifPresent(eligibility::add);
    if (employerPaid) {
      rules.find(RuleKey.INCENTIVE_AMOUNT, "employer").ifPresent(amount -> milestonePayments(
          PaymentKind.EMPLOYER_INCENTIVE, amount, milestones.get(), eligibility, payments));
    }
    rules.find(RuleKey.INCENTIVE_AMOUNT, "provider").ifPresent(amount -> milestonePayments(
        PaymentKind.PROVIDER_INCENTIVE, amount, milestones.get(), eligibility, payments));
  }

  /**
   * The instalments of the hiring incentive for small and medium-sized employers earned: the amount in equal parts at
   * its milestones, for an apprentice in its age range at an employer of the kind it names.
   */
  private void smeHiringIncentive(List<Payment> payments) {
    Optional<FundingRule> amount = rules.find(RuleKey.SME_INCENTIVE_AMOUNT);
    Optional<FundingRule> ageRule = rules.find(RuleKey.SME_INCENTIVE_AGE);
    Optional<FundingRule> employerRule = rules.find(RuleKey.SME_INCENTIVE_EMPLOYER);
    Optional<FundingRule> milestones = rules.find(RuleKey.SME_INCENTIVE_MILESTONES);
    if (amount.isEmpty() || ageRule.isEmpty() || employerRule.isEmpty() || milestones.isEmpty()
        || !ageRule.get().ageRange().contains(age)
        || !(employerRule.get().value().equals("non-levy") && !a.employer().levyPayer())) {
      return;
    }
    earned(PaymentKind.SME_HIRING_INCENTIVE, Money.spread(amount.get().decimalValue(),
        milestones.get().days().size()), milestones.get(),
        List.of(amount.get(), milestones.get(), ageRule.get(), employerRule.get()), payments);
  }

  /**
   * The instalments of the care leavers' bursary earned; on a short programme from August 2025 the last falls due
   * earlier ({@code short-programme} milestones).
   */
  private void bursary(List<Payment> payments) {
    Optional<FundingRule> ageRule = rules.find(RuleKey.BURSARY_AGE);
    Optional<FundingRule> amount = rules.find(RuleKey.BURSARY_AMOUNT);
    Optional<FundingRule> shortRule = rules.find(RuleKey.SHORT_PROGRAMME_BELOW_MONTHS);
    boolean shortProgramme = isShortProgramme(shortRule);
    Optional<FundingRule> milestones = rules.find(RuleKey.BURSARY_MILESTONES,
        shortProgramme ? SHORT_PROGRAMME : FundingRule.ANY);
    if (!a.apprentice().careLeaver() || ageRule.isEmpty() || amount.isEmpty() || milestones.isEmpty()
        || !ageRule.get().ageRange().contains(age)) {
      return;
    }
    List<FundingRule> used = new ArrayList<>(List.of(amount.get(), milestones.get(), ageRule.get()));
    if (milestones.get().qualifier().equals(SHORT_PROGRAMME)) {
      shortRule.ifPresent(used::add);
    }
    BigDecimal total = amount.get().decimalValue().multiply(BigDecimal.valueOf(milestones.get().days().size()));
    earned(PaymentKind.CARE_LEAVER_BURSARY, Money.spread(total, milestones.get().days().size()), milestones.get(),
        used, payments);
  }

  /**
   * The foundation employer incentive earned: its amount split equally between the milestones during the programme
   * and the progression to a further apprenticeship, which takes the odd pennies and falls due on the progression
   * date.
   */
  private void foundationIncentive(List<Payment> payments) {
    Optional<FundingRule> amount = rules.find(RuleKey.FOUNDATION_INCENTIVE_AMOUNT);
    Optional<FundingRule> milestones = rules.find(RuleKey.FOUNDATION_INCENTIVE_MILESTONES);
    if (!a.standard().foundation() || amount.isEmpty() || milestones.isEmpty()) {
      return;
    }
    List<FundingRule> used = List.of(amount.get(), milestones.get());
    int inLearning = milestones.get().days().size();
    List<BigDecimal> amounts = Money.spread(amount.get().decimalValue(), inLearning + 1);
    earned(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE, amounts.subList(0, inLearning), milestones.get(), used,
        payments);
    progress.progressionDate().ifPresent(progressed -> payments.add(Payment.forEmployer(
        PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE, progressed, amounts.get(inLearning), used,
        employers.on(progressed))));
  }

  /**
   * Whether the standard is a foundation apprenticeship or its typical duration, when known (0 is not yet set), is
   * below {@code shortRule}'s.
   */
  private boolean isShortProgramme(Optional<FundingRule> shortRule) {
    int months = a.standard().typicalDurationMonths();
    return a.standard().foundation() || (months > 0 && shortRule.map(r -> months < r.intValue()).orElse(false));
  }

  private void milestonePayments(PaymentKind kind, FundingRule amount, FundingRule milestones,
      List<FundingRule> eligibility, List<Payment> payments) {
    List<FundingRule> used = new ArrayList<>(List.of(amount, milestones));
    used.addAll(eligibility);
    earned(kind, Money.spread(amount.decimalValue(), milestones.days().size()), milestones, used, payments);
  }

  /**
   * Adds to {@code payments} those of {@code amounts}, one a milestone of {@code milestones}, of the milestones
   * reached.
   */
  private void earned(PaymentKind kind, List<BigDecimal> amounts, FundingRule milestones, List<FundingRule> used,
      List<Payment> payments) {
    List<Integer> days = milestones.days();
    List<FundingRule> rules = List.copyOf(used); // once, shared by the payments
    for (int i = 0; i < days.size(); i++) {
      LocalDate due = Schedules.milestone(start, days.get(i), progress.breaks());
      if (!due.isAfter(end) && !due.isAfter(lastDayInLearning)) {
        payments.add(Payment.forEmployer(kind, due, amounts.get(i), rules, employers.on(due)));
      }
    }
  }
}

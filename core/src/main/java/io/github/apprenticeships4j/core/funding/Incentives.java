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

  private final FundingRules rules;
  private final Apprenticeship a;
  private final Progress progress;
  private final LocalDate start;
  private final int age;
  private final LocalDate end;
  private final LocalDate lastDayInLearning;

  /**
   * @param end the planned end date after the breaks that changed it
   * @param lastDayInLearning the day of completion or withdrawal
   */
  Incentives(FundingRules rules, CheckedInput input, LocalDate end, LocalDate lastDayInLearning) {
    this.rules = rules;
    this.a = input.apprenticeship();
    this.progress = input.progress();
    this.start = input.start();
    this.age = input.age();
    this.end = end;
    this.lastDayInLearning = lastDayInLearning;
  }

  /** The additional payments to employer and provider earned. */
  List<Payment> additionalPayments() {
    Apprentice apprentice = a.apprentice();
    Optional<FundingRule> ageRule = rules.find(RuleKey.INCENTIVE_AGE, start);
    Optional<FundingRule> extendedRule = rules.find(RuleKey.INCENTIVE_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER, start);
    boolean young = ageRule.map(r -> r.ageRange().contains(age)).orElse(false);
    boolean extended = !young && extendedRule.map(r -> r.ageRange().contains(age)).orElse(false)
        && (apprentice.hasEhcPlan() || apprentice.careLeaver());
    if (!young && !extended) {
      return List.of();
    }
    Optional<FundingRule> consent = rules.find(RuleKey.CARE_LEAVER_NEEDS_CONSENT, start);
    boolean employerPaid = young || apprentice.hasEhcPlan() || apprentice.consentsToTellEmployer()
        || !consent.map(FundingRule::booleanValue).orElse(false);
    Optional<FundingRule> shortRule = rules.find(RuleKey.SHORT_PROGRAMME_BELOW_MONTHS, start);
    boolean shortProgramme = isShortProgramme(shortRule);
    Optional<FundingRule> milestones = rules.find(RuleKey.INCENTIVE_MILESTONES,
        shortProgramme ? SHORT_PROGRAMME : FundingRule.ANY, start);
    if (milestones.isEmpty()) {
      return List.of();
    }
    List<Payment> payments = new ArrayList<>();
    List<FundingRule> eligibility = new ArrayList<>();
    (young ? ageRule : extendedRule).ifPresent(eligibility::add);
    shortRule.filter(r -> shortProgramme).ifPresent(eligibility::add);
    if (employerPaid) {
      rules.find(RuleKey.INCENTIVE_AMOUNT, "employer", start).ifPresent(amount -> payments.addAll(milestonePayments(
          PaymentKind.EMPLOYER_INCENTIVE, amount, milestones.get(), eligibility)));
    }
    rules.find(RuleKey.INCENTIVE_AMOUNT, "provider", start).ifPresent(amount -> payments.addAll(milestonePayments(
        PaymentKind.PROVIDER_INCENTIVE, amount, milestones.get(), eligibility)));
    return payments;
  }

  /**
   * The instalments of the hiring incentive for small and medium-sized employers earned: the amount in equal parts at
   * its milestones, for an apprentice in its age range at an employer of the kind it names.
   */
  List<Payment> smeHiringIncentive() {
    Optional<FundingRule> amount = rules.find(RuleKey.SME_INCENTIVE_AMOUNT, start);
    Optional<FundingRule> ageRule = rules.find(RuleKey.SME_INCENTIVE_AGE, start);
    Optional<FundingRule> employerRule = rules.find(RuleKey.SME_INCENTIVE_EMPLOYER, start);
    Optional<FundingRule> milestones = rules.find(RuleKey.SME_INCENTIVE_MILESTONES, start);
    if (amount.isEmpty() || ageRule.isEmpty() || employerRule.isEmpty() || milestones.isEmpty()
        || !ageRule.get().ageRange().contains(age)
        || !(employerRule.get().value().equals("non-levy") && !a.employer().levyPayer())) {
      return List.of();
    }
    return earned(PaymentKind.SME_HIRING_INCENTIVE,
        Money.spread(amount.get().decimalValue(), milestones.get().days().size()), milestones.get(),
        List.of(amount.get(), milestones.get(), ageRule.get(), employerRule.get()));
  }

  /**
   * The instalments of the care leavers' bursary earned; on a short programme from August 2025 the last falls due
   * earlier ({@code short-programme} milestones).
   */
  List<Payment> bursary() {
    Optional<FundingRule> ageRule = rules.find(RuleKey.BURSARY_AGE, start);
    Optional<FundingRule> amount = rules.find(RuleKey.BURSARY_AMOUNT, start);
    Optional<FundingRule> shortRule = rules.find(RuleKey.SHORT_PROGRAMME_BELOW_MONTHS, start);
    boolean shortProgramme = isShortProgramme(shortRule);
    Optional<FundingRule> milestones = rules.find(RuleKey.BURSARY_MILESTONES,
        shortProgramme ? SHORT_PROGRAMME : FundingRule.ANY, start);
    if (!a.apprentice().careLeaver() || ageRule.isEmpty() || amount.isEmpty() || milestones.isEmpty()
        || !ageRule.get().ageRange().contains(age)) {
      return List.of();
    }
    List<FundingRule> used = new ArrayList<>(List.of(amount.get(), milestones.get(), ageRule.get()));
    if (milestones.get().qualifier().equals(SHORT_PROGRAMME)) {
      shortRule.ifPresent(used::add);
    }
    BigDecimal total = amount.get().decimalValue().multiply(BigDecimal.valueOf(milestones.get().days().size()));
    return earned(PaymentKind.CARE_LEAVER_BURSARY, Money.spread(total, milestones.get().days().size()),
        milestones.get(), used);
  }

  /**
   * The foundation employer incentive earned: its amount split equally between the milestones during the programme
   * and the progression to a further apprenticeship, which takes the odd pennies and falls due on the progression
   * date.
   */
  List<Payment> foundationIncentive() {
    Optional<FundingRule> amount = rules.find(RuleKey.FOUNDATION_INCENTIVE_AMOUNT, start);
    Optional<FundingRule> milestones = rules.find(RuleKey.FOUNDATION_INCENTIVE_MILESTONES, start);
    if (!a.standard().foundation() || amount.isEmpty() || milestones.isEmpty()) {
      return List.of();
    }
    List<FundingRule> used = List.of(amount.get(), milestones.get());
    int inLearning = milestones.get().days().size();
    List<BigDecimal> amounts = Money.spread(amount.get().decimalValue(), inLearning + 1);
    List<Payment> payments = earned(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE, amounts.subList(0, inLearning),
        milestones.get(), used);
    progress.progressionDate().ifPresent(progressed -> payments.add(
        new Payment(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE, progressed, amounts.get(inLearning), used)));
    return payments;
  }

  /**
   * Whether the standard is a foundation apprenticeship or its typical duration, when known (0 is not yet set), is
   * below {@code shortRule}'s.
   */
  private boolean isShortProgramme(Optional<FundingRule> shortRule) {
    int months = a.standard().typicalDurationMonths();
    return a.standard().foundation() || (months > 0 && shortRule.map(r -> months < r.intValue()).orElse(false));
  }

  private List<Payment> milestonePayments(PaymentKind kind, FundingRule amount, FundingRule milestones,
      List<FundingRule> eligibility) {
    List<FundingRule> used = new ArrayList<>(List.of(amount, milestones));
    used.addAll(eligibility);
    return earned(kind, Money.spread(amount.decimalValue(), milestones.days().size()), milestones, used);
  }

  /** The payments of {@code amounts}, one a milestone of {@code milestones}, of the milestones reached. */
  private List<Payment> earned(PaymentKind kind, List<BigDecimal> amounts, FundingRule milestones,
      List<FundingRule> used) {
    List<Integer> days = milestones.days();
    List<FundingRule> rules = List.copyOf(used); // once, shared by the payments
    List<Payment> payments = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      LocalDate due = Schedules.milestone(start, days.get(i), progress.breaks());
      if (!due.isAfter(end) && !due.isAfter(lastDayInLearning)) {
        payments.add(new Payment(kind, due, amounts.get(i), rules));
      }
    }
    return payments;
  }
}

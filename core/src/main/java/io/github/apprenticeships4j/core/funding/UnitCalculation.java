package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.core.validation.internal.ConstraintBridge;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks and the breakdown of one {@link ApprenticeshipUnit}: the unit rules in force on its start date (age,
 * hours, weeks), its price uncapped, levy funds first and then co-investment at the share in force for the employer,
 * and its two payments (das-funding-apprenticeship-earnings ShortCoursePayments). One object per calculation; not
 * thread-safe.
 */
final class UnitCalculation {
  private static final String MINIMUM = "minimum";
  private static final String MAXIMUM = "maximum";

  private final FundingRules rules;
  private final LocalDate latestStart;
  private final ApprenticeshipUnit unit;
  private final LocalDate start;
  private final List<Issue> issues = new ArrayList<>();
  private int age;

  private UnitCalculation(FundingRules rules, LocalDate latestStart, ApprenticeshipUnit unit) {
    this.rules = rules;
    this.latestStart = latestStart;
    this.unit = unit;
    this.start = unit.startDate();
  }

  /** The findings about {@code unit}. */
  static ValidationReport check(FundingRules rules, LocalDate latestStart, ApprenticeshipUnit unit) {
    UnitCalculation c = new UnitCalculation(rules, latestStart, unit);
    c.runChecks();
    return ValidationReport.of(c.issues);
  }

  /** The breakdown of {@code unit}, or the errors that reject it. */
  static UnitFundingResult calculate(FundingRules rules, LocalDate latestStart, ApprenticeshipUnit unit) {
    UnitCalculation c = new UnitCalculation(rules, latestStart, unit);
    c.runChecks();
    ValidationReport report = ValidationReport.of(c.issues);
    return report.hasErrors() ? UnitFundingResult.rejected(report) : UnitFundingResult.of(c.breakdown());
  }

  private void runChecks() {
    issues.addAll(ConstraintBridge.validate(unit));
    pence(unit.price(), "price");
    pence(unit.employer().levyFundsAvailable(), "employer.levyFundsAvailable");
    Optional<LocalDate> first = rules.firstDay(RuleKey.UNIT_FUNDING);
    if (first.isEmpty() || rules.find(RuleKey.UNIT_FUNDING, FundingRule.ANY, start).isEmpty()) {
      error(FundingCodes.UNIT_START_TOO_EARLY, "units are funded from " + first.map(String::valueOf).orElse(
          "no date in this catalogue"), "startDate", start.toString());
      return;
    }
    if (start.isAfter(latestStart)) {
      error(FundingCodes.START_TOO_LATE, "the start date is after " + latestStart, "startDate", start.toString());
      return;
    }
    if (!unit.plannedEndDate().isAfter(start)) {
      error(FundingCodes.DURATION_NOT_POSITIVE, "the planned end must be after the start", "plannedEndDate",
          unit.plannedEndDate().toString());
    }
    LocalDate born = unit.apprentice().dateOfBirth();
    if (born.isAfter(start)) {
      error(FundingCodes.APPRENTICE_BORN_AFTER_START, "the learner is born after the start date",
          "apprentice.dateOfBirth", born.toString());
    } else {
      age = Period.between(born, start).getYears();
      need(RuleKey.UNIT_AGE, FundingRule.ANY).filter(r -> !r.ageRange().contains(age)).ifPresent(r -> error(
          FundingCodes.UNIT_AGE_OUTSIDE, "the learner is " + age + " at the start; units fund ages " + r.value(),
          "apprentice.dateOfBirth", born.toString()));
    }
    int hours = unit.plannedHours();
    Optional<FundingRule> fewest = need(RuleKey.UNIT_HOURS, MINIMUM);
    Optional<FundingRule> most = need(RuleKey.UNIT_HOURS, MAXIMUM);
    if (fewest.isPresent() && most.isPresent() && (hours < fewest.get().intValue() || hours > most.get().intValue())) {
      error(FundingCodes.UNIT_HOURS_OUTSIDE, "units are of " + fewest.get().value() + " to " + most.get().value()
          + " hours", "plannedHours", String.valueOf(hours));
    }
    long days = plannedDays();
    Optional<FundingRule> shortest = need(RuleKey.UNIT_WEEKS, MINIMUM);
    Optional<FundingRule> longest = need(RuleKey.UNIT_WEEKS, MAXIMUM);
    if (unit.plannedEndDate().isAfter(start) && shortest.isPresent() && longest.isPresent()
        && (days < 7L * shortest.get().intValue() || days > 7L * longest.get().intValue())) {
      error(FundingCodes.UNIT_WEEKS_OUTSIDE, "units last " + shortest.get().value() + " to " + longest.get().value()
          + " weeks; this one lasts " + days + " days", "plannedEndDate", unit.plannedEndDate().toString());
    }
    checkProgress();
    need(RuleKey.UNIT_PRICE_CAP, FundingRule.ANY);
    need(RuleKey.UNIT_MILESTONE_AT, FundingRule.ANY);
    need(RuleKey.UNIT_MILESTONE_SHARE, FundingRule.ANY);
    need(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, unit.employer().ruleQualifier());
  }

  private void checkProgress() {
    if (unit.completionDate().isPresent() && unit.withdrawalDate().isPresent()) {
      error(FundingCodes.PROGRESS_CONFLICT, "a unit cannot be both completed and withdrawn from", "withdrawalDate",
          unit.withdrawalDate().get().toString());
    }
    unit.completionDate().filter(d -> d.isBefore(start)).ifPresent(d -> error(FundingCodes.PROGRESS_BEFORE_START,
        "the completion is before the start", "completionDate", d.toString()));
    unit.withdrawalDate().filter(d -> d.isBefore(start)).ifPresent(d -> error(FundingCodes.PROGRESS_BEFORE_START,
        "the withdrawal is before the start", "withdrawalDate", d.toString()));
  }

  private UnitFundingBreakdown breakdown() {
    FundingRule cap = rules.get(RuleKey.UNIT_PRICE_CAP, FundingRule.ANY, start);
    FundingRule funding = rules.get(RuleKey.UNIT_FUNDING, FundingRule.ANY, start);
    FundingRule shareRule = rules.get(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, unit.employer().ruleQualifier(), start);
    FundingRule at = rules.get(RuleKey.UNIT_MILESTONE_AT, FundingRule.ANY, start);
    FundingRule milestoneShare = rules.get(RuleKey.UNIT_MILESTONE_SHARE, FundingRule.ANY, start);
    BigDecimal price = Money.pounds(unit.price());
    Employer employer = unit.employer();
    BigDecimal levyAvailable = employer.levyPayer() ? employer.levyFundsAvailable() : BigDecimal.ZERO;
    FundingSplit split = FundingSplit.of(price, levyAvailable, shareRule.decimalValue());
    BigDecimal milestone = Money.share(price, milestoneShare.decimalValue());
    BigDecimal completion = price.subtract(milestone);
    long day = BigDecimal.valueOf(plannedDays()).multiply(at.decimalValue()).setScale(0, RoundingMode.DOWN)
        .longValue();
    LocalDate milestoneDate = start.plusDays(Math.max(1, day) - 1);
    List<FundingRule> paymentRules = List.of(cap, milestoneShare);
    List<Payment> payments = new ArrayList<>();
    Optional<LocalDate> withdrawal = unit.withdrawalDate();
    if (withdrawal.isEmpty() || !withdrawal.get().isBefore(milestoneDate)) {
      LocalDate due = unit.completionDate().filter(c -> c.isBefore(milestoneDate)).orElse(milestoneDate);
      payments.add(new Payment(PaymentKind.UNIT_MILESTONE, due, milestone, paymentRules));
    }
    if (withdrawal.isEmpty()) {
      payments.add(new Payment(PaymentKind.COMPLETION, unit.completionDate().orElse(unit.plannedEndDate()),
          completion, paymentRules));
    }
    List<FundingRule> splitRules = List.of(funding, shareRule);
    List<Issue> warnings = new ArrayList<>(issues);
    if (split.employer().signum() > 0 && funding.basis() == RuleBasis.CONFLICT) {
      warnings.add(RuleConflicts.warning(funding, "employerCoInvestment"));
    }
    return ImmutableUnitFundingBreakdown.builder()
        .unit(unit)
        .ageAtStart(new Figure<>(age, rules.find(RuleKey.AGE_AT_START, FundingRule.ANY, start).stream()
            .collect(Collectors.toList())))
        .fundedPrice(Figure.of(price, cap))
        .governmentShare(Figure.of(shareRule.decimalValue(), shareRule))
        .levyUsed(new Figure<>(split.levy(), splitRules))
        .governmentCoInvestment(new Figure<>(split.government(), splitRules))
        .employerCoInvestment(new Figure<>(split.employer(), splitRules))
        .milestoneDate(Figure.of(milestoneDate, at))
        .milestoneAmount(Figure.of(milestone, milestoneShare))
        .completionAmount(Figure.of(completion, milestoneShare))
        .payments(new PaymentProfile(payments))
        .warnings(ValidationReport.of(warnings))
        .build();
  }

  /** Days from the start to the planned end, both included. */
  private long plannedDays() {
    return ChronoUnit.DAYS.between(start, unit.plannedEndDate()) + 1;
  }

  /** The rule, or a {@code funding.rules.missing} error when the catalogue has none on the start date. */
  private Optional<FundingRule> need(RuleKey key, String qualifier) {
    Optional<FundingRule> rule = rules.find(key, qualifier, start);
    if (rule.isEmpty()) {
      error(FundingCodes.RULES_MISSING, "the catalogue has no rule " + key.id() + " for " + qualifier + " on "
          + start, "startDate", start.toString());
    }
    return rule;
  }

  private void pence(BigDecimal amount, String path) {
    if (!Money.isPence(amount)) {
      error(FundingCodes.AMOUNT_SCALE, "amounts must be pounds with at most 2 decimal places", path,
          amount.toPlainString());
    }
  }

  private void error(String code, String message, String path, String rejected) {
    issues.add(Issue.error(code, message).at(path).rejecting(rejected));
  }
}

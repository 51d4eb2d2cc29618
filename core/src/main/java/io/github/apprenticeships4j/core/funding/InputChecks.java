package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The checks of the {@link FundingCalculator}'s input: the Jakarta constraints, money in pence, the plausible dates
 * and ages, the planned end, the minimum durations (the funding rules' and the ILR's), restricted levels, the ages a
 * foundation apprenticeship is funded for, the funding cap, the rules a calculation needs and the progress. One object
 * per check; not thread-safe.
 */
final class InputChecks {
  /** How many years after the last day a rule of its catalogue comes into force a calculator accepts a start. */
  private static final int START_HORIZON_YEARS = 10;
  /** The youngest age at the start accepted, one below the youngest the funding rules know (15). */
  private static final int MIN_AGE_AT_START = 14;
  /**
   * The youngest age at the start the rules are modelled for; younger apprentices get a warning, and the ILR's planned
   * minimum duration (DateOfBirth_57) does not apply to them.
   */
  private static final int YOUNGEST_MODELLED_AGE = 16;
  /** The oldest age at the start accepted: there is no upper age limit; an older age is a typing error. */
  private static final int MAX_AGE_AT_START = 115;
  /** The longest planned duration accepted: 100 years. */
  private static final int MAX_MONTHS = 1200;

  private final FundingRules rules;
  /** The rules in force on the start date. */
  private final FundingRules.RulesInForce inForce;
  private final Optional<StandardCatalogue> standards;
  private final LocalDate latestStart;
  private final Apprenticeship a;
  private final Progress progress;
  private final LocalDate start;
  private final List<Issue> issues = new ArrayList<>();
  private LocalDate plannedEnd = LocalDate.MIN;
  private int age;
  private Optional<FundingRule> capRule = Optional.empty();
  private Optional<StandardVersion> capVersion = Optional.empty();

  private InputChecks(FundingRules rules, Optional<StandardCatalogue> standards, LocalDate latestStart,
      Apprenticeship a, Progress progress) {
    this.rules = rules;
    this.standards = standards;
    this.latestStart = latestStart;
    this.a = a;
    this.progress = progress;
    this.start = a.startDate();
    this.inForce = rules.inForceOn(start);
  }

  /** The last start date a calculator with {@code rules} accepts. */
  static LocalDate latestStart(FundingRules rules) {
    return rules.rules().stream().map(FundingRule::effectiveFrom).max(LocalDate::compareTo).orElse(LocalDate.MIN)
        .plusYears(START_HORIZON_YEARS);
  }

  /**
   * Checks {@code a} progressing as {@code progress} under {@code rules}, with caps from {@code standards} if given,
   * accepting starts to {@code latestStart}.
   */
  static CheckedInput check(FundingRules rules, Optional<StandardCatalogue> standards, LocalDate latestStart,
      Apprenticeship a, Progress progress) {
    InputChecks checks = new InputChecks(rules, standards, latestStart, a, progress);
    checks.run();
    return new CheckedInput(a, progress, checks.plannedEnd, checks.age, checks.capRule, checks.capVersion,
        checks.issues);
  }

  private void run() {
    issues.addAll(a.constraintFindings());
    checkPence(a.trainingPrice(), "trainingPrice");
    checkPence(a.assessmentPrice(), "assessmentPrice");
    checkPence(a.employer().levyFundsAvailable(), "employer.levyFundsAvailable");
    checkStart();
    checkPlannedEnd();
    checkAge();
    if (hasErrors()) {
      return;
    }
    if (age < YOUNGEST_MODELLED_AGE) {
      issues.add(Issue.warning(FundingCodes.APPRENTICE_UNDER_16, "the apprentice is under 16 at the start; the "
          + "rule for 15-year-olds leaving school is not modelled").at("apprentice.dateOfBirth"));
    }
    checkDuration();
    checkLevel();
    checkFoundationAge();
    checkCap();
    String employerKind = a.employer().ruleQualifier();
    require(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, employerKind);
    require(RuleKey.ON_PROGRAMME_SHARE, FundingRule.ANY);
    require(RuleKey.QUALIFYING_PERIOD, FundingRule.ANY);
    checkProgress();
    ChangeChecks.check(rules, start, plannedEnd, progress, issues);
  }

  private void checkStart() {
    Optional<LocalDate> first = rules.firstDay(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE);
    if (first.isEmpty() || start.isBefore(first.get())) {
      error(FundingCodes.START_TOO_EARLY, "the start date is before the first funding rules ("
          + first.map(String::valueOf).orElse("none") + ")", "startDate", start.toString());
    } else if (start.isAfter(latestStart)) {
      error(FundingCodes.START_TOO_LATE, "the start date is after " + latestStart + ", " + START_HORIZON_YEARS
          + " years after the last rule of the catalogue comes into force", "startDate", start.toString());
    }
  }

  private void checkAge() {
    LocalDate born = a.apprentice().dateOfBirth();
    if (born.isAfter(start)) {
      error(FundingCodes.APPRENTICE_BORN_AFTER_START, "the apprentice is born after the start date",
          "apprentice.dateOfBirth", born.toString());
      return;
    }
    age = Period.between(born, start).getYears();
    if (age < MIN_AGE_AT_START || age > MAX_AGE_AT_START) {
      error(age < MIN_AGE_AT_START ? FundingCodes.APPRENTICE_TOO_YOUNG : FundingCodes.APPRENTICE_TOO_OLD,
          "the apprentice is " + age + " at the start; ages from " + MIN_AGE_AT_START + " to " + MAX_AGE_AT_START
              + " are accepted", "apprentice.dateOfBirth", born.toString());
    }
  }

  private void checkPlannedEnd() {
    OptionalInt months = a.plannedDurationMonths();
    Optional<LocalDate> given = a.plannedEndDate(); // the generated accessor makes an Optional on each call
    if (months.isPresent() && (months.getAsInt() <= 0 || months.getAsInt() > MAX_MONTHS)) {
      error(months.getAsInt() <= 0 ? FundingCodes.DURATION_NOT_POSITIVE : FundingCodes.DURATION_TOO_LONG,
          "the planned duration must be from 1 to " + MAX_MONTHS + " months", "plannedDurationMonths",
          String.valueOf(months.getAsInt()));
      return;
    }
    Optional<LocalDate> fromMonths = Optional.empty();
    try {
      if (months.isPresent()) {
        fromMonths = Optional.of(start.plusMonths(months.getAsInt()).minusDays(1));
      }
    } catch (DateTimeException e) {
      error(FundingCodes.DURATION_TOO_LONG, "the planned end date is beyond the calendar", "plannedDurationMonths",
          String.valueOf(months.getAsInt()));
      return;
    }
    if (given.isPresent() && fromMonths.isPresent()
        && !given.get().equals(fromMonths.get())) {
      error(FundingCodes.END_CONFLICT, "the planned end date and the planned duration disagree", "plannedEndDate",
          given.get().toString());
      return;
    }
    Optional<LocalDate> end = given.isPresent() ? given : fromMonths;
    if (end.isEmpty()) {
      error(FundingCodes.END_MISSING, "give a planned end date or a planned duration", "plannedEndDate", "");
      return;
    }
    if (!end.get().isAfter(start)) {
      error(FundingCodes.DURATION_NOT_POSITIVE, "the planned end date must be after the start date",
          "plannedEndDate", end.get().toString());
      return;
    }
    if (ChronoUnit.MONTHS.between(start, end.get()) > MAX_MONTHS) {
      error(FundingCodes.DURATION_TOO_LONG, "the planned duration must be at most " + MAX_MONTHS + " months",
          "plannedEndDate", end.get().toString());
      return;
    }
    plannedEnd = end.get();
  }

  private void checkDuration() {
    inForce.find(RuleKey.MINIMUM_DURATION_MONTHS).ifPresent(rule -> {
      if (plannedEnd.isBefore(start.plusMonths(rule.intValue()).minusDays(1))) {
        error(FundingCodes.DURATION_BELOW_MINIMUM, "the planned duration is below the minimum of " + rule.intValue()
            + " months for starts on " + start, "plannedEndDate", plannedEnd.toString());
      }
    });
    inForce.find(RuleKey.MINIMUM_DURATION_DAYS).ifPresent(rule -> {
      if (ChronoUnit.DAYS.between(start, plannedEnd) + 1 < rule.intValue()) {
        issues.add(Issue.warning(FundingCodes.DURATION_BELOW_MINIMUM_DAYS, "the planned duration is below "
            + rule.intValue() + " days").at("plannedEndDate").rejecting(plannedEnd.toString()));
      }
    });
    // ILR DateOfBirth_57: planned end minus start, for apprentices 16 or over at the start.
    inForce.find(RuleKey.MINIMUM_DURATION_ILR_DAYS, "planned").filter(rule -> age >= YOUNGEST_MODELLED_AGE)
        .ifPresent(rule -> {
          long days = ChronoUnit.DAYS.between(start, plannedEnd);
          if (days < rule.intValue()) {
            error(FundingCodes.DURATION_PLANNED_BELOW_ILR_MINIMUM, "the planned end date is " + days
                + " days after the start; the ILR accepts " + rule.intValue() + " or more for starts on " + start,
                "plannedEndDate", plannedEnd.toString());
          }
        });
  }

  private void checkFoundationAge() {
    Optional<FundingRule> ageRule = inForce.find(RuleKey.FOUNDATION_AGE);
    if (!a.standard().foundation() || ageRule.isEmpty()) {
      return;
    }
    // Below the range, the apprentice is under 16: warned about above, the rule for 15-year-olds is not modelled.
    AgeRange ages = ageRule.get().ageRange();
    if (ages.contains(age) || age < ages.from()) {
      return;
    }
    Apprentice apprentice = a.apprentice();
    Optional<FundingRule> extended = inForce.find(RuleKey.FOUNDATION_AGE_WITH_EHC_PLAN_CARE_OR_CUSTODY);
    boolean widened = apprentice.hasEhcPlan() || apprentice.careLeaver() || apprentice.custodialSentence();
    if (widened && extended.map(r -> r.ageRange().contains(age)).orElse(false)) {
      return;
    }
    error(FundingCodes.FOUNDATION_AGE_RESTRICTED, "a foundation apprenticeship starting on " + start + " is funded "
        + "for apprentices aged " + ages + extended.map(r -> ", or " + r.ageRange() + " with an EHC plan, as a care "
            + "leaver or with a custodial sentence,").orElse("") + " at the start; the apprentice is " + age,
        "apprentice.dateOfBirth", apprentice.dateOfBirth().toString());
  }

  private void checkLevel() {
    String level = String.valueOf(a.standard().level());
    inForce.find(RuleKey.LEVEL_RESTRICTION_AGE, level).ifPresent(rule -> {
      boolean extended = (a.apprentice().hasEhcPlan() || a.apprentice().careLeaver())
          && inForce.find(RuleKey.LEVEL_RESTRICTION_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER, level)
              .map(r -> r.ageRange().contains(age)).orElse(false);
      if (!rule.ageRange().contains(age) && !extended) {
        error(FundingCodes.LEVEL_RESTRICTED, "level " + level + " is funded for starts on " + start
            + " only for apprentices aged " + rule.ageRange() + " (or with an EHC plan or as a care leaver, as the "
            + "rules say)", "standard.level", level);
      }
    });
  }

  private void checkCap() {
    String reference = a.standard().reference().toString();
    Optional<VersionCap> fromCatalogue = a.standard().caps().isEmpty()
        ? standards.flatMap(c -> CapHistory.of(c, a.standard().reference()).inForceOn(start))
        : Optional.empty();
    capRule = FundingRules.find(a.standard().caps(), RuleKey.FUNDING_CAP, reference, start)
        .or(() -> fromCatalogue.flatMap(VersionCap::rule))
        .or(() -> inForce.find(RuleKey.FUNDING_CAP, reference));
    if (capRule.isEmpty()) {
      String why = fromCatalogue.map(v -> "; version " + v.version() + " in force has no maximum funding")
          .orElse(standards.isPresent() ? "; the standards catalogue has no approved version for the date" : "");
      error(FundingCodes.CAP_MISSING, "no funding cap for " + reference + " on " + start + why, "standard.caps",
          reference);
      return;
    }
    capVersion = fromCatalogue.filter(VersionCap::hasCap).map(VersionCap::version);
    BigDecimal cap = capRule.get().decimalValue();
    Set<BigDecimal> bands = rules.decimalsInForce(RuleKey.FUNDING_BAND_MAXIMUM, start);
    if (!bands.isEmpty() && !bands.contains(cap.stripTrailingZeros())) {
      issues.add(Issue.warning(FundingCodes.CAP_NOT_A_BAND, "the cap is not the maximum of a funding band in force "
          + "on the start date").at("standard.caps").rejecting(cap.toPlainString()));
    }
  }

  private void checkProgress() {
    if (progress.completionDate().isPresent() && progress.withdrawalDate().isPresent()) {
      error(FundingCodes.PROGRESS_CONFLICT, "an apprentice cannot both complete and withdraw", "progress", "");
      return;
    }
    Optional<LocalDate> end = progress.completionDate().or(progress::withdrawalDate);
    if (end.isPresent() && end.get().isBefore(start)) {
      error(FundingCodes.PROGRESS_BEFORE_START, "the apprenticeship cannot end before it starts", "progress",
          end.get().toString());
      return;
    }
    LocalDate earliest = start;
    for (int i = 0; i < progress.breaks().size(); i++) {
      BreakInLearning b = progress.breaks().get(i);
      boolean ordered = !b.lastDayInLearning().isBefore(earliest) && b.returnDate().isAfter(b.lastDayInLearning())
          && b.newPlannedEndDate().map(e -> e.isAfter(b.returnDate())).orElse(true)
          && end.map(e -> !e.isBefore(b.returnDate())).orElse(true);
      if (!ordered) {
        error(FundingCodes.PROGRESS_BREAK_DATES, "breaks must follow the start and each other, return after the "
            + "last day in learning and end before completion or withdrawal", "progress.breaks[" + i + "]",
            b.lastDayInLearning() + ".." + b.returnDate());
        return;
      }
      earliest = b.returnDate();
    }
    checkCompletedDuration();
    checkProgression();
  }

  /**
   * ILR DateOfBirth_58: a completion date minus the start. A return after a break is a restart in the ILR, which the
   * rule excludes, so progress with breaks is not checked.
   */
  private void checkCompletedDuration() {
    Optional<LocalDate> completion = progress.completionDate();
    if (completion.isEmpty() || !progress.breaks().isEmpty()) {
      return;
    }
    inForce.find(RuleKey.MINIMUM_DURATION_ILR_DAYS, "actual").ifPresent(rule -> {
      long days = ChronoUnit.DAYS.between(start, completion.get());
      if (days < rule.intValue()) {
        error(FundingCodes.DURATION_ACTUAL_BELOW_ILR_MINIMUM, "the completion date is " + days + " days after the "
            + "start; the ILR accepts " + rule.intValue() + " or more for starts on " + start,
            "progress.completionDate", completion.get().toString());
      }
    });
  }

  private void checkProgression() {
    Optional<LocalDate> progression = progress.progressionDate();
    if (progression.isEmpty()) {
      return;
    }
    if (progression.get().isBefore(start)) {
      error(FundingCodes.PROGRESS_PROGRESSION_BEFORE_START, "progression to a further apprenticeship cannot be "
          + "before the start date", "progress.progressionDate", progression.get().toString());
    } else if (!a.standard().foundation()) {
      issues.add(Issue.warning(FundingCodes.PROGRESS_PROGRESSION_NOT_FOUNDATION, "a progression date earns "
          + "nothing on an apprenticeship that is not a foundation apprenticeship; it is ignored")
          .at("progress.progressionDate").rejecting(progression.get().toString()));
    }
  }

  private void require(RuleKey key, String qualifier) {
    if (inForce.find(key, qualifier).isEmpty()) {
      error(FundingCodes.RULES_MISSING, "the rule catalogue has no " + key.id() + " for " + qualifier + " on "
          + start, "", key.id());
    }
  }

  private void checkPence(BigDecimal amount, String path) {
    if (!Money.isPence(amount)) {
      error(FundingCodes.AMOUNT_SCALE, "amounts must be pounds with at most 2 decimal places", path,
          amount.toPlainString());
    }
  }

  private boolean hasErrors() {
    for (Issue issue : issues) {
      if (issue.severity().isAtLeast(Severity.ERROR)) {
        return true;
      }
    }
    return false;
  }

  private void error(String code, String message, String path, String rejected) {
    Issue issue = Issue.error(code, message).at(path);
    issues.add(rejected.isEmpty() ? issue : issue.rejecting(rejected));
  }
}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.validation.Issue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks and the payments of the {@link EnglishAndMathsAim}s of an apprenticeship: the aim's rate (by its start
 * date and qualification) spread over the census dates from its start to its planned end, penny-exact, cut at a
 * withdrawal as das-funding-apprenticeship-earnings EnglishAndMathsPayments does. Stateless.
 */
final class EnglishAndMathsPayments {
  /** The longest planned duration of an aim accepted: 100 years, as for the apprenticeship. */
  private static final int MAX_MONTHS = 1200;

  private EnglishAndMathsPayments() {}

  /** The findings about the aims of {@code a}, located at {@code englishAndMathsAims[i]}. */
  static List<Issue> check(FundingRules rules, Apprenticeship a) {
    List<EnglishAndMathsAim> aims = a.englishAndMathsAims();
    if (aims.isEmpty()) {
      return List.of();
    }
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < aims.size(); i++) {
      check(rules, aims.get(i), "englishAndMathsAims[" + i + "]", issues);
    }
    return issues;
  }

  private static void check(FundingRules rules, EnglishAndMathsAim aim, String path, List<Issue> issues) {
    LocalDate start = aim.startDate();
    if (rules.find(RuleKey.ENGLISH_AND_MATHS_RATE, aim.qualification().qualifier(), start).isEmpty()) {
      issues.add(Issue.error(FundingCodes.RULES_MISSING, "no English and maths rate for "
          + aim.qualification().qualifier() + " is in force on " + start).at(path + ".startDate")
          .rejecting(start.toString()));
      return;
    }
    Optional<LocalDate> end = plannedEnd(aim);
    if (aim.plannedEndDate().isEmpty() && aim.plannedDurationMonths().isEmpty()) {
      issues.add(Issue.error(FundingCodes.END_MISSING, "an English and maths aim needs a planned end date or a "
          + "planned duration").at(path + ".plannedEndDate"));
      return;
    }
    if (aim.plannedDurationMonths().isPresent() && (aim.plannedDurationMonths().getAsInt() > MAX_MONTHS
        || end.isEmpty())) {
      issues.add(Issue.error(FundingCodes.DURATION_TOO_LONG, "the planned duration is more than " + MAX_MONTHS
          + " months").at(path + ".plannedDurationMonths")
          .rejecting(String.valueOf(aim.plannedDurationMonths().getAsInt())));
      return;
    }
    if (aim.plannedEndDate().isPresent() && aim.plannedDurationMonths().isPresent()
        && !aim.plannedEndDate().equals(fromMonths(aim))) {
      issues.add(Issue.error(FundingCodes.END_CONFLICT, "the planned end date and the planned duration disagree")
          .at(path + ".plannedEndDate").rejecting(aim.plannedEndDate().get().toString()));
      return;
    }
    if (end.isEmpty() || !end.get().isAfter(start)) {
      issues.add(Issue.error(FundingCodes.DURATION_NOT_POSITIVE, "the aim's planned end must be after its start")
          .at(path + (aim.plannedEndDate().isPresent() ? ".plannedEndDate" : ".plannedDurationMonths")));
      return;
    }
    if (ChronoUnit.MONTHS.between(start, end.get()) > MAX_MONTHS) {
      issues.add(Issue.error(FundingCodes.DURATION_TOO_LONG, "the planned duration is more than " + MAX_MONTHS
          + " months").at(path + ".plannedEndDate").rejecting(end.get().toString()));
      return;
    }
    if (aim.withdrawalDate().isPresent() && aim.withdrawalDate().get().isBefore(start)) {
      issues.add(Issue.error(FundingCodes.PROGRESS_BEFORE_START, "the aim's withdrawal is before its start")
          .at(path + ".withdrawalDate").rejecting(aim.withdrawalDate().get().toString()));
    }
  }

  /**
   * Adds to {@code payments} those of the aims of {@code a}, which {@link #check} found no error in, each for the
   * employer in post on its date.
   */
  static void addPayments(FundingRules rules, Apprenticeship a, ChangedEmployers employers, List<Payment> payments) {
    for (EnglishAndMathsAim aim : a.englishAndMathsAims()) {
      payments.addAll(payments(rules, aim, employers));
    }
  }

  /** The instalments of {@code aim} worked out alone, for no employer (see the method below). */
  static List<Payment> payments(FundingRules rules, EnglishAndMathsAim aim) {
    return payments(rules, aim, ChangedEmployers.none());
  }

  /**
   * The instalments of one aim: its rate over the census dates from its start to its planned end (one at the end of
   * the start month when there is none); after a withdrawal, those due on or before it once the qualifying period is
   * reached, or the first when none is (a withdrawal within the first month). Each is for the employer in post on its
   * date.
   */
  static List<Payment> payments(FundingRules rules, EnglishAndMathsAim aim, ChangedEmployers employers) {
    LocalDate start = aim.startDate();
    LocalDate end = plannedEnd(aim).orElseThrow();
    FundingRule rate = rules.get(RuleKey.ENGLISH_AND_MATHS_RATE, aim.qualification().qualifier(), start);
    List<Payment> schedule = new ArrayList<>(Schedules.censusCountOrOne(start, end));
    Schedules.spread(PaymentKind.ENGLISH_AND_MATHS, rate.decimalValue(), start, end, List.of(rate), employers,
        schedule);
    if (aim.withdrawalDate().isEmpty()) {
      return schedule;
    }
    LocalDate withdrawal = aim.withdrawalDate().get();
    FundingRule qualifying = rules.get(RuleKey.QUALIFYING_PERIOD, FundingRule.ANY, start);
    long plannedDays = ChronoUnit.DAYS.between(start, end) + 1;
    if (Schedules.daysInLearning(start, withdrawal, List.of()) < qualifying.threshold(plannedDays)) {
      return List.of();
    }
    List<Payment> kept = Schedules.onOrBefore(schedule, withdrawal, 0);
    return kept.isEmpty() ? schedule.subList(0, 1) : kept;
  }

  /** The aim's planned end: as given, else from the months; empty when the months run past the calendar. */
  static Optional<LocalDate> plannedEnd(EnglishAndMathsAim aim) {
    return aim.plannedEndDate().isPresent() ? aim.plannedEndDate() : fromMonths(aim);
  }

  private static Optional<LocalDate> fromMonths(EnglishAndMathsAim aim) {
    if (aim.plannedDurationMonths().isEmpty() || aim.plannedDurationMonths().getAsInt() > MAX_MONTHS) {
      return Optional.empty();
    }
    try {
      return Optional.of(aim.startDate().plusMonths(aim.plannedDurationMonths().getAsInt()).minusDays(1));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

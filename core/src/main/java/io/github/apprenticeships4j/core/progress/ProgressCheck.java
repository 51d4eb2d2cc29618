package io.github.apprenticeships4j.core.progress;

import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardOption;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Judges an apprentice's {@link ProgressRecord} against the {@link Standard} it names, on a day the caller gives (the
 * check never reads the clock). Pure functions: the same record, standard and day give the same
 * {@link ProgressReport}.
 *
 * <ul>
 *   <li><b>KSB coverage</b> over the KSBs of the core duties plus those of the apprentice's option (all the
 *       standard's KSBs when those duties map none), overall, by duty and by kind. Evidence dated after the day of
 *       the check is not counted. A standard with options needs the record to name one (an error until it does).</li>
 *   <li><b>Off-the-job hours</b> by the rules in force on the start date: 20% of contracted hours (starts to July
 *       2022); 6 hours a week for a 30-hour week, pro rata below (August 2022 to July 2025); the standard's
 *       published minimum, never below 187 hours (from August 2025). Then the hours logged (done sessions dated on
 *       or before the day of the check), still needed and the weekly rate needed from the later of that day and the
 *       start to the planned end date moved on by breaks in learning (overlapping breaks counted once).</li>
 *   <li><b>English and maths</b>: level 1 for a level 2 apprenticeship, level 2 above; from 11 February 2025
 *       mandatory only for apprentices who started aged 16 to 18 (judged on the day of the check, as the change
 *       applied to those already on programme).</li>
 *   <li><b>Gateway readiness</b>: every blocker is an error finding of {@link ProgressCodes}, located; the apprentice
 *       is ready when there is none.</li>
 * </ul>
 *
 * <p>The rules are data with their sources ({@code progress-rules.txt} beside this class), like the funding rules.
 */
public final class ProgressCheck {
  private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
  /** Bounds of the values the check accepts, so that absurd input gives a finding rather than a costly sum. */
  private static final BigDecimal HOURS_IN_A_WEEK = BigDecimal.valueOf(168);
  /** A session may sum up a period (dated its last day), so its bound is loose: more than a year of full weeks. */
  private static final BigDecimal MAXIMUM_SESSION_HOURS = BigDecimal.valueOf(10_000);
  private static final int MAXIMUM_SCALE = 6;
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private ProgressCheck() {}

  /** The progress of {@code record} against {@code standard} on {@code today}. */
  public static ProgressReport check(ProgressRecord record, Standard standard, LocalDate today) {
    return new Run(record, standard, today, ProgressRules.defaults()).report();
  }

  /**
   * The last day by which the end-point assessment must be complete when the gateway is passed on
   * {@code gatewayDate}, both days inclusive: that day plus the standard's assessment period in months less one day,
   * e.g. 2027-12-31 for a gateway on 2027-09-01 and ST1398's 4 months. Empty when the standard publishes no period,
   * or when the date would fall after {@link LocalDate#MAX}.
   */
  public static Optional<LocalDate> latestAssessmentDate(Standard standard, LocalDate gatewayDate) {
    OptionalInt months = standard.endPointAssessmentMonths();
    if (months.isEmpty() || gatewayDate.isAfter(LocalDate.MAX.minusMonths(months.getAsInt()))) {
      return Optional.empty();
    }
    return Optional.of(gatewayDate.plusMonths(months.getAsInt()).minusDays(1));
  }

  /**
   * The planned end date of {@code record} moved on by the days of its breaks in learning: each day out of learning
   * counted once however many breaks cover it, and only days from the start date on; a break beginning after the end
   * as moved by the breaks before it moves nothing. Never after {@link LocalDate#MAX}.
   */
  public static LocalDate plannedEndAfterBreaks(ProgressRecord record) {
    return Breaks.of(record).end();
  }

  /**
   * The breaks in learning of a record as counted: the union of the well-formed breaks (from the start date on) that
   * begin on or before the planned end moved by the breaks before them, as disjoint spans of epoch days.
   */
  private static final class Breaks {
    private final List<long[]> spans = new ArrayList<>();
    private final Set<Integer> overlapping = new TreeSet<>();
    private final Set<Integer> afterEnd = new TreeSet<>();
    private final long end;

    private Breaks(ProgressRecord record) {
      long start = record.startDate().toEpochDay();
      long movedEnd = record.plannedEndDate().toEpochDay();
      List<LearningBreak> breaks = record.learningBreaks();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < breaks.size(); i++) {
        if (!breaks.get(i).to().isBefore(breaks.get(i).from())) {
          order.add(i);
        }
      }
      order.sort(Comparator.comparing((Integer i) -> breaks.get(i).from()).thenComparing(i -> breaks.get(i).to()));
      long furthest = Long.MIN_VALUE;
      for (int i : order) {
        long from = breaks.get(i).from().toEpochDay();
        long to = breaks.get(i).to().toEpochDay();
        if (from <= furthest) {
          overlapping.add(i);
        }
        furthest = Math.max(furthest, to);
        long counted = Math.max(from, start);
        if (to < counted) {
          continue;
        }
        if (counted > movedEnd) {
          afterEnd.add(i);
          continue;
        }
        long[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && counted <= last[1]) {
          movedEnd += Math.max(0, to - last[1]);
          last[1] = Math.max(last[1], to);
        } else {
          spans.add(new long[] {counted, to});
          movedEnd += to - counted + 1;
        }
      }
      this.end = Math.min(movedEnd, LocalDate.MAX.toEpochDay());
    }

    static Breaks of(ProgressRecord record) {
      return new Breaks(record);
    }

    LocalDate end() {
      return LocalDate.ofEpochDay(end);
    }

    /** Days of the counted breaks from {@code from} to {@code to}, both inclusive. */
    long daysBetween(long from, long to) {
      long days = 0;
      for (long[] span : spans) {
        long a = Math.max(span[0], from);
        long b = Math.min(span[1], to);
        if (b >= a) {
          days += b - a + 1;
        }
      }
      return days;
    }
  }

  /** One check: the findings are collected as the parts are computed. */
  private static final class Run {
    private final ProgressRecord record;
    private final Standard standard;
    private final LocalDate today;
    private final ProgressRules rules;
    private final Breaks breaks;
    private final List<Issue> findings = new ArrayList<>();
    private final Set<Integer> rejectedSessions = new HashSet<>();
    private boolean weeklyHoursRejected;

    Run(ProgressRecord record, Standard standard, LocalDate today, ProgressRules rules) {
      this.record = record;
      this.standard = standard;
      this.today = today;
      this.rules = rules;
      this.breaks = Breaks.of(record);
    }

    ProgressReport report() {
      checkRecord();
      Optional<StandardOption> option = option();
      KsbCoverage coverage = coverage(option);
      OffTheJobHours hours = hours();
      OptionalInt level = englishAndMaths();
      requirements();
      Optional<LocalDate> latest = latestAssessment();
      return ImmutableProgressReport.builder().apprenticeId(record.apprenticeId()).standardKey(standard.key())
          .option(option.map(StandardOption::title)).today(today).coverage(coverage).offTheJobHours(hours)
          .englishAndMathsLevelRequired(level).latestAssessmentDate(latest).findings(ValidationReport.of(findings))
          .build();
    }

    private void add(Issue issue) {
      findings.add(issue.about(record.apprenticeId()));
    }

    private void checkRecord() {
      if (!record.standardReference().equals(standard.reference())
          || !record.standardVersion().equals(standard.version())) {
        add(Issue.error(ProgressCodes.STANDARD_MISMATCH,
            "the record is for " + record.standardReference() + "_" + record.standardVersion() + ", checked against "
                + standard.key())
            .at("standardReference").rejecting(record.standardReference() + "_" + record.standardVersion()));
      }
      if (record.plannedEndDate().isBefore(record.startDate())) {
        add(Issue.error(ProgressCodes.DATES_ORDER, "the planned end date is before the start date")
            .at("plannedEndDate").rejecting(record.plannedEndDate().toString()));
      }
      checkRange("startDate", record.startDate());
      checkRange("plannedEndDate", record.plannedEndDate());
      record.gatewayDate().ifPresent(d -> checkRange("gatewayDate", d));
      for (int i = 0; i < record.learningBreaks().size(); i++) {
        LearningBreak b = record.learningBreaks().get(i);
        String path = "learningBreaks[" + i + "]";
        checkRange(path + ".from", b.from());
        checkRange(path + ".to", b.to());
        if (b.to().isBefore(b.from())) {
          add(Issue.error(ProgressCodes.DATES_ORDER, "the break in learning ends before it begins").at(path)
              .rejecting(b.toString()));
        } else if (b.from().isBefore(record.startDate())) {
          add(Issue.error(ProgressCodes.DATES_ORDER, "the break in learning begins before the start date; only its"
              + " days from the start are counted").at(path + ".from").rejecting(b.toString()));
        }
        if (breaks.overlapping.contains(i)) {
          add(Issue.error(ProgressCodes.DATES_ORDER, "the break in learning overlaps another; their common days are"
              + " counted once").at(path).rejecting(b.toString()));
        }
        if (breaks.afterEnd.contains(i)) {
          add(Issue.error(ProgressCodes.DATES_ORDER, "the break in learning begins after the planned end date (as"
              + " moved by the breaks before it); not counted").at(path + ".from").rejecting(b.toString()));
        }
      }
      BigDecimal weekly = record.weeklyHours();
      if (weekly.signum() <= 0) {
        add(Issue.error(ProgressCodes.WEEKLY_HOURS_NOT_POSITIVE, "contracted weekly hours must be more than 0")
            .at("weeklyHours").rejecting(weekly.toString()));
      } else if (weekly.compareTo(HOURS_IN_A_WEEK) > 0 || weekly.scale() > MAXIMUM_SCALE) {
        weeklyHoursRejected = true;
        add(Issue.error(ProgressCodes.WEEKLY_HOURS_RANGE, "contracted weekly hours must be at most "
            + HOURS_IN_A_WEEK.toPlainString() + " with at most " + MAXIMUM_SCALE + " decimal places")
            .at("weeklyHours").rejecting(weekly.toString()));
      }
      for (int i = 0; i < record.offTheJobSessions().size(); i++) {
        OffTheJobSession s = record.offTheJobSessions().get(i);
        String path = "offTheJobSessions[" + i + "].hours";
        if (s.hours().signum() < 0) {
          rejectedSessions.add(i);
          add(Issue.error(ProgressCodes.OFF_THE_JOB_HOURS_NEGATIVE, "off-the-job hours of " + s.date()
              + " are negative; not counted").at(path).rejecting(s.hours().toString()));
        } else if (s.hours().compareTo(MAXIMUM_SESSION_HOURS) > 0 || s.hours().scale() > MAXIMUM_SCALE) {
          rejectedSessions.add(i);
          add(Issue.error(ProgressCodes.OFF_THE_JOB_HOURS_RANGE, "off-the-job hours of " + s.date() + " must be at"
              + " most " + MAXIMUM_SESSION_HOURS.toPlainString() + " with at most " + MAXIMUM_SCALE
              + " decimal places; not counted").at(path).rejecting(s.hours().toString()));
        }
      }
      for (int i = 0; i < record.evidence().size(); i++) {
        KsbEvidence e = record.evidence().get(i);
        if (e.date().isAfter(today)) {
          add(Issue.warning(ProgressCodes.EVIDENCE_DATE_AFTER_TODAY, "evidence of " + e.ksbCode().strip() + " is"
              + " dated after " + today + "; not counted").at("evidence[" + i + "].date")
              .rejecting(e.date().toString()));
        }
      }
    }

    private void checkRange(String path, LocalDate date) {
      if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
        add(Issue.error(ProgressCodes.DATES_RANGE, "the date must be in the years " + EARLIEST.getYear() + " to "
            + LATEST.getYear()).at(path).rejecting(date.toString()));
      }
    }

    private Optional<StandardOption> option() {
      Optional<String> id = record.optionId();
      if (id.isEmpty()) {
        if (!standard.options().isEmpty()) {
          add(Issue.error(ProgressCodes.OPTION_MISSING, standard.key() + " has options and the record names none;"
              + " only the core KSBs are counted").at("optionId"));
        }
        return Optional.empty();
      }
      Optional<StandardOption> option = standard.options().stream().filter(o -> o.id().equals(id.get())).findFirst();
      if (option.isEmpty()) {
        add(Issue.error(ProgressCodes.OPTION_UNKNOWN, "no option of " + standard.key() + " has this id; only the"
            + " core KSBs are counted").at("optionId").rejecting(id.get()));
      }
      return option;
    }

    private KsbCoverage coverage(Optional<StandardOption> option) {
      List<Duty> duties = standard.duties().stream()
          .filter(d -> d.isCore() || option.map(o -> d.optionIds().contains(o.id())).orElse(false))
          .collect(Collectors.toList());
      List<Ksb> selected = option.map(standard::ksbsFor).orElseGet(standard::coreKsbs);
      List<Ksb> required = selected.isEmpty() ? allKsbs() : selected;
      Set<String> requiredCodes = required.stream().map(Ksb::code).collect(Collectors.toSet());
      Set<String> evidenced = new HashSet<>();
      for (int i = 0; i < record.evidence().size(); i++) {
        if (record.evidence().get(i).date().isAfter(today)) {
          continue;
        }
        String code = record.evidence().get(i).ksbCode().strip().toUpperCase(Locale.ROOT);
        if (requiredCodes.contains(code)) {
          evidenced.add(code);
        } else {
          add(Issue.warning(ProgressCodes.EVIDENCE_KSB_UNKNOWN, "evidence of " + code + ", which is neither a core"
              + " KSB of " + standard.key() + " nor one of the option's; not counted").at("evidence[" + i + "].ksbCode")
              .rejecting(record.evidence().get(i).ksbCode()));
        }
      }
      Coverage overall = Coverage.of(codes(required), evidenced);
      for (String missing : overall.missing()) {
        add(Issue.error(ProgressCodes.KSB_NO_EVIDENCE, "no evidence of " + missing).at("evidence")
            .rejecting(missing));
      }
      Map<KsbType, Coverage> byType = new EnumMap<>(KsbType.class);
      for (KsbType type : KsbType.values()) {
        List<Ksb> ofType = required.stream().filter(k -> k.type() == type).collect(Collectors.toList());
        if (!ofType.isEmpty()) {
          byType.put(type, Coverage.of(codes(ofType), evidenced));
        }
      }
      return ImmutableKsbCoverage.builder().overall(overall)
          .addAllByDuty(duties.stream()
              .map(d -> DutyCoverage.of(d.id(), d.text(), d.isCore(), Coverage.of(codes(standard.ksbsOf(d)),
                  evidenced)))
              .collect(Collectors.toList()))
          .putAllByType(byType).build();
    }

    private List<Ksb> allKsbs() {
      List<Ksb> all = new ArrayList<>();
      for (KsbType type : KsbType.values()) {
        all.addAll(standard.ksbs(type));
      }
      return all;
    }

    private static List<String> codes(List<Ksb> ksbs) {
      return List.copyOf(ksbs.stream().map(Ksb::code).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private OffTheJobHours hours() {
      LocalDate start = record.startDate();
      long plannedDays = Math.max(0, ChronoUnit.DAYS.between(start, record.plannedEndDate()) + 1);
      BigDecimal weekly = weeklyHoursRejected ? BigDecimal.ZERO : record.weeklyHours().max(BigDecimal.ZERO);
      OffTheJobBasis basis;
      Optional<BigDecimal> ruleWeekly = Optional.empty();
      BigDecimal required;
      Optional<BigDecimal> floor = rules.on(ProgressRules.PUBLISHED_MINIMUM_FLOOR, start);
      Optional<BigDecimal> fullTime = rules.on(ProgressRules.FULL_TIME_WEEKLY_HOURS, start);
      Optional<BigDecimal> share = rules.on(ProgressRules.SHARE_OF_HOURS, start);
      if (floor.isPresent()) {
        OptionalInt published = standard.minimumOffTheJobHours();
        if (published.isPresent() && BigDecimal.valueOf(published.getAsInt()).compareTo(floor.get()) >= 0) {
          basis = OffTheJobBasis.PUBLISHED_MINIMUM;
          required = BigDecimal.valueOf(published.getAsInt());
        } else if (published.isPresent()) {
          basis = OffTheJobBasis.MINIMUM_FLOOR;
          required = floor.get();
        } else {
          basis = OffTheJobBasis.MINIMUM_FLOOR;
          required = floor.get();
          add(Issue.warning(ProgressCodes.OFF_THE_JOB_MINIMUM_UNPUBLISHED, standard.key() + " publishes no minimum"
              + " off-the-job hours; the rules' floor of " + required.toPlainString() + " is used").at("startDate"));
        }
      } else if (fullTime.isPresent() || share.isPresent()) {
        BigDecimal rate;
        if (fullTime.isPresent()) {
          basis = OffTheJobBasis.FULL_TIME_WEEKLY_HOURS;
          BigDecimal week = rules.on(ProgressRules.FULL_TIME_WEEK, start).orElseThrow();
          rate = fullTime.get().multiply(weekly.min(week)).divide(week, MathContext.DECIMAL64);
        } else {
          basis = OffTheJobBasis.SHARE_OF_HOURS;
          rate = share.get().multiply(weekly);
        }
        ruleWeekly = Optional.of(rate.setScale(2, RoundingMode.CEILING));
        required = rate.multiply(BigDecimal.valueOf(plannedDays)).divide(SEVEN, 0, RoundingMode.CEILING);
      } else {
        basis = OffTheJobBasis.NONE;
        required = BigDecimal.ZERO;
        add(Issue.error(ProgressCodes.OFF_THE_JOB_RULE_MISSING, "no off-the-job rule is in force on the start date")
            .at("startDate").rejecting(start.toString()));
      }
      BigDecimal logged = sum(OffTheJobKind.ACTUAL, LocalDate.MIN, today);
      BigDecimal stillNeeded = required.subtract(logged).max(BigDecimal.ZERO);
      LocalDate end = breaks.end();
      long daysLeft = daysInLearningLeft(end);
      Optional<BigDecimal> rateNeeded = stillNeeded.signum() == 0 ? Optional.of(BigDecimal.ZERO.setScale(2))
          : daysLeft <= 0 ? Optional.empty()
          : Optional.of(stillNeeded.multiply(SEVEN).divide(BigDecimal.valueOf(daysLeft), 2, RoundingMode.CEILING));
      if (stillNeeded.signum() > 0) {
        add(Issue.error(ProgressCodes.OFF_THE_JOB_SHORT, stillNeeded.toPlainString() + " off-the-job hours short of"
            + " the minimum of " + required.toPlainString() + " (" + logged.toPlainString() + " logged)")
            .at("offTheJobSessions").rejecting(stillNeeded.toPlainString()));
      }
      return ImmutableOffTheJobHours.builder().basis(basis).ruleWeeklyHours(ruleWeekly).required(required)
          .logged(logged).plannedAhead(sum(OffTheJobKind.PLANNED, today, LocalDate.MAX)).stillNeeded(stillNeeded)
          .plannedEndAfterBreaks(end).weeklyRateNeeded(rateNeeded).build();
    }

    /** Hours of the {@code kind} sessions dated {@code from} to {@code to}, both inclusive, rejected ones left out. */
    private BigDecimal sum(OffTheJobKind kind, LocalDate from, LocalDate to) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < record.offTheJobSessions().size(); i++) {
        OffTheJobSession s = record.offTheJobSessions().get(i);
        if (s.kind() == kind && !rejectedSessions.contains(i) && !s.date().isBefore(from) && !s.date().isAfter(to)) {
          sum = sum.add(s.hours());
        }
      }
      return sum;
    }

    /**
     * Days from the later of today and the start date to {@code end}, both inclusive, less the days of breaks in
     * learning among them.
     */
    private long daysInLearningLeft(LocalDate end) {
      LocalDate from = today.isBefore(record.startDate()) ? record.startDate() : today;
      if (from.isAfter(end)) {
        return 0;
      }
      long days = ChronoUnit.DAYS.between(from, end) + 1 - breaks.daysBetween(from.toEpochDay(), end.toEpochDay());
      return Math.max(0, days);
    }

    private OptionalInt englishAndMaths() {
      Optional<BigDecimal> maximumAge = rules.on(ProgressRules.ENGLISH_AND_MATHS_MAXIMUM_AGE, today);
      OptionalInt age = record.ageAtStart();
      if (maximumAge.isPresent() && age.isPresent() && age.getAsInt() > maximumAge.get().intValue()) {
        return OptionalInt.empty();
      }
      Optional<BigDecimal> level = rules.on(ProgressRules.ENGLISH_AND_MATHS_LEVEL, String.valueOf(standard.level()),
          record.startDate());
      if (level.isEmpty()) {
        return OptionalInt.empty();
      }
      int required = level.get().intValue();
      EnglishAndMathsStatus status = record.englishAndMaths();
      subject(ProgressCodes.ENGLISH_MISSING, "English", "englishAndMaths.englishLevel", status.englishLevel(),
          required);
      subject(ProgressCodes.MATHS_MISSING, "maths", "englishAndMaths.mathsLevel", status.mathsLevel(), required);
      return OptionalInt.of(required);
    }

    private void subject(String code, String name, String path, OptionalInt held, int required) {
      if (held.orElse(0) < required) {
        Issue issue = Issue.error(code, name + " at level " + required + " is required before the gateway; "
            + (held.isPresent() ? "level " + held.getAsInt() + " is held" : "none is recorded")).at(path);
        add(held.isPresent() ? issue.rejecting(String.valueOf(held.getAsInt())) : issue);
      }
    }

    private void requirements() {
      for (int i = 0; i < record.gatewayRequirements().size(); i++) {
        GatewayRequirement requirement = record.gatewayRequirements().get(i);
        if (!requirement.isMet()) {
          add(Issue.error(ProgressCodes.GATEWAY_REQUIREMENT_NOT_MET, "gateway requirement " + requirement.id()
              + " is not met").at("gatewayRequirements[" + i + "]").rejecting(requirement.id()));
        }
      }
    }

    private Optional<LocalDate> latestAssessment() {
      Optional<LocalDate> gateway = record.gatewayDate();
      if (gateway.isEmpty()) {
        return Optional.empty();
      }
      Optional<LocalDate> latest = latestAssessmentDate(standard, gateway.get());
      if (standard.endPointAssessmentMonths().isEmpty()) {
        add(Issue.warning(ProgressCodes.ASSESSMENT_PERIOD_UNPUBLISHED, standard.key() + " publishes no end-point"
            + " assessment period").at("gatewayDate"));
      }
      return latest;
    }
  }
}

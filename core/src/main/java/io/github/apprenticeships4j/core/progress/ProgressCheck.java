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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges an apprentice's {@link ProgressRecord} against the {@link Standard} it names, on a day the caller gives (the
 * check never reads the clock). Pure functions: the same record, standard and day give the same
 * {@link ProgressReport}.
 *
 * <ul>
 *   <li><b>KSB coverage</b> over the KSBs of the core duties plus those of the apprentice's option (all the
 *       standard's KSBs when it maps no duties), overall, by duty and by kind.</li>
 *   <li><b>Off-the-job hours</b> by the rules in force on the start date: 20% of contracted hours (starts to July
 *       2022); 6 hours a week for a 30-hour week, pro rata below (August 2022 to July 2025); the standard's
 *       published minimum, never below 187 hours (from August 2025). Then the hours logged, still needed and the
 *       weekly rate needed to the planned end date moved on by breaks in learning.</li>
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

  private ProgressCheck() {}

  /** The progress of {@code record} against {@code standard} on {@code today}. */
  public static ProgressReport check(ProgressRecord record, Standard standard, LocalDate today) {
    return new Run(record, standard, today, ProgressRules.defaults()).report();
  }

  /**
   * The day by which the end-point assessment must be complete when the gateway is passed on {@code gatewayDate}:
   * that day plus the standard's assessment period in months, e.g. 4 for ST1398; empty when it publishes none.
   */
  public static Optional<LocalDate> latestAssessmentDate(Standard standard, LocalDate gatewayDate) {
    OptionalInt months = standard.endPointAssessmentMonths();
    return months.isPresent() ? Optional.of(gatewayDate.plusMonths(months.getAsInt())) : Optional.empty();
  }

  /** The planned end date of {@code record} moved on by the days of each of its breaks in learning. */
  public static LocalDate plannedEndDate(ProgressRecord record) {
    return record.plannedEndDate().plusDays(record.learningBreaks().stream().mapToLong(LearningBreak::days).sum());
  }

  /** One check: the findings are collected as the parts are computed. */
  private static final class Run {
    private final ProgressRecord record;
    private final Standard standard;
    private final LocalDate today;
    private final ProgressRules rules;
    private final List<Issue> findings = new ArrayList<>();

    Run(ProgressRecord record, Standard standard, LocalDate today, ProgressRules rules) {
      this.record = record;
      this.standard = standard;
      this.today = today;
      this.rules = rules;
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
      for (int i = 0; i < record.learningBreaks().size(); i++) {
        LearningBreak b = record.learningBreaks().get(i);
        if (b.to().isBefore(b.from())) {
          add(Issue.error(ProgressCodes.DATES_ORDER, "the break in learning ends before it begins")
              .at("learningBreaks[" + i + "]").rejecting(b.toString()));
        }
      }
      if (record.weeklyHours().signum() <= 0) {
        add(Issue.error(ProgressCodes.WEEKLY_HOURS_NOT_POSITIVE, "contracted weekly hours must be more than 0")
            .at("weeklyHours").rejecting(record.weeklyHours().toPlainString()));
      }
      for (int i = 0; i < record.offTheJobSessions().size(); i++) {
        OffTheJobSession s = record.offTheJobSessions().get(i);
        if (s.hours().signum() < 0) {
          add(Issue.error(ProgressCodes.OFF_THE_JOB_HOURS_NEGATIVE, "off-the-job hours of " + s.date()
              + " are negative; not counted").at("offTheJobSessions[" + i + "].hours")
              .rejecting(s.hours().toPlainString()));
        }
      }
    }

    private Optional<StandardOption> option() {
      Optional<String> id = record.optionId();
      if (id.isEmpty()) {
        if (!standard.options().isEmpty()) {
          add(Issue.warning(ProgressCodes.OPTION_MISSING, standard.key() + " has options and the record names none;"
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
      List<Ksb> required = standard.duties().isEmpty() ? allKsbs()
          : option.map(standard::ksbsFor).orElseGet(standard::coreKsbs);
      Set<String> requiredCodes = required.stream().map(Ksb::code).collect(Collectors.toSet());
      Set<String> evidenced = new HashSet<>();
      for (int i = 0; i < record.evidence().size(); i++) {
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
      BigDecimal weekly = record.weeklyHours().max(BigDecimal.ZERO);
      OffTheJobBasis basis;
      Optional<BigDecimal> ruleWeekly = Optional.empty();
      BigDecimal required;
      Optional<BigDecimal> floor = rules.on(ProgressRules.PUBLISHED_MINIMUM_FLOOR, start);
      Optional<BigDecimal> fullTime = rules.on(ProgressRules.FULL_TIME_WEEKLY_HOURS, start);
      Optional<BigDecimal> share = rules.on(ProgressRules.SHARE_OF_HOURS, start);
      if (floor.isPresent()) {
        OptionalInt published = standard.minimumOffTheJobHours();
        if (published.isPresent()) {
          basis = OffTheJobBasis.PUBLISHED_MINIMUM;
          required = BigDecimal.valueOf(published.getAsInt());
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
      BigDecimal logged = sum(OffTheJobKind.ACTUAL, LocalDate.MIN);
      BigDecimal stillNeeded = required.subtract(logged).max(BigDecimal.ZERO);
      LocalDate end = plannedEndDate(record);
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
          .logged(logged).plannedAhead(sum(OffTheJobKind.PLANNED, today)).stillNeeded(stillNeeded)
          .plannedEndDate(end).weeklyRateNeeded(rateNeeded).build();
    }

    private BigDecimal sum(OffTheJobKind kind, LocalDate from) {
      return record.offTheJobSessions().stream()
          .filter(s -> s.kind() == kind && s.hours().signum() >= 0 && !s.date().isBefore(from))
          .map(OffTheJobSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Days from today to {@code end}, both inclusive, less the days of breaks in learning among them. */
    private long daysInLearningLeft(LocalDate end) {
      if (today.isAfter(end)) {
        return 0;
      }
      long days = ChronoUnit.DAYS.between(today, end) + 1;
      for (LearningBreak b : record.learningBreaks()) {
        LocalDate from = b.from().isBefore(today) ? today : b.from();
        LocalDate to = b.to().isAfter(end) ? end : b.to();
        if (!to.isBefore(from)) {
          days -= ChronoUnit.DAYS.between(from, to) + 1;
        }
      }
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
      if (latest.isEmpty()) {
        add(Issue.warning(ProgressCodes.ASSESSMENT_PERIOD_UNPUBLISHED, standard.key() + " publishes no end-point"
            + " assessment period").at("gatewayDate"));
      }
      return latest;
    }
  }
}

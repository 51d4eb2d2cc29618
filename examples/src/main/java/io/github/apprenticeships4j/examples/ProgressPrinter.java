package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.progress.Coverage;
import io.github.apprenticeships4j.core.progress.DutyCoverage;
import io.github.apprenticeships4j.core.progress.OffTheJobBasis;
import io.github.apprenticeships4j.core.progress.OffTheJobHours;
import io.github.apprenticeships4j.core.progress.ProgressReport;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints what {@link io.github.apprenticeships4j.core.progress.ProgressCheck} finds, for reading: per apprentice the
 * KSB coverage (by kind and by duty), the off-the-job hours, English and maths, the latest end-point assessment date
 * and the gateway blockers; for a cohort, a summary.
 */
public final class ProgressPrinter {
  /** The longest duty text printed; longer ones are cut. */
  private static final int DUTY_TEXT = 72;

  private ProgressPrinter() {}

  /**
   * What a cohort's reports add up to.
   *
   * @param apprentices how many apprentices the cohort has: those checked and those not
   * @param ready how many have no blocker
   * @param notChecked how many could not be checked (a rejected record, or a standard not found)
   * @param blockedBy per blocker code, in code order, the apprentices it blocks, in the order checked
   * @param ksbsWithoutEvidence the KSBs without evidence, over every apprentice checked
   * @param hoursShort the off-the-job hours still needed, over every apprentice checked
   */
  public record CohortSummary(int apprentices, int ready, int notChecked, Map<String, List<String>> blockedBy,
      int ksbsWithoutEvidence, BigDecimal hoursShort) {
    /** The summary of {@code reports}, in a cohort where {@code notChecked} more could not be checked. */
    public static CohortSummary of(List<ProgressReport> reports, int notChecked) {
      Map<String, List<String>> blockedBy = new TreeMap<>();
      for (ProgressReport report : reports) {
        report.blockers().stream().map(Issue::code).distinct().forEach(code -> blockedBy
            .computeIfAbsent(code, c -> new ArrayList<>()).add(report.apprenticeId()));
      }
      Map<String, List<String>> frozen = new LinkedHashMap<>();
      blockedBy.forEach((code, ids) -> frozen.put(code, List.copyOf(ids)));
      return new CohortSummary(reports.size() + notChecked, (int) reports.stream()
          .filter(ProgressReport::isReadyForGateway).count(), notChecked, Collections.unmodifiableMap(frozen), reports
              .stream()
              .mapToInt(r -> r.coverage().overall().missing().size()).sum(), reports
                  .stream()
                  .map(r -> r.offTheJobHours().stillNeeded()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** How many were checked and have a blocker. */
    public int blocked() {
      return apprentices - notChecked - ready;
    }
  }

  /**
   * One apprentice's report against {@code standard}: a heading line, then coverage, hours, English and maths, the
   * latest end-point assessment date, the blockers (one line per code and location: the KSBs without evidence are
   * listed on one line) and the warnings.
   */
  public static void print(ProgressReport report, Standard standard, PrintWriter out) {
    List<Issue> blockers = report.blockers();
    out.println(report.apprenticeId() + ": " + report.standardKey() + " " + standard.title()
        + report.option().map(o -> ", option " + o).orElse("") + ", on " + report.today() + ": "
        + (report.isReadyForGateway() ? "ready for the gateway"
            : "not ready for the gateway, " + blockers.size() + (blockers.size() == 1 ? " blocker" : " blockers")));
    Coverage overall = report.coverage().overall();
    out.println("  KSB coverage: " + fraction(overall) + "; " + report.coverage().byType().entrySet().stream()
        .map(e -> kind(e.getKey()) + " " + fraction(e.getValue())).collect(Collectors.joining(", ")));
    for (DutyCoverage duty : report.coverage().byDuty()) {
      out.printf(Locale.ROOT, "    %-6s %-16s %s%n", duty.isCore() ? "core" : "option", fraction(duty.coverage()),
          cut(duty.dutyText().strip()));
    }
    OffTheJobHours hours = report.offTheJobHours();
    out.println("  Off-the-job hours: " + hours.required().toPlainString() + " required (" + basis(hours.basis())
        + "), " + hours.logged().toPlainString() + " logged, " + hours.stillNeeded().toPlainString()
        + " still needed, " + hours.plannedAhead().toPlainString() + " planned from " + report.today());
    out.println("    planned end " + hours.plannedEndAfterBreaks() + " (moved on by breaks in learning): "
        + hours.weeklyRateNeeded().map(r -> r.toPlainString() + " hours a week needed")
            .orElse("no day in learning left to log the hours still needed"));
    out.println("  English and maths: " + (report.englishAndMathsLevelRequired().isPresent()
        ? "level " + report.englishAndMathsLevelRequired().getAsInt() + " required before the gateway"
        : "not required for this apprentice"));
    out.println("  Latest end-point assessment: " + report.latestAssessmentDate().map(d -> d + " (the last day of the"
        + " standard's " + standard.endPointAssessmentMonths().orElse(0) + " months from the gateway)")
        .orElse("not known (no gateway date, or no assessment period)"));
    if (!blockers.isEmpty()) {
      out.println("  Gateway blockers:");
      Map<String, List<Issue>> byPlace = blockers.stream().collect(Collectors.groupingBy(
          b -> b.code() + " " + b.path(), LinkedHashMap::new, Collectors.toList()));
      byPlace.forEach((place, found) -> out.println("    " + (found.size() == 1 ? line(found.get(0))
          : place + ": " + found.size() + " times, for " + found.stream().map(i -> i.rejectedValue().orElse("?"))
              .collect(Collectors.joining(", ")))));
    }
    List<Issue> warnings = report.findings().issues().stream().filter(i -> !i.severity().isAtLeast(Severity.ERROR))
        .collect(Collectors.toList());
    if (!warnings.isEmpty()) {
      out.println("  Warnings:");
      warnings.forEach(w -> out.println("    " + line(w)));
    }
  }

  /**
   * The summary of a cohort: how many are ready, blocked and not checked, how many each blocker code blocks, the
   * hours short in total (of those checked).
   */
  public static void printSummary(CohortSummary summary, PrintWriter out) {
    out.println("Cohort: " + summary.apprentices() + (summary.apprentices() == 1 ? " apprentice, " : " apprentices, ")
        + summary.ready() + " ready for the gateway, "
        + summary.blocked() + " blocked" + (summary.notChecked() == 0 ? "" : ", " + summary.notChecked()
            + " not checked"));
    summary.blockedBy().forEach((code, ids) -> out.println("  " + code + ": " + ids.size() + " ("
        + String.join(", ", ids) + ")"));
    out.println("  KSBs without evidence in total: " + summary.ksbsWithoutEvidence());
    out.println("  Off-the-job hours short in total: " + summary.hoursShort().toPlainString());
  }

  /** A finding without its apprentice: code, location (path, and value), message. */
  public static String line(Issue issue) {
    return issue.code() + " " + (issue.path().isEmpty() ? "" : issue.path())
        + issue.rejectedValue().map(v -> " [" + v + "]").orElse("") + ": " + issue.message();
  }

  /** The name of a kind of KSB in the plural, e.g. {@code skills}. */
  public static String kind(KsbType type) {
    switch (type) {
      case KNOWLEDGE:
        return "knowledge";
      case SKILL:
        return "skills";
      case BEHAVIOUR:
        return "behaviours";
      default:
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s";
    }
  }

  /** What the off-the-job basis means, in a few words. */
  public static String basis(OffTheJobBasis basis) {
    switch (basis) {
      case SHARE_OF_HOURS:
        return "20% of contracted hours";
      case FULL_TIME_WEEKLY_HOURS:
        return "6 hours a week full-time, pro rata";
      case PUBLISHED_MINIMUM:
        return "the standard's published minimum";
      case MINIMUM_FLOOR:
        return "the rules' floor";
      default:
        return "no rule in force";
    }
  }

  private static String fraction(Coverage coverage) {
    return coverage.evidenced().size() + " of " + coverage.required().size() + " (" + coverage.percent() + "%)";
  }

  private static String cut(String text) {
    return text.length() <= DUTY_TEXT ? text : text.substring(0, DUTY_TEXT - 3) + "...";
  }
}

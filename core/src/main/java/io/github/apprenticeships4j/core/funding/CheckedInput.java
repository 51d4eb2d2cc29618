package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the {@link InputChecks} found about one apprenticeship and its progress: the findings and, once the input has
 * no errors, the facts a {@link BreakdownCalculation} starts from.
 *
 * @param apprenticeship the input
 * @param progress the progress the payments are for
 * @param plannedEnd the planned end date; {@link LocalDate#MIN} while it is unknown
 * @param age the age in completed years at the start; 0 while it is unknown
 * @param cap the funding cap in force on the start date, if found
 * @param capVersion the version of the standard whose maximum funding is the cap, when it came from a catalogue
 * @param issues the findings, in the order they were made
 */
record CheckedInput(Apprenticeship apprenticeship, Progress progress, LocalDate plannedEnd, int age,
    Optional<FundingRule> cap, Optional<StandardVersion> capVersion, List<Issue> issues) {
  CheckedInput {
    issues = List.copyOf(issues);
  }

  LocalDate start() {
    return apprenticeship.startDate();
  }

  /** This input with {@code more} findings after its own. */
  CheckedInput withIssues(List<Issue> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Issue> all = new ArrayList<>(issues);
    all.addAll(more);
    return new CheckedInput(apprenticeship, progress, plannedEnd, age, cap, capVersion, all);
  }

  ValidationReport report() {
    return ValidationReport.of(issues);
  }

  /** Whether a finding is an error, so that there is no breakdown: asked without making a report. */
  boolean hasErrors() {
    for (Issue issue : issues) {
      if (issue.severity().isAtLeast(Severity.ERROR)) {
        return true;
      }
    }
    return false;
  }

  /** Days from the start to the planned end date, both included. */
  long plannedDays() {
    return ChronoUnit.DAYS.between(start(), plannedEnd) + 1;
  }
}

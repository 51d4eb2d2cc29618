package io.github.apprenticeships4j.core.progress;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What {@link ProgressCheck} finds for one apprentice on one day: KSB coverage, off-the-job hours, the English and
 * maths level required, the latest end-point assessment date, and the findings, of which the errors are the gateway's
 * blockers. Everything a report or a writer needs is here; nothing is left to compute. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressReport {
  ProgressReport() {}

  /** The apprentice, as the record names them. */
  public abstract String apprenticeId();

  /** The standard checked against, e.g. {@code ST1398_1.0}. */
  public abstract String standardKey();

  /** The option followed, its title; absent when none (or when the record's option is unknown). */
  public abstract Optional<String> option();

  /** The day of the check. */
  public abstract LocalDate today();

  /** KSB coverage overall, by duty and by kind. */
  public abstract KsbCoverage coverage();

  /** Off-the-job hours required, logged and still needed. */
  public abstract OffTheJobHours offTheJobHours();

  /** The English and maths level required before the gateway; absent when they are optional for the apprentice. */
  public abstract OptionalInt englishAndMathsLevelRequired();

  /**
   * The last day by which the end-point assessment must be complete: the last day of the standard's assessment
   * period from the gateway date, both inclusive (gateway plus the months, less a day); absent without a gateway date
   * or a published period.
   */
  public abstract Optional<LocalDate> latestAssessmentDate();

  /** Every finding, blockers (errors) and warnings, in the order found. */
  public abstract ValidationReport findings();

  /** The errors: what blocks the gateway. */
  public final List<Issue> blockers() {
    return findings().atLeast(Severity.ERROR);
  }

  /** Whether the apprentice is ready for the gateway: no finding is an error. */
  public final boolean isReadyForGateway() {
    return !findings().hasErrors();
  }
}

package io.github.apprenticeships4j.formats.report;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadSummary;
import java.util.List;
import java.util.Locale;

/** What a read of a whole file comes to. Its {@link #toString()} is the lower-case name used in the reports. */
public enum FeedOutcome {
  /** Read to its end; every row accepted and no error about the file. */
  VALID,
  /** Read to its end; some rows rejected, or an error about the file (e.g. too many rows). */
  INVALID,
  /** The read stopped before the end ({@link ReadSummary#stoppedBy()}): the file cannot be used as it is. */
  UNREADABLE;

  /** The outcome of a read with {@code summary} and the findings {@code fileIssues} about the file. */
  public static FeedOutcome of(ReadSummary summary, List<Issue> fileIssues) {
    if (!summary.complete()) {
      return UNREADABLE;
    }
    if (summary.rejected() > 0 || fileIssues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR))) {
      return INVALID;
    }
    return VALID;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

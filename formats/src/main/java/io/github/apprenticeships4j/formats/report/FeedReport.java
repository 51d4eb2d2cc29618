package io.github.apprenticeships4j.formats.report;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import java.util.List;
import java.util.Map;

/**
 * A report being written: {@link #start(String)} once, {@link #row(Row)} for each row as it is read, then
 * {@link #finish(ReadSummary, List, Map)} once. Each row is written when it is given and nothing is kept, so a report
 * of any file takes constant memory. Writers do not close their target; {@link #finish} flushes it. Failures of the
 * target are thrown as {@link java.io.UncheckedIOException}. Not thread-safe.
 */
public interface FeedReport {
  /** Begins the report of {@code source}. */
  void start(String source);

  /** Writes one row. */
  void row(Row<?> row);

  /**
   * Ends the report with the findings about the file, the rules that were not checked (rule code to what it needs)
   * and the summary, whose fatal finding, if any, is reported with the file's findings; flushes the target.
   *
   * @return the outcome of the read
   */
  FeedOutcome finish(ReadSummary summary, List<Issue> fileIssues, Map<String, String> notChecked);
}

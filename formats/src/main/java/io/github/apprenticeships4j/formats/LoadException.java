package io.github.apprenticeships4j.formats;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An input that did not load: it could not be read to its end (broken syntax, a truncated or corrupt file, a read
 * limit; see {@link #stoppedBy()}), a document read as a whole has errors, or {@link Loaded#requireNoErrors()} found
 * errors. The message gives the account of each input and the errors with their positions.
 */
public final class LoadException extends IOException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LISTED = 20;

  private final transient List<ReadSummary> summaries;
  private final transient List<Issue> issues;

  /**
   * An exception about inputs with these accounts and findings.
   *
   * @param summaries the account of each input
   * @param issues every finding, in input order, the one that stopped a read included
   */
  public LoadException(List<ReadSummary> summaries, List<Issue> issues) {
    super(message(summaries, issues));
    this.summaries = List.copyOf(summaries);
    this.issues = List.copyOf(issues);
  }

  /** The account of each input. */
  public List<ReadSummary> summaries() {
    return summaries;
  }

  /** Every finding, warnings included, in input order. */
  public List<Issue> issues() {
    return issues;
  }

  /** The fatal finding that stopped the read of an input before its end, if one did. */
  public Optional<Issue> stoppedBy() {
    return summaries.stream().flatMap(s -> s.stoppedBy().stream()).findFirst();
  }

  private static String message(List<ReadSummary> summaries, List<Issue> issues) {
    Set<Issue> stops = summaries.stream().flatMap(s -> s.stoppedBy().stream()).collect(Collectors.toSet());
    List<Issue> errors = issues.stream().filter(i -> i.severity().isAtLeast(Severity.ERROR) && !stops.contains(i))
        .collect(Collectors.toList());
    StringBuilder text = new StringBuilder(
        summaries.stream().map(ReadSummary::toString).collect(Collectors.joining("; ")));
    errors.stream().limit(MAX_LISTED).forEach(i -> text.append('\n').append(i));
    if (errors.size() > MAX_LISTED) {
      text.append("\n... and ").append(errors.size() - MAX_LISTED)
          .append(" more errors");
    }
    return text.toString();
  }
}

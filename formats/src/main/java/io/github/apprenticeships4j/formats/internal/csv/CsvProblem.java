package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A structural finding of the {@link CsvTokenizer}, located by 1-based line and column (columns count UTF-16 chars
 * from the start of the line; a byte order mark is not counted).
 *
 * @param severity {@code FATAL} when the read cannot go on, otherwise the severity for the record it belongs to
 * @param code one of the codes of {@link io.github.apprenticeships4j.formats.ReadCodes}
 * @param message English explanation
 * @param line 1-based line
 * @param column 1-based column
 * @param field the 0-based index of the field the finding is about, if it is about one
 * @param rejectedValue the offending text, if it is worth echoing
 */
public record CsvProblem(Severity severity, String code, String message, long line, long column, OptionalInt field,
    Optional<String> rejectedValue) {

  /** The finding as an issue located in {@code source}; the caller adds the record number and field. */
  public Issue toIssue(String source) {
    Issue issue = Issue.of(severity, code, message).locatedAt(SourcePosition.at(source, line, column));
    return rejectedValue.isPresent() ? issue.rejecting(rejectedValue.get()) : issue;
  }

  /** Whether the read cannot go on after this finding. */
  public boolean isFatal() {
    return severity == Severity.FATAL;
  }
}

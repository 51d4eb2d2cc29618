package io.github.apprenticeships4j.formats;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * One input record, accepted (maybe with warnings) or rejected (with at least one error). Readers never drop a
 * record: every record read ends as exactly one row.
 *
 * @param <T> the model type the record maps to
 */
public sealed interface Row<T> permits Row.Accepted, Row.Rejected {
  /** Where the record starts in its source, with its 1-based record number. */
  SourcePosition position();

  /** The findings about the record: warnings for an accepted one, at least one error for a rejected one. */
  List<Issue> issues();

  /** Whether the record was accepted. */
  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /** The value the record mapped to if it was accepted; empty if it was rejected. */
  Optional<T> valueIfAccepted();

  /** A record that mapped onto the model; its findings are below {@link Severity#ERROR}. */
  record Accepted<T>(SourcePosition position, T value, List<Issue> issues) implements Row<T> {
    public Accepted {
      issues = List.copyOf(issues);
      for (Issue issue : issues) {
        if (issue.severity().isAtLeast(Severity.ERROR)) {
          throw new IllegalArgumentException("an accepted row cannot carry errors: " + issues);
        }
      }
    }

    @Override
    public Optional<T> valueIfAccepted() {
      return Optional.of(value);
    }
  }

  /**
   * A record that did not map onto the model, with what the input said: the fields of a CSV record, or the text of a
   * JSON record as one element.
   */
  record Rejected<T>(SourcePosition position, List<String> raw, List<Issue> issues) implements Row<T> {
    public Rejected {
      raw = List.copyOf(raw);
      issues = List.copyOf(issues);
      if (issues.stream().noneMatch(i -> i.severity().isAtLeast(Severity.ERROR))) {
        throw new IllegalArgumentException("a rejected row needs at least one error: " + issues);
      }
    }

    @Override
    public Optional<T> valueIfAccepted() {
      return Optional.empty();
    }
  }
}

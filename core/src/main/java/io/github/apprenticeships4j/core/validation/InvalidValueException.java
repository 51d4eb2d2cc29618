package io.github.apprenticeships4j.core.validation;

/**
 * Thrown by factories such as {@code StandardReference.parse(CharSequence)} when the input is not a valid value. It carries
 * the same {@link Issue} that a reader reports for that input, so callers can handle both paths alike.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Issue issue;

  public InvalidValueException(Issue issue) {
    super(issue.code() + ": " + issue.message() + issue.rejectedValue().map(v -> " [" + v + "]").orElse(""));
    this.issue = issue;
  }

  /** The finding that explains why the value was refused. */
  public Issue issue() {
    return issue;
  }
}

package io.github.apprenticeships4j.core.validation;

/** How serious a finding is. Declared in increasing order of seriousness; the order is part of the API. */
public enum Severity {
  /** Worth knowing; the value is fine. */
  INFO,
  /** Suspicious; the value is accepted. */
  WARNING,
  /** A rule is broken; the value (or the record it came from) is rejected. */
  ERROR,
  /** Processing could not go on past this point. */
  FATAL;

  /** Whether this severity is {@code other} or more serious. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}

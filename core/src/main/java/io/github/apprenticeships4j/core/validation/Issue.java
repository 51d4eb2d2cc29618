package io.github.apprenticeships4j.core.validation;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding about one value: its severity, a stable machine-readable code, an English message, the path of the
 * offending property inside the value, and where the value came from when it was read from a file.
 *
 * <p>Codes never change once published. Each is a constant of the catalogue of its area, one per package
 * ({@code StandardCodes}, {@code FeedCodes}, ...), written {@code area.subject.problem} in lower kebab case, e.g.
 * {@code standard.duty.ksb-unresolved}; only the feed codes that reproduce the apprenticeship service's own error
 * codes keep the service's spelling, e.g. {@code ULN.CHECK_DIGIT}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Issue {
  private static final int MAX_ECHO = 64;

  Issue() {}

  public abstract Severity severity();

  /** Stable code of the rule that was broken, e.g. {@code standard.version.gap} or {@code standard.level.range}. */
  public abstract String code();

  /** English, human-readable explanation. */
  public abstract String message();

  /** Property path inside the value, e.g. {@code duties[2].mappedKsbIds[0]}; empty for the value itself. */
  @Value.Default
  public String path() {
    return "";
  }

  /**
   * What the finding is about when a report covers several objects, e.g. {@code ST0515_1.0} for one version of a
   * standard or {@code ST0515} for its chain of versions.
   */
  public abstract Optional<String> subject();

  /** Where in an input file; absent for objects built in memory. */
  public abstract Optional<SourcePosition> position();

  /** The offending input text, cut to 64 characters. */
  public abstract Optional<String> rejectedValue();

  public static Issue error(String code, String message) {
    return of(Severity.ERROR, code, message);
  }

  public static Issue warning(String code, String message) {
    return of(Severity.WARNING, code, message);
  }

  public static Issue of(Severity severity, String code, String message) {
    return ImmutableIssue.builder().severity(severity).code(code).message(message).build();
  }

  /** A copy with the property path set. */
  public Issue at(String path) {
    return generated().withPath(path);
  }

  /** A copy about {@code subject}. */
  public Issue about(String subject) {
    return generated().withSubject(subject);
  }

  /** A copy located at {@code position}. */
  public Issue locatedAt(SourcePosition position) {
    return generated().withPosition(position);
  }

  /** A copy that echoes the offending input, cut to 64 characters (63 rather than split a surrogate pair). */
  public Issue rejecting(String value) {
    String echo = value;
    if (value.length() > MAX_ECHO) {
      int cut = Character.isHighSurrogate(value.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
      echo = value.substring(0, cut) + "...";
    }
    return generated().withRejectedValue(echo);
  }

  /** This value as its generated class, which every {@code Issue} is (the constructor is package-private). */
  private ImmutableIssue generated() {
    return (ImmutableIssue) this;
  }

  /** For example {@code ERROR S1003 ST0515_1.0 duties[0]: message (file.json:3:7)}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(severity()).append(' ').append(code());
    subject().ifPresent(s -> text.append(' ').append(s));
    if (!path().isEmpty()) {
      text.append(' ').append(path());
    }
    text.append(": ").append(message());
    rejectedValue().ifPresent(v -> text.append(" [").append(v).append(']'));
    position().ifPresent(p -> text.append(" (").append(p).append(')'));
    return text.toString();
  }
}

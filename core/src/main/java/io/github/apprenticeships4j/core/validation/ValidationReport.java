package io.github.apprenticeships4j.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The findings of a validator, in the order they were made. Every answer is computed from {@link #issues()}; nothing
 * is cached as a flag. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {
  ValidationReport() {}

  public abstract List<Issue> issues();

  public static ValidationReport empty() {
    return Empty.VALUE;
  }

  public static ValidationReport of(Collection<? extends Issue> issues) {
    return ImmutableValidationReport.builder().addAllIssues(issues).build();
  }

  /** All findings of several reports, in order. */
  public static ValidationReport concat(Collection<ValidationReport> reports) {
    List<Issue> all = new ArrayList<>();
    reports.forEach(r -> all.addAll(r.issues()));
    return of(all);
  }

  /** This report followed by {@code other}. */
  public ValidationReport and(ValidationReport other) {
    return other.isEmpty() ? this : ImmutableValidationReport.builder().addAllIssues(issues())
        .addAllIssues(other.issues()).build();
  }

  public final boolean isEmpty() {
    return issues().isEmpty();
  }

  /** Whether any finding is an error or worse. */
  public final boolean hasErrors() {
    return issues().stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
  }

  /** The findings of {@code severity} or more serious. */
  public final List<Issue> atLeast(Severity severity) {
    return issues().stream().filter(i -> i.severity().isAtLeast(severity)).collect(Collectors.toUnmodifiableList());
  }

  /** The findings with code {@code code}. */
  public final List<Issue> withCode(String code) {
    return issues().stream().filter(i -> i.code().equals(code)).collect(Collectors.toUnmodifiableList());
  }

  /** The findings grouped by code, codes in alphabetical order, findings in report order. */
  public final Map<String, List<Issue>> byCode() {
    return issues().stream().collect(Collectors.groupingBy(Issue::code, TreeMap::new, Collectors.toUnmodifiableList()));
  }

  /** A copy with the findings sorted by subject, then path, then code. */
  public final ValidationReport sorted() {
    return of(issues().stream()
        .sorted(Comparator.comparing((Issue i) -> i.subject().orElse(""))
            .thenComparing(Issue::path)
            .thenComparing(Issue::code))
        .collect(Collectors.toList()));
  }

  /** Built on first use: a static field of this class naming its subclass could deadlock class initialisation. */
  private static final class Empty {
    static final ValidationReport VALUE = ImmutableValidationReport.builder().build();
  }
}

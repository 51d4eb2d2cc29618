package io.github.apprenticeships4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static final Issue INFO = Issue.of(Severity.INFO, "I1", "note").about("ST0002_1.0");
  private static final Issue WARNING = Issue.warning("standard.first-version.not-approved", "not approved").about(
      "ST0001_1.0").at("status");
  private static final Issue ERROR = Issue.error("standard.version.gap", "gap").about("ST0001");
  private static final Issue FATAL = Issue.of(Severity.FATAL, "io", "cannot read");
  private static final Issue ERROR_2 = Issue.error("standard.version.gap", "another gap").about("ST0000");

  @Test
  void empty_hasNoIssues_andNoErrors() {
    assertThat(ValidationReport.empty().isEmpty()).isTrue();
    assertThat(ValidationReport.empty().hasErrors()).isFalse();
    assertThat(ValidationReport.of(List.of()).issues()).isEmpty();
  }

  @Test
  void hasErrors_isTrueForErrorOrFatal_only() {
    assertThat(ValidationReport.of(List.of(INFO, WARNING)).hasErrors()).isFalse();
    assertThat(ValidationReport.of(List.of(INFO, ERROR)).hasErrors()).isTrue();
    assertThat(ValidationReport.of(List.of(FATAL)).hasErrors()).isTrue();
  }

  @Test
  void atLeast_keepsThatSeverityOrWorse_inOrder() {
    ValidationReport report = ValidationReport.of(List.of(FATAL, INFO, ERROR, WARNING));

    assertThat(report.atLeast(Severity.WARNING)).containsExactly(FATAL, ERROR, WARNING);
    assertThat(report.atLeast(Severity.ERROR)).containsExactly(FATAL, ERROR);
    assertThat(report.atLeast(Severity.INFO)).containsExactly(FATAL, INFO, ERROR, WARNING);
  }

  @Test
  void withCode_keepsThatCode_inOrder() {
    ValidationReport report = ValidationReport.of(List.of(ERROR, WARNING, ERROR_2));

    assertThat(report.withCode("standard.version.gap")).containsExactly(ERROR, ERROR_2);
    assertThat(report.withCode("s1003")).isEmpty();
  }

  @Test
  void byCode_groupsByCode_inCodeOrder() {
    Map<String, List<Issue>> byCode = ValidationReport.of(List.of(WARNING, ERROR, INFO, ERROR_2)).byCode();

    assertThat(byCode).containsOnlyKeys("I1", "standard.first-version.not-approved", "standard.version.gap");
    assertThat(byCode.keySet()).containsExactly("I1", "standard.first-version.not-approved", "standard.version.gap");
    assertThat(byCode.get("standard.version.gap")).containsExactly(ERROR, ERROR_2);
  }

  @Test
  void sorted_ordersBySubjectThenPathThenCode() {
    Issue level = Issue.error("standard.level.range", "m").about("ST0001_1.0").at("level");
    Issue durationAtLevel = Issue.error("standard.duration.range", "m").about("ST0001_1.0").at("level");
    Issue versionNumber = Issue.error("standard.version-number.mismatch", "m").about("ST0001_1.0").at("versionNumber");

    ValidationReport sorted = ValidationReport.of(List.of(INFO, versionNumber, level, WARNING, FATAL, ERROR,
        durationAtLevel))
        .sorted();

    assertThat(sorted.issues()).containsExactly(FATAL, ERROR, durationAtLevel, level, WARNING, versionNumber, INFO);
  }

  @Test
  void and_appendsTheOtherReport() {
    ValidationReport first = ValidationReport.of(List.of(ERROR));

    assertThat(first.and(ValidationReport.of(List.of(WARNING))).issues()).containsExactly(ERROR, WARNING);
    assertThat(first.and(ValidationReport.empty())).isEqualTo(first);
    assertThat(ValidationReport.empty().and(first).issues()).containsExactly(ERROR);
  }

  @Test
  void concat_keepsReportOrder() {
    ValidationReport all = ValidationReport.concat(List.of(ValidationReport.of(List.of(WARNING)),
        ValidationReport.empty(), ValidationReport.of(List.of(INFO, ERROR))));

    assertThat(all.issues()).containsExactly(WARNING, INFO, ERROR);
  }
}

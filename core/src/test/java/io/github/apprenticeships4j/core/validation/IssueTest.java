package io.github.apprenticeships4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueTest {

  @Test
  void error_andWarning_setSeverityCodeAndMessage_withEmptyPath() {
    Issue error = Issue.error("standard.version.gap", "gap");
    Issue warning = Issue.warning("standard.first-version.not-approved", "not approved");

    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error.code()).isEqualTo("standard.version.gap");
    assertThat(error.path()).isEmpty();
    assertThat(error.subject()).isEmpty();
    assertThat(error.position()).isEmpty();
    assertThat(error.rejectedValue()).isEmpty();
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void at_about_locatedAt_setOneAttributeEach_leavingTheOriginal() {
    Issue original = Issue.error("standard.version.gap", "gap");
    SourcePosition position = SourcePosition.at("standards.json", 3, 7);

    Issue located = original.at("duties[0]").about("ST0515_1.0").locatedAt(position);

    assertThat(located.path()).isEqualTo("duties[0]");
    assertThat(located.subject()).contains("ST0515_1.0");
    assertThat(located.position()).contains(position);
    assertThat(located.code()).isEqualTo("standard.version.gap");
    assertThat(original.path()).isEmpty();
    assertThat(original.subject()).isEmpty();
  }

  @Test
  void rejecting_keepsUpTo64Characters() {
    String exactly64 = "x".repeat(64);

    assertThat(Issue.error("c", "m").rejecting(exactly64).rejectedValue()).contains(exactly64);
    assertThat(Issue.error("c", "m").rejecting("").rejectedValue()).contains("");
  }

  @Test
  void rejecting_cutsLongerInputTo64CharactersAndEllipsis() {
    String long65 = "a".repeat(63) + "bc";

    String echoed = Issue.error("c", "m").rejecting(long65).rejectedValue().orElseThrow();

    assertThat(echoed).isEqualTo("a".repeat(63) + "b" + "...");
    assertThat(echoed).hasSize(67);
  }

  @Test
  void rejecting_neverCutsASurrogatePairInHalf() {
    String emoji = new String(Character.toChars(0x1F600));
    String input = "a".repeat(63) + emoji + "b";   // the pair is characters 64 and 65

    String echoed = Issue.error("c", "m").rejecting(input).rejectedValue().orElseThrow();

    assertThat(echoed).isEqualTo("a".repeat(63) + "...");
    assertThat(Issue.error("c", "m").rejecting("a".repeat(62) + emoji + "b").rejectedValue())
        .contains("a".repeat(62) + emoji + "...");
  }

  @Test
  void equals_comparesEveryAttribute() {
    Issue a = Issue.error("c", "m").at("p");

    assertThat(a).isEqualTo(Issue.error("c", "m").at("p")).hasSameHashCodeAs(Issue.error("c", "m").at("p"));
    assertThat(a).isNotEqualTo(Issue.error("c", "m").at("q"));
    assertThat(a).isNotEqualTo(Issue.warning("c", "m").at("p"));
  }

  @Test
  void toString_showsSeverityCodeSubjectPathValueAndPosition() {
    Issue issue = Issue.error("standard.version.gap", "gap").about("ST0515_1.0").at("duties[0]").rejecting("1.2")
        .locatedAt(SourcePosition.at("file.json", 3, 7));

    assertThat(issue.toString()).isEqualTo(
        "ERROR standard.version.gap ST0515_1.0 duties[0]: gap [1.2] (file.json:3:7)");
    assertThat(Issue.warning("W1", "m").toString()).isEqualTo("WARNING W1: m");
  }

  @Test
  void invalidValueException_carriesTheIssue() {
    Issue issue = Issue.error("standard.reference.format", "bad reference").rejecting("ST13");

    InvalidValueException e = new InvalidValueException(issue);

    assertThat(e.issue()).isSameAs(issue);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.getMessage()).startsWith("standard.reference.format").contains("[ST13]");
  }
}

package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardStatusTest {

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "Approved for delivery|Approved for delivery",
      "approved FOR delivery|Approved for delivery",
      " Retired |Retired",
      "WITHDRAWN|Withdrawn",
      "in development|In development",
      "Proposal in development|Proposal in development"})
  void of_matchesKnownStatuses_ignoringCaseAndSpace(String text, String label) {
    StandardStatus status = StandardStatus.of(text);

    assertThat(status.isKnown()).isTrue();
    assertThat(status.label()).isEqualTo(label);
    assertThat(StandardStatus.known()).contains(status);
  }

  @Test
  void of_returnsTheConstants() {
    assertThat(StandardStatus.of("approved for delivery")).isSameAs(StandardStatus.APPROVED_FOR_DELIVERY);
    assertThat(StandardStatus.of("retired")).isSameAs(StandardStatus.RETIRED);
  }

  @Test
  void of_keepsUnknownText_asUnknownStatus() {
    StandardStatus status = StandardStatus.of("PotentialStandard");

    assertThat(status.isKnown()).isFalse();
    assertThat(status.label()).isEqualTo("PotentialStandard");
    assertThat(status.wasApproved()).isFalse();
    assertThat(status).isEqualTo(StandardStatus.of("PotentialStandard"))
        .hasSameHashCodeAs(StandardStatus.of("PotentialStandard"));
    assertThat(StandardStatus.known()).doesNotContain(status);
  }

  @Test
  void known_listsTheFiveDfeStatuses_inOrder() {
    assertThat(StandardStatus.known()).extracting(StandardStatus::label).containsExactly("Approved for delivery",
        "Retired", "Withdrawn", "In development", "Proposal in development");
  }

  @Test
  void wasApproved_isTrueForApprovedRetiredAndWithdrawn_only() {
    assertThat(StandardStatus.APPROVED_FOR_DELIVERY.wasApproved()).isTrue();
    assertThat(StandardStatus.RETIRED.wasApproved()).isTrue();
    assertThat(StandardStatus.WITHDRAWN.wasApproved()).isTrue();
    assertThat(StandardStatus.IN_DEVELOPMENT.wasApproved()).isFalse();
    assertThat(StandardStatus.PROPOSAL_IN_DEVELOPMENT.wasApproved()).isFalse();
  }
}

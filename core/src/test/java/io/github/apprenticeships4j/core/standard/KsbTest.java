package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KsbTest {

  @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
  @CsvSource({
      "KNOWLEDGE, 1, K1",
      "SKILL, 3, S3",
      "BEHAVIOUR, 2, B2",
      "TECHNICAL_KNOWLEDGE, 1, TK1",
      "TECHNICAL_SKILL, 1, TS1",
      "EMPLOYABILITY_SKILL_AND_BEHAVIOUR, 1, ESB1",
      "KNOWLEDGE, 31, K31"})
  void code_isDerivedFromTypeAndNumber(KsbType type, int number, String code) {
    Ksb ksb = Ksb.of(type, "some-guid", number, "text");

    assertThat(ksb.code()).isEqualTo(code);
  }

  @Test
  void code_followsTheNumber_whenTheCopyChangesIt() {
    Ksb renumbered = StandardFixtures.S3.withNumber(4);

    assertThat(renumbered.code()).isEqualTo("S4");
    assertThat(renumbered.id()).isEqualTo(StandardFixtures.S3.id());
  }

  @Test
  void equals_comparesTypeIdNumberAndText() {
    Ksb same = Ksb.of(KsbType.SKILL, "s3-id", 3, "Build a data pipeline");

    assertThat(same).isEqualTo(StandardFixtures.S3).hasSameHashCodeAs(StandardFixtures.S3);
    assertThat(same.withText("Build a pipeline")).isNotEqualTo(StandardFixtures.S3);
    assertThat(same.withId("other")).isNotEqualTo(StandardFixtures.S3);
  }
}

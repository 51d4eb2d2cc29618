package io.github.apprenticeships4j.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRecordTest {
  static final LocalDate START = LocalDate.of(2025, 9, 1);

  static ProgressRecord.Builder minimal() {
    return ProgressRecord.builder().apprenticeId("A-001").standardReference(StandardReference.parse("ST1398"))
        .standardVersion(StandardVersion.parse("1.0")).startDate(START).plannedEndDate(LocalDate.of(2027, 8, 31))
        .weeklyHours(new BigDecimal("37.5"));
  }

  @Test
  void builder_keepsEveryPartInTheOrderGiven() {
    ProgressRecord record = minimal().optionId("opt-1").ageAtStart(19)
        .addLearningBreak(LearningBreak.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
        .addOffTheJobSession(OffTheJobSession.of(LocalDate.of(2025, 9, 5), new BigDecimal("6"), OffTheJobKind.ACTUAL))
        .addOffTheJobSession(OffTheJobSession.builder().date(LocalDate.of(2025, 9, 12)).hours(new BigDecimal("1.5"))
            .kind(OffTheJobKind.PLANNED).activity("Workshop").build())
        .addEvidence(KsbEvidence.builder().ksbCode("K1").description("Report").date(LocalDate.of(2025, 10, 1))
            .confirmedBy("Mentor").build())
        .englishAndMaths(EnglishAndMathsStatus.bothAt(2)).addGatewayRequirement(GatewayRequirement.of("portfolio",
            true))
        .gatewayDate(LocalDate.of(2027, 9, 1)).build();

    assertThat(record.optionId()).hasValue("opt-1");
    assertThat(record.ageAtStart()).hasValue(19);
    assertThat(record.learningBreaks()).singleElement().satisfies(b -> assertThat(b.days()).isEqualTo(31));
    assertThat(record.offTheJobSessions()).extracting(OffTheJobSession::kind).containsExactly(OffTheJobKind.ACTUAL,
        OffTheJobKind.PLANNED);
    assertThat(record.offTheJobSessions().get(1).activity()).hasValue("Workshop");
    assertThat(record.evidence()).extracting(KsbEvidence::ksbCode).containsExactly("K1");
    assertThat(record.englishAndMaths().englishLevel()).hasValue(2);
    assertThat(record.gatewayRequirements()).containsExactly(GatewayRequirement.of("portfolio", true));
    assertThat(record.gatewayDate()).hasValue(LocalDate.of(2027, 9, 1));
  }

  @Test
  void builder_leavesTheOptionalPartsEmpty_andEnglishAndMathsAtNone() {
    ProgressRecord record = minimal().build();

    assertThat(record.optionId()).isEmpty();
    assertThat(record.ageAtStart()).isEmpty();
    assertThat(record.learningBreaks()).isEmpty();
    assertThat(record.evidence()).isEmpty();
    assertThat(record.englishAndMaths()).isEqualTo(EnglishAndMathsStatus.none());
    assertThat(record.gatewayDate()).isEmpty();
  }

  @Test
  void builder_refusesARecordWithoutItsRequiredParts() {
    assertThatThrownBy(() -> ProgressRecord.builder().apprenticeId("A-001").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("startDate");
  }

  @Test
  void withCopies_changeOnePartAndKeepTheRest() {
    ProgressRecord record = minimal().build();
    ProgressRecord later = record.withGatewayRequirements(List.of(GatewayRequirement.of("portfolio", false)));

    assertThat(later.gatewayRequirements()).extracting(GatewayRequirement::toString)
        .containsExactly("portfolio (not met)");
    assertThat(later.withGatewayRequirements(List.of())).isEqualTo(record);
  }

  @Test
  void learningBreak_countsBothEnds_andNothingWhenBackToFront() {
    assertThat(LearningBreak.of(START, START).days()).isEqualTo(1);
    assertThat(LearningBreak.of(START, START.minusDays(1)).days()).isZero();
    assertThat(LearningBreak.of(START, START.plusDays(6))).hasToString("2025-09-01..2025-09-07");
  }
}

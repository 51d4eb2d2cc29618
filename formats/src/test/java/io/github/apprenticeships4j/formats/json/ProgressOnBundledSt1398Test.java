package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.progress.GatewayRequirement;
import io.github.apprenticeships4j.core.progress.KsbCoverage;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.progress.OffTheJobBasis;
import io.github.apprenticeships4j.core.progress.OffTheJobKind;
import io.github.apprenticeships4j.core.progress.OffTheJobSession;
import io.github.apprenticeships4j.core.progress.ProgressCheck;
import io.github.apprenticeships4j.core.progress.ProgressCodes;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.progress.ProgressReport;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The progress check on the real ST1398 1.0 record of the bundled Skills England data (418 off-the-job hours, a
 * 4-month assessment period), with the record of the README's example.
 */
class ProgressOnBundledSt1398Test {
  static Standard st1398;

  @BeforeAll
  static void readSt1398() {
    st1398 = StandardsJsonTest.read(StandardsJsonTest.RECORDS + "ST1398_1.0.json").only();
  }

  static ProgressRecord readmeRecord() {
    return ProgressRecord.builder().apprenticeId("A-001").standardReference(StandardReference.parse("ST1398"))
        .standardVersion(StandardVersion.of(1, 0)).startDate(LocalDate.of(2025, 9, 1))
        .plannedEndDate(LocalDate.of(2027, 8, 31)).weeklyHours(new BigDecimal("37.5")).ageAtStart(24)
        .addOffTheJobSession(OffTheJobSession.of(LocalDate.of(2026, 6, 30), new BigDecimal("210"),
            OffTheJobKind.ACTUAL))
        .addEvidence(KsbEvidence.builder().ksbCode("K1").description("Project report").date(LocalDate.of(2026, 3, 2))
            .confirmedBy("Workplace mentor").build())
        .addGatewayRequirement(GatewayRequirement.of("portfolio", false)).gatewayDate(LocalDate.of(2027, 9, 1))
        .build();
  }

  @Test
  void readmeExample_needs208MoreOfThe418Hours_andTheAssessmentEndsBy31December2027() {
    ProgressReport report = ProgressCheck.check(readmeRecord(), st1398, LocalDate.of(2026, 9, 1));

    assertThat(report.offTheJobHours().basis()).isEqualTo(OffTheJobBasis.PUBLISHED_MINIMUM);
    assertThat(report.offTheJobHours().required()).isEqualByComparingTo("418");
    assertThat(report.offTheJobHours().stillNeeded()).isEqualByComparingTo("208");
    assertThat(report.latestAssessmentDate()).hasValue(LocalDate.of(2027, 12, 31));
    assertThat(report.englishAndMathsLevelRequired()).isEmpty();
    assertThat(report.isReadyForGateway()).isFalse();
    assertThat(report.blockers()).extracting(Issue::code).containsOnly(ProgressCodes.KSB_NO_EVIDENCE,
        ProgressCodes.OFF_THE_JOB_SHORT, ProgressCodes.GATEWAY_REQUIREMENT_NOT_MET);
  }

  @Test
  void everyKsbOfTheCoreDuties_isRequired_andEvidenceOfAllMakesCoverageComplete() {
    ProgressRecord record = readmeRecord();
    ProgressReport before = ProgressCheck.check(record, st1398, LocalDate.of(2026, 9, 1));
    KsbCoverage coverage = before.coverage();

    assertThat(coverage.overall().required()).containsExactlyElementsOf(st1398.coreKsbs().stream().map(Ksb::code)
        .toList());
    assertThat(coverage.overall().evidenced()).containsExactly("K1");
    assertThat(coverage.byDuty()).hasSizeGreaterThan(1);

    ProgressRecord all = record.withEvidence(st1398.coreKsbs().stream().map(k -> KsbEvidence.builder()
        .ksbCode(k.code()).description("d").date(LocalDate.of(2026, 8, 3)).confirmedBy("m").build()).toList());
    ProgressReport after = ProgressCheck.check(all, st1398, LocalDate.of(2026, 9, 1));

    assertThat(after.coverage().overall().percent()).isEqualTo(100);
    assertThat(after.coverage().byDuty()).allSatisfy(d -> assertThat(d.coverage().isComplete()).isTrue());
    assertThat(after.findings().withCode(ProgressCodes.KSB_NO_EVIDENCE)).isEmpty();
  }
}

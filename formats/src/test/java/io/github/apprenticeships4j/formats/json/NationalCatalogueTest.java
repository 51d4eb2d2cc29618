package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.feed.KnownStandard;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardValidator;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole real national catalogue: 2,170 records of 2026-08-22, read and validated. */
class NationalCatalogueTest {
  static final String CATALOGUE = "/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz";

  static List<Row<Standard>> rows;
  static ReadSummary summary;
  static StandardCatalogue catalogue;
  static ValidationReport report;

  @BeforeAll
  static void readAll() throws Exception {
    try (InputStream in = NationalCatalogueTest.class.getResourceAsStream(CATALOGUE);
        RecordReader<Standard> reader = StandardsJson.reader().open(in, "catalogue.json.gz")) {
      rows = reader.rows().collect(Collectors.toList());
      summary = reader.summary();
    }
    catalogue = StandardCatalogue.of(rows.stream().flatMap(r -> r.valueIfAccepted().stream())
        .collect(Collectors.toList()));
    report = StandardValidator.validate(catalogue);
  }

  @Test
  void everyRecordIsRead_andAccountedFor() {
    assertThat(summary.complete()).isTrue();
    assertThat(summary.read()).isEqualTo(2_170);
    assertThat(summary.accepted() + summary.rejected()).isEqualTo(2_170);
    assertThat(rows).hasSize(2_170);
    assertThat(rows).extracting(r -> r.position().record().getAsLong())
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 2_170).boxed()
            .collect(Collectors.toList()));
  }

  @Test
  void onlyRecordsWithMalformedVersions_areRejected() {
    List<Row<Standard>> rejected = rows.stream().filter(r -> !r.isAccepted()).collect(Collectors.toList());

    assertThat(rejected).hasSize(4);
    assertThat(rejected).allSatisfy(r -> assertThat(r.issues()).extracting(Issue::code).containsExactly(
        "standard.version.format"));
    assertThat(rejected).extracting(r -> r.issues().get(0).rejectedValue().orElseThrow())
        .containsExactlyInAnyOrder("1", "1", "1", "V0.0");
  }

  @Test
  void readCatalogue_loadsTheAcceptedRecords_andKeepsTheFourRejected() throws IOException {
    Loaded<StandardCatalogue> loaded =
        StandardsJson.readCatalogue(TestData.path(CATALOGUE));

    assertThat(loaded.value().size()).isEqualTo(2_166);
    assertThat(loaded.value().standards()).isEqualTo(catalogue.standards());
    assertThat(loaded.rejected()).extracting(r -> r.position().record().getAsLong())
        .containsExactlyElementsOf(rows.stream().filter(r -> !r.isAccepted())
            .map(r -> r.position().record().getAsLong()).collect(Collectors.toList()));
    assertThat(loaded.summaries()).extracting(ReadSummary::read, ReadSummary::accepted, ReadSummary::rejected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2_170L, 2_166L, 4L));
    assertThat(loaded.issues()).hasSize((int) rows.stream().mapToLong(r -> r.issues().size()).sum());
  }

  @Test
  void readKnownStandards_knowsTheSameCoursesWithTheSameFacts_asTheFullCatalogue() throws IOException {
    KnownStandards full = KnownStandards.of(catalogue);
    Loaded<KnownStandards> slim = StandardsJson.readKnownStandards(TestData.path(CATALOGUE));

    assertThat(slim.summaries()).extracting(ReadSummary::read, ReadSummary::accepted, ReadSummary::rejected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2_170L, 2_166L, 4L));
    int known = 0;
    for (int code = 1; code <= 99_999; code++) {
      LarsCode larsCode = LarsCode.of(code);
      Optional<KnownStandard> expected = full.find(larsCode).map(k -> KnownStandard.of(larsCode,
          k.versions().stream().map(StandardsJsonFeedReaderTest::withoutWhatTheFeedReaderSkips).toList()));
      assertThat(slim.value().find(larsCode)).as("LARS code %d", code).isEqualTo(expected);
      known += expected.isPresent() ? 1 : 0;
    }
    assertThat(known).isGreaterThan(600);
  }

  @Test
  void machineLearningEngineer_isFoundByReferenceAndByLarsCode() {
    Standard ml = catalogue.get(StandardReference.parse("ST1398"),
        io.github.apprenticeships4j.core.standard.StandardVersion.of(1, 0));
    assertThat(ml.title()).isEqualTo("Machine learning engineer");
    assertThat(catalogue.findByLarsCode(LarsCode.of(795))).extracting(Standard::key).contains("ST1398_1.0");
    assertThat(catalogue.versions(StandardReference.parse("ST1398"))).extracting(Standard::key)
        .containsExactly("ST1398_0.0", "ST1398_1.0", "ST1398_2.0");
    assertThat(catalogue.versionForStartOn(StandardReference.parse("ST1398"), LocalDate.of(2025, 9, 1)))
        .map(Standard::key).contains("ST1398_1.0");
  }

  @Test
  void machineLearningEngineer_hasItsOffTheJobHours_epaPeriod_pathway_cluster_andSectorSubjectAreas() {
    Standard ml = catalogue.get(StandardReference.parse("ST1398"),
        io.github.apprenticeships4j.core.standard.StandardVersion.of(1, 0));

    assertThat(ml.minimumOffTheJobHours()).hasValue(418);
    assertThat(ml.endPointAssessmentMonths()).hasValue(4);
    assertThat(ml.pathway()).contains("Digital Business Services");
    assertThat(ml.clusterId()).contains("233");
    assertThat(ml.cluster()).contains("Business information professional");
    assertThat(ml.sectorSubjectArea()).contains("6 Digital Technology");
    assertThat(ml.sectorSubjectAreaTier2()).contains("6.1 Digital technology (practitioners)");
    assertThat(ml.occupationCode()).contains("OCC1398");
    assertThat(ml.startsPaused()).contains(false);
    assertThat(ml.templateType()).contains("Occupational Standard");
    Standard draft = catalogue.get(StandardReference.parse("ST1398"),
        io.github.apprenticeships4j.core.standard.StandardVersion.of(0, 0));
    assertThat(draft.minimumOffTheJobHours()).isEmpty();
    assertThat(draft.endPointAssessmentMonths()).as("ePALength 0").isEmpty();
    assertThat(draft.sectorSubjectArea()).as("ssa1 blank").isEmpty();
  }

  @Test
  void offTheJobHours_areReadForEveryRecordThatGivesThem() {
    long withHours = catalogue.standards().stream().filter(s -> s.minimumOffTheJobHours().isPresent()).count();
    long withEpaPeriod = catalogue.standards().stream().filter(s -> s.endPointAssessmentMonths().isPresent()).count();

    // zcat | jq: 1,017 records give a non-blank minimumHoursForCompliance and 627 a non-zero ePALength; none of
    // them is among the four records rejected for a malformed version
    assertThat(withHours).isEqualTo(1_017L);
    assertThat(withEpaPeriod).isEqualTo(627L);
  }

  @Test
  void regulatedStandard_dentalNurse_saysTheRegulatorMustApproveProviderAndEpao() {
    Standard dental = catalogue.get(StandardReference.parse("ST0108"),
        io.github.apprenticeships4j.core.standard.StandardVersion.of(1, 1));

    assertThat(dental.regulated()).contains(true);
    assertThat(dental.regulatedBody()).contains("General Dental Council");
    assertThat(dental.regulatorApprovals()).extracting(a -> a.party(), a -> a.required())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Training provider", java.util.Optional.of(true)),
            org.assertj.core.groups.Tuple.tuple("EPAO", java.util.Optional.of(true)));
  }

  @Test
  void recognitionQualificationsRegulationAndGreenJobs_areReadForEveryRecordThatGivesThem() {
    // zcat | jq over the 2,166 accepted records (the four rejected have a malformed version): 594 list a professional
    // recognition, 500 a qualification, 179 are regulated, 177 list regulation details, 126 green job titles, all
    // give a standard page and 1,883 a change note
    assertThat(catalogue.standards().stream().filter(s -> !s.professionalRecognitions().isEmpty()).count())
        .isEqualTo(594L);
    assertThat(catalogue.standards().stream().filter(s -> !s.qualifications().isEmpty()).count()).isEqualTo(500L);
    assertThat(catalogue.standards().stream().filter(s -> s.regulated().orElse(false)).count()).isEqualTo(179L);
    assertThat(catalogue.standards().stream().filter(s -> !s.regulatorApprovals().isEmpty()).count())
        .isEqualTo(177L);
    assertThat(catalogue.standards().stream().filter(s -> !s.greenJobTitles().isEmpty()).count()).isEqualTo(126L);
    assertThat(catalogue.standards().stream().filter(s -> s.standardPageUrl().isPresent()).count())
        .isEqualTo(2_166L);
    assertThat(catalogue.standards().stream().filter(s -> s.changeNote().isPresent()).count()).isEqualTo(1_883L);
  }

  @Test
  void offTheJobHoursAndEpaPeriod_findings_raiseNoFalseAlarmOnThePublishedData() {
    // zcat | jq: published minimums run from 278 to 2,200 hours, at most 49 hours a month of the typical duration;
    // 389 of the 716 records approved for delivery give no ePALength (approved from 2014 to 2026, most before 2022)
    assertThat(report.withCode(StandardCodes.OFF_THE_JOB_HOURS_BELOW_MINIMUM)).isEmpty();
    assertThat(report.withCode(StandardCodes.OFF_THE_JOB_HOURS_IMPLAUSIBLE)).isEmpty();
    assertThat(report.withCode(StandardCodes.EPA_PERIOD_MISSING)).hasSize(389)
        .allSatisfy(i -> assertThat(i.severity()).isEqualTo(io.github.apprenticeships4j.core.validation.Severity.INFO));
    assertThat(findings("ST1398_1.0", StandardCodes.EPA_PERIOD_MISSING)).isEmpty();
  }

  @Test
  void theKnownDefectsOfThePublishedData_areReportedWithTheirCodes() {
    // The shared notes call these "duty references to KSBs"; in the record they are 7 duties mapped to an option
    // that the standard does not list.
    assertThat(findings("ST0515_1.0", StandardCodes.DUTY_OPTION_UNRESOLVED)).hasSize(7)
        .allSatisfy(i -> assertThat(i.rejectedValue()).contains("d83c49c1-4546-4541-9160-af11cbafeaf6"));
    assertThat(findings("ST0414_1.8", StandardCodes.DUTY_KSB_UNRESOLVED)).singleElement()
        .satisfies(i -> assertThat(i.rejectedValue()).contains("1f9d2746-9b1f-4338-9fa2-e29658299d14"));
    assertThat(findings("ST0332_1.0", StandardCodes.KSB_DUPLICATE_ID)).isNotEmpty();
    assertThat(findings("ST1393_0.0", "standard.funding.negative")).singleElement()
        .satisfies(i -> assertThat(i.rejectedValue()).contains("-3.00"));
    assertThat(findings("ST0780_1.0", "standard.level.range")).singleElement()
        .satisfies(i -> assertThat(i.path()).isEqualTo("level"));
    assertThat(findings("ST1360_0.0", StandardCodes.ROUTE_MISSING)).hasSize(1);
    assertThat(findings("ST1070_0.0", StandardCodes.STATUS_UNKNOWN)).singleElement()
        .satisfies(i -> assertThat(i.rejectedValue()).contains("PotentialStandard"));
  }

  @Test
  void chainRules_findTheRealGapsAndOverlaps() {
    assertThat(report.withCode(StandardCodes.APPROVED_VERSION_NOT_UNIQUE)).extracting(i -> i.subject().orElseThrow())
        .containsExactlyInAnyOrder("ST0127", "ST0608");
    assertThat(report.withCode(StandardCodes.START_DATES_NOT_CONTIGUOUS)).extracting(i -> i.subject().orElseThrow())
        .containsExactlyInAnyOrder("ST0127", "ST0608");
    assertThat(report.withCode(StandardCodes.VERSION_GAP)).hasSize(9);
    assertThat(report.withCode(StandardCodes.LARS_CODE_DUPLICATE)).extracting(i -> i.subject().orElseThrow())
        .containsExactlyInAnyOrder("ST0419", "ST1378");
  }

  private static List<Issue> findings(String subject, String code) {
    return report.withCode(code).stream().filter(i -> i.subject().filter(subject::equals).isPresent())
        .collect(Collectors.toList());
  }
}

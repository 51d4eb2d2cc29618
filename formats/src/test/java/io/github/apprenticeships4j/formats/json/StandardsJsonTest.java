package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.apprenticeships4j.core.funding.FundingRule;
import io.github.apprenticeships4j.core.funding.StandardFunding;
import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StandardsJsonTest {
  static final String RECORDS = "/ifate-standards-api/records/";

  static Read read(String resource) {
    try (InputStream in = StandardsJsonTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return read(in.readAllBytes(), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Read read(byte[] bytes, String name) {
    try (RecordReader<Standard> reader = StandardsJson.reader().open(new ByteArrayInputStream(bytes), name)) {
      List<Row<Standard>> rows = reader.rows().collect(Collectors.toList());
      return new Read(rows, reader.summary());
    }
  }

  static Read read(String json, String name) {
    return read(json.getBytes(StandardCharsets.UTF_8), name);
  }

  record Read(List<Row<Standard>> rows, ReadSummary summary) {
    Standard only() {
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).isAccepted()).as("%s", rows.get(0).issues()).isTrue();
      return rows.get(0).valueIfAccepted().orElseThrow();
    }

    Row.Rejected<Standard> rejected(int index) {
      assertThat(rows.get(index)).isInstanceOf(Row.Rejected.class);
      return (Row.Rejected<Standard>) rows.get(index);
    }
  }

  /** Issue 11: a repeated property was taken silently, the last value winning. */
  @Test
  void repeatedPropertyNames_areWarnings_atTheRepeat_andTheLastValueIsUsed() {
    String json = "[{\"referenceNumber\": \"ST0001\", \"version\": \"1.0\", \"title\": \"First\", \"level\": 3,\n"
        + "  \"title\": \"Second\", \"knowledges\": [{\"knowledgeId\": \"k1\", \"detail\": \"a\"},\n"
        + "  {\"knowledgeId\": \"k2\", \"detail\": \"b\", \"detail\": \"c\"}], \"unknown\": 1, \"unknown\": 2},\n"
        + " {\"referenceNumber\": \"ST0002\", \"version\": \"1.0\", \"title\": \"Clean\", \"level\": 3}]";

    Read read = read(json, "dup.json");

    assertThat(read.rows()).extracting(Row::isAccepted).containsExactly(true, true);
    Standard first = read.rows().get(0).valueIfAccepted().orElseThrow();
    assertThat(first.title()).isEqualTo("Second");
    assertThat(first.ksbs()).extracting(Ksb::text).containsExactly("a", "c");
    List<Issue> repeats = read.rows().get(0).issues().stream()
        .filter(i -> i.code().equals(ReadCodes.JSON_FIELD_DUPLICATE)).collect(Collectors.toList());
    assertThat(repeats).extracting(Issue::path, Issue::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("title", Severity.WARNING),
        org.assertj.core.groups.Tuple.tuple("knowledges[1].detail", Severity.WARNING),
        org.assertj.core.groups.Tuple.tuple("unknown", Severity.WARNING));
    assertThat(repeats.get(0).message()).isEqualTo("the property 'title' appears more than once in its object; the"
        + " last value is used");
    assertThat(repeats.get(0).position()).hasValueSatisfying(p -> {
      assertThat(p.line()).hasValue(2);
      assertThat(p.column()).hasValue(3);
      assertThat(p.record()).hasValue(1);
      assertThat(p.field()).hasValue("title");
    });
    assertThat(repeats.get(1).position().orElseThrow().line()).hasValue(3);
    assertThat(read.rows().get(1).issues()).isEmpty();
    assertThat(read.summary().accepted()).isEqualTo(2);
  }

  @Test
  void singleRecord_machineLearningEngineer_mapsEveryField() {
    Standard ml = read(RECORDS + "ST1398_1.0.json").only();

    assertThat(ml.reference()).isEqualTo(StandardReference.parse("ST1398"));
    assertThat(ml.larsCode()).contains(LarsCode.of(795));
    assertThat(ml.version()).isEqualTo(StandardVersion.of(1, 0));
    assertThat(ml.title()).isEqualTo("Machine learning engineer");
    assertThat(ml.level()).isEqualTo(6);
    assertThat(ml.route()).isEqualTo("Digital");
    assertThat(ml.status()).isEqualTo(StandardStatus.APPROVED_FOR_DELIVERY);
    assertThat(ml.typicalDurationMonths()).isEqualTo(24);
    assertThat(ml.maxFunding()).isEqualTo(new BigDecimal("22000.00"));
    assertThat(ml.earliestStartDate()).contains(LocalDate.of(2024, 12, 18));
    assertThat(ml.latestStartDate()).contains(LocalDate.of(2026, 12, 10));
    assertThat(ml.latestEndDate()).isEmpty();
    assertThat(ml.approvedForDeliveryDate()).contains(LocalDate.of(2024, 12, 18));
    assertThat(ml.eqaProvider()).contains("Ofqual");
    assertThat(ml.integratedDegree()).contains("non-degree qualification");
    assertThat(ml.ksbs(KsbType.KNOWLEDGE)).hasSize(31);
    assertThat(ml.ksbs(KsbType.SKILL)).hasSize(34);
    assertThat(ml.ksbs(KsbType.BEHAVIOUR)).hasSize(5);
    assertThat(ml.duties()).hasSize(9);
    assertThat(ml.findKsb("K1").map(Ksb::id)).contains("bf61f4ac-69ea-4fee-beb7-db875695dc44");
    assertThat(ml.occupationalSummary().orElseThrow()).startsWith("<p>").doesNotContain("&lt;");
  }

  @Test
  void singleRecord_machineLearningEngineer_readsTheWholeSkillsEnglandRecord() {
    Standard ml = read(RECORDS + "ST1398_1.0.json").only();

    assertThat(ml.minimumOffTheJobHours()).hasValue(418);
    assertThat(ml.endPointAssessmentMonths()).hasValue(4);
    assertThat(ml.pathway()).contains("Digital Business Services");
    assertThat(ml.clusterId()).contains("233");
    assertThat(ml.cluster()).contains("Business information professional");
    assertThat(ml.clusterDescription()).contains(
        "Provide and implement data technology enabled solutions to support internal and external customers.");
    assertThat(ml.sectorSubjectArea()).contains("6 Digital Technology");
    assertThat(ml.sectorSubjectAreaTier2()).contains("6.1 Digital technology (practitioners)");
    assertThat(ml.occupationCode()).contains("OCC1398");
    assertThat(ml.startsPaused()).contains(false);
    assertThat(ml.templateType()).contains("Occupational Standard");
  }

  @Test
  void singleRecord_machineLearningEngineer_readsRecognition_regulation_links_andChangeNote() {
    Standard ml = read(RECORDS + "ST1398_1.0.json").only();

    assertThat(ml.professionalRecognitions()).singleElement().satisfies(r -> {
      assertThat(r.body()).isEqualTo("BCS, The Chartered Institute for IT");
      assertThat(r.level()).contains("Advanced RITTech");
      assertThat(r.partial()).contains(false);
      assertThat(r.conditions()).isEmpty();
    });
    assertThat(ml.qualifications()).isEmpty();
    assertThat(ml.regulated()).contains(false);
    assertThat(ml.regulatorApprovals()).isEmpty();
    assertThat(ml.greenJobTitles()).isEmpty();
    assertThat(ml.assessmentPlanUrl())
        .contains("https://skillsengland.education.gov.uk/apprenticeships/st1398-v1-0?view=epa");
    assertThat(ml.standardPageUrl()).contains("https://skillsengland.education.gov.uk/apprenticeships/st1398-v1-0");
    assertThat(ml.changeNote()).contains("Approved for delivery");
    assertThat(ml.changedDate()).contains(LocalDate.of(2026, 6, 9));
  }

  @Test
  void qualification_isReadWithItsLevelAsPublished_andTheIdsOfItsOptions() {
    Standard dts = read(RECORDS + "ST0119_1.2.json").only();

    assertThat(dts.qualifications()).singleElement().satisfies(q -> {
      assertThat(q.id()).isEqualTo("f4400b5b-f6da-46f4-a868-27aa8994c638");
      assertThat(q.title()).isEqualTo("Digital and Technology Solutions Professional");
      assertThat(q.level()).contains("6 (integrated degree)");
      assertThat(q.additionalInformation()).as("blank").isEmpty();
      assertThat(q.optionIds()).hasSize(6).contains("345b3f26-fb8a-4d69-9c12-dc90621b278b");
      assertThat(dts.options()).extracting(o -> o.id()).containsAll(q.optionIds());
    });
    assertThat(dts.professionalRecognitions()).extracting(r -> r.level().orElseThrow())
        .containsExactly("Registered IT Technician (RITTech)");
    assertThat(dts.changeNote()).contains("Standard, end-point assessment plan and funding band revised");
  }

  @Test
  void foundationRecord_givesItsGreenJobTitles_andNoStandardPage() {
    Standard fa = read("/ifate-standards-api/foundation/FA0001_1.0.json").only();

    assertThat(fa.greenJobTitles()).containsExactly("Heat pump installer/technician/engineer",
        "Renewable heating installer/technician/engineer", "Solar thermal installer/technician/engineer");
    assertThat(fa.professionalRecognitions()).as("null in the record").isEmpty();
    assertThat(fa.standardPageUrl()).as("null in the record").isEmpty();
    assertThat(fa.assessmentPlanUrl()).isPresent();
    assertThat(fa.changedDate()).as("blank in the record").isEmpty();
  }

  @Test
  void draftRecord_placeholderChangedDate_andBlankChangeNote_areNone() {
    Standard draft = read(RECORDS + "ST1398_0.0.json").only();

    assertThat(draft.changedDate()).as("0001-01-01").isEmpty();
    assertThat(draft.changeNote()).isEmpty();
  }

  @Test
  void regulationAndPartialRecognition_areRead_andNullItemsAreLeftOut() {
    String json = "[{\"referenceNumber\":\"ST0001\",\"version\":\"1.0\",\"regulated\":true,"
        + "\"regulatedBody\":\"General Dental Council\",\"regulationDetail\":[{\"name\":\"Training provider \","
        + "\"webLink\":\"\",\"approved\":true},{\"name\":\"EPAO\",\"webLink\":\"www.example.org/epao\"},null],"
        + "\"professionalRecognition\":[null,{\"bodyName\":\"ACCA\",\"level\":\"\",\"isPartial\":\"partial\","
        + "\"partialFreeText\":\"subject to 3 years &amp; tests\"},{\"bodyName\":\"X\",\"isPartial\":\"0\"}],"
        + "\"qualifications\":[{\"qualificationId\":\"q1\",\"title\":\"AAT \",\"level\":\"Three\","
        + "\"anyAdditionalInformation\":\"Superseded &amp; replaced\",\"mappedOptions\":[null,{\"title\":\"t\"}]},"
        + "null],\"greenJobTitles\":null,\"change\":\" \",\"changedDate\":\"2025-08-20T00:00:00\"}]";

    Standard s = read(json, "regulated.json").only();

    assertThat(s.regulated()).contains(true);
    assertThat(s.regulatedBody()).contains("General Dental Council");
    assertThat(s.regulatorApprovals()).extracting(a -> a.party(), a -> a.required(), a -> a.link())
        .containsExactly(tuple("Training provider", java.util.Optional.of(true), java.util.Optional.empty()),
            tuple("EPAO", java.util.Optional.empty(), java.util.Optional.of("www.example.org/epao")));
    assertThat(s.professionalRecognitions()).extracting(r -> r.body(), r -> r.level(), r -> r.partial(),
        r -> r.conditions())
        .containsExactly(tuple("ACCA", java.util.Optional.empty(), java.util.Optional.of(true),
            java.util.Optional.of("subject to 3 years & tests")),
            tuple("X", java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
    assertThat(s.qualifications()).singleElement().satisfies(q -> {
      assertThat(q.title()).isEqualTo("AAT");
      assertThat(q.level()).contains("Three");
      assertThat(q.additionalInformation()).contains("Superseded & replaced");
      assertThat(q.optionIds()).as("an option without optionID").isEmpty();
    });
    assertThat(s.greenJobTitles()).isEmpty();
    assertThat(s.changeNote()).isEmpty();
    assertThat(s.changedDate()).contains(LocalDate.of(2025, 8, 20));
  }

  @Test
  void badChangedDate_rejectsTheRecord_atItsPath() {
    Read read = read("[{\"referenceNumber\":\"ST0001\",\"version\":\"1.0\",\"changedDate\":\"June\"}]", "d.json");

    assertThat(read.rejected(0).issues()).extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadCodes.JSON_DATE_FORMAT, "changedDate"));
  }

  @Test
  void offTheJobHoursAndEpaPeriod_areReadFromNumbersOrDigits_andZeroOrBlankIsNone() {
    String json = "[\n"
        + "{\"referenceNumber\":\"ST0001\",\"version\":\"1.0\",\"minimumHoursForCompliance\":187,"
        + "\"ePALength\":\"3\",\"approvedForDeliveryPausedStarts\":true},\n"
        + "{\"referenceNumber\":\"ST0002\",\"version\":\"1.0\",\"minimumHoursForCompliance\":\" \","
        + "\"ePALength\":0,\"pathway\":\"\",\"ssa1\":\"\"},\n"
        + "{\"referenceNumber\":\"ST0003\",\"version\":\"1.0\",\"minimumHoursForCompliance\":\"many\"}\n"
        + "]";

    Read read = read(json, "hours.json");

    Standard numbers = read.rows().get(0).valueIfAccepted().orElseThrow();
    assertThat(numbers.minimumOffTheJobHours()).hasValue(187);
    assertThat(numbers.endPointAssessmentMonths()).hasValue(3);
    assertThat(numbers.startsPaused()).contains(true);
    Standard none = read.rows().get(1).valueIfAccepted().orElseThrow();
    assertThat(none.minimumOffTheJobHours()).isEmpty();
    assertThat(none.endPointAssessmentMonths()).isEmpty();
    assertThat(none.pathway()).isEmpty();
    assertThat(none.sectorSubjectArea()).isEmpty();
    assertThat(none.startsPaused()).isEmpty();
    assertThat(none.templateType()).isEmpty();
    assertThat(read.rejected(2).issues()).extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadCodes.JSON_NUMBER_FORMAT, "minimumHoursForCompliance"));
  }

  @Test
  void foundationRecord_givesItsOffTheJobHours_andHasNoTemplateType() {
    Standard fa = read("/ifate-standards-api/foundation/FA0001_1.0.json").only();

    assertThat(fa.minimumOffTheJobHours()).hasValue(187);
    assertThat(fa.templateType()).isEmpty();
  }

  @Test
  void duty_mapsToKsbCodes_inCodeOrder() {
    Standard ml = read(RECORDS + "ST1398_1.0.json").only();
    Duty safeAndTrusted = ml.duties().stream()
        .filter(d -> d.id().equals("6e70aeb4-2447-480a-96a4-6624da5a19bb")).findFirst().orElseThrow();

    List<String> codes = ml.ksbsOf(safeAndTrusted).stream().map(Ksb::code).collect(Collectors.toList());

    assertThat(codes).hasSize(6 + 3 + 2);
    assertThat(codes.get(0)).startsWith("K");
    assertThat(codes.get(codes.size() - 1)).startsWith("B");
    assertThat(safeAndTrusted.isCore()).isTrue();
  }

  @Test
  void foundationApprenticeship_readsItsShape_andNormalisesReference() {
    Standard fa = read("/ifate-standards-api/foundation/FA0005 _1.0.json").only();

    assertThat(fa.reference().value()).isEqualTo("FA0005");
    assertThat(fa.reference().isFoundationApprenticeship()).isTrue();
    assertThat(fa.larsCode()).isPresent();
    assertThat(fa.ksbs()).extracting(Ksb::type).contains(KsbType.TECHNICAL_KNOWLEDGE, KsbType.TECHNICAL_SKILL,
        KsbType.EMPLOYABILITY_SKILL_AND_BEHAVIOUR);
    assertThat(fa.findKsb("TK1")).isPresent();
    assertThat(fa.findKsb("ESB1")).isPresent();

    Standard fa1 = read("/ifate-standards-api/foundation/FA0001_1.0.json").only();
    assertThat(fa1.larsCode()).contains(LarsCode.of(805));
    assertThat(fa1.earliestStartDate()).contains(LocalDate.of(2025, 8, 1));
    assertThat(fa1.eqaProvider()).contains("Ofqual");
  }

  @Test
  void foundationRecord_givesTheFundingTermsOfAFoundationApprenticeship_withItsCap() {
    StandardFunding funding = StandardFunding.of(read("/ifate-standards-api/foundation/FA0001_1.0.json").only());
    assertThat(funding.foundation()).isTrue();
    assertThat(funding.level()).isEqualTo(2);
    assertThat(funding.typicalDurationMonths()).isEqualTo(8);
    assertThat(funding.caps()).extracting(FundingRule::effectiveFrom, FundingRule::value)
        .containsExactly(tuple(LocalDate.of(2025, 8, 1), "4000.00"));
    StandardFunding standard = StandardFunding.of(read("/ifate-standards-api/records/ST1398_1.0.json").only());
    assertThat(standard.foundation()).isFalse();
  }

  @Test
  void blankVersion_isReadAsOnePointZero_withAWarning() {
    Read read = read(RECORDS + "ST0780_1.0.json");
    Standard standard = read.only();

    assertThat(standard.version()).isEqualTo(StandardVersion.of(1, 0));
    assertThat(standard.level()).isZero();
    assertThat(read.rows().get(0).issues()).extracting(Issue::code).containsExactly(ReadCodes.JSON_VERSION_BLANK);
  }

  @Test
  void badRecords_areRejectedWithLocatedFindings_andNothingIsLost() {
    String json = "[\n"
        + "{\"referenceNumber\":\"ST0001\",\"version\":\"1.0\",\"title\":\"Good\",\"level\":3},\n"
        + "{\"referenceNumber\":\"XX12\",\"version\":\"1.0\",\"title\":\"Bad reference\"},\n"
        + "{\"referenceNumber\":\"ST0002\",\"version\":\"V0.0\",\"level\":\"high\",\n"
        + "  \"earliestStartDate\":\"18/12/2024\"},\n"
        + "42,\n"
        + "{\"referenceNumber\":\"ST0003\",\"version\":\"1.0\",\"knowledges\":\"not a list\"}\n"
        + "]";

    Read read = read(json, "bad.json");

    assertThat(read.summary().read()).as("%s", read.summary()).isEqualTo(5);
    assertThat(read.summary().accepted()).isEqualTo(1);
    assertThat(read.summary().rejected()).isEqualTo(4);
    assertThat(read.summary().complete()).isTrue();

    Row.Rejected<Standard> badReference = read.rejected(1);
    assertThat(badReference.position().line()).hasValue(3);
    assertThat(badReference.position().record()).hasValue(2);
    assertThat(badReference.issues()).extracting(Issue::code, Issue::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("standard.reference.format", "referenceNumber"));
    assertThat(badReference.issues().get(0).position().orElseThrow().field()).contains("referenceNumber");
    assertThat(badReference.raw().get(0)).contains("XX12");

    assertThat(read.rejected(2).issues()).extracting(Issue::code)
        .containsExactlyInAnyOrder("standard.version.format", ReadCodes.JSON_NUMBER_FORMAT, ReadCodes.JSON_DATE_FORMAT);
    assertThat(read.rejected(3).issues()).extracting(Issue::code).containsExactly(ReadCodes.JSON_RECORD_NOT_OBJECT);
    assertThat(read.rejected(3).raw()).containsExactly("42");
    assertThat(read.rejected(4).raw()).containsExactly(
        "{\"referenceNumber\":\"ST0003\",\"version\":\"1.0\",\"knowledges\":\"not a list\"}");
    assertThat(read.rejected(2).raw().get(0)).startsWith("{\"referenceNumber\":\"ST0002\"").endsWith("}");
    assertThat(read.rejected(4).issues()).extracting(Issue::code, Issue::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadCodes.JSON_FIELD_TYPE, "knowledges"));
  }

  @Test
  void brokenSyntax_stopsTheRead_withAFatalFindingAtItsLine() {
    Read read = read("[\n{\"referenceNumber\":\"ST0001\",\"version\":\"1.0\"},\n{\"referenceNumber\": ST0002}\n]",
        "broken.json");

    assertThat(read.summary().read()).isEqualTo(1);
    Issue fatal = read.summary().stoppedBy().orElseThrow();
    assertThat(fatal.severity()).isEqualTo(Severity.FATAL);
    assertThat(fatal.code()).isEqualTo(ReadCodes.JSON_SYNTAX);
    assertThat(fatal.position().orElseThrow().line()).hasValue(3);
    assertThat(fatal.position().orElseThrow().record()).hasValue(2);
  }

  /** Issue 11: a gzip file holding only a header ended the read with a message ending in "null". */
  @Test
  void gzipCutShort_stopsTheRead_withAMessageNamingTheFileAndWhatWentWrong() {
    byte[] magicOnly = {0x1f, (byte) 0x8b};
    byte[] headerOnly = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    byte[] headerAndEmptyBlock = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff, 3, 0};

    for (byte[] gzip : List.of(magicOnly, headerOnly, headerAndEmptyBlock)) {
      Issue fatal = read(gzip, "cut.json.gz").summary().stoppedBy().orElseThrow();

      assertThat(fatal.code()).isEqualTo(ReadCodes.IO);
      assertThat(fatal.message()).startsWith("cannot read cut.json.gz, a gzip stream: ").doesNotContain("null")
          .isIn("cannot read cut.json.gz, a gzip stream: the input ends too early",
              "cannot read cut.json.gz, a gzip stream: Unexpected end of ZLIB input stream");
      assertThat(fatal.position()).hasValueSatisfying(p -> {
        assertThat(p.source()).isEqualTo("cut.json.gz");
        assertThat(p.line()).as("no line: the failure is in the decompression").isEmpty();
      });
    }
    assertThat(read(magicOnly, "cut.json.gz").summary().stoppedBy().orElseThrow().message())
        .isEqualTo("cannot read cut.json.gz, a gzip stream: the input ends too early");
  }

  @Test
  void inputThatIsNotAListOrAnObject_isFatal() {
    assertThat(read("\"ST1398\"", "s.json").summary().stoppedBy()).map(Issue::code).contains(ReadCodes.JSON_SHAPE);
    assertThat(read("", "e.json").summary().stoppedBy()).map(Issue::code).contains(ReadCodes.JSON_EMPTY);
    assertThat(read("[] []", "t.json").summary().stoppedBy()).map(Issue::code).contains(ReadCodes.JSON_SYNTAX);
    assertThat(read("[]", "ok.json").summary()).satisfies(s -> {
      assertThat(s.read()).isZero();
      assertThat(s.complete()).isTrue();
    });
  }

  @Test
  void limits_areEnforced_andReportedAsFatal() {
    String deep = "[" + "[".repeat(100) + "]".repeat(100) + "]";
    ReadSummary summary;
    try (RecordReader<Standard> reader = StandardsJson.reader().maxNestingDepth(10)
        .open(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)), "deep.json")) {
      reader.rows().forEach(row -> {
      });
      summary = reader.summary();
    }
    assertThat(summary.stoppedBy()).map(Issue::code).contains(ReadCodes.JSON_LIMIT);

    String longTitle = "{\"referenceNumber\":\"ST0001\",\"title\":\"" + "x".repeat(2_000) + "\"}";
    try (RecordReader<Standard> reader = StandardsJson.reader().maxStringLength(1_000)
        .open(new ByteArrayInputStream(longTitle.getBytes(StandardCharsets.UTF_8)), "long.json")) {
      reader.rows().forEach(row -> {
      });
      summary = reader.summary();
    }
    assertThat(summary.stoppedBy()).map(Issue::code).contains(ReadCodes.JSON_LIMIT);
  }
}

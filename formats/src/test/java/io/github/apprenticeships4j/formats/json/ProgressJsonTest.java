package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.apprenticeships4j.core.progress.EnglishAndMathsStatus;
import io.github.apprenticeships4j.core.progress.GatewayRequirement;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.progress.LearningBreak;
import io.github.apprenticeships4j.core.progress.OffTheJobKind;
import io.github.apprenticeships4j.core.progress.OffTheJobSession;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress document: the bundled ST1398 examples, the JSON Schema, the round trip and bad values located. */
class ProgressJsonTest {
  static final String APPRENTICE = "/progress/st1398-apprentice.json";
  static final String COHORT = "/progress/st1398-cohort.json";

  static final String MINIMAL = """
      {"format": "apprenticeships4j-progress/1",
       "apprentice": {"apprenticeId": "A1", "standard": "ST1398", "standardVersion": "1.0",
         "startDate": "2025-09-01", "plannedEndDate": "2027-08-31", "weeklyHours": 37.5}}
      """;

  static final String BAD_VALUES = """
      {"format": "apprenticeships4j-progress/1",
       "apprentices": [
        {"apprenticeId": "A1", "standard": "XX12", "standardVersion": "one", "startDate": "2025-02-30",
         "plannedEndDate": "31/08/2027", "weeklyHours": -1, "ageAtStart": -3, "colour": "blue",
         "learningBreaks": [{"from": "2026-01-01"}],
         "offTheJob": [{"date": "2026-01-31", "hours": -6, "kind": "done"}, {"date": "2026-02-28", "hours": 1.005,
           "kind": "actual"}],
         "evidence": [{"ksb": "K 1", "description": "d", "date": "2026-01-01", "confirmedBy": "m"}, 3],
         "englishAndMaths": {"english": 9, "maths": "two"},
         "gatewayRequirements": [{"id": "portfolio", "met": "no"}]},
        {"apprenticeId": "A2", "standard": "ST1398", "standardVersion": "1.0", "startDate": "2025-09-01",
         "plannedEndDate": "2027-08-31"}
       ]}
      """;

  /**
   * Draft 2020-12 makes {@code format} an annotation only; the check asserts it, as the schema's description asks,
   * so that a date that is not yyyy-mm-dd or not in the calendar fails as it does in the reader.
   */
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
          .build())).getSchema(ProgressJson.schema());

  static List<Error> schemaErrors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static Loaded<List<ProgressRecord>> read(String json) throws LoadException {
    return ProgressJson.reader().open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "progress.json").load();
  }

  static String text(String resource) {
    return new String(TestData.bytes(resource), StandardCharsets.UTF_8);
  }

  /** A record with every part set, awkward text included. */
  static ProgressRecord full() {
    return ProgressRecord.builder().apprenticeId("A-\"7\"\n").standardReference(StandardReference.parse("ST1398"))
        .standardVersion(StandardVersion.of(1, 0)).optionId("core-and-mlops").startDate(LocalDate.of(2025, 9, 1))
        .plannedEndDate(LocalDate.of(2027, 8, 31)).weeklyHours(new BigDecimal("37.50")).ageAtStart(24)
        .addLearningBreak(LearningBreak.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 31)))
        .addOffTheJobSession(OffTheJobSession.of(LocalDate.of(2025, 9, 30), new BigDecimal("15"),
            OffTheJobKind.ACTUAL))
        .addOffTheJobSession(OffTheJobSession.builder().date(LocalDate.of(2027, 6, 30)).hours(new BigDecimal("0.25"))
            .kind(OffTheJobKind.PLANNED).activity("Workshop: feature stores").build())
        .addEvidence(KsbEvidence.builder().ksbCode("K1").description("Project report, section 2")
            .date(LocalDate.of(2026, 3, 2)).confirmedBy("Workplace mentor").build())
        .englishAndMaths(EnglishAndMathsStatus.builder().mathsLevel(2).build())
        .addGatewayRequirement(GatewayRequirement.of("portfolio", false))
        .addGatewayRequirement(GatewayRequirement.of("project-proposal", true))
        .gatewayDate(LocalDate.of(2027, 12, 1)).build();
  }

  @Test
  void theBundledApprentice_readsWithoutFindings_andMatchesTheSchema() throws Exception {
    Loaded<List<ProgressRecord>> read = read(text(APPRENTICE));

    assertThat(read.issues()).isEmpty();
    assertThat(schemaErrors(text(APPRENTICE))).isEmpty();
    ProgressRecord a002 = read.value().get(0);
    assertThat(read.value()).hasSize(1);
    assertThat(a002.apprenticeId()).isEqualTo("A002");
    assertThat(a002.learningBreaks()).containsExactly(LearningBreak.of(LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 5, 31)));
    assertThat(a002.evidence()).hasSize(24);
    assertThat(a002.offTheJobSessions()).filteredOn(s -> s.kind() == OffTheJobKind.ACTUAL)
        .extracting(OffTheJobSession::hours).map(BigDecimal::intValueExact).containsOnly(15).hasSize(18);
    assertThat(a002.englishAndMaths()).isEqualTo(EnglishAndMathsStatus.bothAt(2));
    assertThat(a002.gatewayRequirements()).containsExactly(GatewayRequirement.of("portfolio", false));
  }

  @Test
  void theBundledCohort_isFiveRows_A001ToA005_theSecondTheBundledApprentice() throws Exception {
    Loaded<List<ProgressRecord>> read = read(text(COHORT));

    assertThat(read.issues()).isEmpty();
    assertThat(schemaErrors(text(COHORT))).isEmpty();
    assertThat(read.summaries().get(0).read()).isEqualTo(5);
    assertThat(read.value()).extracting(ProgressRecord::apprenticeId)
        .containsExactly("A001", "A002", "A003", "A004", "A005");
    assertThat(read.value().get(1)).isEqualTo(read(text(APPRENTICE)).value().get(0));
  }

  @Test
  void whatIsWritten_readsBackEqual_matchesTheSchema_andIsWrittenTheSameToAStream() throws LoadException {
    ProgressRecord full = full();
    ProgressRecord minimal = read(MINIMAL).value().get(0);
    String one = ProgressJson.toJson(full);
    String cohort = ProgressJson.toJson(List.of(full, minimal));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProgressJson.write(full, out);
    ByteArrayOutputStream cohortOut = new ByteArrayOutputStream();
    ProgressJson.write(List.of(full, minimal), cohortOut);

    assertThat(read(one).value()).containsExactly(full);
    assertThat(read(cohort).value()).containsExactly(full, minimal);
    assertThat(read(one).issues()).isEmpty();
    assertThat(schemaErrors(one)).isEmpty();
    assertThat(schemaErrors(cohort)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8) + "\n").isEqualTo(one);
    assertThat(cohortOut.toString(StandardCharsets.UTF_8) + "\n").isEqualTo(cohort);
    assertThat(one).startsWith("{\n  \"format\" : \"apprenticeships4j-progress/1\",\n  \"apprentice\" : {");
    assertThat(one).contains("\"weeklyHours\" : 37.50,", "\"hours\" : 0.25,", "\"kind\" : \"planned\"");
  }

  @Test
  void aMinimalApprentice_hasNoLists_andDefaults() throws LoadException {
    ProgressRecord record = read(MINIMAL).value().get(0);

    assertThat(record.evidence()).isEmpty();
    assertThat(record.offTheJobSessions()).isEmpty();
    assertThat(record.englishAndMaths()).isEqualTo(EnglishAndMathsStatus.none());
    assertThat(record.gatewayDate()).isEmpty();
    assertThat(record.weeklyHours()).isEqualTo(new BigDecimal("37.5"));
    assertThat(schemaErrors(MINIMAL)).isEmpty();
  }

  @Test
  void everyBadValue_isReported_atItsPath_inItsApprenticesRow_andTheOtherApprenticeIsItsOwnRow()
      throws LoadException {
    Loaded<List<ProgressRecord>> read = read(BAD_VALUES);
    List<Issue> issues = read.issues();

    assertThat(read.value()).isEmpty();
    assertThat(read.summaries().get(0).read()).isEqualTo(2);
    assertThat(read.rejected()).hasSize(2);
    assertThat(issues).extracting(Issue::code, Issue::path).contains(
        tuple(ReadCodes.PROGRESS_JSON_FIELD_UNKNOWN, "apprentices[0].colour"),
        tuple("standard.reference.format", "apprentices[0].standard"),
        tuple("standard.version.format", "apprentices[0].standardVersion"),
        tuple(ReadCodes.PROGRESS_JSON_DATE_FORMAT, "apprentices[0].startDate"),
        tuple(ReadCodes.PROGRESS_JSON_DATE_FORMAT, "apprentices[0].plannedEndDate"),
        tuple(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "apprentices[0].weeklyHours"),
        tuple(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "apprentices[0].ageAtStart"),
        tuple(ReadCodes.PROGRESS_JSON_FIELD_MISSING, "apprentices[0].learningBreaks[0].to"),
        tuple(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "apprentices[0].offTheJob[0].hours"),
        tuple(ReadCodes.PROGRESS_JSON_KIND_UNKNOWN, "apprentices[0].offTheJob[0].kind"),
        tuple(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "apprentices[0].offTheJob[1].hours"),
        tuple(ReadCodes.PROGRESS_JSON_KSB_FORMAT, "apprentices[0].evidence[0].ksb"),
        tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentices[0].evidence[1]"),
        tuple(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "apprentices[0].englishAndMaths.english"),
        tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentices[0].englishAndMaths.maths"),
        tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentices[0].gatewayRequirements[0].met"),
        tuple(ReadCodes.PROGRESS_JSON_FIELD_MISSING, "apprentices[1].weeklyHours"));
    assertThat(read.rejected()).extracting(r -> r.position().record(), r -> r.position().line()).containsExactly(
        tuple(OptionalLong.of(1), OptionalLong.of(3)), tuple(OptionalLong.of(2), OptionalLong.of(11)));
    assertThat(read.rejected().get(1).issues()).extracting(Issue::code)
        .containsExactly(ReadCodes.PROGRESS_JSON_FIELD_MISSING);
    assertThat(read.rejected().get(1).raw().get(0)).startsWith("{\"apprenticeId\": \"A2\"").endsWith("}");
    assertThat(issues).allSatisfy(i -> assertThat(i.position()).hasValueSatisfying(
        p -> assertThat(p.source()).isEqualTo("progress.json")));
    assertThat(schemaErrors(BAD_VALUES)).isNotEmpty();
  }

  @Test
  void oneBadApprentice_doesNotHideTheOthers() throws LoadException {
    String cohort = text(COHORT).replaceFirst("\"weeklyHours\": 37.5", "\"weeklyHours\": \"full-time\"");
    Loaded<List<ProgressRecord>> read = read(cohort);

    assertThat(read.value()).extracting(ProgressRecord::apprenticeId).containsExactly("A002", "A003", "A004",
        "A005");
    assertThat(read.rejected()).singleElement().satisfies(r -> assertThat(r.position().record()).hasValue(1));
    assertThat(read.issues()).extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentices[0].weeklyHours"));
  }

  @Test
  void theDocumentsFrame_isChecked_aBadFrameIsOneRejectedRow() throws LoadException {
    assertThat(frameCodes(MINIMAL.replace("apprenticeships4j-progress/1", "apprenticeships4j-crosswalk/1")))
        .containsExactly(ReadCodes.PROGRESS_JSON_FORMAT_UNKNOWN);
    assertThat(frameCodes("{\"format\": \"apprenticeships4j-progress/1\"}"))
        .containsExactly(ReadCodes.PROGRESS_JSON_DOCUMENT_SHAPE);
    assertThat(frameCodes(MINIMAL.replace("\"apprentice\":", "\"apprentices\": [], \"apprentice\":")))
        .containsExactly(ReadCodes.PROGRESS_JSON_DOCUMENT_SHAPE);
    assertThat(frameCodes("{\"format\": \"apprenticeships4j-progress/1\", \"apprentices\": {}}"))
        .containsExactly(ReadCodes.PROGRESS_JSON_FIELD_TYPE);
    assertThat(frameCodes("[1]")).containsExactly(ReadCodes.PROGRESS_JSON_FIELD_TYPE);
    assertThat(frameCodes(MINIMAL.replace("\"format\": \"apprenticeships4j-progress/1\",",
        "\"format\": \"apprenticeships4j-progress/1\", \"format\": \"x\",")))
        .containsExactly(ReadCodes.PROGRESS_JSON_FIELD_DUPLICATE, ReadCodes.PROGRESS_JSON_FORMAT_UNKNOWN);
  }

  private static List<String> frameCodes(String json) throws LoadException {
    Loaded<List<ProgressRecord>> read = read(json);
    assertThat(read.rejected()).as(json).singleElement()
        .satisfies(r -> assertThat(r.raw()).containsExactly(json.strip()));
    return read.issues().stream().map(Issue::code).toList();
  }

  @Test
  void theFormatsAbsence_andUnknownProperties_areWarnings_onTheFirstRow() throws LoadException {
    Loaded<List<ProgressRecord>> read = read(MINIMAL.replace("\"format\": \"apprenticeships4j-progress/1\",",
        "\"note\": 1,"));

    assertThat(read.value()).hasSize(1);
    assertThat(read.issues()).extracting(Issue::code, Issue::severity, Issue::path).containsExactly(
        tuple(ReadCodes.PROGRESS_JSON_FIELD_UNKNOWN, Severity.WARNING, "note"),
        tuple(ReadCodes.PROGRESS_JSON_FORMAT_MISSING, Severity.WARNING, "format"));
  }

  @Test
  void aRepeatedNameInAnApprentice_rejectsThatApprentice_atTheRepeat() throws LoadException {
    Loaded<List<ProgressRecord>> read = read(MINIMAL.replace("\"apprenticeId\": \"A1\",",
        "\"apprenticeId\": \"A1\",\n \"apprenticeId\": \"A2\","));

    assertThat(read.value()).isEmpty();
    assertThat(read.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(ReadCodes.PROGRESS_JSON_FIELD_DUPLICATE);
      assertThat(i.path()).isEqualTo("apprentice.apprenticeId");
      assertThat(i.position().orElseThrow().line()).hasValue(3);
      assertThat(i.position().orElseThrow().record()).hasValue(1);
    });
  }

  @Test
  void noJson_brokenJson_andABrokenLimit_stopTheRead_butAHugeNumberIsOutOfRange() throws LoadException {
    assertThat(stop("")).isEqualTo(ReadCodes.PROGRESS_JSON_EMPTY);
    assertThat(stop("{\"apprentices\": [")).isEqualTo(ReadCodes.PROGRESS_JSON_SYNTAX);
    assertThat(stop(MINIMAL + " {}")).isEqualTo(ReadCodes.PROGRESS_JSON_SYNTAX);
    assertThat(read(MINIMAL.replace("37.5", "1e999999999")).issues()).extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "apprentice.weeklyHours"));
    assertThat(catchThrowableOfType(LoadException.class, () -> ProgressJson.reader().maxNestingDepth(1)
        .open(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)), "deep.json").load())
        .stoppedBy()).hasValueSatisfying(i -> assertThat(i.code()).isEqualTo(ReadCodes.PROGRESS_JSON_LIMIT));
  }

  private static String stop(String json) {
    LoadException e = catchThrowableOfType(LoadException.class, () -> read(json));
    assertThat(e.stoppedBy()).as(json).isPresent();
    return e.stoppedBy().orElseThrow().code();
  }

  @Test
  void theReader_keepsTheReaderContract_onGoodAndBadDocuments() {
    for (String json : List.of(MINIMAL, BAD_VALUES, text(COHORT), "", "{", "[1]", "{\"apprentices\": [1, null]}")) {
      List<Row<ProgressRecord>> rows = new ArrayList<>();
      ReadSummary summary = ReaderInvariants.readAll(ProgressJson.reader().open(new ByteArrayInputStream(
          json.getBytes(StandardCharsets.UTF_8)), "p.json"), rows::add);
      assertThat(rows).as(json).hasSize((int) summary.read());
      assertThat(rows.stream().filter(r -> r instanceof Row.Accepted<ProgressRecord>).count()).as(json)
          .isEqualTo(summary.accepted());
      assertThat(rows.stream().filter(r -> r instanceof Row.Rejected<ProgressRecord>).count()).as(json)
          .isEqualTo(summary.rejected());
    }
    assertThat(rowCounts(BAD_VALUES.replace("\"A2\"", "\"A2\", \"weeklyHours\": 30"))).containsExactly(2L, 1L, 1L);
    assertThat(rowCounts(text(COHORT))).containsExactly(5L, 5L, 0L);
  }

  /** The rows read, accepted and rejected, counted from the rows themselves. */
  private static List<Long> rowCounts(String json) {
    List<Row<ProgressRecord>> rows = new ArrayList<>();
    ReaderInvariants.readAll(ProgressJson.reader().open(new ByteArrayInputStream(json.getBytes(
        StandardCharsets.UTF_8)), "p.json"), rows::add);
    return List.of((long) rows.size(), rows.stream().filter(r -> r instanceof Row.Accepted<ProgressRecord>).count(),
        rows.stream().filter(r -> r instanceof Row.Rejected<ProgressRecord>).count());
  }

  @Test
  void theSchema_andTheReader_agreeOnEveryDocumentOfTheseTests() {
    for (String json : agreementDocuments()) {
      boolean read;
      try {
        Loaded<List<ProgressRecord>> loaded = read(json);
        read = loaded.issues().isEmpty();
      } catch (LoadException e) {
        read = false;
      }
      assertThat(schemaErrors(json).isEmpty()).as(json).isEqualTo(read);
    }
  }

  /** The documents on which the schema and the reader must agree: each with the reader's findings or none. */
  private static List<String> agreementDocuments() {
    List<String> documents = new ArrayList<>(List.of(MINIMAL, BAD_VALUES, text(APPRENTICE), text(COHORT),
        ProgressJson.toJson(full()), MINIMAL.replace("37.5", "37.125"), MINIMAL.replace("37.5", "169"),
        MINIMAL.replace("2025-09-01", "2025-9-1"), MINIMAL.replace("\"1.0\"", "\"1\""),
        "{\"format\": \"apprenticeships4j-progress/1\", \"apprentices\": []}"));
    String cohort = "{\"format\": \"apprenticeships4j-progress/1\", \"apprentices\": [" + MINIMAL.substring(
        MINIMAL.indexOf("{\"apprenticeId\""), MINIMAL.lastIndexOf('}')) + "]}";
    documents.addAll(List.of(
        // read with their values brought into range, as the schema accepts them
        MINIMAL.replace("37.5", "15.0000000"), MINIMAL.replace("37.5", "0e-1000"), MINIMAL.replace("37.5", "1E+2"),
        MINIMAL.replace("\"A1\",", "\"A1\", \"ageAtStart\": 22.0, \"englishAndMaths\": {\"english\": 2.0},"),
        MINIMAL.replace("\"1.0\"", "\"10.12\""), MINIMAL.replace("\"1.0\"", "\"2147483647.0\""),
        MINIMAL.replace("\"format\"", "\"$schema\": \"https://example.org/s\", \"format\""),
        // refused by both
        MINIMAL.replace("\"A1\",", "\"A1\", \"option\": null,"),
        cohort.replace("\"apprentices\"", "\"apprentice\": null, \"apprentices\""),
        MINIMAL.replace("\"apprentice\": {", "\"apprentice\": null, \"x\": {"),
        MINIMAL.replace("ST1398", "st1398"), MINIMAL.replace("ST1398", " ST1398"),
        MINIMAL.replace("\"1.0\"", "\" 1.0\""), MINIMAL.replace("\"1.0\"", "\"01.0\""),
        MINIMAL.replace("\"1.0\"", "\"2147483648.0\""), MINIMAL.replace("\"1.0\"", "\"1.2147483648\""),
        MINIMAL.replace("\"format\"", "\"$schema\": 5, \"format\""),
        MINIMAL.replace("\"format\"", "\"$schema\": null, \"format\""),
        MINIMAL.replace("\"apprenticeships4j-progress/1\"", "null"),
        MINIMAL.replace("2025-09-01", "2025-02-30"), MINIMAL.replace("2025-09-01", "2025-02-29"),
        MINIMAL.replace("\"A1\",", "\"A1\", \"ageAtStart\": 22.5,"),
        MINIMAL.replace("\"A1\",", "\"A1\", \"englishAndMaths\": {\"maths\": 9.0},"),
        MINIMAL.replace("\"A1\",", "\"A1\", \"gatewayDate\": null,"),
        MINIMAL.replace("37.5", "null"), MINIMAL.replace("37.5", "-0.01"), MINIMAL.replace("37.5", "1.001")));
    return documents;
  }

  @Test
  void hoursWithTrailingZerosOrAnExponent_areReadWithAtMostTwoDecimals_andWrittenShort() throws LoadException {
    assertThat(weeklyHours("15.0000000")).isEqualTo(new BigDecimal("15.00")).hasScaleOf(2);
    assertThat(weeklyHours("0e-1000")).isEqualTo(new BigDecimal("0.00")).hasScaleOf(2);
    assertThat(weeklyHours("0e-999999999")).isEqualTo(new BigDecimal("0.00")).hasScaleOf(2);
    assertThat(weeklyHours("1E+2")).isEqualTo(new BigDecimal("100")).hasScaleOf(0);
    assertThat(weeklyHours("37.5")).isEqualTo(new BigDecimal("37.5")).hasScaleOf(1);
    assertThat(ProgressJson.toJson(read(MINIMAL.replace("37.5", "0e-1000")).value().get(0)))
        .contains("\"weeklyHours\" : 0.00\n");
  }

  private static BigDecimal weeklyHours(String written) throws LoadException {
    Loaded<List<ProgressRecord>> read = read(MINIMAL.replace("37.5", written));
    assertThat(read.issues()).as(written).isEmpty();
    return read.value().get(0).weeklyHours();
  }

  @Test
  void aPresentNull_isAPropertyOfTheWrongType_notAnAbsentOne() throws LoadException {
    assertThat(codesAndPaths(MINIMAL.replace("\"A1\",", "\"A1\", \"option\": null, \"ageAtStart\": null,"
        + " \"evidence\": null, \"englishAndMaths\": null, \"gatewayDate\": null,"))).containsExactly(
            tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentice.option"),
            tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentice.ageAtStart"),
            tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentice.evidence"),
            tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentice.englishAndMaths"),
            tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentice.gatewayDate"));
    assertThat(codesAndPaths(MINIMAL.replace("37.5", "null").replace("\"A1\"", "null")))
        .containsExactly(tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentice.apprenticeId"),
            tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentice.weeklyHours"));
    assertThat(frameCodes(MINIMAL.replace("\"format\"", "\"apprentices\": null, \"format\"")))
        .containsExactly(ReadCodes.PROGRESS_JSON_FIELD_TYPE, ReadCodes.PROGRESS_JSON_DOCUMENT_SHAPE);
    assertThat(frameCodes(MINIMAL.replace("\"apprenticeships4j-progress/1\"", "null")))
        .containsExactly(ReadCodes.PROGRESS_JSON_FIELD_TYPE);
    assertThat(frameCodes(MINIMAL.replace("\"format\"", "\"$schema\": 5, \"format\"")))
        .containsExactly(ReadCodes.PROGRESS_JSON_FIELD_TYPE);
  }

  @Test
  void aStandardOrVersion_notWrittenAsTheWriterWritesIt_isAnError() throws LoadException {
    assertThat(codesAndPaths(MINIMAL.replace("ST1398", "st1398"))).containsExactly(
        tuple("standard.reference.format", "apprentice.standard"));
    assertThat(codesAndPaths(MINIMAL.replace("ST1398", " ST1398"))).containsExactly(
        tuple("standard.reference.format", "apprentice.standard"));
    for (String version : List.of(" 1.0", "01.0", "1.00", "2147483648.0")) {
      assertThat(codesAndPaths(MINIMAL.replace("\"1.0\"", "\"" + version + "\""))).as(version).containsExactly(
          tuple("standard.version.format", "apprentice.standardVersion"));
    }
    assertThat(read(MINIMAL.replace("\"1.0\"", "\"2147483647.10\"")).value()).singleElement()
        .extracting(ProgressRecord::standardVersion).isEqualTo(StandardVersion.of(Integer.MAX_VALUE, 10));
  }

  @Test
  void aWholeNumberWithAZeroFraction_isWhole_asInJsonSchema() throws LoadException {
    ProgressRecord record = read(MINIMAL.replace("\"A1\",", "\"A1\", \"ageAtStart\": 22.0, \"englishAndMaths\": "
        + "{\"english\": 2.0, \"maths\": 0.3e1},")).value().get(0);

    assertThat(record.ageAtStart()).hasValue(22);
    assertThat(record.englishAndMaths()).isEqualTo(EnglishAndMathsStatus.builder().englishLevel(2).mathsLevel(3)
        .build());
    assertThat(codesAndPaths(MINIMAL.replace("\"A1\",", "\"A1\", \"ageAtStart\": 22.5, \"englishAndMaths\": "
        + "{\"english\": 9.0, \"maths\": 1e999999999},"))).containsExactly(
            tuple(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "apprentice.ageAtStart"),
            tuple(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "apprentice.englishAndMaths.english"),
            tuple(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "apprentice.englishAndMaths.maths"));
    assertThat(codesAndPaths(MINIMAL.replace("\"A1\",", "\"A1\", \"ageAtStart\": 1e9999999999,"))).containsExactly(
        tuple(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "apprentice.ageAtStart"));
  }

  @Test
  void aLoneSurrogate_isEscaped_theSameInToJsonAndInWrite_andReadsBack() throws LoadException {
    ProgressRecord record = full().withApprenticeId("\ud800");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProgressJson.write(record, out);
    String json = ProgressJson.toJson(record);

    assertThat(json).isEqualTo(out.toString(StandardCharsets.UTF_8) + "\n");
    assertThat(json).contains("\"apprenticeId\" : \"\\uD800\"");
    assertThat(read(json).value()).containsExactly(record);
  }

  private static List<Tuple> codesAndPaths(String json) throws LoadException {
    return read(json).issues().stream().map(i -> tuple(i.code(), i.path())).toList();
  }

  @Test
  void aFile_isReadByItsPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.json");
    Files.writeString(file, MINIMAL);
    assertThat(ProgressJson.read(file).value()).extracting(ProgressRecord::apprenticeId).containsExactly("A1");
  }

  @Test
  void theSchema_isDraft202012_andNamesTheFormat() {
    assertThat(ProgressJson.schema()).contains("https://json-schema.org/draft/2020-12/schema", ProgressJson.FORMAT);
  }
}

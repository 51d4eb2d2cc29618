package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.crosswalk.Alignment;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.crosswalk.MatchKind;
import io.github.apprenticeships4j.core.crosswalk.Provenance;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crosswalk document: the bundled ST1398 crosswalk, its JSON Schema, the round trip and bad values located. */
class CrosswalkJsonTest {
  static final String BUNDLED = "/career/st1398-ddat-crosswalk.json";

  static final String MINIMAL = """
      {"format": "apprenticeships4j-crosswalk/1", "standard": "ST1398", "framework": "DDaT",
       "provenance": {"assertedBy": "me", "assertedOn": "2026-11-26", "basis": "the KSB texts"}}
      """;

  static final String BAD_VALUES = """
      {"format": "apprenticeships4j-crosswalk/1", "standard": "XX12", "standardVersion": "one", "framework": 3,
       "provenance": {"assertedBy": "me", "assertedOn": "26/11/2026"},
       "alignments": [{"ksb": " ", "skill": "Not An Id", "match": "close"}, null,
         {"ksb": "K1", "skill": "maths", "match": "exact", "provenance": {"assertedBy": "you", "basis": "b"}}],
       "extra": true}
      """;

  static List<Error> schemaErrors(String json) {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(CrosswalkJson.schema());
    return schema.validate(json, InputFormat.JSON);
  }

  static Loaded<Crosswalk> read(String json) throws LoadException {
    return CrosswalkJson.read(CrosswalkJson.reader().open(new ByteArrayInputStream(json.getBytes(
        StandardCharsets.UTF_8)), "crosswalk.json"));
  }

  static List<Issue> refusal(String json) {
    return catchThrowableOfType(LoadException.class, () -> read(json)).issues();
  }

  @Test
  void theBundledCrosswalk_readsWithoutFindings_andMatchesTheSchema() throws LoadException {
    String json = new String(TestData.bytes(BUNDLED), StandardCharsets.UTF_8);
    Loaded<Crosswalk> read = read(json);
    Crosswalk crosswalk = read.value();

    assertThat(read.issues()).isEmpty();
    assertThat(schemaErrors(json)).isEmpty();
    assertThat(crosswalk.standard()).isEqualTo(StandardReference.parse("ST1398"));
    assertThat(crosswalk.standardVersion()).contains(StandardVersion.of(1, 0));
    assertThat(crosswalk.alignments()).hasSizeGreaterThan(20)
        .allSatisfy(a -> assertThat(a.reasoning()).isPresent());
    assertThat(crosswalk.alignments()).extracting(Alignment::kind).contains(MatchKind.values());
    assertThat(crosswalk.provenance().assertedBy()).contains("constructed");
  }

  @Test
  void whatIsWritten_readsBackEqual_matchesTheSchema_andIsWrittenTheSameToAStream() throws LoadException {
    Crosswalk bundled = CrosswalkJson.read(CrosswalkJson.reader().open(new ByteArrayInputStream(
        TestData.bytes(BUNDLED)), "bundled.json")).value();
    Crosswalk crosswalk = bundled.withAlignments(List.of(bundled.alignments().get(0),
        bundled.alignments().get(1).withProvenance(Provenance.of("Reviewer \"R\"", LocalDate.of(2027, 1, 2),
            "the EPA plan\nline two")),
        Alignment.builder().ksb("B5").skill(SkillId.parse("systems-integration")).kind(MatchKind.RELATED).build()));
    String json = CrosswalkJson.toJson(crosswalk);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CrosswalkJson.write(crosswalk, out);

    assertThat(read(json).value()).isEqualTo(crosswalk);
    assertThat(schemaErrors(json)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8) + "\n").isEqualTo(json);
    assertThat(json).startsWith("{\n  \"format\" : \"apprenticeships4j-crosswalk/1\",");
  }

  @Test
  void aMinimalDocument_isACrosswalkWithoutAlignments() throws LoadException {
    Crosswalk crosswalk = read(MINIMAL).value();

    assertThat(crosswalk.alignments()).isEmpty();
    assertThat(crosswalk.standardVersion()).isEmpty();
    assertThat(crosswalk.provenance()).isEqualTo(Provenance.of("me", LocalDate.of(2026, 11, 26), "the KSB texts"));
    assertThat(schemaErrors(MINIMAL)).isEmpty();
  }

  @Test
  void everyBadValue_isReported_atItsPath() {
    List<Issue> issues = refusal(BAD_VALUES);

    assertThat(issues).extracting(Issue::code, Issue::path).contains(
        tuple(ReadCodes.CROSSWALK_JSON_FIELD_UNKNOWN, "extra"),
        tuple("standard.reference.format", "standard"),
        tuple("standard.version.format", "standardVersion"),
        tuple(ReadCodes.CROSSWALK_JSON_FIELD_TYPE, "framework"),
        tuple(ReadCodes.CROSSWALK_JSON_FIELD_MISSING, "provenance.basis"),
        tuple(ReadCodes.CROSSWALK_JSON_DATE_FORMAT, "provenance.assertedOn"),
        tuple(ReadCodes.CROSSWALK_JSON_KSB_BLANK, "alignments[0].ksb"),
        tuple("career.id.format", "alignments[0].skill"),
        tuple(ReadCodes.CROSSWALK_JSON_MATCH_UNKNOWN, "alignments[0].match"),
        tuple(ReadCodes.CROSSWALK_JSON_FIELD_MISSING, "alignments[1].ksb"),
        tuple(ReadCodes.CROSSWALK_JSON_FIELD_MISSING, "alignments[2].provenance.assertedOn"));
    assertThat(issues).allSatisfy(i -> assertThat(i.position()).hasValueSatisfying(
        p -> assertThat(p.source()).isEqualTo("crosswalk.json")));
    assertThat(schemaErrors(BAD_VALUES)).isNotEmpty();
  }

  @Test
  void aNullMatch_isReportedMissing_notAnUnexpectedFailure() {
    String json = """
        {"format":"apprenticeships4j-crosswalk/1","standard":"ST1398","framework":"DDaT",
         "provenance":{"assertedBy":"a","assertedOn":"2025-01-01","basis":"b"},
         "alignments":[{"ksb":"K1","skill":"x","match":null}]}
        """;

    assertThat(refusal(json)).extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadCodes.CROSSWALK_JSON_FIELD_MISSING, "alignments[0].match"));
  }

  @Test
  void aNullAssertedOn_isReportedMissing_inTheDocumentAndInAnAlignment() {
    assertThat(refusal(MINIMAL.replace("\"2026-11-26\"", "null"))).extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadCodes.CROSSWALK_JSON_FIELD_MISSING, "provenance.assertedOn"));
    String alignment = MINIMAL.replace("}}", "},\n \"alignments\": [{\"ksb\": \"K1\", \"skill\": \"x\", "
        + "\"match\": \"exact\", \"provenance\": {\"assertedBy\": \"a\", \"assertedOn\": null, \"basis\": \"b\"}}]}");
    assertThat(refusal(alignment)).extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadCodes.CROSSWALK_JSON_FIELD_MISSING, "alignments[0].provenance.assertedOn"));
  }

  @Test
  void aNullFormat_isWarnedLikeAnAbsentOne() throws LoadException {
    assertThat(read(MINIMAL.replace("\"apprenticeships4j-crosswalk/1\"", "null")).issues())
        .extracting(Issue::code).containsExactly(ReadCodes.CROSSWALK_JSON_FORMAT_MISSING);
  }

  @Test
  void theFormat_isChecked_andItsAbsenceWarned() throws LoadException {
    assertThat(refusal(MINIMAL.replace("apprenticeships4j-crosswalk/1", "apprenticeships4j-career/1")))
        .extracting(Issue::code).containsExactly(ReadCodes.CROSSWALK_JSON_FORMAT_UNKNOWN);
    Loaded<Crosswalk> unnamed = read(MINIMAL.replace("\"format\": \"apprenticeships4j-crosswalk/1\",", ""));
    assertThat(unnamed.issues()).extracting(Issue::code, Issue::severity)
        .containsExactly(tuple(ReadCodes.CROSSWALK_JSON_FORMAT_MISSING, Severity.WARNING));
  }

  @Test
  void aRepeatedName_aDocumentThatIsNotAnObject_andNoJson_areRefused() {
    assertThat(refusal(MINIMAL.replace("\"framework\": \"DDaT\"", "\"framework\": \"DDaT\", \"framework\": \"X\"")))
        .extracting(Issue::code).containsExactly(ReadCodes.CROSSWALK_JSON_FIELD_DUPLICATE);
    assertThat(refusal("[1]")).extracting(Issue::code).containsExactly(ReadCodes.CROSSWALK_JSON_FIELD_TYPE);
    assertThat(refusal("")).extracting(Issue::code).containsExactly(ReadCodes.CROSSWALK_JSON_EMPTY);
    assertThat(refusal("{\"standard\": ")).extracting(Issue::code).containsExactly(ReadCodes.CROSSWALK_JSON_SYNTAX);
    assertThat(catchThrowableOfType(LoadException.class, () -> CrosswalkJson.read(CrosswalkJson.reader()
        .maxNestingDepth(1).open(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)), "deep.json")))
        .issues()).extracting(Issue::code).containsExactly(ReadCodes.CROSSWALK_JSON_LIMIT);
  }

  @Test
  void theReader_keepsTheReaderContract_onGoodAndBadDocuments() {
    for (String json : List.of(MINIMAL, BAD_VALUES, "", "{")) {
      ReadSummary summary = ReaderInvariants.readAll(CrosswalkJson.reader().open(new ByteArrayInputStream(
          json.getBytes(StandardCharsets.UTF_8)), "c.json"));
      assertThat(summary.read()).as(json).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void theSchema_andTheReader_agreeOnEveryDocumentOfTheseTests() {
    for (String json : List.of(MINIMAL, BAD_VALUES, new String(TestData.bytes(BUNDLED), StandardCharsets.UTF_8),
        MINIMAL.replace("}}", "}, \"alignments\": [{\"ksb\": \"K1\", \"skill\": \"x\", \"match\": \"narrow\"}]}"),
        MINIMAL.replace("}}", "}, \"alignments\": [{\"ksb\": \"K1\", \"skill\": \"x\", \"match\": \"close\"}]}"))) {
      boolean read;
      try {
        read = read(json).issues().isEmpty();
      } catch (LoadException e) {
        read = false;
      }
      assertThat(schemaErrors(json).isEmpty()).as(json).isEqualTo(read);
    }
  }

  @Test
  void aFile_isReadByItsPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.json");
    Files.writeString(file, MINIMAL);
    assertThat(CrosswalkJson.read(file).value().framework()).isEqualTo("DDaT");
  }

  @Test
  void theSchema_isDraft202012_andNamesTheFormat() {
    assertThat(CrosswalkJson.schema()).contains("https://json-schema.org/draft/2020-12/schema",
        CrosswalkJson.FORMAT);
  }
}

package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical standards format: the national catalogue written and read back equal, every accessor of
 * {@link Standard} written, the schema, and every kind of bad value located.
 */
class CanonicalStandardsJsonTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(CanonicalStandardsJson.schema());

  static StandardCatalogue national;

  @BeforeAll
  static void readNationalCatalogue() throws IOException {
    national = StandardsJson.readCatalogue(TestData.path(NationalCatalogueTest.CATALOGUE)).value();
  }

  static List<Error> schemaErrors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static Map<String, Object> properties(String json) {
    return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
    });
  }

  static List<Row<Standard>> rows(String json) {
    List<Row<Standard>> rows = new ArrayList<>();
    ReaderInvariants.readAll(CanonicalStandardsJson.reader().open(new ByteArrayInputStream(json.getBytes(
        StandardCharsets.UTF_8)), "test.json"), rows::add);
    return rows;
  }

  static Standard st1398() {
    return national.get(StandardReference.parse("ST1398"), StandardVersion.of(1, 0));
  }

  @Test
  void theNationalCatalogue_isReadBackEqual_fromTheFileWritten(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("catalogue.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      CanonicalStandardsJson.write(national, out);
    }

    Loaded<StandardCatalogue> read = CanonicalStandardsJson.readCatalogue(file);

    assertThat(read.issues()).isEmpty();
    assertThat(read.rejected()).isEmpty();
    assertThat(read.value().size()).isEqualTo(2_166);
    assertThat(read.value().standards()).isEqualTo(national.standards());
  }

  @Test
  void theNationalCatalogue_asWritten_fitsTheSchema() {
    assertThat(schemaErrors(CanonicalStandardsJson.toJson(national))).isEmpty();
  }

  /**
   * Fails when an accessor is added to {@link Standard} without its property: the writer, the reader's list of
   * properties and the schema must all name every accessor (a merge that adds a field to the model shows here). Each
   * optional value is present in about half of the generated standards, so 200 of them write every property.
   */
  @Test
  void everyAccessorOfStandard_isWrittenRead_andInTheSchema() {
    Set<String> accessors = Arrays.stream(Standard.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isAbstract(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0).map(Method::getName).collect(Collectors.toSet());
    Set<String> written = new java.util.HashSet<>();
    List<Standard> generated = new ArrayList<>();
    for (long seed = 0; seed < 200; seed++) {
      generated.add(CanonicalStandardsJsonPropertiesTest.standard(seed, List.of("a", "b")));
    }
    generated.forEach(s -> written.addAll(properties(CanonicalStandardsJson.toJson(s)).keySet()));
    Map<String, Object> schema = properties(CanonicalStandardsJson.schema());

    assertThat(written).containsExactlyInAnyOrderElementsOf(with(accessors, "format"));
    assertThat(propertiesOf(schema, "standard")).containsExactlyInAnyOrderElementsOf(with(accessors, "format"));
    assertThat(rows(CanonicalStandardsJson.toJson(StandardCatalogue.of(generated)))).allSatisfy(
        row -> assertThat(row.issues()).isEmpty());
  }

  @Test
  void aStandard_isWrittenInTheAccessorsOrder_withMoneyAsAString_andDatesInIso() {
    String json = CanonicalStandardsJson.toJson(st1398());

    assertThat(json).startsWith("{\n  \"format\" : \"apprenticeships4j-standard/1\",\n  \"reference\" : \"ST1398\","
        + "\n  \"larsCode\" : 795,\n  \"version\" : \"1.0\",");
    assertThat(json).contains("\"maxFunding\" : \"22000.00\"", "\"earliestStartDate\" : \"2024-",
        "\"minimumOffTheJobHours\" : 418", "\"type\" : \"knowledge\"");
    assertThat(List.copyOf(properties(json).keySet())).containsSubsequence("reference", "version", "title", "level",
        "status", "maxFunding", "ksbs", "keywords", "templateType");
    assertThat(json).doesNotContain("null").endsWith("}\n");
  }

  @Test
  void theSchema_refusesMoneyAsANumber_aNull_andAMisspeltProperty() {
    String json = CanonicalStandardsJson.toJson(st1398());

    assertThat(schemaErrors(json)).isEmpty();
    assertThat(schemaErrors(json.replace("\"22000.00\"", "22000.0"))).isNotEmpty();
    assertThat(schemaErrors(json.replace("\"larsCode\" : 795", "\"larsCode\" : null"))).isNotEmpty();
    assertThat(schemaErrors(json.replace("\"title\"", "\"tittle\""))).isNotEmpty();
    assertThat(CanonicalStandardsJson.schema()).contains("https://json-schema.org/draft/2020-12/schema",
        CanonicalStandardsJson.FORMAT);
  }

  @Test
  void theReader_andTheSchema_agreeOnTheBadDocumentsOfTheseTests() {
    String good = CanonicalStandardsJson.toJson(st1398());
    for (String bad : List.of(good.replace("\"ST1398\"", "\"ST13980\""), good.replace("\"1.0\"", "\"v1\""),
        good.replace("\"22000.00\"", "\"22,000\""), good.replace("\"level\" : 6", "\"level\" : \"6\""),
        good.replaceFirst("\"earliestStartDate\" : \"[^\"]*\"", "\"earliestStartDate\" : \"31/01/2024\""),
        good.replace("\"type\" : \"knowledge\"", "\"type\" : \"K\""),
        good.replace("\"format\" : \"apprenticeships4j-standard/1\",", ""))) {
      assertThat(schemaErrors(bad)).as(bad).isNotEmpty();
      assertThat(rows(bad)).singleElement().satisfies(row -> assertThat(row.isAccepted()).isFalse());
    }
  }

  @Test
  void badValues_rejectTheStandard_withFindingsAtTheirPaths_andTheModelsCodes() {
    String good = CanonicalStandardsJson.toJson(st1398());
    String bad = good.replace("\"ST1398\"", "\"XX1\"").replace("\"22000.00\"", "\"22000.005\"")
        .replace("\"larsCode\" : 795", "\"larsCode\" : 0").replace("\"level\" : 6", "\"level\" : 6.5")
        .replaceFirst("\"approvedForDeliveryDate\" : \"[^\"]*\"", "\"approvedForDeliveryDate\" : \"2024-02-30\"")
        .replaceFirst("\"isCore\" : (true|false)", "\"isCore\" : \"yes\"")
        .replace("\"format\" : \"apprenticeships4j-standard/1\"", "\"format\" : \"apprenticeships4j-standard/2\"");

    List<Row<Standard>> rows = rows(bad);

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.isAccepted()).isFalse();
      assertThat(((Row.Rejected<Standard>) row).raw()).containsExactly(bad.strip());
      assertThat(row.issues()).extracting(Issue::code, Issue::path).containsExactlyInAnyOrder(
          tuple(ReadCodes.JSON_FORMAT_UNKNOWN, "format"), tuple(StandardCodes.REFERENCE_FORMAT, "reference"),
          tuple(StandardCodes.LARS_CODE_RANGE, "larsCode"), tuple(ReadCodes.JSON_FIELD_TYPE, "level"),
          tuple(ReadCodes.JSON_NUMBER_FORMAT, "maxFunding"),
          tuple(ReadCodes.JSON_DATE_FORMAT, "approvedForDeliveryDate"),
          tuple(ReadCodes.JSON_FIELD_TYPE, "duties[0].isCore"));
      assertThat(row.issues()).allSatisfy(i -> assertThat(i.position().orElseThrow().line()).hasValue(1));
    });
  }

  @Test
  void missingProperties_areErrors_andAnUnknownOneAWarning_andARepeatedNameAnError() {
    List<Row<Standard>> rows = rows("[{\"format\": \"" + CanonicalStandardsJson.FORMAT + "\", \"reference\": "
        + "\"ST0001\", \"ksbs\": [{\"type\": \"skill\"}, 3], \"duties\": [{\"id\": \"d\", \"text\": \"t\"}]},\n"
        + "{\"format\": \"" + CanonicalStandardsJson.FORMAT + "\", \"reference\": \"ST0002\", \"version\": \"1.0\","
        + " \"title\": \"T\", \"level\": 3, \"route\": \"\", \"status\": \"Retired\", \"typicalDurationMonths\": 12,"
        + " \"maxFunding\": \"9000\", \"colour\": \"blue\"},\n"
        + "{\"format\": \"" + CanonicalStandardsJson.FORMAT + "\", \"reference\": \"ST0003\", \"reference\": "
        + "\"ST0004\"}]");

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).issues()).filteredOn(i -> i.code().equals(ReadCodes.JSON_FIELD_MISSING))
        .extracting(Issue::path).contains("version", "title", "level", "route", "status", "typicalDurationMonths",
            "maxFunding", "ksbs[0].id", "ksbs[0].number", "ksbs[0].text", "duties[0].isCore");
    assertThat(rows.get(0).issues()).extracting(Issue::code, Issue::path).contains(tuple(ReadCodes.JSON_FIELD_TYPE,
        "ksbs[1]"));
    assertThat(rows.get(1).isAccepted()).isTrue();
    assertThat(rows.get(1).issues()).extracting(Issue::code, Issue::severity, Issue::path).containsExactly(
        tuple(ReadCodes.JSON_FIELD_UNKNOWN, Severity.WARNING, "colour"));
    assertThat(((Row.Accepted<Standard>) rows.get(1)).value().maxFunding()).hasToString("9000.00");
    assertThat(rows.get(1).issues().get(0).position().orElseThrow().line()).hasValue(2);
    assertThat(rows.get(2).isAccepted()).isFalse();
    assertThat(rows.get(2).issues()).extracting(Issue::code).contains(ReadCodes.JSON_FIELD_DUPLICATE);
  }

  @Test
  void aDocumentThatIsNotAStandardOrAList_stopsTheRead() {
    ReadSummary summary = ReaderInvariants.readAll(CanonicalStandardsJson.reader().open(new ByteArrayInputStream(
        "\"ST1398\"".getBytes(StandardCharsets.UTF_8)), "text.json"));

    assertThat(summary.stoppedBy()).hasValueSatisfying(i -> assertThat(i.code()).isEqualTo(ReadCodes.JSON_SHAPE));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  private static Set<String> with(Set<String> names, String name) {
    Set<String> all = new java.util.HashSet<>(names);
    all.add(name);
    return all;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> propertiesOf(Map<String, Object> schema, String definition) {
    Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
    Map<String, Object> standard = (Map<String, Object>) defs.get(definition);
    return ((Map<String, Object>) standard.get("properties")).keySet();
  }
}

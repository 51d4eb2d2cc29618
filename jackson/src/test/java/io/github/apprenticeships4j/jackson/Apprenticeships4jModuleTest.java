package io.github.apprenticeships4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.ApprenticeshipLevel;
import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardOption;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.json.CanonicalStandardsJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module in a plain {@code JsonMapper}, run on the module path (this module's descriptor, and formats' and
 * core's): each value type written and read back, standards in the canonical format, findings, refusals.
 */
class Apprenticeships4jModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new Apprenticeships4jModule()).build();

  static Standard machineLearningEngineer() {
    return Standard.builder().reference(StandardReference.parse("ST1398")).larsCode(LarsCode.of(795))
        .version(StandardVersion.of(1, 0)).title("Machine learning engineer").level(6).route("Digital")
        .status(StandardStatus.APPROVED_FOR_DELIVERY).typicalDurationMonths(24).maxFunding(new BigDecimal("22000"))
        .earliestStartDate(LocalDate.of(2024, 12, 18)).addOptions(StandardOption.of("o1", "Core"))
        .addDuties(Duty.builder().id("d1").text("Build models").isCore(true).addKsbIds("k1", "s1").build())
        .addKsbs(Ksb.of(KsbType.KNOWLEDGE, "k1", 1, "Statistics"), Ksb.of(KsbType.SKILL, "s1", 1, "Deploy models"))
        .addKeywords("artificial intelligence").minimumOffTheJobHours(418).endPointAssessmentMonths(4)
        .startsPaused(false).build();
  }

  private static <T> T readBack(Object value, Class<T> type) {
    return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
  }

  @Test
  void valueTypes_areWrittenAsStringsOrNumbers_andReadBackEqual() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("reference", StandardReference.parse("ST1398"));
    values.put("larsCode", LarsCode.of(795));
    values.put("version", StandardVersion.of(1, 10));
    values.put("status", StandardStatus.RETIRED);
    values.put("uln", Uln.parse("1748529632"));
    values.put("ukprn", Ukprn.parse("10012345"));
    values.put("level", ApprenticeshipLevel.LEVEL_6);
    values.put("type", KsbType.TECHNICAL_SKILL);
    values.put("severity", Severity.WARNING);

    assertThat(MAPPER.writeValueAsString(values)).isEqualTo("{\"reference\":\"ST1398\",\"larsCode\":795,"
        + "\"version\":\"1.10\",\"status\":\"Retired\",\"uln\":\"1748529632\",\"ukprn\":\"10012345\",\"level\":6,"
        + "\"type\":\"technical-skill\",\"severity\":\"warning\"}");
    values.values().forEach(v -> assertThat(readBack(v, v.getClass())).isEqualTo(v));
    assertThat(MAPPER.readValue("[\"st1398 \", \"FA0005\"]", new TypeReference<List<StandardReference>>() {
    }))
        .containsExactly(StandardReference.parse("ST1398"), StandardReference.parse("FA0005"));
    assertThat(MAPPER.readValue("1748529632", Uln.class)).isEqualTo(Uln.parse("1748529632"));
  }

  @Test
  void aStandard_isWrittenInTheCanonicalFormat_inTheMappersLayout_andReadBackEqual() {
    Standard standard = machineLearningEngineer();

    String compact = MAPPER.writeValueAsString(standard);
    String indented = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(standard);

    assertThat(compact).startsWith("{\"format\":\"" + CanonicalStandardsJson.FORMAT + "\",\"reference\":\"ST1398\"")
        .contains("\"maxFunding\":\"22000.00\"", "\"earliestStartDate\":\"2024-12-18\"");
    assertThat(MAPPER.readValue(compact, Standard.class)).isEqualTo(standard);
    assertThat(MAPPER.readValue(indented, Standard.class)).isEqualTo(standard);
    assertThat(MAPPER.readTree(indented)).isEqualTo(MAPPER.readTree(CanonicalStandardsJson.toJson(standard)));
  }

  @Test
  void aCatalogue_andStandardsInsideTheApplicationsOwnValues_areReadBackEqual() {
    Standard first = machineLearningEngineer();
    Standard second = first.withVersion(StandardVersion.of(1, 1)).withLarsCode(java.util.Optional.empty());
    StandardCatalogue catalogue = StandardCatalogue.of(List.of(first, second));

    assertThat(readBack(catalogue, StandardCatalogue.class).standards()).containsExactly(first, second);
    Map<String, Standard> byKey = MAPPER.readValue(MAPPER.writeValueAsString(Map.of("ml", first)),
        new TypeReference<Map<String, Standard>>() {
        });
    assertThat(byKey).containsEntry("ml", first);
  }

  @Test
  void aFinding_isWrittenAsAnObject_andReadBackEqual() {
    Issue located = Issue.error("standard.version.format", "version must be 'major.minor', e.g. 1.0")
        .at("version").about("ST1398_1.0").rejecting("V0.0")
        .locatedAt(SourcePosition.at("standards.json", 12, 5).inRecord(3).atField("version"));
    Issue bare = Issue.warning("json.field.unknown", "the format has no property 'colour' here");

    assertThat(MAPPER.writeValueAsString(bare)).isEqualTo("{\"severity\":\"warning\",\"code\":\"json.field.unknown\","
        + "\"message\":\"the format has no property 'colour' here\"}");
    assertThat(readBack(located, Issue.class)).isEqualTo(located);
    assertThat(readBack(bare, Issue.class)).isEqualTo(bare);
    assertThat(readBack(Issue.error("read.io", "x").locatedAt(SourcePosition.of("in.json")), Issue.class))
        .isEqualTo(Issue.error("read.io", "x").locatedAt(SourcePosition.of("in.json")));
  }

  @Test
  void valuesTheModelRefuses_failTheRead_withTheModelsCode() {
    assertThatThrownBy(() -> MAPPER.readValue("\"XX1\"", StandardReference.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("standard.reference.format");
    assertThatThrownBy(() -> MAPPER.readValue("0", LarsCode.class)).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("standard.lars-code.range");
    assertThatThrownBy(() -> MAPPER.readValue("\"795\"", LarsCode.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("whole number");
    assertThatThrownBy(() -> MAPPER.readValue("9", ApprenticeshipLevel.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("2 to 7");
    assertThatThrownBy(() -> MAPPER.readValue("\"K\"", KsbType.class)).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("technical-knowledge");
    assertThatThrownBy(() -> MAPPER.readValue("{}", Uln.class)).isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"severity\": \"bad\", \"code\": \"c\", \"message\": \"m\"}",
        Issue.class)).isInstanceOf(MismatchedInputException.class).hasMessageContaining("severity");
    assertThatThrownBy(() -> MAPPER.readValue("[]", Issue.class)).isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"severity\": \"error\"}", Issue.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("code");
  }

  @Test
  void aBadStandard_failsTheRead_namingItsFindings() {
    String json = MAPPER.writeValueAsString(machineLearningEngineer()).replace("\"22000.00\"", "22000.0");

    assertThatThrownBy(() -> MAPPER.readValue(json, Standard.class)).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("json.field.type at maxFunding");
    assertThatThrownBy(() -> MAPPER.readValue("[" + json + "]", StandardCatalogue.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("maxFunding");
    assertThatThrownBy(() -> MAPPER.readValue("\"ST1398\"", Standard.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> MAPPER.readValue("{}", StandardCatalogue.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("list of standards");
  }

  @Test
  void theModule_isFoundByFindAndAddModules() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();

    assertThat(found.registeredModules()).extracting(JacksonModule::getModuleName).contains(
        "Apprenticeships4jModule");
    assertThat(found.writeValueAsString(LarsCode.of(795))).isEqualTo("795");
  }
}

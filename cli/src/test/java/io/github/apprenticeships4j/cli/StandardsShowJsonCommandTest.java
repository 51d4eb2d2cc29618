package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.CanonicalStandardsJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardsShowJsonCommandTest {
  private static List<Row<Standard>> read(String json) {
    List<Row<Standard>> rows = new ArrayList<>();
    try (var reader = CanonicalStandardsJson.reader().open(new ByteArrayInputStream(json.getBytes(
        StandardCharsets.UTF_8)), "out.json")) {
      reader.rows().forEach(rows::add);
    }
    return rows;
  }

  @Test
  void showAsJson_printsTheCanonicalDocument_only_thatReadsBackAsTheStandard() {
    Result result = A4jTest.run("standards", "show", "ST1398", "--standard-version", "1.0", "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out()).startsWith("{\n  \"format\" : \"" + CanonicalStandardsJson.FORMAT + "\",")
        .contains("\"larsCode\" : 795", "\"maxFunding\" : \"22000.00\"", "\"minimumOffTheJobHours\" : 418");
    assertThat(read(result.out())).singleElement().satisfies(row -> {
      assertThat(row.issues()).isEmpty();
      Standard standard = ((Row.Accepted<Standard>) row).value();
      assertThat(standard.key()).isEqualTo("ST1398_1.0");
      assertThat(standard.ksbs()).hasSize(70);
    });
  }

  @Test
  void showAsJson_withoutVersion_saysTheVersionChosenOnStandardError() {
    Result result = A4jTest.run("standards", "show", "ST1398", "--on", "2026-09-15", "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.err()).startsWith("Version for starts on 2026-09-15: ST1398 1.0");
    assertThat(result.out()).startsWith("{").endsWith("}\n");
  }

  @Test
  void showAsText_isStillTheDefault_andAnUnknownFormatIsAUsageError() {
    assertThat(A4jTest.run("standards", "show", "ST1398", "--standard-version", "1.0", "--format", "text").out())
        .isEqualTo(A4jTest.run("standards", "show", "ST1398", "--standard-version", "1.0").out())
        .startsWith("ST1398 Machine learning engineer");
    assertThat(A4jTest.run("standards", "show", "ST1398", "--format", "xml").exitCode()).isNotEqualTo(A4j.OK);
  }
}

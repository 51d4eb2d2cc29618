package io.github.apprenticeships4j.cli;

import static io.github.apprenticeships4j.cli.A4jTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProvidersCommandTest {
  @TempDir
  Path dir;

  @Test
  void compare_printsATable_ofTheBundledSamples() {
    A4jTest.Result result = run("providers", "compare");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.out()).contains("ST1398 Machine learning engineer: ICT for practitioners, level 4+, "
        + "national 62.1%");
    assertThat(result.out().indexOf("99990004")).isLessThan(result.out().indexOf("99990001"));
  }

  @Test
  void compare_takesTheLevelFromTheVersionApprovedOnTheDate_andSaysWhichItIs() {
    A4jTest.Result text = run("providers", "compare", "--on", "2026-09-15");

    assertThat(text.exitCode()).isEqualTo(A4j.OK);
    assertThat(text.out().lines()).startsWith("Version for starts on 2026-09-15: ST1398 1.0 (approved for delivery;"
        + " starts from 2024-12-18 to 2026-12-10; newer version 2.0 is In development)");

    A4jTest.Result json = run("providers", "compare", "--on", "2026-09-15", "--json");
    assertThat(json.err()).startsWith("a4j: Version for starts on 2026-09-15: ST1398 1.0 (");
    assertThat(json.out()).startsWith("{\"rank\":1,");
    assertThat(run("providers", "compare", "--on", "someday").exitCode()).isEqualTo(A4j.UNREADABLE);
  }

  @Test
  void compare_json_printsOneObjectPerProvider_filteredAndSorted() {
    A4jTest.Result result = run("providers", "compare", "--json", "--type", "main", "--band", "Excellent,Good",
        "--sort", "employer");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    JsonMapper mapper = JsonMapper.builder().build();
    List<JsonNode> rows = result.out().lines().map(mapper::readTree).collect(Collectors.toList());
    assertThat(rows).extracting(n -> n.get("ukprn").asLong()).containsExactly(99_990_001L, 99_990_003L, 99_990_002L);
    JsonNode first = rows.get(0);
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("standard").asString()).isEqualTo("ST1398");
    assertThat(first.get("name").asString()).isEqualTo("Example Data Academy Ltd");
    assertThat(first.get("type").asString()).isEqualTo("MAIN");
    assertThat(first.get("achievementRate").asString()).isEqualTo("78.3");
    assertThat(first.get("band").asString()).isEqualTo("Excellent");
    assertThat(first.get("differenceFromNational").asString()).isEqualTo("16.2");
    assertThat(first.get("assessment").asString()).isEqualTo("STRONG");
    assertThat(first.get("employerRating").asString()).isEqualTo("Excellent");
    assertThat(first.get("employerReviews").asInt()).isEqualTo(25);
    assertThat(rows.get(1).get("startingNewApprentices").asBoolean()).isFalse();
  }

  @Test
  void compare_reportsRejectedRowsOfAGivenRegister_andExitsOne() throws IOException {
    Path register = dir.resolve("apar.csv");
    Files.writeString(register, "Ukprn,Name,ApplicationType,StartDate,Status,ApplicationDeterminedDate\n"
        + "99990001,Example Data Academy Ltd,Main provider,06/01/2020,,\n"
        + "1234,Broken,Lead provider,06/01/2020,,\n", StandardCharsets.UTF_8);

    A4jTest.Result result = run("providers", "compare", "--register", register.toString());

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.err()).contains("provider.ukprn.format").contains("csv.value.unknown");
    assertThat(result.out()).contains("99990001").doesNotContain("99990002");
  }

  @Test
  void compare_badOptionsOrMissingFiles_exitTwo() {
    assertThat(run("providers", "compare", "--type", "lead").exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(run("providers", "compare", "--band", "great").exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(run("providers", "compare", "--register", dir.resolve("none.csv").toString()).exitCode())
        .isEqualTo(A4j.UNREADABLE);
    assertThat(run("providers", "compare", "--standard", "ST9999").exitCode()).isEqualTo(A4j.ERRORS);
  }
}

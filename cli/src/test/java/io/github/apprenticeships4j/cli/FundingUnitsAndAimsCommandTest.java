package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class FundingUnitsAndAimsCommandTest {
  static final String UNIT =
      "{\"id\": \"unit-1\", \"unit\": {\"reference\": \"ZSC00123\", \"startDate\": \"2026-05-04\","
          + " \"plannedEndDate\": \"2026-07-26\", \"plannedHours\": 60, \"price\": \"1500\"},"
          + " \"employer\": {\"levyPayer\": false}, \"apprentice\": {\"dateOfBirth\": \"1990-01-01\"}}";
  static final String WITH_MATHS =
      "{\"id\": \"with maths\", \"startDate\": \"2025-09-01\", \"plannedDurationMonths\": 24,"
          + " \"standard\": {\"reference\": \"ST1398\", \"level\": 6, \"typicalDurationMonths\": 24},"
          + " \"trainingPrice\": \"19000\", \"assessmentPrice\": \"3000\", \"employer\": {\"levyPayer\": false},"
          + " \"apprentice\": {\"dateOfBirth\": \"2000-03-15\"},"
          + " \"englishAndMathsAims\": [{\"qualification\": \"maths\","
          + " \"startDate\": \"2025-09-01\", \"plannedDurationMonths\": 12}]}";

  @TempDir
  Path dir;

  private List<JsonNode> run(String json, int exitCode) throws IOException {
    Path file = Files.writeString(dir.resolve("in.json"), json, StandardCharsets.UTF_8);
    Result result = A4jTest.run("funding", "calculate", file.toString());
    assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
    return FundingCommandTest.lines(result);
  }

  @Test
  void calculate_printsAUnit_withItsSplitMilestoneAndPayments() throws IOException {
    JsonNode unit = run("[" + UNIT + "]", A4j.OK).get(0);

    assertThat(unit.get("status").asString()).isEqualTo("calculated");
    assertThat(unit.get("course").asString()).isEqualTo("unit");
    assertThat(unit.get("reference").asString()).isEqualTo("ZSC00123");
    assertThat(unit.get("plannedHours").asInt()).isEqualTo(60);
    assertThat(unit.get("fundedPrice").get("value").asString()).isEqualTo("1500.00");
    assertThat(unit.get("governmentCoInvestment").get("value").asString()).isEqualTo("1425.00");
    assertThat(unit.get("employerCoInvestment").get("value").asString()).isEqualTo("75.00");
    assertThat(unit.get("milestoneDate").get("value").asString()).isEqualTo("2026-05-28");
    assertThat(unit.get("payments").get(0).get("kind").asString()).isEqualTo("UNIT_MILESTONE");
    assertThat(unit.get("payments").get(0).get("amount").asString()).isEqualTo("450.00");
    assertThat(unit.get("payments").get(1).get("kind").asString()).isEqualTo("COMPLETION");
    assertThat(unit.get("totals").get("completion").asString()).isEqualTo("1050.00");
    assertThat(unit.get("warnings").get(0).get("code").asString()).isEqualTo("funding.rule.conflict");
  }

  @Test
  void calculate_printsTheEnglishAndMathsTotal_besideTheApprenticeshipsPayments() throws IOException {
    JsonNode apprenticeship = run(WITH_MATHS, A4j.OK).get(0);

    assertThat(apprenticeship.get("totals").get("englishAndMaths").asString()).isEqualTo("724.00");
    assertThat(apprenticeship.get("payments").valueStream().filter(p -> p.get("kind").asString()
        .equals("ENGLISH_AND_MATHS")).count()).isEqualTo(12);
    assertThat(apprenticeship.get("employerCoInvestment").get("value").asString()).isEqualTo("1100.00");
  }

  @Test
  void calculate_reportsARejectedUnit_withItsCode_andExitsOne() throws IOException {
    List<JsonNode> out = run("[" + UNIT.replace("\"plannedHours\": 60", "\"plannedHours\": 10") + ", " + WITH_MATHS
        + "]", A4j.ERRORS);

    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("status").asString()).isEqualTo("rejected");
    assertThat(out.get(0).get("id").asString()).isEqualTo("unit-1");
    assertThat(out.get(0).get("rejected").get(0).get("code").asString()).isEqualTo("funding.unit.hours-outside");
    assertThat(out.get(0).get("rejected").get(0).get("path").asString()).as("its path in the funding JSON")
        .isEqualTo("unit.plannedHours");
    assertThat(out.get(1).get("status").asString()).isEqualTo("calculated");
  }

  @Test
  void levyForecast_leavesUnitsOut_andForecastsTheApprenticeships() throws IOException {
    Path file = Files.writeString(dir.resolve("mixed.json"), "[" + UNIT + ", " + WITH_MATHS + "]",
        StandardCharsets.UTF_8);
    Result result = A4jTest.run("levy", "forecast", file.toString(), "--from", "2025-09", "--to", "2025-10");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out().lines().count()).isEqualTo(2);
    assertThat(result.err()).contains("apprenticeship units are left out of the forecast");
  }
}

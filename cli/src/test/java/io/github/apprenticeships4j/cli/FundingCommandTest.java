package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FundingCommandTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  Path seedCase() throws IOException {
    Path file = dir.resolve("seed-case.json");
    try (InputStream in = FundingCommandTest.class.getResourceAsStream("/funding-input/seed-case.json")) {
      Files.copy(in, file);
    }
    return file;
  }

  Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static List<JsonNode> lines(Result result) {
    return result.out().lines().map(MAPPER::readTree).toList();
  }

  @Test
  void calculate_printsOneObjectPerInput_withEveryFigureAsDecimalStrings() throws IOException {
    Result result = A4jTest.run("funding", "calculate", seedCase().toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    List<JsonNode> out = lines(result);
    assertThat(out).hasSize(3);
    JsonNode aged25 = out.get(0);
    assertThat(aged25.get("record").asInt()).isEqualTo(1);
    assertThat(aged25.get("id").asString()).isEqualTo("non-levy, aged 25");
    assertThat(aged25.get("status").asString()).isEqualTo("calculated");
    assertThat(aged25.get("ageAtStart").get("value").asInt()).isEqualTo(25);
    assertThat(aged25.get("fundingCap").get("value").isString()).isTrue();
    assertThat(aged25.get("fundingCap").get("value").asString()).isEqualTo("22000.00");
    assertThat(aged25.get("fundingCap").get("sources").get(0).asString())
        .isEqualTo("Skills England ST1398 v1.0 maximum funding");
    assertThat(aged25.get("capVersion").asString()).isEqualTo("1.0");
    assertThat(aged25.get("governmentShare").get("value").asString()).isEqualTo("0.95");
    assertThat(aged25.get("governmentCoInvestment").get("value").asString()).isEqualTo("20900.00");
    assertThat(aged25.get("employerCoInvestment").get("value").asString()).isEqualTo("1100.00");
    assertThat(aged25.get("levyUsed").get("value").asString()).isEqualTo("0.00");
    assertThat(aged25.get("fullFunding").get("value").asString()).isEqualTo("APPRENTICE_NOT_ELIGIBLE");
    assertThat(aged25.get("fullFunding").get("fullyFunded").asBoolean()).isFalse();
    assertThat(aged25.get("completionAmount").get("value").asString()).isEqualTo("4400.00");
    assertThat(aged25.get("plannedInstalments").get("value").asInt()).isEqualTo(24);
    assertThat(aged25.get("payments").get(0).get("kind").asString()).isEqualTo("INSTALMENT");
    assertThat(aged25.get("payments").get(0).get("dueDate").asString()).isEqualTo("2025-09-30");
    assertThat(aged25.get("payments").get(0).get("amount").asString()).isEqualTo("733.33");
    assertThat(aged25.get("totals").get("instalments").asString()).isEqualTo("17600.00");
    for (String figure : List.of("startDate", "plannedEndDate", "maximumPrice", "agreedPrice", "fundedPrice",
        "employerExcess", "onProgrammeTotal", "qualifyingPeriodDays", "warnings")) {
      assertThat(aged25.has(figure)).as(figure).isTrue();
    }

    JsonNode aged19 = out.get(1);
    assertThat(aged19.get("fullFunding").get("fullyFunded").asBoolean()).isTrue();
    assertThat(aged19.get("employerCoInvestment").get("value").asString()).isEqualTo("0.00");
    assertThat(aged19.get("totals").get("careLeaverBursary").asString()).isEqualTo("3000.00");

    JsonNode levy = out.get(2);
    assertThat(levy.get("levyUsed").get("value").asString()).isEqualTo("12000.50");
    assertThat(levy.get("governmentCoInvestment").get("value").asString()).isEqualTo("9499.52");
    assertThat(levy.get("employerCoInvestment").get("value").asString()).isEqualTo("499.98");
  }

  @Test
  void calculate_showsPriceChangesAndEmployers_andTheEmployerOfEachPayment() throws IOException {
    String changed = "{\"startDate\": \"2025-09-01\", \"plannedDurationMonths\": 24, \"standard\": {\"reference\":"
        + " \"ST1398\", \"level\": 6, \"typicalDurationMonths\": 24}, \"trainingPrice\": \"19000\","
        + " \"assessmentPrice\": 3000, \"employer\": {\"levyPayer\": false}, \"apprentice\": {\"dateOfBirth\":"
        + " \"2000-03-15\"}, \"progress\": {\"priceChanges\": [{\"effectiveFrom\": \"2026-03-01\","
        + " \"trainingPrice\": \"15000\", \"assessmentPrice\": \"3000\"}], \"employerChanges\": [{\"effectiveFrom\":"
        + " \"2026-09-01\", \"employer\": {\"levyPayer\": true, \"levyFundsAvailable\": \"5000\"}}]}}";
    Result result = A4jTest.run("funding", "calculate", write("changes.json", changed).toString());

    assertThat(result.exitCode()).as(result.err() + result.out()).isEqualTo(A4j.OK);
    JsonNode out = lines(result).get(0);
    assertThat(out.get("fundedPrice").get("value").asString()).isEqualTo("18000.00");
    assertThat(out.get("priceChanges").get(0).get("effectiveFrom").asString()).isEqualTo("2026-03-01");
    assertThat(out.get("priceChanges").get(0).get("trainingPrice").asString()).isEqualTo("15000");
    JsonNode employers = out.get("employers");
    assertThat(employers.size()).isEqualTo(2);
    assertThat(employers.get(0).get("levyPayer").asBoolean()).isFalse();
    assertThat(employers.get(1).get("from").asString()).isEqualTo("2026-09-01");
    assertThat(employers.get(1).get("levyUsed").asString()).isEqualTo("5000.00");
    assertThat(employers.get(1).get("fullFunding").get("fullyFunded").asBoolean()).isFalse();
    JsonNode payments = out.get("payments");
    assertThat(payments.get(0).get("employer").asInt()).isZero();
    assertThat(payments.get(payments.size() - 1).get("employer").asInt()).isEqualTo(1);
  }

  @Test
  void calculate_foundationApprenticeship_printsTheFoundationIncentive_andItsProgressionInstalment()
      throws IOException {
    Path file = write("foundation.json", "{\"id\": \"FA0001, aged 17\", \"startDate\": \"2025-09-01\","
        + " \"plannedEndDate\": \"2026-05-31\", \"standard\": {\"reference\": \"FA0001\", \"level\": 2,"
        + " \"typicalDurationMonths\": 8, \"caps\": [{\"amount\": \"4000\", \"from\": \"2025-08-01\"}]},"
        + " \"trainingPrice\": \"3500\", \"assessmentPrice\": \"500\", \"employer\": {\"levyPayer\": false},"
        + " \"apprentice\": {\"dateOfBirth\": \"2008-06-01\", \"careLeaver\": true,"
        + " \"consentsToTellEmployer\": true}, \"progress\": {\"progressionDate\": \"2026-06-15\"}}");

    Result result = A4jTest.run("funding", "calculate", file.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    JsonNode fa = lines(result).get(0);
    assertThat(fa.get("totals").get("foundationEmployerIncentive").asString()).isEqualTo("2000.00");
    assertThat(fa.get("totals").get("employerIncentive").asString()).isEqualTo("1000.00");
    assertThat(fa.get("totals").get("careLeaverBursary").asString()).isEqualTo("3000.00");
    List<JsonNode> foundation = fa.get("payments").valueStream()
        .filter(p -> p.get("kind").asString().equals("FOUNDATION_EMPLOYER_INCENTIVE")).toList();
    assertThat(foundation).extracting(p -> p.get("dueDate").asString() + " " + p.get("amount").asString())
        .containsExactly("2025-11-29 666.66", "2026-04-30 666.66", "2026-06-15 666.68");
  }

  @Test
  void calculate_reportsRejectedInputs_withTheirCodes_andExitsOne() throws IOException {
    String seed = Files.readString(seedCase());
    Path file = write("mixed.json", seed.replaceFirst("\"trainingPrice\": \"19000\"", "\"trainingPrice\": \"-1\"")
        .replaceFirst("\"2025-09-01\"", "\"2016-01-01\"")
        .replace("\"dateOfBirth\": \"2006-03-15\"", "\"dateOfBirth\": \"15/03/2006\""));

    Result result = A4jTest.run("funding", "calculate", file.toString());

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    List<JsonNode> out = lines(result);
    assertThat(out).hasSize(3);
    JsonNode first = out.get(0);
    assertThat(first.get("status").asString()).isEqualTo("rejected");
    assertThat(first.get("id").asString()).isEqualTo("non-levy, aged 25");
    assertThat(first.get("rejected").valueStream().map(i -> i.get("code").asString()).toList())
        .containsExactlyInAnyOrder("funding.price.negative", "funding.start.too-early");
    JsonNode second = out.get(1);
    assertThat(second.has("id")).isFalse();
    assertThat(second.get("rejected").get(0).get("code").asString()).isEqualTo("json.date.format");
    assertThat(second.get("rejected").get(0).get("path").asString()).isEqualTo("apprentice.dateOfBirth");
    assertThat(second.get("rejected").get(0).get("line").asInt()).isEqualTo(12);
    assertThat(out.get(2).get("status").asString()).isEqualTo("calculated");
  }

  @Test
  void calculate_unreadableInput_exitsTwo() throws IOException {
    assertThat(A4jTest.run("funding", "calculate", dir.resolve("missing.json").toString()).exitCode())
        .isEqualTo(A4j.UNREADABLE);
    Result broken = A4jTest.run("funding", "calculate", write("broken.json", "[{\"startDate\": ").toString());
    assertThat(broken.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(broken.err()).contains("json.syntax");
  }

  @Test
  void calculate_2026Starts_printTheConflictWarning_andTheSmeHiringIncentive() throws IOException {
    String standard = "\"standard\": {\"reference\": \"ST1398\", \"level\": 6, \"typicalDurationMonths\": 24}, "
        + "\"trainingPrice\": \"19000\", \"assessmentPrice\": \"3000\", ";
    Path file = write("2026.json", "[{\"id\": \"levy payer, aged 20, empty account\", \"startDate\": \"2026-09-01\", "
        + "\"plannedDurationMonths\": 24, " + standard
        + "\"employer\": {\"levyPayer\": true, \"levyFundsAvailable\": \"0\"}, "
        + "\"apprentice\": {\"dateOfBirth\": \"2006-03-15\"}},"
        + "{\"id\": \"non-levy, aged 17\", \"startDate\": \"2026-09-01\", \"plannedDurationMonths\": 24, " + standard
        + "\"employer\": {\"levyPayer\": false}, \"apprentice\": {\"dateOfBirth\": \"2009-03-15\"}}]");

    Result result = A4jTest.run("funding", "calculate", file.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    List<JsonNode> out = lines(result);
    JsonNode levyPayer = out.get(0);
    assertThat(levyPayer.get("fullFunding").get("value").asString()).isEqualTo("ANY_EMPLOYER_YOUNG_APPRENTICE");
    assertThat(levyPayer.get("employerCoInvestment").get("value").asString()).isEqualTo("0.00");
    assertThat(levyPayer.get("levyUsed").get("value").asString()).isEqualTo("0.00");
    JsonNode warning = levyPayer.get("warnings").get(0);
    assertThat(warning.get("severity").asString()).isEqualTo("WARNING");
    assertThat(warning.get("code").asString()).isEqualTo("funding.rule.conflict");
    assertThat(warning.get("path").asString()).isEqualTo("fullFunding");
    assertThat(warning.get("message").asString()).contains("full-funding.employer", "parallelparliament",
        "CoInvestmentCalculationService");

    JsonNode young = out.get(1);
    assertThat(young.get("totals").get("smeHiringIncentive").asString()).isEqualTo("2000.00");
    assertThat(young.get("totals").get("employerIncentive").asString()).isEqualTo("1000.00");
    assertThat(young.get("payments").findValuesAsString("kind")).contains("SME_HIRING_INCENTIVE");
    assertThat(young.get("warnings").findValuesAsString("code")).containsExactly("funding.rule.conflict");
    assertThat(young.get("warnings").get(0).get("message").asString()).contains("incentive.amount");
  }

  @Test
  void calculate_withAUsersCatalogue_laysItOverTheDefaults() throws IOException {
    Path rules = write("rules.txt", "# the cap of a standard the standards catalogue does not have\n"
        + "funding-cap | ST9998 | 2025-08-01 | | 25000 | official | my catalogue\n");
    Path one = write("one.json", MAPPER.writeValueAsString(MAPPER.readTree(seedCase().toFile()).get(0))
        .replace("ST1398", "ST9998"));

    Result result = A4jTest.run("funding", "calculate", one.toString(), "--rules", rules.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    JsonNode only = lines(result).get(0);
    assertThat(only.get("fundingCap").get("value").asString()).isEqualTo("25000.00");
    assertThat(only.get("fundingCap").get("sources").get(0).asString()).isEqualTo("my catalogue");
    assertThat(only.get("capVersion").isNull()).isTrue();
    assertThat(only.get("fundedPrice").get("value").asString()).isEqualTo("22000.00");

    Path bad = write("bad.txt", "no-such-key | * | 2025-08-01 | | 1 | official | x\n");
    Result refused = A4jTest.run("funding", "calculate", one.toString(), "--rules", bad.toString());
    assertThat(refused.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(refused.err()).contains("bad.txt");
  }

  static final Path NATIONAL = ReadmeCommandsTest.REPOSITORY.resolve(
      "testdata/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz");

  Path nationalStandardsInput() throws IOException {
    Path file = dir.resolve("national-standards.json");
    try (InputStream in = FundingCommandTest.class.getResourceAsStream("/funding-input/national-standards.json")) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  @Test
  void calculate_withTheNationalCatalogue_computesStandardsOtherThanSt1398WithoutCaps() throws IOException {
    Result result = A4jTest.run("funding", "calculate", nationalStandardsInput().toString(), "--standards",
        NATIONAL.toString());

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(A4j.OK);
    assertThat(lines(result)).extracting(o -> o.get("fundingCap").get("value").asString() + " v"
        + o.get("capVersion").asString() + " " + o.get("fundingCap").get("sources").get(0).asString())
        .containsExactly("18000.00 v1.2 Skills England ST0116 v1.2 maximum funding",
            "25000.00 v1.1 Skills England ST0119 v1.1 maximum funding",
            "10000.00 v2.2 Skills England ST0313 v2.2 maximum funding",
            "6000.00 v1.1 Skills England ST0418 v1.1 maximum funding",
            "17000.00 v1.1 Skills England ST0127 v1.1 maximum funding");
  }

  @Test
  void calculate_withTheBundledDigitalRoute_rejectsStandardsItDoesNotHave() throws IOException {
    Result result = A4jTest.run("funding", "calculate", nationalStandardsInput().toString());

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    List<JsonNode> out = lines(result);
    assertThat(out).extracting(o -> o.get("status").asString())
        .containsExactly("calculated", "calculated", "rejected", "rejected", "calculated");
    assertThat(out.get(2).get("rejected").get(0).get("code").asString()).isEqualTo("json.standard.unknown");
    assertThat(out.get(2).get("rejected").get(0).get("path").asString()).isEqualTo("standard.reference");
    Result missing = A4jTest.run("funding", "calculate", nationalStandardsInput().toString(), "--standards",
        dir.resolve("missing.json").toString());
    assertThat(missing.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(missing.err()).contains("missing.json: no such file");
  }
}

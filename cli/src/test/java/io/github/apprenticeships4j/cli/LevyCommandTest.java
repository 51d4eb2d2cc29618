package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LevyCommandTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  static List<JsonNode> lines(Result result) {
    return result.out().lines().map(MAPPER::readTree).toList();
  }

  /** HMRC's year-to-date method (ALM09200): 0.5% of the pay bill to date less a twelfth of £15,000 a month. */
  @Test
  void monthly_followsHmrcsYearToDateMethod_andGivesTheFundsIn() {
    Result result = A4jTest.run("levy", "monthly", "--tax-year", "2017", "--pay-bill", "3000000,3000000,2000000",
        "--english", "0.9");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    List<JsonNode> months = lines(result);
    assertThat(months).hasSize(3);
    JsonNode first = months.get(0);
    assertThat(first.get("taxMonth").asInt()).isEqualTo(1);
    assertThat(first.get("levyBeforeAllowanceToDate").asString()).isEqualTo("15000.00");
    assertThat(first.get("allowanceToDate").asString()).isEqualTo("1250.00");
    assertThat(first.get("levyPayable").asString()).isEqualTo("13750.00");
    assertThat(first.get("fundsIn").get("month").asString()).isEqualTo("2017-05");
    assertThat(first.get("fundsIn").get("englishLevy").asString()).isEqualTo("12375.00");
    assertThat(first.get("fundsIn").get("topUp").asString()).isEqualTo("1237.50");
    assertThat(first.get("fundsIn").get("total").asString()).isEqualTo("13612.50");
    assertThat(months.get(2).get("levyDueToDate").asString()).isEqualTo("36250.00");
    assertThat(months.get(2).get("levyPayable").asString()).isEqualTo("8750.00");
  }

  @Test
  void monthly_badInput_isRejectedWithItsCode() {
    Result tooMany = A4jTest.run("levy", "monthly", "--tax-year", "2025", "--pay-bill", "1,1,1,1,1,1,1,1,1,1,1,1,1");
    assertThat(tooMany.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(lines(tooMany).get(0).get("rejected").get(0).get("code").asString()).isEqualTo("levy.months.range");
    Result pence = A4jTest.run("levy", "monthly", "--tax-year", "2025", "--pay-bill", "100.001");
    assertThat(lines(pence).get(0).get("rejected").get(0).get("code").asString()).isEqualTo("funding.amount.scale");
    assertThat(A4jTest.run("levy", "monthly", "--pay-bill", "1").exitCode()).isEqualTo(2);
  }

  @Test
  void forecast_levyPayerWhoseFundsRunOutMidway() throws IOException {
    Path file = dir.resolve("levy.json");
    try (InputStream in = LevyCommandTest.class.getResourceAsStream("/funding-input/seed-case.json")) {
      JsonNode seed = MAPPER.readTree(in);
      Files.writeString(file, MAPPER.writeValueAsString(seed.get(0)).replace("\"levyPayer\":false",
          "\"levyPayer\":true"));
    }

    Result result = A4jTest.run("levy", "forecast", file.toString(), "--from", "2025-09", "--to", "2027-08",
        "--funds-in", "2025-09=5000");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    List<JsonNode> months = lines(result);
    assertThat(months).hasSize(24);
    JsonNode march = months.get(6);
    assertThat(march.get("month").asString()).isEqualTo("2026-03");
    assertThat(march.get("levyUsed").asString()).isEqualTo("600.02");
    assertThat(march.get("governmentCoInvestment").asString()).isEqualTo("126.64");
    assertThat(march.get("employerCoInvestment").asString()).isEqualTo("6.67");
    assertThat(march.get("balance").asString()).isEqualTo("0.00");
    assertThat(months.get(0).get("fundsIn").asString()).isEqualTo("5000.00");
  }

  @Test
  void forecast_monthlyFunds_andExpiry_andBadArguments() throws IOException {
    Path empty = Files.writeString(dir.resolve("none.json"), "[]");
    Result result = A4jTest.run("levy", "forecast", empty.toString(), "--from", "2024-04", "--to", "2026-05",
        "--monthly-funds", "100");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    List<JsonNode> months = lines(result);
    assertThat(months.get(23).get("balance").asString()).isEqualTo("2400.00");
    assertThat(months.get(24).get("expired").asString()).isEqualTo("100.00");

    assertThat(A4jTest.run("levy", "forecast", empty.toString(), "--from", "April", "--to", "2026-05").exitCode())
        .isEqualTo(A4j.UNREADABLE);
    assertThat(A4jTest.run("levy", "forecast", dir.resolve("missing.json").toString(), "--from", "2024-04",
        "--to", "2026-05").exitCode()).isEqualTo(A4j.UNREADABLE);
  }

  @Test
  void forecast_fundsOutFromTheStatement_areTakenAsPaid_andAnOverspendIsRejected() throws IOException {
    Path empty = Files.writeString(dir.resolve("none.json"), "[]");
    Result result = A4jTest.run("levy", "forecast", empty.toString(), "--from", "2026-05", "--to", "2026-06",
        "--funds-in", "2026-05=1000", "--funds-out", "2026-05=900", "--funds-out", "2026-06=-200");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    List<JsonNode> months = lines(result);
    assertThat(months.get(0).get("levyUsed").asString()).isEqualTo("900.00");
    assertThat(months.get(1).get("levyUsed").asString()).isEqualTo("-200.00");
    assertThat(months.get(1).get("balance").asString()).isEqualTo("300.00");

    Result overspent = A4jTest.run("levy", "forecast", empty.toString(), "--from", "2026-05", "--to", "2026-06",
        "--funds-in", "2026-05=1000", "--funds-out", "2026-06=1000.01");
    assertThat(overspent.exitCode()).isEqualTo(A4j.ERRORS);
    JsonNode issue = lines(overspent).get(0).get("rejected").get(0);
    assertThat(issue.get("code").asString()).isEqualTo("levy.ledger.overspent");
    assertThat(result.out()).contains("\"transfersOut\":\"0.00\"");
  }

  /**
   * The sender's allowance for 2025-26 is half the 12,000 that entered for 2024-25, less the 1,000 it transferred in
   * May 2025; 2026-27 has none, nothing having entered for 2025-26.
   */
  @Test
  void forecast_transfersPayTheReceiversApprenticeship_untilTheAllowanceRunsOut() throws IOException {
    Path empty = Files.writeString(dir.resolve("none.json"), "[]");
    Path receiver = dir.resolve("receiver.json");
    try (InputStream in = LevyCommandTest.class.getResourceAsStream("/funding-input/seed-case.json")) {
      Files.writeString(receiver, "[" + MAPPER.writeValueAsString(MAPPER.readTree(in).get(0)) + "]");
    }
    List<String> args = new java.util.ArrayList<>(List.of("levy", "forecast", empty.toString(), "--from", "2025-09",
        "--to", "2026-04", "--transfers", receiver.toString(), "--transfers-out", "2025-05=1000"));
    for (int month = 5; month <= 16; month++) {
      args.add("--funds-in");
      args.add(java.time.YearMonth.of(2024, 1).plusMonths(month - 1L) + "=1000");
    }
    Result result = A4jTest.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    List<JsonNode> months = lines(result);
    assertThat(months.get(0).get("transfersOut").asString()).isEqualTo("733.33");
    assertThat(months.get(0).get("governmentCoInvestment").asString()).isEqualTo("0.00");
    assertThat(months.get(7).get("month").asString()).isEqualTo("2026-04");
    assertThat(months.get(7).get("transfersOut").asString()).isEqualTo("0.00");
    assertThat(months.get(7).get("transfersUnfunded").asString()).isEqualTo("733.33");
    java.math.BigDecimal sent = months.stream().map(m -> new java.math.BigDecimal(m.get("transfersOut").asString()))
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    assertThat(sent).isEqualByComparingTo("5000.00");
    assertThat(months.get(6).get("transfersUnfunded").asString()).isEqualTo("133.31");
  }

  @Test
  void forecast_ledgerCsv_givesTheStatementsExpiry_andARejectedRowStopsTheForecast() throws IOException {
    Path empty = Files.writeString(dir.resolve("none.json"), "[]");
    Path ledger = Files.writeString(dir.resolve("ledger.csv"), "Month,FundsIn,FundsOut,TransfersOut\n"
        + "2024-05,1000.00,,\n2024-06,,400.00,\n2024-07,,-50,\n");
    Result result = A4jTest.run("levy", "forecast", empty.toString(), "--from", "2026-04", "--to", "2026-05",
        "--ledger", ledger.toString(), "--funds-in", "2026-04=10");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    List<JsonNode> months = lines(result);
    assertThat(months.get(0).get("balance").asString()).isEqualTo("660.00");
    assertThat(months.get(1).get("expired").asString()).isEqualTo("650.00");
    assertThat(months.get(1).get("balance").asString()).isEqualTo("10.00");

    Path bad = Files.writeString(dir.resolve("bad.csv"), "Month,FundsIn,FundsOut,TransfersOut\nMay 2024,1,,\n");
    Result rejected = A4jTest.run("levy", "forecast", empty.toString(), "--from", "2026-04", "--to", "2026-05",
        "--ledger", bad.toString());
    assertThat(rejected.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(rejected.err()).contains("csv.date.format").contains("no forecast");
    assertThat(rejected.out()).isEmpty();
    assertThat(A4jTest.run("levy", "forecast", empty.toString(), "--from", "2026-04", "--to", "2026-05",
        "--ledger", dir.resolve("missing.csv").toString()).exitCode()).isEqualTo(A4j.UNREADABLE);
    Path noColumns = Files.writeString(dir.resolve("columns.csv"), "Month,FundsIn\n2024-05,1\n");
    Result stopped = A4jTest.run("levy", "forecast", empty.toString(), "--from", "2026-04", "--to", "2026-05",
        "--ledger", noColumns.toString());
    assertThat(stopped.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(stopped.err()).contains("csv.header.missing-column");
  }

  @Test
  void forecast_takesCapsFromTheStandardsGiven() throws IOException {
    Path file = dir.resolve("national-standards.json");
    try (InputStream in = LevyCommandTest.class.getResourceAsStream("/funding-input/national-standards.json")) {
      Files.copy(in, file);
    }

    Result result = A4jTest.run("levy", "forecast", file.toString(), "--from", "2022-09", "--to", "2022-09",
        "--funds-in", "2022-08=1000", "--standards", FundingCommandTest.NATIONAL.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    JsonNode september = lines(result).get(0);
    assertThat(september.get("month").asString()).isEqualTo("2022-09");
    assertThat(september.get("levyUsed").asString())
        .as("ST0119 v1.1: the first of 36 instalments of 20,000, 80%% of its 25,000 cap (27,000 would give 600.00)")
        .isEqualTo("555.55");
    assertThat(A4jTest.run("levy", "forecast", file.toString(), "--from", "2022-09", "--to", "2022-09").exitCode())
        .isEqualTo(A4j.ERRORS);
  }
}

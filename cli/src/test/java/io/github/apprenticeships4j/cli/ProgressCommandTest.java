package io.github.apprenticeships4j.cli;

import static io.github.apprenticeships4j.cli.A4jTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;

import io.github.apprenticeships4j.core.progress.ProgressCodes;
import io.github.apprenticeships4j.formats.ReadCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code a4j progress check} on the examples' bundled ST1398 apprentice and cohort (constructed data). */
class ProgressCommandTest {
  @TempDir
  Path dir;

  /** A copy of the examples' bundled progress file {@code name} in the test's folder. */
  Path bundled(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = ProgressCommandTest.class.getResourceAsStream("/progress/" + name)) {
      assertThat(in).as(name).isNotNull();
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void oneApprentice_printsCoverageHoursAndBlockers_withoutACohortSummary_exit1() throws IOException {
    Result result = run("progress", "check", bundled("st1398-apprentice.json").toString(), "--today", "2027-06-01");
    List<String> lines = result.out().lines().toList();

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(lines.get(0)).isEqualTo("A002: ST1398_1.0 Machine learning engineer, on 2027-06-01: not ready for the"
        + " gateway, 48 blockers");
    assertThat(result.out()).contains("  KSB coverage: 24 of 70 (34%); knowledge 12 of 31 (38%), skills 9 of 34 (26%),"
        + " behaviours 3 of 5 (60%)")
        .contains("418 required (the standard's published minimum), 270 logged, 148 still needed")
        .contains("planned end 2027-11-30 (moved on by breaks in learning): 5.67 hours a week needed")
        .contains("Latest end-point assessment: 2028-03-31")
        .contains("progress.gateway.requirement-not-met gatewayRequirements[0] [portfolio]")
        .doesNotContain("Cohort:");
    assertThat(result.err()).contains("st1398-apprentice.json: 1 read, 1 accepted, 0 rejected");
  }

  @Test
  void aCohort_endsWithItsSummary() throws IOException {
    Result result = run("progress", "check", bundled("st1398-cohort.json").toString(), "--today", "2027-06-01");

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.out()).contains("A001: ST1398_1.0 Machine learning engineer, on 2027-06-01: ready for the "
        + "gateway").contains("A003: ").contains("progress.english.missing englishAndMaths.englishLevel [1]");
    assertThat(result.out().lines().toList()).endsWith(
        "Cohort: 5 apprentices, 1 ready for the gateway, 4 blocked",
        "  progress.english.missing: 1 (A003)",
        "  progress.gateway.requirement-not-met: 2 (A002, A005)",
        "  progress.ksb.no-evidence: 2 (A002, A005)",
        "  progress.off-the-job.short: 3 (A002, A004, A005)",
        "  KSBs without evidence in total: 109",
        "  Off-the-job hours short in total: 402");
  }

  @Test
  void json_isOneObject_ofAStableShape_withTheFiguresOfEachApprentice() throws IOException {
    Result result = run("progress", "check", bundled("st1398-cohort.json").toString(), "--today", "2027-06-01",
        "--format", "json");
    JsonNode json = result.json();

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(names(json)).containsExactly("file", "today", "read", "readFindings", "standardNotFound",
        "apprentices", "summary");
    assertThat(json.get("today").asString()).isEqualTo("2027-06-01");
    assertThat(names(json.get("read"))).containsExactly("read", "accepted", "rejected");
    assertThat(json.get("read").get("accepted").asInt()).isEqualTo(5);
    JsonNode a002 = json.get("apprentices").get(1);
    assertThat(names(a002)).containsExactly("apprenticeId", "standard", "title", "option", "ready", "coverage",
        "hours", "englishAndMathsLevelRequired", "latestAssessmentDate", "blockers", "warnings");
    assertThat(a002.get("apprenticeId").asString()).isEqualTo("A002");
    assertThat(a002.get("ready").asBoolean()).isFalse();
    assertThat(a002.get("coverage").get("overall").get("evidenced").asInt()).isEqualTo(24);
    assertThat(a002.get("coverage").get("overall").get("required").asInt()).isEqualTo(70);
    assertThat(names(a002.get("coverage").get("byKind"))).containsExactly("knowledge", "skill", "behaviour");
    assertThat(a002.get("coverage").get("byDuty")).hasSize(9);
    assertThat(names(a002.get("coverage").get("byDuty").get(0))).containsExactly("dutyId", "duty", "core",
        "required", "evidenced", "percent", "missing");
    JsonNode hours = a002.get("hours");
    assertThat(hours.get("basis").asString()).isEqualTo("published-minimum");
    assertThat(hours.get("required").asString()).isEqualTo("418");
    assertThat(hours.get("logged").asString()).isEqualTo("270");
    assertThat(hours.get("stillNeeded").asString()).isEqualTo("148");
    assertThat(hours.get("weeklyRateNeeded").asString()).isEqualTo("5.67");
    assertThat(hours.get("plannedEndAfterBreaks").asString()).isEqualTo("2027-11-30");
    assertThat(a002.get("latestAssessmentDate").asString()).isEqualTo("2028-03-31");
    assertThat(a002.get("englishAndMathsLevelRequired").isNull()).isTrue();
    assertThat(a002.get("blockers")).hasSize(48);
    assertThat(names(a002.get("blockers").get(0))).containsExactly("severity", "code", "path", "value", "message");
    assertThat(codes(a002.get("blockers"))).contains(ProgressCodes.OFF_THE_JOB_SHORT,
        ProgressCodes.GATEWAY_REQUIREMENT_NOT_MET);
    assertThat(json.get("apprentices").get(0).get("ready").asBoolean()).isTrue();
    assertThat(json.get("apprentices").get(2).get("englishAndMathsLevelRequired").asInt()).isEqualTo(2);
    assertThat(codes(json.get("apprentices").get(4).get("warnings")))
        .containsExactly(ProgressCodes.EVIDENCE_KSB_UNKNOWN);
    JsonNode summary = json.get("summary");
    assertThat(summary.get("apprentices").asInt()).isEqualTo(5);
    assertThat(summary.get("ready").asInt()).isEqualTo(1);
    assertThat(summary.get("blocked").asInt()).isEqualTo(4);
    assertThat(summary.get("notChecked").asInt()).isZero();
    assertThat(summary.get("ksbsWithoutEvidence").asInt()).isEqualTo(109);
    assertThat(summary.get("hoursShort").asString()).isEqualTo("402");
    assertThat(names(summary.get("blockedBy"))).containsExactly(ProgressCodes.ENGLISH_MISSING,
        ProgressCodes.GATEWAY_REQUIREMENT_NOT_MET, ProgressCodes.KSB_NO_EVIDENCE, ProgressCodes.OFF_THE_JOB_SHORT);
  }

  @Test
  void anApprenticeReadyForTheGateway_exits0() throws IOException {
    Path cohort = bundled("st1398-cohort.json");
    String text = Files.readString(cohort);
    Path first = Files.writeString(dir.resolve("a001.json"), text.substring(0, text.indexOf("\n    },") + 6)
        + "\n  ]\n}\n", StandardCharsets.UTF_8);
    Result result = run("progress", "check", first.toString(), "--today", "2027-06-01");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out()).startsWith("A001: ST1398_1.0 Machine learning engineer, on 2027-06-01: ready for the "
        + "gateway").contains("Latest end-point assessment: 2027-10-31").doesNotContain("Gateway blockers");
  }

  @Test
  void aRejectedApprentice_isReportedOnStandardError_theOthersAreChecked_exit1() throws IOException {
    Path cohort = bundled("st1398-cohort.json");
    Path bad = Files.writeString(dir.resolve("bad.json"), Files.readString(cohort)
        .replaceFirst("\"startDate\": \"2025-09-01\"", "\"startDate\": \"2025-09-31\""), StandardCharsets.UTF_8);
    Result text = run("progress", "check", bad.toString(), "--today", "2027-06-01");
    Result json = run("progress", "check", bad.toString(), "--today", "2027-06-01", "--format", "json");

    assertThat(text.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(text.err()).contains(ReadCodes.PROGRESS_JSON_DATE_FORMAT + " apprentices[0].startDate")
        .contains("5 read, 4 accepted, 1 rejected");
    assertThat(text.out()).doesNotContain("A001:").contains("A002:")
        .contains("Cohort: 5 apprentices, 0 ready for the gateway, 4 blocked, 1 not checked");
    assertThat(codes(json.json().get("readFindings"))).containsExactly(ReadCodes.PROGRESS_JSON_DATE_FORMAT);
    assertThat(names(json.json().get("readFindings").get(0))).containsExactly("severity", "code", "path", "value",
        "message", "source", "line", "column", "record");
    assertThat(json.json().get("readFindings").get(0).get("record").asInt()).isEqualTo(1);
  }

  @Test
  void aCohortOfTwo_ofWhichOneIsRejected_stillEndsWithTheSummaryOfTheOther() throws IOException {
    String cohort = Files.readString(bundled("st1398-cohort.json"));
    String two = cohort.substring(0, cohort.indexOf("\n    },") + 6) + ",\n    {\"apprenticeId\": \"A009\"}\n  ]\n}\n";
    Result result = run("progress", "check", Files.writeString(dir.resolve("two.json"), two).toString(), "--today",
        "2027-06-01");

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.out()).contains("Cohort: 2 apprentices, 1 ready for the gateway, 0 blocked, 1 not checked");
    assertThat(result.err()).contains("2 read, 1 accepted, 1 rejected");
  }

  @Test
  void anEmptyCohort_isNothingFound_exit1() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.json"), "{\"format\": \"apprenticeships4j-progress/1\", "
        + "\"apprentices\": []}", StandardCharsets.UTF_8);
    Result result = run("progress", "check", empty.toString(), "--today", "2027-06-01");

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("a4j: no apprentice in " + empty).contains("0 read, 0 accepted, 0 rejected");
  }

  @Test
  void anApprenticeOnAStandardNotInTheCatalogue_isSaid_exit1() throws IOException {
    Path other = Files.writeString(dir.resolve("other.json"), Files.readString(bundled("st1398-apprentice.json"))
        .replace("\"ST1398\"", "\"ST9999\""), StandardCharsets.UTF_8);
    Result result = run("progress", "check", other.toString(), "--today", "2027-06-01", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.err()).contains("a4j: A002: no standard ST9999 version 1.0 in the bundled Digital route");
    assertThat(result.json().get("standardNotFound").get(0).asString()).isEqualTo("A002");
    assertThat(result.json().get("apprentices")).isEmpty();
  }

  @Test
  void aMissingFile_brokenJson_aBadDate_andOtherStandards_areUsageOrReadErrors() throws IOException {
    Path apprentice = bundled("st1398-apprentice.json");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"apprentices\": [", StandardCharsets.UTF_8);
    Path noStandards = Files.writeString(dir.resolve("standards.json"), "[{", StandardCharsets.UTF_8);

    assertThat(run("progress", "check", dir.resolve("missing.json").toString()).exitCode())
        .isEqualTo(A4j.UNREADABLE);
    Result syntax = run("progress", "check", broken.toString());
    assertThat(syntax.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(syntax.err()).contains(ReadCodes.PROGRESS_JSON_SYNTAX);
    assertThat(run("progress", "check", apprentice.toString(), "--today", "1 June").exitCode())
        .isEqualTo(A4j.UNREADABLE);
    assertThat(run("progress", "check", apprentice.toString(), "--standards", noStandards.toString()).exitCode())
        .isEqualTo(A4j.UNREADABLE);
  }

  @Test
  void anEvidenceLog_addsItsItemsToTheMatchingApprentices_beforeTheCheck() throws IOException {
    Path cohort = bundled("st1398-cohort.json");
    Path log = bundled("st1398-cohort-evidence.csv");
    JsonNode without = run("progress", "check", cohort.toString(), "--today", "2027-06-01", "--format", "json")
        .json();
    Result result = run("progress", "check", cohort.toString(), "--today", "2027-06-01", "--format", "json",
        "--evidence", log.toString());
    JsonNode with = result.json();

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(names(with)).containsExactly("file", "today", "read", "readFindings", "evidence", "standardNotFound",
        "apprentices", "summary");
    assertThat(with.get("evidence").get("read").get("accepted").asInt()).isEqualTo(28);
    assertThat(with.get("evidence").get("unmatched")).isEmpty();
    assertThat(without.get("summary").get("ksbsWithoutEvidence").asInt()).isEqualTo(109);
    assertThat(with.get("summary").get("ksbsWithoutEvidence").asInt()).isEqualTo(101);
    assertThat(with.get("apprentices").get(1).get("coverage").get("overall").get("evidenced").asInt())
        .isGreaterThan(without.get("apprentices").get(1).get("coverage").get("overall").get("evidenced").asInt());
  }

  @Test
  void anEvidenceLog_withABadRow_orItemsOfNoApprentice_isSaid_andExits1() throws IOException {
    Path cohort = bundled("st1398-cohort.json");
    Path first = Files.writeString(dir.resolve("a001.json"), Files.readString(cohort).substring(0,
        Files.readString(cohort).indexOf("\n    },") + 6) + "\n  ]\n}\n", StandardCharsets.UTF_8);
    Path log = Files.writeString(dir.resolve("log.csv"), "ApprenticeId,StandardReference,KsbCode,Evidence,Date,"
        + "ConfirmedBy\nA001,ST1398,K1,Report,2026-03-02,Tutor\nA001,ST1398,Q1,Report,2026-03-02,Tutor\n"
        + "A077,ST1398,K2,Report,2026-03-02,Tutor\n", StandardCharsets.UTF_8);
    Result result = run("progress", "check", first.toString(), "--today", "2027-06-01", "--evidence",
        log.toString());

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.out()).contains("A001: ST1398_1.0 Machine learning engineer, on 2027-06-01: ready");
    assertThat(result.err()).contains(ReadCodes.EVIDENCE_CSV_KSB_CODE_FORMAT)
        .contains("a4j: the evidence log has items of A077 ST1398, which is not in " + first)
        .contains("log.csv: 3 read, 2 accepted, 1 rejected");
    assertThat(run("progress", "check", first.toString(), "--evidence", dir.resolve("none.csv").toString())
        .exitCode()).isEqualTo(A4j.UNREADABLE);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  private static List<String> codes(JsonNode findings) {
    return StreamSupport.stream(findings.spliterator(), false).map(f -> f.get("code").asString()).toList();
  }
}

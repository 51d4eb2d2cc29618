package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class A4jTest {
  @TempDir
  Path dir;

  /** What a run of a4j gave: its exit code, standard output and standard error. */
  record Result(int exitCode, String out, String err) {
    /** Standard output as the one JSON line that {@code --format json} prints. */
    JsonNode json() {
      assertThat(out.lines().count()).as(out).isEqualTo(1);
      return JsonMapper.builder().build().readTree(out);
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = A4j.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  Path bundledCopy(boolean gzip) throws IOException {
    Path file = dir.resolve(gzip ? "digital.json.gz" : "digital.json");
    try (InputStream in = A4jTest.class.getResourceAsStream(StandardsCommand.BUNDLED)) {
      byte[] bytes = in.readAllBytes();
      if (gzip) {
        try (GZIPOutputStream zip = new GZIPOutputStream(Files.newOutputStream(file))) {
          zip.write(bytes);
        }
      } else {
        Files.write(file, bytes);
      }
    }
    return file;
  }

  @Test
  void standardsShow_printsTheStandard_fromTheBundledData() {
    Result result = run("standards", "show", "st1398", "--standard-version", "1.0");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.out()).startsWith("ST1398 Machine learning engineer (version 1.0, LARS code 795)")
        .contains("KSBs: 31 knowledge, 34 skills, 5 behaviours")
        .contains("  Minimum off-the-job training: 418 hours; end-point assessment period: 4 months\n")
        .contains("  Pathway: Digital Business Services; cluster: Business information professional (233)\n")
        .contains("  Sector subject areas: 6 Digital Technology; 6.1 Digital technology (practitioners); "
            + "occupation code: OCC1398\n")
        .contains("  Professional recognition: BCS, The Chartered Institute for IT, Advanced RITTech (full)\n")
        .contains("  Qualifications: none\n")
        .contains("  Regulated: no\n")
        .contains("  Green job titles: none\n")
        .contains("  Change: Approved for delivery (2026-06-09)\n")
        .contains("  Standard page: https://skillsengland.education.gov.uk/apprenticeships/st1398-v1-0\n")
        .contains("  Assessment plan: https://skillsengland.education.gov.uk/apprenticeships/st1398-v1-0?view=epa\n");
  }

  @Test
  void standardsShow_listsQualificationsAndGreenJobTitles() {
    Result dts = run("standards", "show", "ST0119", "--standard-version", "1.2");
    Result repair = run("standards", "show", "ST0682", "--standard-version", "1.0");

    assertThat(dts.exitCode()).isEqualTo(A4j.OK);
    assertThat(dts.out())
        .contains("  Qualifications: Digital and Technology Solutions Professional, level 6 (integrated degree)\n");
    assertThat(repair.out()).contains(
        "  Green job titles: Digital device refurbishment technician; Mobile device repair"
            + " technician; Mobile phone repair technician; Smartphone device repair technician\n");
  }

  @Test
  void standardsShow_saysWhatTheRecordDoesNotGive() {
    Result result = run("standards", "show", "ST1398", "--standard-version", "0.0");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.out())
        .contains("  Minimum off-the-job training: not given; end-point assessment period: not given\n")
        .contains("  Sector subject areas: not given; not given; occupation code: OCC1398\n")
        .contains("  Professional recognition: none\n")
        .contains("  Change: not given\n");
  }

  @Test
  void standardsShowWithoutVersion_takesTheVersionApprovedForDeliveryOnTheDate_andSaysWhy() {
    Result result = run("standards", "show", "ST1398", "--on", "2026-09-15");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.out().lines()).startsWith("Version for starts on 2026-09-15: ST1398 1.0 (approved for delivery;"
        + " starts from 2024-12-18 to 2026-12-10; newer version 2.0 is In development)",
        "ST1398 Machine learning engineer (version 1.0, LARS code 795)");
    assertThat(run("standards", "show", "ST0795", "--on", "2021-01-01").out()).startsWith(
        "Version for starts on 2021-01-01: ST0795 1.0 (retired; starts from 2020-07-10 to 2025-08-19; newer versions"
            + " 1.1 (Approved for delivery), 2.0 (In development))");
    assertThat(run("standards", "show", "ST0795", "--on", "2026-09-15").out())
        .contains("ST0795 Data technician (version 1.1");
  }

  @Test
  void standardsShow_whenNoVersionTakesStartsOnTheDate_usesTheLatestApproved_andSaysSo() {
    Result result = run("standards", "show", "ST1398", "--on", "2027-01-04");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.out()).startsWith("No version of ST1398 takes starts on 2027-01-04; using the latest approved:"
        + " ST1398 1.0 (approved for delivery; starts from 2024-12-18 to 2026-12-10; newer version 2.0 is In"
        + " development)");
  }

  @Test
  void standardsShow_unknownStandardExitsOne_andMalformedInputExitsTwo() {
    Result unknown = run("standards", "show", "ST9999", "--on", "2026-09-15");
    assertThat(unknown.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(unknown.err()).contains("a4j: no ST9999 in the input");
    Result noSuchVersion = run("standards", "show", "ST1398", "--standard-version", "3.0");
    assertThat(noSuchVersion.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(noSuchVersion.err()).contains("a4j: no ST1398 version 3.0 in the input; its versions: 0.0, 1.0, 2.0");
    assertThat(run("standards", "show", "nonsense").exitCode()).isEqualTo(A4j.UNREADABLE);
    Result badDate = run("standards", "show", "ST1398", "--on", "15/09/2026");
    assertThat(badDate.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(badDate.err()).contains("a4j: --on must be a date written yyyy-mm-dd: 15/09/2026");
    Result both = run("standards", "show", "ST1398", "--on", "2026-09-15", "--standard-version", "1.0");
    assertThat(both.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(both.err()).contains("--standard-version and --on cannot be used together")
        .contains("Try 'a4j standards show --help' for more information.");
    assertThat(run("standards", "show", "ST1398", "--file", dir.resolve("none.json").toString()).exitCode())
        .isEqualTo(A4j.UNREADABLE);
  }

  /** Issue 11: a gzip file holding only a header was reported with a message ending in "null". */
  @Test
  void standardsShow_gzipFileHoldingOnlyAHeader_isUnreadable_withAMessageSayingWhy() throws IOException {
    Path header = dir.resolve("header.json.gz");
    Files.write(header, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});

    Result result = run("standards", "show", "ST1398", "--file", header.toString());

    assertThat(result.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(result.err()).contains("cannot read " + header + ", a gzip stream: ").doesNotContain("null");
    assertThat(A4j.describe(new java.io.EOFException())).isEqualTo("the file ends too early");
  }

  @Test
  void standardsValidate_printsOneJsonObjectPerFinding_andExitsOneOnErrors() throws IOException {
    Result result = run("standards", "validate", bundledCopy(true).toString(), "--json");

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    JsonMapper mapper = JsonMapper.builder().build();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode finding = mapper.readTree(line);
      assertThat(finding.has("severity") && finding.has("code") && finding.has("reference")
          && finding.has("version") && finding.has("path") && finding.has("message")).isTrue();
    }
    JsonNode option = lines.stream().map(mapper::readTree)
        .filter(n -> n.get("code").asString().equals("standard.duty.option-unresolved")).findFirst().orElseThrow();
    assertThat(option.get("reference").asString()).isEqualTo("ST0763");
    assertThat(option.get("version").asString()).isEqualTo("1.0");
    assertThat(option.get("path").asString()).startsWith("duties[");
  }

  @Test
  void standardsValidate_asText_andExitCodes() throws IOException {
    Path good = dir.resolve("good.json");
    Files.writeString(good, "{\"referenceNumber\":\"ST0001\",\"version\":\"1.0\",\"title\":\"A\",\"level\":3,"
        + "\"route\":\"Digital\",\"status\":\"In development\",\"earliestStartDate\":\"2024-01-01T00:00:00\"}",
        StandardCharsets.UTF_8);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[{\"referenceNumber\":", StandardCharsets.UTF_8);

    Result ok = run("standards", "validate", good.toString());
    assertThat(ok.exitCode()).as(ok.out()).isEqualTo(A4j.OK);
    assertThat(ok.out()).contains("WARNING standard.first-version.not-approved ST0001_1.0 status");

    assertThat(run("standards", "validate", broken.toString()).exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(run("standards", "validate", dir.resolve("missing.json").toString()).exitCode())
        .isEqualTo(A4j.UNREADABLE);
    assertThat(run("standards", "validate", bundledCopy(false).toString()).exitCode()).isEqualTo(A4j.ERRORS);
  }
}

package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code a4j feed validate} on the bundled sample feeds, checked on 2026-09-15 against the bundled Digital route. */
class FeedCommandTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  Path sample(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = FeedCommandTest.class.getResourceAsStream("/provider-feed/" + name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  static Result validate(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of("feed", "validate", file.toString(), "--today", "2026-09-15"));
    args.addAll(List.of(options));
    return A4jTest.run(args.toArray(String[]::new));
  }

  @Test
  void validSample_exitsWith0_andSaysSo() throws IOException {
    Result result = validate(sample("sample-feed.csv"));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out()).doesNotContain("ERROR", "WARNING")
        .contains("12 read, 12 accepted, 0 rejected: valid");
    assertThat(result.err()).contains("sample-feed.csv: 12 read, 12 accepted, 0 rejected; valid");
  }

  @Test
  void sampleWithErrors_exitsWith1_withEachRowsRule() throws IOException {
    Result result = validate(sample("sample-feed-with-errors.csv"));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.ERRORS);
    assertThat(result.out())
        .contains("row 2 (line 3): rejected",
            "  ERROR ULN.CHECK_DIGIT ULN (column 9): The <b>unique learner number</b> of 1272117936 isn't valid",
            "ERROR START_DATE.FORMAT StartDate", "ERROR END_DATE.FORMAT EndDate",
            "ERROR TOTAL_PRICE.FORMAT TotalPrice", "ERROR ULN.DUPLICATE_IN_FILE ULN", "ERROR DOB.MIN_AGE DateOfBirth",
            "ERROR RPL.NOT_BOOLEAN RecognisePriorLearning", "ERROR RPL.REQUIRED RecognisePriorLearning",
            "row 9 (line 10): accepted with warnings", "WARNING feed.price.above-cap TotalPrice",
            "9 read, 2 accepted, 7 rejected: invalid");
    assertThat(result.err()).contains("9 read, 2 accepted, 7 rejected; invalid");
  }

  Path windows1252() throws IOException {
    Path file = dir.resolve("feed-windows-1252.csv");
    try (InputStream in = FeedCommandTest.class.getResourceAsStream(
        "/provider-feed-encodings/sample-feed-windows-1252.csv")) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  @Test
  void aWindows1252File_isCheckedRowByRow_withWarningsAndAdviceOnTheCharset() throws IOException {
    Result result = validate(windows1252());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.ERRORS);
    assertThat(result.out()).contains("WARNING feed-csv.encoding.replaced GivenNames", "0xEB",
        "feed-csv.encoding.guess", "--charset windows-1252", "5 read, 4 accepted, 1 rejected: invalid");
  }

  @Test
  void charsetOption_readsAWindows1252FileCleanly() throws IOException {
    Result result = validate(windows1252(), "--charset", "windows-1252");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.ERRORS);
    assertThat(result.out()).doesNotContain("feed-csv.encoding").contains("ERROR ULN.CHECK_DIGIT",
        "5 read, 4 accepted, 1 rejected: invalid");
  }

  @Test
  void charsetOption_refusesAnUnknownCharset() throws IOException {
    Result result = validate(windows1252(), "--charset", "no-such-charset");

    assertThat(result.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(result.err()).contains("--charset");
  }

  @Test
  void json_isTheReportOfEveryRow() throws IOException {
    Result result = validate(sample("sample-feed-with-errors.csv"), "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.ERRORS);
    JsonNode json = MAPPER.readTree(result.out());
    assertThat(json.get("outcome").asString()).isEqualTo("invalid");
    assertThat(json.get("rows")).hasSize(9);
    List<String> rules = new ArrayList<>();
    json.get("rows").forEach(r -> r.get("errors").forEach(e -> rules.add(e.get("rule").asString())));
    assertThat(rules).containsExactly("ULN.CHECK_DIGIT", "START_DATE.FORMAT", "END_DATE.FORMAT",
        "TOTAL_PRICE.FORMAT", "ULN.DUPLICATE_IN_FILE", "DOB.MIN_AGE", "RPL.NOT_BOOLEAN", "RPL.REQUIRED");
    JsonNode uln = json.get("rows").get(1);
    assertThat(uln.get("line").asLong()).isEqualTo(3);
    assertThat(uln.get("row").asLong()).isEqualTo(2);
    assertThat(uln.get("valid").asBoolean()).isFalse();
    assertThat(uln.get("errors").get(0).get("field").asString()).isEqualTo("ULN");
    JsonNode summary = json.get("summary");
    assertThat(summary.get("read").asLong()).isEqualTo(9)
        .isEqualTo(summary.get("accepted").asLong() + summary.get("rejected").asLong());
    assertThat(summary.get("rejected").asLong()).isEqualTo(7);
  }

  @Test
  void csv_oneLinePerFinding() throws IOException {
    Result result = validate(sample("sample-feed-with-errors.csv"), "--format", "csv");

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("line,row,valid,severity,rule,field,column,message,value");
    assertThat(lines).contains("2,1,true,,,,,,",
        "3,2,false,ERROR,ULN.CHECK_DIGIT,ULN,9,The <b>unique learner number</b> of 1272117936 isn't valid,");
    // the header, the valid row, 9 findings on the 7 rejected rows, the warning on the last row
    assertThat(lines).hasSize(1 + 1 + 9 + 1);
    assertThat(lines.get(11)).startsWith("10,9,true,WARNING,feed.price.above-cap,TotalPrice,97,");
  }

  @Test
  void knownAgreements_rejectTheOthers() throws IOException {
    Result result = validate(sample("sample-feed.csv"), "--agreements", "XEGE5X,V7YK9P", "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.ERRORS);
    JsonNode json = MAPPER.readTree(result.out());
    List<String> rules = new ArrayList<>();
    json.get("rows").forEach(r -> r.get("errors").forEach(e -> rules.add(e.get("rule").asString())));
    assertThat(rules).hasSize(4).containsOnly("AGREEMENT_ID.INVALID");
    assertThat(json.get("summary").get("rejected").asLong()).isEqualTo(4);
  }

  @Test
  void longEmailAddresses_rejectTheirRows_andTheReadGoesOn() throws IOException {
    String feed = Files.readString(sample("sample-feed.csv"), StandardCharsets.UTF_8);
    for (String address : List.of("k" + ".n".repeat(2_000) + "@example.com", "\u00e9".repeat(9_000) + "@example.com",
        "kasia@" + "example.".repeat(1_000) + "com")) {
      Path file = Files.writeString(dir.resolve("long-email.csv"), feed.replace("kasia.nowak@example.com", address),
          StandardCharsets.UTF_8);

      Result result = validate(file);

      assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.ERRORS);
      assertThat(result.out()).doesNotContain("read.unexpected").contains("row 2 (line 3): rejected",
          "ERROR EMAIL.TOO_LONG EmailAddress", "12 read, 11 accepted, 1 rejected: invalid");
    }
  }

  @Test
  void unusableInputs_exitWith2() throws IOException {
    Path header = Files.writeString(dir.resolve("bad.csv"), "Name,Email\nA,b\n", StandardCharsets.UTF_8);
    Result badHeader = validate(header);
    assertThat(badHeader.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(badHeader.out()).contains("FATAL FILE.HEADER_INVALID");
    assertThat(badHeader.err()).contains("stopped");

    assertThat(validate(dir.resolve("missing.csv")).exitCode()).isEqualTo(A4j.UNREADABLE);
    Result badDate = A4jTest.run("feed", "validate", sample("sample-feed.csv").toString(), "--today", "15/09/2026");
    assertThat(badDate.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(badDate.err()).contains("--today");
    Path notStandards = Files.writeString(dir.resolve("standards.json"), "[{", StandardCharsets.UTF_8);
    assertThat(validate(sample("sample-feed.csv"), "--standards", notStandards.toString()).exitCode())
        .isEqualTo(A4j.UNREADABLE);
  }

  @Test
  void largeFiles_reportProgressOnStandardError() throws IOException {
    List<String> lines = Files.readAllLines(sample("sample-feed.csv"), StandardCharsets.UTF_8);
    StringBuilder feed = new StringBuilder(lines.get(0)).append("\r\n");
    for (int i = 0; i < 20_000; i++) {
      feed.append(lines.get(1 + i % 12)).append("\r\n");
    }
    Path big = Files.writeString(dir.resolve("big.csv"), feed, StandardCharsets.UTF_8);

    Result result = validate(big, "--format", "csv");

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.err()).contains("a4j: 10000 rows read", "a4j: 20000 rows read",
        "big.csv: 20000 read, 12 accepted, 19988 rejected; invalid");
    assertThat(result.out()).contains(",,,ERROR,FILE.TOO_MANY_ROWS,");
  }

  @Test
  void onATerminal_progressIsABarRedrawnInPlace_thenTheSummaryOnACleanLine() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = A4j.commandLine(new PrintWriter(out), new PrintWriter(err), true)
        .execute("feed", "validate", sample("sample-feed-with-errors.csv").toString(), "--today", "2026-09-15");

    assertThat(code).isEqualTo(A4j.ERRORS);
    assertThat(err.toString()).contains("\ra4j: [").contains("] 100%, rows: ")
        .doesNotContain("rows read").containsPattern("\r +\r\\S*sample-feed-with-errors.csv: 9 read, 2 accepted, "
            + "7 rejected; invalid\n");
    assertThat(out.toString()).doesNotContain("\r");
  }
}

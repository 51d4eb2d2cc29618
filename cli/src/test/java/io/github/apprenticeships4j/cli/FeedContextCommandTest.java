package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code a4j feed validate --context FILE}: the bundled sample feed checked with the bundled sample context. */
class FeedContextCommandTest {
  @TempDir
  Path dir;

  Path sample(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = FeedContextCommandTest.class.getResourceAsStream("/provider-feed/" + name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  static Result validate(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of("feed", "validate", file.toString()));
    args.addAll(List.of(options));
    return A4jTest.run(args.toArray(String[]::new));
  }

  @Test
  void theSampleWithItsContext_reportsTheServicesRulesOnItsState_withItsMessages() throws IOException {
    Result result = validate(sample("sample-feed.csv"), "--context", sample("sample-context.json").toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.ERRORS);
    assertThat(result.out()).contains(
        "ERROR ULN.OVERLAP_START ULN (column 9): The <b>start date</b> overlaps with existing training dates for the "
            + "same apprentice",
        "ERROR AGREEMENT_ID.NOT_SIGNED",
        "You cannot add apprentices for this employer as they need to <b>accept the agreement</b> with the DfE.",
        "ERROR EMAIL.OVERLAP_END", "ERROR STD_CODE.NOT_DECLARED", "12 read, 5 accepted, 7 rejected: invalid")
        .doesNotContain("not checked");
  }

  @Test
  void withoutAContext_theSameSampleIsValid_andTheRulesAreListedAsNotChecked() throws IOException {
    Result result = validate(sample("sample-feed.csv"), "--today", "2026-09-15");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out()).contains("AGREEMENT_ID.NOT_SIGNED", "COHORT.NO_PERMISSION",
        "ULN.OVERLAP_START, ULN.OVERLAP_END, EMAIL.OVERLAP_START, EMAIL.OVERLAP_END", "RESERVATION.INVALID");
  }

  @Test
  void aCohortRefTheContextDoesNotHold_isInvalid() throws IOException {
    List<String> lines = Files.readAllLines(sample("sample-feed.csv"), StandardCharsets.UTF_8);
    Path feed = dir.resolve("cohort.csv");
    Files.write(feed, List.of(lines.get(0), "NOSUCH" + lines.get(3)), StandardCharsets.UTF_8);

    Result result = validate(feed, "--context", sample("sample-context.json").toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.ERRORS);
    assertThat(result.out()).contains("ERROR COHORT_REF.INVALID CohortRef (column 1): Enter a valid <b>Cohort Ref</b>");
  }

  @Test
  void theContextsDate_winsOverToday_andTheCommandSaysSo() throws IOException {
    Result result = validate(sample("sample-feed.csv"), "--today", "2020-01-01", "--context",
        sample("sample-context.json").toString());

    assertThat(result.err()).contains("a4j: the context's validationDate 2026-09-15 is used, not --today 2020-01-01");
    assertThat(result.out()).doesNotContain("START_DATE.TOO_FAR_AHEAD");
  }

  @Test
  void aBrokenContext_exitsWith2_withItsLocatedErrors() throws IOException {
    Path context = dir.resolve("context.json");
    Files.writeString(context, "{\"validationDate\": \"2026-09-15\", \"cohorts\": [{\"reference\": \"X\"}]}",
        StandardCharsets.UTF_8);

    Result result = validate(sample("sample-feed.csv"), "--context", context.toString());

    assertThat(result.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(result.err()).contains("a4j: cannot read the context", "json.field.missing",
        "/cohorts/0/agreementId");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aContextWithAnUnknownProperty_isUsed_withAWarning() throws IOException {
    Path context = dir.resolve("context.json");
    Files.writeString(context, "{\"validationDate\": \"2026-09-15\", \"agreement\": []}", StandardCharsets.UTF_8);

    Result result = validate(sample("sample-feed.csv"), "--context", context.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.err()).contains("json.field.unknown", "/agreement");
  }

  @Test
  void aMissingContextFile_exitsWith2() throws IOException {
    Result result = validate(sample("sample-feed.csv"), "--context", dir.resolve("none.json").toString());

    assertThat(result.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(result.err()).contains("none.json: no such file");
  }

  @Test
  void agreementsAndAContext_together_areAUsageError() throws IOException {
    Result result = validate(sample("sample-feed.csv"), "--agreements", "XEGE5X", "--context",
        sample("sample-context.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--agreements and --context cannot be used together");
  }
}

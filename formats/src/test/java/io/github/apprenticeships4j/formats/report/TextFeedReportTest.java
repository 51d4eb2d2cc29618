package io.github.apprenticeships4j.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.Row;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFeedReportTest {
  @Test
  void sampleWithErrors_listsTheRowsWithFindings_thenTheSummary() {
    ReportTestSupport.Written written = ReportTestSupport.report(
        ReportTestSupport.sample("sample-feed-with-errors.csv"), FeedReports::text);
    List<String> lines = written.text().lines().toList();

    assertThat(written.outcome()).isEqualTo(FeedOutcome.INVALID);
    assertThat(lines.get(0)).endsWith("sample-feed-with-errors.csv");
    assertThat(lines).containsSequence("row 2 (line 3): rejected",
        "  ERROR ULN.CHECK_DIGIT ULN (column 9): The <b>unique learner number</b> of 1272117936 isn't valid",
        "  WARNING feed.uln.ilr-uln04 ULN (column 9): ILR rule ULN_04: The Unique learner number does not pass the "
            + "checksum calculation [1272117936]");
    assertThat(lines).contains("row 9 (line 10): accepted with warnings", "row 7 (line 8): rejected");
    assertThat(lines).noneMatch(l -> l.startsWith("row 1 "));
    assertThat(lines.stream().filter(l -> l.startsWith("row "))).hasSize(8);
    assertThat(lines.get(lines.size() - 1)).isEqualTo("9 read, 2 accepted, 7 rejected: invalid");
    assertThat(lines).contains("not checked:", "  RESERVATION.INVALID: the reservations");
  }

  @Test
  void validSample_hasNoRowLines_andTheSummary() {
    ReportTestSupport.Written written = ReportTestSupport.report(
        ReportTestSupport.sample("sample-feed.csv"), FeedReports::text);

    assertThat(written.outcome()).isEqualTo(FeedOutcome.VALID);
    List<String> lines = written.text().lines().toList();
    assertThat(lines).noneMatch(l -> l.startsWith("row ")).doesNotContain("file:");
    assertThat(lines).last().isEqualTo("12 read, 12 accepted, 0 rejected: valid");
  }

  @Test
  void unreadableFile_namesTheFatalFinding() {
    ReportTestSupport.Written written = ReportTestSupport.report(
        ReportTestSupport.HEADER.replace("ULN,", "Learner,") + "\n", FeedReports::text);

    assertThat(written.outcome()).isEqualTo(FeedOutcome.UNREADABLE);
    assertThat(written.text()).contains("file:", "FATAL FILE.HEADER_INVALID")
        .contains("0 read, 0 accepted, 0 rejected; stopped before the end: unreadable");
  }

  @Test
  void eachRow_isWrittenWhenGiven() {
    StringWriter out = new StringWriter();
    FeedReport report = FeedReports.text(out);
    report.start("feed.csv");
    report.row(new Row.Rejected<>(SourcePosition.at("feed.csv", 4, 1).inRecord(3), List.of("x"),
        List.of(Issue.error("RULE", "message").locatedAt(SourcePosition.at("feed.csv", 4, 7).inRecord(3)
            .atField("ULN")))));
    assertThat(out.toString()).contains("row 3 (line 4): rejected", "  ERROR RULE ULN (column 7): message");
  }
}

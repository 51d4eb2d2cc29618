package io.github.apprenticeships4j.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.csv.CsvRecord;
import io.github.apprenticeships4j.formats.internal.csv.CsvTokenizer;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFeedReportTest {
  /** The cells of a CSV text, read back with the library's tokenizer. */
  static List<List<String>> cells(String csv) {
    List<List<String>> records = new ArrayList<>();
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(csv));
    for (CsvRecord r = tokenizer.next(); r != null; r = tokenizer.next()) {
      assertThat(r.problems()).isEmpty();
      records.add(r.fields());
    }
    assertThat(tokenizer.failure()).isEmpty();
    return records;
  }

  @Test
  void sampleWithErrors_oneLinePerFinding_andOneForEachRowWithout() {
    ReportTestSupport.Written written = ReportTestSupport.report(
        ReportTestSupport.sample("sample-feed-with-errors.csv"), FeedReports::csv);
    List<List<String>> cells = cells(written.text());

    assertThat(written.outcome()).isEqualTo(FeedOutcome.INVALID);
    assertThat(written.text()).startsWith(FeedReports.CSV_HEADER + "\r\n");
    assertThat(cells.get(0)).containsExactly("line", "row", "valid", "severity", "rule", "field", "column", "message",
        "value");
    assertThat(cells.get(1)).containsExactly("2", "1", "true", "", "", "", "", "", "");
    assertThat(cells.get(2)).containsExactly("3", "2", "false", "ERROR", "ULN.CHECK_DIGIT", "ULN", "9",
        "The <b>unique learner number</b> of 1272117936 isn't valid", "");
    assertThat(cells.get(3)).containsExactly("3", "2", "false", "WARNING", "feed.uln.ilr-uln04", "ULN", "9",
        "ILR rule ULN_04: The Unique learner number does not pass the checksum calculation", "1272117936");
    assertThat(cells.get(4).get(7)).isEqualTo("Enter the <b>start date</b> using the format yyyy-mm-dd, "
        + "for example 2017-09-01");
    // 9 rows: 2 without errors but one of them with a warning, 8 findings on the 7 rejected rows
    assertThat(cells).hasSize(1 + 1 + 2 + 5 + 2 + 1);
    assertThat(cells.stream().skip(1).map(c -> c.get(1)).distinct()).hasSize(9);
  }

  @Test
  void fileFindings_followTheRows_withoutRowOrValidity() {
    ReportTestSupport.Written written = ReportTestSupport.report(
        ReportTestSupport.HEADER.replace("ULN,", "Learner,") + "\n", FeedReports::csv);
    List<List<String>> cells = cells(written.text());

    assertThat(written.outcome()).isEqualTo(FeedOutcome.UNREADABLE);
    assertThat(cells).hasSize(2);
    assertThat(cells.get(1).subList(0, 5)).containsExactly("1", "", "", "FATAL", "FILE.HEADER_INVALID");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"})
  void formulaCells_arePrefixedWithAQuote(String dangerous) {
    assertThat(FeedReports.spreadsheetSafe(dangerous)).isEqualTo("'" + dangerous);

    StringWriter out = new StringWriter();
    FeedReport report = FeedReports.csv(out);
    report.start("feed.csv");
    Issue issue = Issue.error(dangerous, dangerous).rejecting(dangerous)
        .locatedAt(SourcePosition.at("feed.csv", 2, 1).inRecord(1).atField(dangerous));
    report.row(new Row.Rejected<>(SourcePosition.at("feed.csv", 2, 1).inRecord(1), List.of(dangerous),
        List.of(issue)));
    report.finish(new ReadSummary("feed.csv", 1, 0, 1, Optional.empty()), List.of(), Map.of());

    List<String> row = cells(out.toString()).get(1);
    assertThat(row.subList(4, 6)).containsOnly("'" + dangerous);
    assertThat(row.subList(7, 9)).containsOnly("'" + dangerous);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "a=b", "1-2", "'=already", " =spaced", "O'Brien"})
  void otherCells_areKeptAsTheyAre(String harmless) {
    assertThat(FeedReports.spreadsheetSafe(harmless)).isEqualTo(harmless);
  }
}

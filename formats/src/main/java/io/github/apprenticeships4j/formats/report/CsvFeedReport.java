package io.github.apprenticeships4j.formats.report;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The CSV report for spreadsheets (see {@link FeedReports}): RFC 4180, CRLF, formula cells neutralised. */
final class CsvFeedReport implements FeedReport {
  private static final String CRLF = "\r\n";

  private final Writer out;

  CsvFeedReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(String source) {
    FeedReports.write(out, FeedReports.CSV_HEADER + CRLF);
  }

  @Override
  public void row(Row<?> row) {
    String line = number(row.position().line());
    String record = number(row.position().record());
    String valid = Boolean.toString(row.isAccepted());
    StringBuilder text = new StringBuilder();
    if (row.issues().isEmpty()) {
      text.append(line).append(',').append(record).append(',').append(valid).append(",,,,,,").append(CRLF);
    }
    for (Issue issue : row.issues()) {
      text.append(line).append(',').append(record).append(',').append(valid).append(',');
      finding(text, issue);
    }
    FeedReports.write(out, text.toString());
  }

  @Override
  public FeedOutcome finish(ReadSummary summary, List<Issue> fileIssues, Map<String, String> notChecked) {
    StringBuilder text = new StringBuilder();
    for (Issue issue : FeedReports.fileFindings(summary, fileIssues)) {
      String line = issue.position().map(p -> number(p.line())).orElse("");
      text.append(line).append(",,,");
      finding(text, issue);
    }
    FeedReports.write(out, text.toString());
    FeedReports.flush(out);
    return FeedOutcome.of(summary, fileIssues);
  }

  private static void finding(StringBuilder text, Issue issue) {
    text.append(issue.severity().name()).append(',')
        .append(cell(issue.code())).append(',')
        .append(cell(FeedReports.field(issue))).append(',')
        .append(issue.position().map(p -> number(p.column())).orElse("")).append(',')
        .append(cell(issue.message())).append(',')
        .append(cell(issue.rejectedValue().orElse(""))).append(CRLF);
  }

  private static String number(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "";
  }

  /** A cell neutralised against formulas and quoted as RFC 4180 requires. */
  static String cell(String value) {
    String safe = FeedReports.spreadsheetSafe(value);
    if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\r') < 0 && safe.indexOf('\n') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}

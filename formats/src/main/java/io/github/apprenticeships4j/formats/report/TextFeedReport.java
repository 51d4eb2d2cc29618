package io.github.apprenticeships4j.formats.report;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** The text report for people (see {@link FeedReports}). */
final class TextFeedReport implements FeedReport {
  private static final String NL = System.lineSeparator();

  private final Writer out;

  TextFeedReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(String source) {
    FeedReports.write(out, source + NL);
  }

  @Override
  public void row(Row<?> row) {
    if (row.issues().isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder("row ");
    row.position().record().ifPresentOrElse(text::append, () -> text.append('?'));
    row.position().line().ifPresent(l -> text.append(" (line ").append(l).append(')'));
    text.append(row.isAccepted() ? ": accepted with warnings" : ": rejected").append(NL);
    for (Issue issue : row.issues()) {
      text.append("  ").append(finding(issue)).append(NL);
    }
    FeedReports.write(out, text.toString());
  }

  @Override
  public FeedOutcome finish(ReadSummary summary, List<Issue> fileIssues, Map<String, String> notChecked) {
    FeedOutcome outcome = FeedOutcome.of(summary, fileIssues);
    StringBuilder text = new StringBuilder();
    List<Issue> file = FeedReports.fileFindings(summary, fileIssues);
    if (!file.isEmpty()) {
      text.append("file:").append(NL);
      for (Issue issue : file) {
        text.append("  ").append(finding(issue));
        issue.position().filter(p -> p.record().isEmpty() && p.line().isPresent())
            .ifPresent(p -> text.append(" (line ").append(p.line().getAsLong()).append(')'));
        text.append(NL);
      }
    }
    if (!notChecked.isEmpty()) {
      text.append("not checked:").append(NL);
      notChecked.forEach((rule, needs) -> text.append("  ").append(rule).append(": ").append(needs).append(NL));
    }
    text.append(summary.read()).append(" read, ").append(summary.accepted()).append(" accepted, ")
        .append(summary.rejected()).append(" rejected")
        .append(summary.complete() ? "" : "; stopped before the end").append(": ").append(outcome).append(NL);
    FeedReports.write(out, text.toString());
    FeedReports.flush(out);
    return outcome;
  }

  /** For example {@code ERROR ULN.CHECK_DIGIT ULN (column 9): The <b>unique learner number</b> ... [1272117936]}. */
  private static String finding(Issue issue) {
    StringBuilder text = new StringBuilder().append(issue.severity()).append(' ').append(issue.code());
    String field = FeedReports.field(issue);
    if (!field.isEmpty()) {
      text.append(' ').append(field);
    }
    issue.position().filter(p -> p.column().isPresent())
        .ifPresent(p -> text.append(" (column ").append(p.column().getAsLong()).append(')'));
    text.append(": ").append(issue.message());
    issue.rejectedValue().ifPresent(v -> text.append(" [").append(v).append(']'));
    return text.toString();
  }
}

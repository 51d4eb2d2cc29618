package io.github.apprenticeships4j.formats.report;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writers of the report of a bulk-upload feed check (or of any read), in three formats, each streaming: a row is
 * written as it is read and forgotten, so a report of any file takes constant memory.
 *
 * <pre>{@code
 * try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(file)) {
 *   FeedOutcome outcome = FeedReports.write(reader, FeedReports.json(writer));   // VALID, INVALID or UNREADABLE
 * }
 * }</pre>
 *
 * <p><b>A finding</b> is written with its {@code severity} ({@code ERROR}, {@code WARNING}, {@code INFO},
 * {@code FATAL}), its {@code rule} (the stable code, e.g. {@code ULN.CHECK_DIGIT}), its {@code field} (the column
 * as named in the file's header, else the property the rule is about), its {@code message} (the service's exact
 * words, HTML included), and when known the {@code property} of the service's record ({@code Uln}), the
 * {@code column} (1-based character position in the line where the field starts) and the offending {@code value}.
 *
 * <p><b>JSON</b> ({@link #json(Writer)}), one object, format {@value #JSON_FORMAT}:
 * <pre>{@code
 * {"format": "apprenticeships4j-feed-report/1", "source": "feed.csv",
 *  "rows": [{"line": 2, "row": 1, "valid": true, "errors": [], "warnings": []},
 *           {"line": 3, "row": 2, "valid": false,
 *            "errors": [{"severity": "ERROR", "rule": "ULN.CHECK_DIGIT", "field": "ULN", "message": "...",
 *                        "property": "Uln", "column": 9, "value": "1272117936"}],
 *            "warnings": [...]}, ...],
 *  "fileIssues": [...], "notChecked": {"RULE": "what it needs"},
 *  "summary": {"read": 9, "accepted": 2, "rejected": 7, "complete": true, "stoppedBy": null},
 *  "outcome": "invalid"}
 * }</pre>
 * {@code line} is where the row starts, {@code row} its record number (header and blank lines excluded, as the
 * service numbers its rows); {@code errors} are the findings of severity {@code ERROR} or above, {@code warnings} the
 * others. {@code fileIssues} are the findings about the file, the fatal one that stopped the read last;
 * {@code summary.read} = {@code accepted} + {@code rejected}; {@code outcome} is {@code valid}, {@code invalid} or
 * {@code unreadable} ({@link FeedOutcome}). The shape is stable: names are only ever added.
 *
 * <p><b>Text</b> ({@link #text(Writer)}), for people: the rows with findings, one line per finding under a line
 * naming the row, then the findings about the file, the rules not checked, and the summary with the outcome.
 *
 * <p><b>CSV</b> ({@link #csv(Writer)}), for spreadsheets: RFC 4180, CRLF, the header {@value #CSV_HEADER}, one line
 * per finding ({@code valid} is {@code true} or {@code false}), one line with empty finding cells for a row without
 * findings, then one line per finding about the file with an empty {@code row} and {@code valid}. Cells that a
 * spreadsheet would read as a formula are neutralised ({@link #spreadsheetSafe(String)}).
 */
public final class FeedReports {
  /** The {@code format} of the JSON report. */
  public static final String JSON_FORMAT = "apprenticeships4j-feed-report/1";
  /** The header line of the CSV report. */
  public static final String CSV_HEADER = "line,row,valid,severity,rule,field,column,message,value";

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private FeedReports() {}

  /** A JSON report written to {@code out}. */
  public static FeedReport json(Writer out) {
    return new JsonFeedReport(Objects.requireNonNull(out, "out"));
  }

  /** A text report for people written to {@code out}. */
  public static FeedReport text(Writer out) {
    return new TextFeedReport(Objects.requireNonNull(out, "out"));
  }

  /** A CSV report for spreadsheets written to {@code out}. */
  public static FeedReport csv(Writer out) {
    return new CsvFeedReport(Objects.requireNonNull(out, "out"));
  }

  /** Reads every row of {@code reader} into {@code report}, ends it, and returns the outcome. */
  public static FeedOutcome write(ProviderFeedCsv.Reader reader, FeedReport report) {
    report.start(reader.summary().source());
    reader.rows().forEach(report::row);
    return report.finish(reader.summary(), reader.fileIssues(), reader.notChecked());
  }

  /**
   * The cell as a spreadsheet will not run it: a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a
   * tab or a carriage return, which spreadsheets may read as a formula (CSV injection), is prefixed with a single
   * quote ({@code '}); any other cell is returned as is.
   */
  public static String spreadsheetSafe(String cell) {
    return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  // --- shared by the writers

  /** The field a finding is about: the column as named in the file, else the property. */
  static String field(Issue issue) {
    return issue.position().flatMap(p -> p.field()).orElse(issue.path());
  }

  static boolean isError(Issue issue) {
    return issue.severity().isAtLeast(Severity.ERROR);
  }

  /** The findings about the file, with the fatal one that stopped the read last unless it is among them. */
  static List<Issue> fileFindings(ReadSummary summary, List<Issue> fileIssues) {
    List<Issue> all = new ArrayList<>(fileIssues);
    Optional<Issue> stop = summary.stoppedBy();
    if (stop.isPresent() && !all.contains(stop.get())) {
      all.add(stop.get());
    }
    return all;
  }

  static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void flush(Writer out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

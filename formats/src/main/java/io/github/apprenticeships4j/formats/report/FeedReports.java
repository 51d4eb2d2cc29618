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
 * Writers of the report of a bulk-upload feed check (or of any read): JSON for programs ({@link #json(Writer)}), text
 * for people ({@link #text(Writer)}) and CSV for spreadsheets ({@link #csv(Writer)}). Each streams: a row is written
 * as it is read and forgotten, so a report of any file takes constant memory. A finding is written with its severity,
 * its {@code rule} (the stable code, e.g. {@code ULN.CHECK_DIGIT}), the column as named in the file's header, the
 * service's exact message (HTML included) and, when known, the service's property, the column where the field starts
 * and the offending value. The fields of each format are described in the project README ("Reports and a4j feed
 * validate").
 */
public final class FeedReports {
  /** The {@code format} of the JSON report. */
  public static final String JSON_FORMAT = "apprenticeships4j-feed-report/1";
  /** The header line of the CSV report. */
  public static final String CSV_HEADER = "line,row,valid,severity,rule,field,column,message,value";

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private FeedReports() {}

  /**
   * A JSON report written to {@code out}: one object of format {@value #JSON_FORMAT}, with the rows (each with its
   * {@code line}, {@code row} number, {@code valid}, {@code errors} of severity {@code ERROR} or above and
   * {@code warnings}), the findings about the file, the rules not checked, the {@code summary} and the
   * {@code outcome}. The shape is stable: names are only ever added.
   */
  public static FeedReport json(Writer out) {
    return new JsonFeedReport(Objects.requireNonNull(out, "out"));
  }

  /** A text report for people written to {@code out}. */
  public static FeedReport text(Writer out) {
    return new TextFeedReport(Objects.requireNonNull(out, "out"));
  }

  /**
   * A CSV report for spreadsheets written to {@code out}: RFC 4180 with CRLF, the header {@value #CSV_HEADER}, one line
   * per finding, or one with empty finding cells for a row without any, then the findings about the file. Cells are
   * {@linkplain #spreadsheetSafe(String) safe} from formula injection.
   */
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

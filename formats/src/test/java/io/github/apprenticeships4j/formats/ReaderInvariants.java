package io.github.apprenticeships4j.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.util.function.Consumer;

/**
 * The contract every {@link RecordReader} keeps on any input, checked by the fuzz and property tests of the readers:
 * <ul>
 * <li>nothing is thrown: every record ends as one row, numbered 1 to n without gaps;</li>
 * <li>every finding of a row is located in the reader's source; a rejected row keeps what the input said;</li>
 * <li>the summary counts the rows as delivered: read = rows, accepted = accepted rows (and so rejected = the
 * rest);</li>
 * <li>a read ends early only with a located {@code FATAL} finding, never with {@code read.unexpected} (a failure the
 * reader did not foresee).</li>
 * </ul>
 */
public final class ReaderInvariants {
  /** The code of a failure the reader caught but did not foresee; the library must never report it. */

  private ReaderInvariants() {}

  /** Reads every row of {@code reader}, closes it, checks the contract and returns the summary. */
  public static <T> ReadSummary readAll(RecordReader<T> reader) {
    return readAll(reader, row -> {
    });
  }

  /**
   * Reads every row of {@code reader}, giving each to {@code eachRow} (for the checks of one reader, or to keep the
   * rows), closes it, checks the contract and returns the summary.
   */
  public static <T> ReadSummary readAll(RecordReader<T> reader, Consumer<? super Row<T>> eachRow) {
    long rows = 0;
    long accepted = 0;
    ReadSummary summary;
    try (reader) {
      String source = reader.summary().source();
      for (Row<T> row : (Iterable<Row<T>>) reader.rows()::iterator) {
        rows++;
        assertThat(row.position().record()).as("record number of row %d", rows).hasValue(rows);
        assertThat(row.position().source()).isEqualTo(source);
        assertThat(row.issues()).allSatisfy(issue -> assertLocatedIn(issue, source));
        if (row.isAccepted()) {
          accepted++;
        } else {
          assertThat(((Row.Rejected<T>) row).raw()).as("raw of rejected row %d", rows).isNotEmpty();
        }
        eachRow.accept(row);
      }
      summary = reader.summary();
    }
    assertThat(summary.read()).as("read").isEqualTo(rows);
    assertThat(summary.accepted()).as("accepted").isEqualTo(accepted);
    summary.stoppedBy().ifPresent(stop -> {
      assertThat(stop.severity()).as("severity of %s", stop).isEqualTo(Severity.FATAL);
      assertThat(stop.code()).as("code of %s", stop).isNotEqualTo(ReadCodes.UNEXPECTED);
      assertLocatedIn(stop, summary.source());
    });
    return summary;
  }

  private static void assertLocatedIn(Issue issue, String source) {
    assertThat(issue.position()).as("position of %s", issue).hasValueSatisfying(
        at -> assertThat(at.source()).as("source of %s", issue).isEqualTo(source));
  }
}

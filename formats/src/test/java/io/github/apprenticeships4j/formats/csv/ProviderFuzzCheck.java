package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;

/**
 * The property every fuzz test of a CSV reader checks: any input ends in rows and a summary in which
 * read = accepted + rejected, with record numbers 1 to n and located findings; nothing is thrown, and a fatal finding
 * is the only way a read ends early.
 */
final class ProviderFuzzCheck {
  private ProviderFuzzCheck() {}

  static <T> void check(RecordReader<T> opened) {
    long rows = 0;
    long accepted = 0;
    ReadSummary summary;
    try (RecordReader<T> reader = opened) {
      for (Row<T> row : (Iterable<Row<T>>) reader.rows()::iterator) {
        rows++;
        if (row.isAccepted()) {
          accepted++;
        } else {
          assertThat(((Row.Rejected<T>) row).raw()).isNotEmpty();
        }
        assertThat(row.position().record()).hasValue(rows);
        assertThat(row.issues()).allSatisfy(i -> assertThat(i.position()).isPresent());
      }
      summary = reader.summary();
    }
    assertThat(summary.read()).isEqualTo(rows);
    assertThat(summary.accepted()).isEqualTo(accepted);
    assertThat(summary.read()).isEqualTo(summary.accepted() + summary.rejected());
    summary.stoppedBy().ifPresent(i -> {
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
      assertThat(i.code()).isNotEqualTo(ReadCodes.UNEXPECTED);
    });
  }
}

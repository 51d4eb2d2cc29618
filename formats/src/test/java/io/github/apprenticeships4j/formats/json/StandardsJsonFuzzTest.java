package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;

/**
 * Any bytes end in rows and a summary in which read = accepted + rejected; nothing is thrown, and a fatal finding is
 * the only way a read ends early. Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class StandardsJsonFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    long rows = 0;
    long accepted = 0;
    ReadSummary summary;
    try (RecordReader<Standard> reader = StandardsJson.reader().maxNestingDepth(32)
        .open(new ByteArrayInputStream(input), "fuzz.json")) {
      for (Row<Standard> row : (Iterable<Row<Standard>>) reader.rows()::iterator) {
        rows++;
        if (row.isAccepted()) {
          accepted++;
        }
        assertThat(row.position().record()).hasValue(rows);
      }
      summary = reader.summary();
    }
    assertThat(summary.read()).isEqualTo(rows);
    assertThat(summary.accepted()).isEqualTo(accepted);
    summary.stoppedBy().ifPresent(i -> assertThat(i.severity()).isEqualTo(Severity.FATAL));
    summary.stoppedBy().ifPresent(i -> assertThat(i.code()).isNotEqualTo(ReadCodes.UNEXPECTED));
  }
}

package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Any bytes end in records, rejected rows with at least one error each, or a {@link LoadException} stopped by an
 * empty input, broken syntax or a read limit; nothing else is thrown, the reader keeps the contract of
 * {@link ReaderInvariants}, and what is accepted is written as a document the schema accepts and read back equal. Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ProgressJsonFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    ReaderInvariants.readAll(ProgressJson.reader().open(new ByteArrayInputStream(input), "fuzz.json"));
    Loaded<List<ProgressRecord>> read;
    try {
      read = ProgressJson.reader().open(new ByteArrayInputStream(input), "fuzz.json").load();
    } catch (LoadException stopped) {
      assertThat(stopped.stoppedBy()).hasValueSatisfying(i -> {
        assertThat(i.code()).isIn(ReadCodes.PROGRESS_JSON_EMPTY, ReadCodes.PROGRESS_JSON_SYNTAX,
            ReadCodes.PROGRESS_JSON_LIMIT);
        assertThat(i.position()).hasValueSatisfying(p -> assertThat(p.source()).isEqualTo("fuzz.json"));
      });
      return;
    }

    assertThat(read.rejected()).allSatisfy(r -> assertThat(r.issues())
        .anyMatch(i -> i.severity().isAtLeast(Severity.ERROR)));
    List<ProgressRecord> records = read.value();
    String again = ProgressJson.toJson(records);
    assertThat(ProgressJsonTest.schemaErrors(again)).as(again).isEmpty();
    try {
      assertThat(ProgressJson.reader().open(new ByteArrayInputStream(again.getBytes(StandardCharsets.UTF_8)),
          "again.json").load().value()).isEqualTo(records);
    } catch (LoadException e) {
      throw new AssertionError(again + e.issues(), e);
    }
  }

  /** The examples' ST1398 progress files are replayed from their one copy, not copied among the seeds. */
  @Test
  void bundledFiles_keepTheContract() {
    readsAnyBytes(TestData.bytes(ProgressJsonTest.APPRENTICE));
    readsAnyBytes(TestData.bytes(ProgressJsonTest.COHORT));
  }
}

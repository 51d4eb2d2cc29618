package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;

/**
 * Any bytes end in rows and a summary that keep the readers' contract ({@link ReaderInvariants}); a rejected record
 * keeps its JSON text as one element. Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class StandardsJsonFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    ReaderInvariants.readAll(StandardsJson.reader().maxNestingDepth(32).open(new ByteArrayInputStream(input),
        "fuzz.json"), row -> {
          if (row instanceof Row.Rejected<?> rejected) {
            assertThat(rejected.raw()).hasSize(1);
          }
        });
  }

  @FuzzTest(maxDuration = "60s")
  void feedReaderReadsAnyBytes(byte[] input) {
    ReaderInvariants.readAll(StandardsJson.feedReader().maxNestingDepth(32).open(new ByteArrayInputStream(input),
        "fuzz.json"), row -> {
          if (row instanceof Row.Rejected<?> rejected) {
            assertThat(rejected.raw()).hasSize(1);
          }
        });
  }
}

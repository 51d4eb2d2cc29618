package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Any bytes end in a crosswalk without errors, or in a {@link LoadException} with at least one error or a fatal
 * finding; nothing else is thrown, the reader keeps the contract of {@link ReaderInvariants}, and what is read is
 * written and read back equal. Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CrosswalkJsonFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) throws LoadException {
    ReaderInvariants.readAll(CrosswalkJson.reader().open(new ByteArrayInputStream(input), "fuzz.json"));
    Loaded<Crosswalk> read;
    try {
      read = CrosswalkJson.read(CrosswalkJson.reader().open(new ByteArrayInputStream(input), "fuzz.json"));
    } catch (LoadException refused) {
      assertThat(refused.issues()).anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
      assertThat(refused.stoppedBy().isPresent() || refused.summaries().get(0).rejected() == 1).isTrue();
      return;
    }

    assertThat(read.issues()).noneMatch(i -> i.severity().isAtLeast(Severity.ERROR));
    Crosswalk crosswalk = read.value();
    assertThat(CrosswalkJson.read(CrosswalkJson.reader().open(new ByteArrayInputStream(CrosswalkJson
        .toJson(crosswalk).getBytes(StandardCharsets.UTF_8)), "again.json")).value()).isEqualTo(crosswalk);
  }

  /** The examples' ST1398 crosswalk is replayed from its one copy, not copied among the seeds. */
  @Test
  void bundledCrosswalk_keepsTheContract() throws LoadException {
    readsAnyBytes(TestData.bytes(CrosswalkJsonTest.BUNDLED));
  }
}

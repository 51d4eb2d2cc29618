package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.career.CareerValidator;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Any bytes end in a graph without errors, or in a {@link LoadException} with at least one error or a fatal
 * finding; nothing else is thrown, and the validators run on whatever was read. Replays the committed inputs in a
 * normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CareerJsonFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) throws LoadException {
    Loaded<ProgressionGraph> read;
    try {
      read = CareerJson.readGraph(CareerJson.reader().open(new ByteArrayInputStream(input), "fuzz.json"));
    } catch (LoadException refused) {
      assertThat(refused.issues()).anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
      assertThat(refused.stoppedBy().isPresent() || refused.summaries().get(0).rejected() == 1).isTrue();
      return;
    }

    assertThat(read.issues()).noneMatch(i -> i.severity().isAtLeast(Severity.ERROR));
    ProgressionGraph graph = read.value();
    CareerValidator.validate(graph.framework());
    CareerValidator.validate(graph);
    assertThat(CareerJson.readGraph(CareerJson.reader().open(new ByteArrayInputStream(CareerJson.toJson(graph)
        .getBytes(StandardCharsets.UTF_8)), "again.json")).value()).isEqualTo(graph);
  }

  /** The examples' ML engineer ladder is replayed from its one copy, not copied among the seeds. */
  @Test
  void bundledLadder_keepsTheContract() throws LoadException {
    readsAnyBytes(TestData.bytes("/career/ml-engineer-ladder.json"));
  }
}

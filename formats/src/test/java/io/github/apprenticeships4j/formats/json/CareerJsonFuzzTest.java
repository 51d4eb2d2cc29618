package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.career.CareerValidator;
import io.github.apprenticeships4j.core.validation.Severity;
import java.io.ByteArrayInputStream;

/**
 * Any bytes end in a read result: a graph without errors, or findings with at least one error; nothing is thrown,
 * and the validators run on whatever was read. Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class CareerJsonFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    CareerJson.Read read = CareerJson.read(new ByteArrayInputStream(input), "fuzz.json");

    boolean errors = read.issues().stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
    assertThat(read.graph().isPresent()).isNotEqualTo(errors);
    read.graph().ifPresent(g -> {
      CareerValidator.validate(g.framework());
      CareerValidator.validate(g);
      assertThat(CareerJson.read(new ByteArrayInputStream(CareerJson.toJson(g).getBytes(
          java.nio.charset.StandardCharsets.UTF_8)), "again.json").graph()).contains(g);
    });
  }
}

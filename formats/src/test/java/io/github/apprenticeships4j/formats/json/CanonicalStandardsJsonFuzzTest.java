package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardValidator;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Any bytes end in rows and a summary that keep the readers' contract ({@link ReaderInvariants}); a rejected standard
 * keeps its JSON text; what is accepted, written again, reads back equal, and the validator runs on it. Replays the
 * committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CanonicalStandardsJsonFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    List<Standard> accepted = new ArrayList<>();
    ReaderInvariants.readAll(CanonicalStandardsJson.reader().maxNestingDepth(32).open(new ByteArrayInputStream(input),
        "fuzz.json"), row -> {
          if (row instanceof Row.Rejected<Standard> rejected) {
            assertThat(rejected.raw()).hasSize(1);
          } else {
            accepted.add(((Row.Accepted<Standard>) row).value());
          }
        });
    for (Standard standard : accepted) {
      StandardValidator.validate(standard);
      String json = CanonicalStandardsJson.toJson(standard);
      List<Standard> again = new ArrayList<>();
      ReaderInvariants.readAll(CanonicalStandardsJson.reader().open(new ByteArrayInputStream(json.getBytes(
          StandardCharsets.UTF_8)), "again.json"), row -> again.add(((Row.Accepted<Standard>) row).value()));
      assertThat(again).containsExactly(standard);
    }
  }
}

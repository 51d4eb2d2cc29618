package io.github.apprenticeships4j.core.standard;

import static io.github.apprenticeships4j.core.FuzzText.asciiUpperCase;
import static io.github.apprenticeships4j.core.FuzzText.checkEcho;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Any text gives a {@link StandardReference} or the documented {@link InvalidValueException} with code
 * {@value StandardCodes#REFERENCE_FORMAT}, never another exception; an accepted reference is the text itself up to
 * ASCII case and surrounding white space (no look-alike letters or digits) and round-trips through
 * {@code toString()}. Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class StandardReferenceFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Optional<StandardReference> tried = StandardReference.tryParse(text);
    StandardReference reference;
    try {
      reference = StandardReference.parse(text);
    } catch (InvalidValueException e) {
      assertThat(e.issue().severity()).isEqualTo(Severity.ERROR);
      assertThat(e.issue().code()).isEqualTo(StandardCodes.REFERENCE_FORMAT);
      checkEcho(e.issue(), text);
      assertThat(tried).isEmpty();
      return;
    }
    assertThat(tried).contains(reference);
    assertThat(reference.value()).matches("(ST|FA)[0-9]{4}").isEqualTo(reference.toString())
        .isEqualTo(asciiUpperCase(text.strip()));
    assertThat(reference.isFoundationApprenticeship()).isEqualTo(reference.value().startsWith("FA"));
    assertThat(StandardReference.parse(reference.toString())).isEqualTo(reference).isEqualByComparingTo(reference)
        .hasSameHashCodeAs(reference);
  }
}

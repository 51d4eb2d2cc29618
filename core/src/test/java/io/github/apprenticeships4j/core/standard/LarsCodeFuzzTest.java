package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Severity;
import java.nio.charset.StandardCharsets;

/**
 * Any text gives a {@link LarsCode} or the documented {@link InvalidValueException} with code
 * {@value StandardCodes#LARS_CODE_RANGE}, never another exception; an accepted code is the text's ASCII digits, from 1
 * to 99999, and round-trips through {@code toString()} and {@link LarsCode#of(int)}. Replays the committed inputs in a
 * normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class LarsCodeFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    LarsCode code;
    try {
      code = LarsCode.parse(text);
    } catch (InvalidValueException e) {
      assertThat(e.issue().severity()).isEqualTo(Severity.ERROR);
      assertThat(e.issue().code()).isEqualTo(StandardCodes.LARS_CODE_RANGE);
      assertThat(e.issue().rejectedValue()).isPresent();
      return;
    }
    assertThat(text.strip()).matches("[0-9]{1,5}");
    assertThat(code.value()).isBetween(1, 99_999).isEqualTo(Integer.parseInt(text.strip()));
    assertThat(LarsCode.parse(code.toString())).isEqualTo(code).isEqualByComparingTo(code).hasSameHashCodeAs(code);
    assertThat(LarsCode.of(code.value())).isEqualTo(code);
  }
}

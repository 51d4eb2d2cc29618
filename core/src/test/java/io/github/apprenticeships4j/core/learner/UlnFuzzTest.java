package io.github.apprenticeships4j.core.learner;

import static io.github.apprenticeships4j.core.FuzzText.checkEcho;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Severity;
import java.nio.charset.StandardCharsets;

/**
 * Any text parses to a {@link Uln} or to the documented {@link InvalidValueException} carrying the one finding of
 * {@link Uln#check(CharSequence)}, never another exception; an accepted ULN is the text's ten ASCII digits and
 * round-trips through {@code toString()} and {@link Uln#of(long)}; the ILR's ULN_04 agrees with the service's check
 * on every ten-digit text but the temporary ULN. Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class UlnFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Uln uln;
    try {
      uln = Uln.parse(text);
    } catch (InvalidValueException e) {
      assertThat(e.issue().severity()).isEqualTo(Severity.ERROR);
      assertThat(e.issue().code()).isIn(LearnerCodes.ULN_REQUIRED, LearnerCodes.ULN_FORMAT,
          LearnerCodes.ULN_CHECK_DIGIT);
      if (!e.issue().code().equals(LearnerCodes.ULN_REQUIRED)) {
        checkEcho(e.issue(), text);
      }
      assertThat(Uln.check(text).issues()).containsExactly(e.issue());
      assertThat(Uln.isValid(text)).isFalse();
      assertThat(Uln.tryParse(text)).isEmpty();
      checkIlr(text);
      return;
    }
    assertThat(uln.toString()).isEqualTo(text.strip()).matches("[1-9][0-9]{9}");
    assertThat(Uln.check(text).issues()).isEmpty();
    assertThat(Uln.isValid(text)).isTrue();
    assertThat(Uln.tryParse(text)).contains(uln);
    assertThat(Uln.parse(uln.toString())).isEqualTo(uln).isEqualByComparingTo(uln);
    assertThat(Uln.of(uln.value())).isEqualTo(uln).hasSameHashCodeAs(uln);
    assertThat(Uln.passesIlrUln04(uln.toString())).isTrue();
    checkIlr(text);
  }

  private static void checkIlr(String text) {
    assertThat(Uln.ilrDerivedData01(text)).matches("[0-9YN]");
    boolean ilr = Uln.passesIlrUln04(text);
    if (text.matches("[1-9][0-9]{9}") && !text.equals(Uln.ILR_TEMPORARY)) {
      assertThat(ilr).as("ULN_04 and the service's check of %s", text).isEqualTo(Uln.isValid(text));
    }
  }
}

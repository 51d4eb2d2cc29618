package io.github.apprenticeships4j.core.provider;

import static io.github.apprenticeships4j.core.FuzzText.checkEcho;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Severity;
import java.nio.charset.StandardCharsets;

/**
 * Any text parses to a {@link Ukprn} or to the documented {@link InvalidValueException} carrying the one finding of
 * {@link Ukprn#check(CharSequence)}, never another exception; an accepted UKPRN is the text's eight ASCII digits and
 * round-trips through {@code toString()} and {@link Ukprn#of(long)}. Replays the committed inputs in a normal build;
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class UkprnFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Ukprn ukprn;
    try {
      ukprn = Ukprn.parse(text);
    } catch (InvalidValueException e) {
      assertThat(e.issue().severity()).isEqualTo(Severity.ERROR);
      assertThat(e.issue().code()).isIn(ProviderCodes.UKPRN_REQUIRED, ProviderCodes.UKPRN_FORMAT);
      if (!e.issue().code().equals(ProviderCodes.UKPRN_REQUIRED)) {
        checkEcho(e.issue(), text);
      }
      assertThat(Ukprn.check(text).issues()).containsExactly(e.issue());
      assertThat(Ukprn.isValid(text)).isFalse();
      assertThat(Ukprn.tryParse(text)).isEmpty();
      return;
    }
    assertThat(ukprn.toString()).isEqualTo(text.strip()).matches("[1-9][0-9]{7}");
    assertThat(Ukprn.check(text).issues()).isEmpty();
    assertThat(Ukprn.isValid(text)).isTrue();
    assertThat(Ukprn.tryParse(text)).contains(ukprn);
    assertThat(Ukprn.parse(ukprn.toString())).isEqualTo(ukprn).isEqualByComparingTo(ukprn);
    assertThat(Ukprn.of(ukprn.value())).isEqualTo(ukprn).hasSameHashCodeAs(ukprn);
  }
}

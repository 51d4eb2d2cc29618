package io.github.apprenticeships4j.core.standard;

import static io.github.apprenticeships4j.core.FuzzText.checkEcho;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Severity;
import java.nio.charset.StandardCharsets;

/**
 * Any text gives a {@link StandardVersion} or the documented {@link InvalidValueException} with code
 * {@value StandardCodes#VERSION_FORMAT}, never another exception; an accepted version is written in ASCII digits,
 * round-trips through {@code toString()} and equals {@link StandardVersion#of(int, int)} of its numbers. Replays the
 * committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class StandardVersionFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    StandardVersion version;
    try {
      version = StandardVersion.parse(text);
    } catch (InvalidValueException e) {
      assertThat(e.issue().severity()).isEqualTo(Severity.ERROR);
      assertThat(e.issue().code()).isEqualTo(StandardCodes.VERSION_FORMAT);
      checkEcho(e.issue(), text);
      return;
    }
    String written = text.strip();
    assertThat(written).matches("[0-9]+\\.[0-9]+");
    int dot = written.indexOf('.');
    assertThat(version.major()).isEqualTo(Integer.parseInt(written.substring(0, dot)));
    assertThat(version.minor()).isEqualTo(Integer.parseInt(written.substring(dot + 1)));
    assertThat(StandardVersion.parse(version.toString())).isEqualTo(version).isEqualByComparingTo(version)
        .hasSameHashCodeAs(version);
    assertThat(StandardVersion.of(version.major(), version.minor())).isEqualTo(version);
  }
}

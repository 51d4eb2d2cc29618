package io.github.apprenticeships4j.core.career;

import static io.github.apprenticeships4j.core.FuzzText.asciiLowerCase;
import static io.github.apprenticeships4j.core.FuzzText.asciiUpperCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Severity;
import java.nio.charset.StandardCharsets;

/**
 * Any text (as given to {@code a4j career paths --from/--to}) gives a {@link CareerNode}, a standard reference or a
 * role level id, or the documented {@link InvalidValueException} with code {@value CareerCodes#ID_FORMAT}, never another
 * exception; an accepted node is the text itself up to ASCII case and surrounding white space and round-trips through
 * {@code toString()}. Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CareerNodeFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    CareerNode node;
    try {
      node = CareerNode.parse(text);
    } catch (InvalidValueException e) {
      assertThat(e.issue().severity()).isEqualTo(Severity.ERROR);
      assertThat(e.issue().code()).isEqualTo(CareerCodes.ID_FORMAT);
      assertThat(StandardReference.tryParse(text)).isEmpty();
      return;
    }
    String written = text.strip();
    if (node.isApprenticeship()) {
      assertThat(node.toString()).isEqualTo(asciiUpperCase(written));
      assertThat(node.standard()).contains(StandardReference.parse(written));
      assertThat(node.roleLevel()).isEmpty();
    } else {
      assertThat(node.toString()).isEqualTo(asciiLowerCase(written)).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(node.roleLevel()).contains(RoleLevelId.parse(written));
      assertThat(node.standard()).isEmpty();
    }
    assertThat(CareerNode.parse(node.toString())).isEqualTo(node).isEqualByComparingTo(node).hasSameHashCodeAs(node);
  }
}

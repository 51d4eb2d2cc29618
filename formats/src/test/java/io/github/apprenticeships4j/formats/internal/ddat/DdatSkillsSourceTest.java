package io.github.apprenticeships4j.formats.internal.ddat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DdatSkillsSourceTest {
  /** The expression the reader used to find a variant, before it backtracked quadratically on padded names. */
  static final Pattern VARIANT = Pattern.compile("(.+?)\\s+\\(([^()]+)\\)");

  @Test
  void variant_ofAnOfficialName_isTheNameBeforeTheParenthesis_andItsContext() {
    assertThat(DdatSkillsSource.variant("Programming and build (software engineering)"))
        .hasValue(new DdatSkillsSource.Variant("Programming and build", "software engineering"));
    assertThat(DdatSkillsSource.variant("Programming and build")).isEmpty();
    assertThat(DdatSkillsSource.variant("Programming and build(software engineering)")).isEmpty();
  }

  @Test
  void variant_findsWhatTheExpressionFound_onRandomNames() {
    Random random = new Random(4);
    String alphabet = "ab ()\t\n\u2028\u00a0x";
    int variants = 0;
    for (int i = 0; i < 300_000; i++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextBoolean()) {
        name.append(')');                            // as every variant ends
      }
      Matcher m = VARIANT.matcher(name);
      Optional<DdatSkillsSource.Variant> expected = m.matches()
          ? Optional.of(new DdatSkillsSource.Variant(m.group(1), m.group(2))) : Optional.empty();
      assertThat(DdatSkillsSource.variant(name.toString())).as("'%s'", name).isEqualTo(expected);
      variants += expected.isPresent() ? 1 : 0;
    }
    assertThat(variants).as("names that are variants among those compared").isGreaterThan(1000);
  }
}

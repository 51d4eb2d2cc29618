package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StandardReferencePropertiesTest {

  @Test
  void of_isInsensitiveToCaseAndPadding_forAnyFourDigits() {
    qt().forAll(arbitrary().pick("ST", "FA"), integers().between(0, 9999), integers().between(0, 3),
        booleans().all())
        .checkAssert((prefix, n, padding, lower) -> {
          String canonical = prefix + String.format(Locale.ROOT, "%04d", n);
          String cased = lower ? canonical.toLowerCase(Locale.ROOT) : canonical;
          String messy = " ".repeat(padding) + cased + "\t".repeat(padding);

          StandardReference reference = StandardReference.parse(messy);

          assertThat(reference.value()).isEqualTo(canonical);
          assertThat(reference).isEqualTo(StandardReference.parse(canonical));
        });
  }

  @Test
  void of_roundTripsItsOwnText() {
    qt().forAll(StandardGen.references())
        .checkAssert(reference -> assertThat(StandardReference.parse(reference.toString())).isEqualTo(reference));
  }
}

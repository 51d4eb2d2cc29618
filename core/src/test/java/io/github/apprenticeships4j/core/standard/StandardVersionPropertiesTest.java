package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class StandardVersionPropertiesTest {

  @Test
  void parse_ofToString_givesTheSameVersion() {
    qt().forAll(StandardGen.versions())
        .checkAssert(v -> assertThat(StandardVersion.parse(v.toString())).isEqualTo(v));
  }

  @Test
  void compareTo_agreesWithMajorThenMinorOrder() {
    qt().forAll(StandardGen.versions(), StandardGen.versions())
        .checkAssert((a, b) -> {
          int expected = a.major() != b.major() ? Integer.compare(a.major(), b.major())
              : Integer.compare(a.minor(), b.minor());
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
          assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-Integer.signum(expected));
          assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        });
  }

  @Test
  void follows_holdsForNextMinorAndNextMajor_only() {
    qt().forAll(StandardGen.versions()
        .assuming(v -> v.major() < Integer.MAX_VALUE && v.minor() < Integer.MAX_VALUE - 1))
        .checkAssert(v -> {
          StandardVersion nextMinor = StandardVersion.of(v.major(), v.minor() + 1);
          StandardVersion nextMajor = StandardVersion.of(v.major() + 1, 0);

          assertThat(nextMinor.follows(v)).isTrue();
          assertThat(nextMajor.follows(v)).isTrue();
          assertThat(nextMinor).isGreaterThan(v);
          assertThat(nextMajor).isGreaterThan(v);
          assertThat(v.follows(v)).isFalse();
          assertThat(StandardVersion.of(v.major(), v.minor() + 2).follows(v)).isFalse();
          assertThat(v.follows(nextMinor)).isFalse();
        });
  }
}

package io.github.apprenticeships4j.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  @Test
  void describe_neverSaysNull() {
    assertThat(Failures.describe(new EOFException())).isEqualTo("the input ends too early");
    assertThat(Failures.describe(new UncheckedIOException(new EOFException()))).isEqualTo("the input ends too early");
    assertThat(Failures.describe(new IOException("disk on fire"))).isEqualTo("disk on fire");
    assertThat(Failures.describe(new UncheckedIOException(new IOException("disk on fire"))))
        .isEqualTo("disk on fire");
    assertThat(Failures.describe(new IllegalStateException())).isEqualTo("a failure without a message"
        + " (java.lang.IllegalStateException)");
  }
}

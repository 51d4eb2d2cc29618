package io.github.apprenticeships4j.core.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTest {
  @Test
  void holdsWhatWasAdded_likeAHashSet_acrossGrowth() {
    LongHashSet set = new LongHashSet(1 << 20);
    Set<Long> expected = new HashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      long value = random.nextInt(3) == 0 ? random.nextInt(1_000) : random.nextLong();
      assertThat(set.add(value)).isEqualTo(expected.add(value));
    }
    assertThat(set.size()).isEqualTo(expected.size());
    for (long value : expected) {
      assertThat(set.contains(value)).isTrue();
    }
    assertThat(set.contains(1_001)).isFalse();
    assertThat(set.toString()).startsWith("LongHashSet[" + expected.size() + " of at most 1048576, in ");
  }

  @Test
  void refusesValuesBeyondItsBound_zeroIncluded() {
    LongHashSet set = new LongHashSet(2);
    assertThat(set.add(0)).isTrue();
    assertThat(set.contains(0)).isTrue();
    assertThat(set.add(5)).isTrue();
    assertThat(set.isFull()).isTrue();
    assertThat(set.add(6)).isFalse();
    assertThat(set.contains(6)).isFalse();
    assertThat(set.add(5)).isFalse();
  }

  @Test
  void aBoundOutOfRange_isRefused() {
    assertThatThrownBy(() -> new LongHashSet(0)).isInstanceOf(IllegalArgumentException.class);
  }
}

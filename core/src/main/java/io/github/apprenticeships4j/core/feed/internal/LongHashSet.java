package io.github.apprenticeships4j.core.feed.internal;

import java.util.Arrays;

/**
 * A set of {@code long}s by open addressing with linear probing: 8 bytes a slot, at most half the slots in use, so
 * about 16 bytes a value, and never more than {@code maxSize} values. Not thread-safe.
 */
public final class LongHashSet {
  private static final long EMPTY = 0L;

  private final int maxSize;
  private long[] slots = new long[64];
  private int size;
  private boolean hasZero;

  /** A set that refuses values beyond {@code maxSize}. */
  public LongHashSet(int maxSize) {
    if (maxSize < 1 || maxSize > (1 << 29)) {
      throw new IllegalArgumentException("maxSize must be from 1 to 2^29: " + maxSize);
    }
    this.maxSize = maxSize;
  }

  /** The number of values. */
  public int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** Whether no more values can be added. */
  public boolean isFull() {
    return size() >= maxSize;
  }

  public boolean contains(long value) {
    if (value == EMPTY) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = mix(value) & mask;; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == EMPTY) {
        return false;
      }
      if (slot == value) {
        return true;
      }
    }
  }

  /**
   * Adds {@code value}.
   *
   * @return whether it was added: false if it was there already or the set is full
   */
  public boolean add(long value) {
    if (contains(value) || isFull()) {
      return false;
    }
    if (value == EMPTY) {
      hasZero = true;
      return true;
    }
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    insert(slots, value);
    size++;
    return true;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long slot : slots) {
      if (slot != EMPTY) {
        insert(bigger, slot);
      }
    }
    slots = bigger;
  }

  private static void insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = mix(value) & mask;
    while (table[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    table[i] = value;
  }

  /** The finaliser of MurmurHash3, so that close values spread. */
  private static int mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }

  /**
   * A 64-bit hash of {@code text} (FNV-1a over its UTF-16 chars, then mixed): two different texts collide with a
   * probability of about 2<sup>-64</sup>.
   */
  public static long hash(CharSequence text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      h ^= c & 0xff;
      h *= 0x100000001b3L;
      h ^= c >>> 8;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  @Override
  public String toString() {
    return "LongHashSet[" + size() + " of at most " + maxSize + ", " + Arrays.stream(slots).filter(s -> s != 0).count()
        + " slots used]";
  }
}

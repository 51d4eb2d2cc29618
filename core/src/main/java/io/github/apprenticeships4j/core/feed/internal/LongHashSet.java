package io.github.apprenticeships4j.core.feed.internal;

import java.util.Arrays;

/**
 * A set of {@code long}s by open addressing with linear probing: 8 bytes a slot, at most half the slots in use, so
 * about 16 bytes a value, and never more than {@code maxSize} values. The slots are split into 256 tables by the top
 * bits of each value's hash, each grown on its own from 8 slots: a set of a few values takes a few hundred bytes, and
 * one of a million no table larger than about 128 KB, so that growing copies little at a time and no array needs a
 * long run of free heap. Not thread-safe.
 */
public final class LongHashSet {
  private static final long EMPTY = 0L;
  private static final int SEGMENT_BITS = 8;
  private static final int FIRST_SLOTS = 8;
  private static final long[] NO_SLOTS = new long[0];

  private final int maxSize;
  private final long[][] tables = new long[1 << SEGMENT_BITS][];
  private final int[] sizes = new int[1 << SEGMENT_BITS];

  {
    Arrays.fill(tables, NO_SLOTS);
  }
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
    int hash = mix(value);
    long[] table = tables[hash >>> (32 - SEGMENT_BITS)];
    if (table.length == 0) {
      return false;
    }
    int mask = table.length - 1;
    for (int i = hash & mask;; i = (i + 1) & mask) {
      long slot = table[i];
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
    int hash = mix(value);
    int segment = hash >>> (32 - SEGMENT_BITS);
    long[] table = tables[segment];
    if (table.length == 0) {
      table = new long[FIRST_SLOTS];
    } else if ((sizes[segment] + 1) * 2L > table.length) {
      long[] bigger = new long[table.length * 2];
      for (long slot : table) {
        if (slot != EMPTY) {
          insert(bigger, slot, mix(slot));
        }
      }
      table = bigger;
    }
    tables[segment] = table;
    insert(table, value, hash);
    sizes[segment]++;
    size++;
    return true;
  }

  private static void insert(long[] table, long value, int hash) {
    int mask = table.length - 1;
    int i = hash & mask;
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
    long slots = Arrays.stream(tables).mapToLong(t -> t.length).sum();
    return "LongHashSet[" + size() + " of at most " + maxSize + ", in " + slots + " slots]";
  }
}

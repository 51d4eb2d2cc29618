package io.github.apprenticeships4j.formats.internal.json;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One instance per distinct text across neighbouring records of one read: the national catalogue lists the versions of
 * a standard one after the other and repeats most of their strings (each KSB's GUID in the duties that map to it, KSB
 * and duty texts in every version), so a reader that takes its strings from here keeps each such text once. Not
 * {@link String#intern()}: the pool remembers the texts of the current record and of the one before it
 * ({@link #nextRecord()}), a text seen again being carried forward, so it stays small (and in the processor's cache)
 * whatever the size of the read. Texts are found by a hash of their length and at most {@value #SAMPLES} of their
 * characters, then compared whole; since such a hash is easy to make collide, a look-up stops after
 * {@value #MAX_PROBES} slots and the text is then kept unshared, so a crafted input costs at most that per text, never
 * a walk through every colliding text. Not thread-safe.
 */
public final class StringPool {
  /** Characters of a text that its pool hash reads, spread over the whole text. */
  static final int SAMPLES = 4;
  /** Slots a look-up reads at most; beyond them the text is taken as new and not pooled. */
  static final int MAX_PROBES = 32;
  /** What {@link Table#find} gives when it stopped after {@link #MAX_PROBES} slots. */
  private static final int CROWDED = -2;

  private Table current = new Table();
  private Table previous = new Table();

  /** Starts a record: the texts of the record before stay findable, those of older records no longer. */
  public void nextRecord() {
    Table older = previous;
    previous = current;
    current = older;
    current.clear();
  }

  /** The pooled text equal to {@code text}: {@code text} itself the first time. */
  public String of(String text) {
    int hash = hash(text);
    int found = current.find(text, hash);
    if (found >= 0) {
      return current.string(found);
    }
    if (found == CROWDED) {
      return text;
    }
    found = previous.find(text, hash);
    if (found >= 0) {
      String pooled = previous.string(found);
      current.add(pooled, hash);
      return pooled;
    }
    current.add(text, hash);
    return text;
  }

  /** How many texts the current record's table holds. */
  int currentSize() {
    return current.size();
  }

  /** The length and up to {@link #SAMPLES} characters spread over the text, the last one included. */
  static int hash(String text) {
    int length = text.length();
    int hash = length;
    int step = Math.max(1, length / SAMPLES);
    for (int i = length - 1; i >= 0; i -= step) {
      hash = 31 * hash + text.charAt(i);
    }
    return hash;
  }

  /** An open-addressing set of texts, each with its hash, grown as needed. */
  private static final class Table {
    private @Nullable String[] strings = new String[1 << 10];
    private int[] hashes = new int[1 << 10];
    /** The generation of each slot's text: a slot of an older generation is empty. */
    private int[] generations = new int[1 << 10];
    private int generation = 1;
    private int size;

    /** The slot of the text equal to {@code text}; -1 if it is not here, {@link #CROWDED} if the search gave up. */
    int find(String text, int hash) {
      int mask = strings.length - 1;
      int slot = spread(hash) & mask;
      for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
        if (generations[slot] != generation) {
          return -1;
        }
        if (hashes[slot] == hash && text.equals(strings[slot])) {
          return slot;
        }
      }
      return CROWDED;
    }

    int size() {
      return size;
    }

    String string(int slot) {
      return Objects.requireNonNull(strings[slot]);
    }

    /** Adds {@code text}, which {@link #find} did not find. */
    void add(String text, int hash) {
      put(text, hash);
      if (++size * 2 > strings.length) {
        @Nullable String[] oldStrings = strings;
        int[] oldHashes = hashes;
        int[] oldGenerations = generations;
        strings = new String[oldStrings.length * 2];
        hashes = new int[oldStrings.length * 2];
        generations = new int[oldStrings.length * 2];
        for (int i = 0; i < oldStrings.length; i++) {
          @Nullable String s = oldStrings[i];
          if (s != null && oldGenerations[i] == generation) {
            put(s, oldHashes[i]);
          }
        }
      }
    }

    private void put(String text, int hash) {
      int mask = strings.length - 1;
      int slot = spread(hash) & mask;
      while (generations[slot] == generation) {
        slot = (slot + 1) & mask;
      }
      strings[slot] = text;
      hashes[slot] = hash;
      generations[slot] = generation;
    }

    /** Empties the table by starting a generation: the texts of the last one stay referenced until overwritten. */
    void clear() {
      if (size > 0) {
        if (++generation == Integer.MAX_VALUE) {
          Arrays.fill(generations, 0);
          generation = 1;
        }
        size = 0;
      }
    }

    private static int spread(int hash) {
      int h = hash * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}

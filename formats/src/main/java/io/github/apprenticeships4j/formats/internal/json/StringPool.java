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
 * characters, then compared whole. Not thread-safe.
 */
public final class StringPool {
  /** Characters of a text that its pool hash reads, spread over the whole text. */
  static final int SAMPLES = 8;

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
    char[] chars = text.toCharArray();
    return of(chars, 0, chars.length, text);
  }

  /**
   * The pooled text equal to {@code length} characters of {@code buffer} from {@code offset}, e.g. a parser's
   * buffer: a text already pooled is found without making a string.
   */
  public String of(char[] buffer, int offset, int length) {
    return of(buffer, offset, length, null);
  }

  private String of(char[] buffer, int offset, int length, @Nullable String text) {
    int hash = hash(buffer, offset, length);
    int found = current.find(buffer, offset, length, hash);
    if (found >= 0) {
      return current.string(found);
    }
    found = previous.find(buffer, offset, length, hash);
    if (found >= 0) {
      String pooled = previous.string(found);
      current.add(pooled, previous.chars(found), hash);
      return pooled;
    }
    char[] chars = Arrays.copyOfRange(buffer, offset, offset + length);
    String pooled = text == null ? new String(chars) : text;
    current.add(pooled, chars, hash);
    return pooled;
  }

  /** The length and up to {@link #SAMPLES} characters spread over the text, the last one included. */
  static int hash(char[] buffer, int offset, int length) {
    int hash = length;
    int step = Math.max(1, length / SAMPLES);
    for (int i = offset + length - 1; i >= offset; i -= step) {
      hash = 31 * hash + buffer[i];
    }
    return hash;
  }

  /** An open-addressing set of texts, each with its characters and hash, grown as needed. */
  private static final class Table {
    private @Nullable String[] strings = new String[1 << 10];
    private char[][] chars = new char[1 << 10][];
    private int[] hashes = new int[1 << 10];
    /** The generation of each slot's text: a slot of an older generation is empty. */
    private int[] generations = new int[1 << 10];
    private int generation = 1;
    private int size;

    /** The slot of the text equal to the characters, or -1. */
    int find(char[] buffer, int offset, int length, int hash) {
      int mask = strings.length - 1;
      for (int slot = spread(hash) & mask;; slot = (slot + 1) & mask) {
        char[] c = chars[slot];
        if (c == null || generations[slot] != generation) {
          return -1;
        }
        if (hashes[slot] == hash && Arrays.equals(c, 0, c.length, buffer, offset, offset + length)) {
          return slot;
        }
      }
    }

    String string(int slot) {
      return Objects.requireNonNull(strings[slot]);
    }

    char[] chars(int slot) {
      return chars[slot];
    }

    /** Adds {@code text}, which {@link #find} did not find, with its characters. */
    void add(String text, char[] characters, int hash) {
      put(text, characters, hash);
      if (++size * 2 > strings.length) {
        @Nullable String[] oldStrings = strings;
        char[][] oldChars = chars;
        int[] oldHashes = hashes;
        int[] oldGenerations = generations;
        strings = new String[oldStrings.length * 2];
        chars = new char[oldStrings.length * 2][];
        hashes = new int[oldStrings.length * 2];
        generations = new int[oldStrings.length * 2];
        for (int i = 0; i < oldStrings.length; i++) {
          @Nullable String s = oldStrings[i];
          if (s != null && oldGenerations[i] == generation) {
            put(s, oldChars[i], oldHashes[i]);
          }
        }
      }
    }

    private void put(String text, char[] characters, int hash) {
      int mask = strings.length - 1;
      int slot = spread(hash) & mask;
      while (chars[slot] != null && generations[slot] == generation) {
        slot = (slot + 1) & mask;
      }
      strings[slot] = text;
      chars[slot] = characters;
      hashes[slot] = hash;
      generations[slot] = generation;
    }

    /** Empties the table by starting a generation: the texts of the last one stay referenced until overwritten. */
    void clear() {
      if (size > 0) {
        generation++;
        size = 0;
      }
    }

    private static int spread(int hash) {
      int h = hash * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}

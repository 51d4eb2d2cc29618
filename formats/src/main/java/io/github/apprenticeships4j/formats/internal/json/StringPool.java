package io.github.apprenticeships4j.formats.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * One instance per distinct text within one read: the national catalogue repeats most of its strings (each KSB's
 * GUID in the duties that map to it, KSB and duty texts in every version of a standard), so a reader that takes its
 * strings from here keeps each text once. Looked up by the parser's characters, so a repeat allocates nothing. Not
 * {@link String#intern()}: the pool lives as long as its read. Memory is bounded: once {@code maxChars} characters
 * are pooled, new texts are returned unpooled (repeats of pooled ones are still shared). Not thread-safe.
 */
public final class StringPool {
  private final long maxChars;
  private @Nullable String[] strings = new String[1024];
  private int[] hashes = new int[1024];
  private int size;
  private long chars;

  /** A pool that keeps at most {@code maxChars} characters of texts. */
  public StringPool(long maxChars) {
    this.maxChars = maxChars;
  }

  /** The pooled text equal to {@code length} characters of {@code buffer} from {@code offset}. */
  public String of(char[] buffer, int offset, int length) {
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + buffer[i];
    }
    int mask = strings.length - 1;
    for (int slot = spread(hash) & mask;; slot = (slot + 1) & mask) {
      @Nullable String s = strings[slot];
      if (s == null) {
        return add(slot, hash, new String(buffer, offset, length));
      }
      if (hashes[slot] == hash && equal(s, buffer, offset, length)) {
        return s;
      }
    }
  }

  /** The pooled text equal to {@code text}: {@code text} itself the first time. */
  public String of(String text) {
    int hash = text.hashCode();
    int mask = strings.length - 1;
    for (int slot = spread(hash) & mask;; slot = (slot + 1) & mask) {
      @Nullable String s = strings[slot];
      if (s == null) {
        return add(slot, hash, text);
      }
      if (hashes[slot] == hash && s.equals(text)) {
        return s;
      }
    }
  }

  private String add(int slot, int hash, String text) {
    if (chars + text.length() > maxChars) {
      return text;
    }
    strings[slot] = text;
    hashes[slot] = hash;
    chars += text.length();
    if (++size * 2 > strings.length) {
      grow();
    }
    return text;
  }

  private void grow() {
    @Nullable String[] oldStrings = strings;
    int[] oldHashes = hashes;
    strings = new String[oldStrings.length * 2];
    hashes = new int[oldStrings.length * 2];
    int mask = strings.length - 1;
    for (int i = 0; i < oldStrings.length; i++) {
      if (oldStrings[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (strings[slot] != null) {
          slot = (slot + 1) & mask;
        }
        strings[slot] = oldStrings[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static boolean equal(String s, char[] buffer, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != buffer[offset + i]) {
        return false;
      }
    }
    return true;
  }
}

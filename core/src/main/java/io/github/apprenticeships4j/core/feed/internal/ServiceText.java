package io.github.apprenticeships4j.core.feed.internal;

import java.util.OptionalInt;

/**
 * The text handling of the apprenticeship service (.NET) that the feed rules depend on, ported exactly: trimming,
 * {@code int.TryParse} and the {@code \d} of .NET regular expressions.
 */
public final class ServiceText {
  private ServiceText() {}

  /** .NET {@code char.IsWhiteSpace}: Unicode separators, the C0 white space and U+0085. */
  public static boolean isWhiteSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** .NET {@code string.Trim()}. */
  public static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isWhiteSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isWhiteSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** .NET {@code string.IsNullOrWhiteSpace} for a non-null string. */
  public static boolean isWhiteSpace(String text) {
    return trim(text).isEmpty();
  }

  /**
   * .NET {@code int.TryParse(text)} with the invariant culture ({@code NumberStyles.Integer}): optional white space
   * around, an optional {@code +} or {@code -}, then ASCII digits, within the range of a 32-bit int.
   */
  public static OptionalInt tryParseInt(String text) {
    String t = trim(text);
    if (t.isEmpty()) {
      return OptionalInt.empty();
    }
    int i = 0;
    boolean negative = false;
    if (t.charAt(0) == '+' || t.charAt(0) == '-') {
      negative = t.charAt(0) == '-';
      i = 1;
    }
    if (i == t.length()) {
      return OptionalInt.empty();
    }
    long value = 0;
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalInt.empty();
      }
      value = value * 10 + (c - '0');
      if (value > 1L + Integer.MAX_VALUE) {
        return OptionalInt.empty();
      }
    }
    long signed = negative ? -value : value;
    return signed < Integer.MIN_VALUE || signed > Integer.MAX_VALUE ? OptionalInt.empty()
        : OptionalInt.of((int) signed);
  }

  /** .NET {@code char.IsDigit}: a Unicode decimal digit (the {@code \d} of .NET regular expressions). */
  public static boolean isDigit(char c) {
    return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
  }

  /** Whether every char of {@code text} is a .NET digit ({@code true} for ""). */
  public static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} matches {@code pattern}, where {@code d} stands for a .NET {@code \d} and any other char for
   * itself, e.g. {@code dddd-dd-dd}.
   */
  public static boolean matchesDigitPattern(String text, String pattern) {
    if (text.length() != pattern.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char p = pattern.charAt(i);
      if (p == 'd' ? !isDigit(text.charAt(i)) : text.charAt(i) != p) {
        return false;
      }
    }
    return true;
  }

  /** .NET's {@code ToString("N0")} with the invariant culture: thousands separated by commas. */
  public static String n0(long value) {
    return String.format(java.util.Locale.ROOT, "%,d", value);
  }
}

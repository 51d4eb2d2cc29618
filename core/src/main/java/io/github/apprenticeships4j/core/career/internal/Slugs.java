package io.github.apprenticeships4j.core.career.internal;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.util.Locale;
import java.util.regex.Pattern;

/** Identifiers of the career model: lower-case words of letters and digits joined by hyphens. */
public final class Slugs {
  /** Code of the finding for text that is not an identifier. */
  public static final String FORMAT_CODE = "career.id.format";

  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  /** {@code text} stripped and its ASCII letters lower-cased, checked to be a slug. */
  public static String check(String text, String what) {
    // ASCII letters only: String.toLowerCase would also turn the Kelvin sign (U+212A) into k.
    char[] chars = text.strip().toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    String canonical = new String(chars);
    if (!isSlug(canonical)) {
      throw new InvalidValueException(Issue.error(FORMAT_CODE,
          what + " must be lower-case letters and digits joined by hyphens, e.g. 'data-scientist'").rejecting(text));
    }
    return canonical;
  }

  /**
   * Whether {@code text} is {@code [a-z0-9]+(-[a-z0-9]+)*}, tested in a loop: that expression recurses once per
   * hyphen in Java and overflowed the stack on a name of a million characters.
   */
  private static boolean isSlug(String text) {
    if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (text.charAt(i - 1) == '-') {
          return false;
        }
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** The slug of a name: "Head of (Agile) delivery management" gives {@code head-of-agile-delivery-management}. */
  public static String of(String name, String what) {
    String slug = NON_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return check(slug.substring(start, end), what);
  }
}

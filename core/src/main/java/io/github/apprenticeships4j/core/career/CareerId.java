package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of the career identifiers {@link RoleId}, {@link RoleLevelId} and {@link SkillId}: lower-case
 * ASCII letters and digits joined by single hyphens. Each is its own final type, so that one kind of id cannot be
 * passed for another, and ids of two kinds are never equal; the public methods declared here are theirs. (They are
 * not final, so that javac gives each public subclass its own public copy, which reflection can call.)
 */
abstract class CareerId<T extends CareerId<T>> implements Comparable<T> {
  private final String value;

  CareerId(String value) {
    this.value = value;
  }

  /** The canonical text, e.g. {@code machine-learning-engineer}. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(T other) {
    return value.compareTo(other.value());
  }

  // By class on purpose: the subclasses are final, and a RoleId never equals a SkillId of the same text.
  @SuppressWarnings("EqualsGetClass")
  @Override
  public boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass() && value.equals(((CareerId<?>) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  /** Whether {@code text}, stripped and with its ASCII letters lower-cased, is an id. */
  static boolean isValidText(CharSequence text) {
    return isSlug(canonical(text));
  }

  /** {@code text} stripped and its ASCII letters lower-cased. */
  private static String canonical(CharSequence text) {
    // ASCII letters only: String.toLowerCase would also turn the Kelvin sign (U+212A) into k.
    char[] chars = text.toString().strip().toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
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
      } else if (!isLowerLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** How the text of one kind of id is parsed, checked and derived from a name. */
  static final class Format<T> {
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private final String what;
    private final Function<String, T> create;

    /**
     * @param what the kind of id, for messages, e.g. {@code role id}
     * @param create makes an id of canonical text
     */
    Format(String what, Function<String, T> create) {
      this.what = what;
      this.create = create;
    }

    T parse(CharSequence text) {
      String canonical = canonical(text);
      if (!isSlug(canonical)) {
        throw new InvalidValueException(formatIssue(text));
      }
      return create.apply(canonical);
    }

    Optional<T> tryParse(CharSequence text) {
      String canonical = canonical(text);
      return isSlug(canonical) ? Optional.of(create.apply(canonical)) : Optional.empty();
    }

    ValidationReport check(CharSequence text) {
      return isValidText(text) ? ValidationReport.empty() : ValidationReport.of(List.of(formatIssue(text)));
    }

    /**
     * The id of a name: lower-cased, every run of characters other than ASCII letters and digits replaced by one
     * hyphen, leading and trailing hyphens dropped; "Head of (Agile) delivery management" gives
     * {@code head-of-agile-delivery-management}.
     */
    T ofName(CharSequence name) {
      String slug = NON_WORD.matcher(name.toString().toLowerCase(Locale.ROOT)).replaceAll("-");
      int start = 0;
      int end = slug.length();
      while (start < end && slug.charAt(start) == '-') {
        start++;
      }
      while (end > start && slug.charAt(end - 1) == '-') {
        end--;
      }
      if (start == end) {
        throw new InvalidValueException(Issue.error(CareerCodes.ID_FORMAT,
            "a " + what + " is made of the letters and digits of a name, and this one has none").rejecting(
                name.toString()));
      }
      return create.apply(slug.substring(start, end));
    }

    private Issue formatIssue(CharSequence text) {
      return Issue.error(CareerCodes.ID_FORMAT,
          what + " must be lower-case letters and digits joined by hyphens, e.g. 'data-scientist'").rejecting(
              text.toString());
    }
  }
}

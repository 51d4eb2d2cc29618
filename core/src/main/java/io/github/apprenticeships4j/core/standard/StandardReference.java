package io.github.apprenticeships4j.core.standard;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference of an apprenticeship standard, {@code ST} and four digits (e.g. {@code ST1398}), or of a foundation
 * apprenticeship, {@code FA} and four digits. Parsing ignores case and surrounding white space, so the real
 * {@code "FA0005 "} reads as {@code FA0005}. Immutable and thread-safe; ordered by its text.
 *
 * <p>Format from DfE's import rule E1002 ({@code ^ST\d{4}$}, {@code ^FA\d{4}$}): SkillsFundingAgency/das-courses-api,
 * {@code CoursesImport/Validators}.
 */
public final class StandardReference implements Comparable<StandardReference> {
  /** Code of the finding for text that is not a reference (DfE's import rule). */
  public static final String FORMAT_CODE = "E1002";

  private static final Pattern FORMAT = Pattern.compile("(ST|FA)\\d{4}");

  private final String value;

  private StandardReference(String value) {
    this.value = value;
  }

  /**
   * The reference written in {@code text}.
   *
   * @throws InvalidValueException with code {@value #FORMAT_CODE} if the text is not {@code ST} or {@code FA} followed
   *     by four digits
   */
  public static StandardReference of(String text) {
    return tryParse(text).orElseThrow(() -> new InvalidValueException(
        Issue.error(FORMAT_CODE, "standard reference must be 'ST' or 'FA' followed by 4 digits").rejecting(text)));
  }

  /** The reference written in {@code text}, or empty if it is not one. */
  public static Optional<StandardReference> tryParse(String text) {
    // ASCII letters only: String.toUpperCase would also turn look-alikes such as 'ſ' (long s) or 'ﬆ' into ST.
    String canonical = asciiUpperCase(text.strip());
    return FORMAT.matcher(canonical).matches() ? Optional.of(new StandardReference(canonical)) : Optional.empty();
  }

  private static String asciiUpperCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /** Whether this is a foundation apprenticeship ({@code FA…}) rather than an apprenticeship standard. */
  public boolean isFoundationApprenticeship() {
    return value.startsWith("FA");
  }

  /** The canonical text, e.g. {@code ST1398}. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(StandardReference other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StandardReference that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.github.apprenticeships4j.core.standard;

import static io.github.apprenticeships4j.core.standard.StandardCodes.REFERENCE_FORMAT;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.core.validation.internal.ValueText;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The reference of an apprenticeship standard, {@code ST} and four digits (e.g. {@code ST1398}), or of a foundation
 * apprenticeship, {@code FA} and four digits. Parsing ignores case and surrounding white space, so the real
 * {@code "FA0005 "} reads as {@code FA0005}. Immutable and thread-safe; ordered by its text.
 *
 * <p>Format from DfE's import rule E1002 ({@code ^ST\d{4}$}, {@code ^FA\d{4}$}): SkillsFundingAgency/das-courses-api,
 * {@code CoursesImport/Validators}.
 */
public final class StandardReference implements Comparable<StandardReference> {
  private static final Pattern FORMAT = Pattern.compile("(ST|FA)\\d{4}");

  private static final ValueText<StandardReference> TEXT =
      ValueText.of(StandardReference::read, StandardReference::refusal);

  private final String value;

  private StandardReference(String value) {
    this.value = value;
  }

  /**
   * The reference written in {@code text}.
   *
   * @throws InvalidValueException with code {@value StandardCodes#REFERENCE_FORMAT} if the text is not {@code ST} or
   *     {@code FA} followed by four digits
   */
  public static StandardReference parse(CharSequence text) {
    return TEXT.parse(text);
  }

  /** The reference written in {@code text}, or empty if it is not one. */
  public static Optional<StandardReference> tryParse(CharSequence text) {
    return TEXT.tryParse(text);
  }

  /** Whether {@code text} is a reference (case and white space around it ignored). */
  public static boolean isValid(CharSequence text) {
    return TEXT.isValid(text);
  }

  /**
   * The findings about {@code text} as a reference: none if it is one, otherwise one error,
   * {@value StandardCodes#REFERENCE_FORMAT}. Never throws.
   */
  public static ValidationReport check(CharSequence text) {
    return TEXT.check(text);
  }

  private static @Nullable StandardReference read(String stripped) {
    // ASCII letters only: String.toUpperCase would also turn look-alikes such as 'ſ' (long s) or 'ﬆ' into ST.
    String canonical = asciiUpperCase(stripped);
    return FORMAT.matcher(canonical).matches() ? new StandardReference(canonical) : null;
  }

  private static Issue refusal(String text) {
    return Issue.error(REFERENCE_FORMAT, "standard reference must be 'ST' or 'FA' followed by 4 digits")
        .rejecting(text);
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

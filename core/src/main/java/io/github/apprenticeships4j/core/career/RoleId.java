package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.Optional;

/**
 * The identifier of a role inside a {@link Framework}: lower-case letters and digits joined by hyphens, e.g.
 * {@code machine-learning-engineer}. Parsing ignores surrounding white space and the case of ASCII letters; text that is not an id gives
 * the error {@value CareerCodes#ID_FORMAT}. Immutable and thread-safe; ordered by its text.
 */
public final class RoleId extends CareerId<RoleId> {
  private static final Format<RoleId> FORMAT = new Format<>("role id", RoleId::new);

  private RoleId(String value) {
    super(value);
  }

  /**
   * The role id written in {@code text}.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException (an {@link IllegalArgumentException})
   *     with code {@value CareerCodes#ID_FORMAT} if the text is not one
   */
  public static RoleId parse(CharSequence text) {
    return FORMAT.parse(text);
  }

  /** The role id written in {@code text}, or empty if the text is not one. */
  public static Optional<RoleId> tryParse(CharSequence text) {
    return FORMAT.tryParse(text);
  }

  /** Whether {@code text} is a role id. */
  public static boolean isValid(CharSequence text) {
    return isValidText(text);
  }

  /** The findings about {@code text} as a role id: none, or the error {@value CareerCodes#ID_FORMAT}. */
  public static ValidationReport check(CharSequence text) {
    return FORMAT.check(text);
  }

  /**
   * The role id made of a name: "Machine learning engineer" gives {@code machine-learning-engineer}. The name is lower-cased and every run of
   * characters other than ASCII letters and digits becomes one hyphen.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException with code
   *     {@value CareerCodes#ID_FORMAT} if the name has no ASCII letter or digit
   */
  public static RoleId ofName(CharSequence name) {
    return FORMAT.ofName(name);
  }
}

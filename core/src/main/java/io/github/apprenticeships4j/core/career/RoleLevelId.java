package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.Optional;

/**
 * The identifier of a role level inside a {@link Framework}: lower-case letters and digits joined by hyphens, e.g.
 * {@code senior-machine-learning-engineer}. Parsing ignores surrounding white space and the case of ASCII letters; text that is not an id gives
 * the error {@value CareerCodes#ID_FORMAT}. Immutable and thread-safe; ordered by its text.
 */
public final class RoleLevelId extends CareerId<RoleLevelId> {
  private static final Format<RoleLevelId> FORMAT = new Format<>("role level id", RoleLevelId::new);

  private RoleLevelId(String value) {
    super(value);
  }

  /**
   * The role level id written in {@code text}.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException (an {@link IllegalArgumentException})
   *     with code {@value CareerCodes#ID_FORMAT} if the text is not one
   */
  public static RoleLevelId parse(CharSequence text) {
    return FORMAT.parse(text);
  }

  /** The role level id written in {@code text}, or empty if the text is not one. */
  public static Optional<RoleLevelId> tryParse(CharSequence text) {
    return FORMAT.tryParse(text);
  }

  /** Whether {@code text} is a role level id. */
  public static boolean isValid(CharSequence text) {
    return isValidText(text);
  }

  /** The findings about {@code text} as a role level id: none, or the error {@value CareerCodes#ID_FORMAT}. */
  public static ValidationReport check(CharSequence text) {
    return FORMAT.check(text);
  }

  /**
   * The role level id made of a name: "Senior machine learning engineer" gives {@code senior-machine-learning-engineer}. The name is lower-cased and every run of
   * characters other than ASCII letters and digits becomes one hyphen.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException with code
   *     {@value CareerCodes#ID_FORMAT} if the name has no ASCII letter or digit
   */
  public static RoleLevelId ofName(CharSequence name) {
    return FORMAT.ofName(name);
  }
}

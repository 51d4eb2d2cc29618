package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.Optional;

/**
 * The identifier of a skill inside a {@link Framework}: lower-case letters and digits joined by hyphens, e.g.
 * {@code data-science-innovation}. Parsing ignores surrounding white space and the case of ASCII letters; text that is not an id gives
 * the error {@value CareerCodes#ID_FORMAT}. Immutable and thread-safe; ordered by its text.
 */
public final class SkillId extends CareerId<SkillId> {
  private static final Format<SkillId> FORMAT = new Format<>("skill id", SkillId::new);

  private SkillId(String value) {
    super(value);
  }

  /**
   * The skill id written in {@code text}.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException (an {@link IllegalArgumentException})
   *     with code {@value CareerCodes#ID_FORMAT} if the text is not one
   */
  public static SkillId parse(CharSequence text) {
    return FORMAT.parse(text);
  }

  /** The skill id written in {@code text}, or empty if the text is not one. */
  public static Optional<SkillId> tryParse(CharSequence text) {
    return FORMAT.tryParse(text);
  }

  /** Whether {@code text} is a skill id. */
  public static boolean isValid(CharSequence text) {
    return isValidText(text);
  }

  /** The findings about {@code text} as a skill id: none, or the error {@value CareerCodes#ID_FORMAT}. */
  public static ValidationReport check(CharSequence text) {
    return FORMAT.check(text);
  }

  /**
   * The skill id made of a name: "Data science innovation" gives {@code data-science-innovation}. The name is lower-cased and every run of
   * characters other than ASCII letters and digits becomes one hyphen.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException with code
   *     {@value CareerCodes#ID_FORMAT} if the name has no ASCII letter or digit
   */
  public static SkillId ofName(CharSequence name) {
    return FORMAT.ofName(name);
  }
}

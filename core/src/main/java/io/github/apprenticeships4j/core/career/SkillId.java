package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.internal.Slugs;

/**
 * The identifier of a skill inside a {@link Framework}: lower-case letters and digits joined by hyphens, e.g.
 * {@code data-science-innovation}. Immutable and thread-safe; ordered by its text.
 */
public final class SkillId implements Comparable<SkillId> {
  private final String value;

  private SkillId(String value) {
    this.value = value;
  }

  /**
   * The identifier written in {@code text}, ignoring case and surrounding white space.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException with code {@code career.id.format}
   */
  public static SkillId of(String text) {
    return new SkillId(Slugs.check(text, "skill id"));
  }

  /**
   * The identifier derived from a name: lower-cased, every run of other characters replaced by one hyphen.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException with code {@code career.id.format} if
   *     the name has no letter or digit
   */
  public static SkillId fromName(String name) {
    return new SkillId(Slugs.of(name, "skill id"));
  }

  public String value() {
    return value;
  }

  @Override
  public int compareTo(SkillId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SkillId that && value.equals(that.value);
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

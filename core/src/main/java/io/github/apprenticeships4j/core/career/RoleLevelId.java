package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.internal.Slugs;

/**
 * The identifier of a role level inside a {@link Framework}: lower-case letters and digits joined by hyphens, e.g.
 * {@code senior-machine-learning-engineer}. Immutable and thread-safe; ordered by its text.
 */
public final class RoleLevelId implements Comparable<RoleLevelId> {
  private final String value;

  private RoleLevelId(String value) {
    this.value = value;
  }

  /**
   * The identifier written in {@code text}, ignoring case and surrounding white space.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException with code {@code career.id.format}
   */
  public static RoleLevelId of(String text) {
    return new RoleLevelId(Slugs.check(text, "role level id"));
  }

  /**
   * The identifier derived from a name: lower-cased, every run of other characters replaced by one hyphen.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException with code {@code career.id.format} if
   *     the name has no letter or digit
   */
  public static RoleLevelId fromName(String name) {
    return new RoleLevelId(Slugs.of(name, "role level id"));
  }

  public String value() {
    return value;
  }

  @Override
  public int compareTo(RoleLevelId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RoleLevelId that && value.equals(that.value);
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

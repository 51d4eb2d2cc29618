package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.internal.Slugs;

/**
 * The identifier of a role inside a {@link Framework}: lower-case letters and digits joined by hyphens, e.g.
 * {@code machine-learning-engineer}. Immutable and thread-safe; ordered by its text.
 */
public final class RoleId implements Comparable<RoleId> {
  private final String value;

  private RoleId(String value) {
    this.value = value;
  }

  /**
   * The identifier written in {@code text}, ignoring case and surrounding white space.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException with code {@code career.id.format}
   */
  public static RoleId of(String text) {
    return new RoleId(Slugs.check(text, "role id"));
  }

  /**
   * The identifier derived from a name: lower-cased, every run of other characters replaced by one hyphen.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException with code {@code career.id.format} if
   *     the name has no letter or digit
   */
  public static RoleId fromName(String name) {
    return new RoleId(Slugs.of(name, "role id"));
  }

  public String value() {
    return value;
  }

  @Override
  public int compareTo(RoleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RoleId that && value.equals(that.value);
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

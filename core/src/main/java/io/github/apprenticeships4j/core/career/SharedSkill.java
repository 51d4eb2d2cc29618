package io.github.apprenticeships4j.core.career;

import java.util.Objects;

/**
 * A skill two roles both require, possibly as different variants of one identity (DDaT's "Programming and build
 * (data science)" and "Programming and build (software engineering)").
 *
 * @param identity the identity shared
 * @param first the skill as the first role requires it
 * @param second the skill as the second role requires it
 */
public record SharedSkill(SkillId identity, Skill first, Skill second) {
  public SharedSkill {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }

  /** Whether both roles require the very same skill, not two variants of it. */
  public boolean isSameVariant() {
    return first.id().equals(second.id());
  }

  @Override
  public String toString() {
    return isSameVariant() ? first.name() : first.name() + " ~ " + second.name();
  }
}

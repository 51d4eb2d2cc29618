package io.github.apprenticeships4j.core.career;

import java.util.Objects;
import java.util.Optional;

/**
 * A skill that a role level requires, at a level of the framework's scale. The level is absent where the framework
 * names the skill without one (DDaT writes "NOT IN USE" for its Senior Civil Service roles).
 *
 * @param skill the skill required
 * @param level the level required, if stated
 */
public record SkillRequirement(SkillId skill, Optional<SkillLevel> level) {
  public SkillRequirement {
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(level, "level");
  }

  /** {@code skill} at {@code level}. */
  public static SkillRequirement of(SkillId skill, SkillLevel level) {
    return new SkillRequirement(skill, Optional.of(level));
  }

  /** {@code skill} without a stated level. */
  public static SkillRequirement unrated(SkillId skill) {
    return new SkillRequirement(skill, Optional.empty());
  }

  @Override
  public String toString() {
    return skill + level.map(l -> " at " + l).orElse(" (no level)");
  }
}

package io.github.apprenticeships4j.core.career;

import java.util.Objects;
import java.util.Optional;

/**
 * How the requirement for one skill changes from one profile to another.
 *
 * @param skill the skill
 * @param skillName its name, for reading
 * @param kind what happens to the requirement
 * @param from the level required before, absent if not required or required without a level
 * @param to the level required after, absent if not required or required without a level
 * @param steps the signed number of scale steps from {@code from} to {@code to}; "not required" counts as one step
 *     below the lowest level, and a requirement without a level as the lowest level; 0 when
 *     {@link Kind#UNCOMPARABLE}
 */
public record SkillChange(SkillId skill, String skillName, Kind kind, Optional<SkillLevel> from,
    Optional<SkillLevel> to, int steps) {

  /** What happens to the requirement for a skill. Declared in the order changes are listed. */
  public enum Kind {
    /** Newly required. */
    ADDED,
    /** Required at a higher level. */
    RAISED,
    /** Required on both sides, but one side states no level, so the two cannot be compared. */
    UNCOMPARABLE,
    /** Required at the same level. */
    UNCHANGED,
    /** Required at a lower level. */
    LOWERED,
    /** No longer required. */
    REMOVED;

    /** The kind seen from the other side: added and removed swap, raised and lowered swap. */
    public Kind inverse() {
      switch (this) {
        case ADDED:
          return REMOVED;
        case REMOVED:
          return ADDED;
        case RAISED:
          return LOWERED;
        case LOWERED:
          return RAISED;
        default:
          return this;
      }
    }
  }

  public SkillChange {
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(skillName, "skillName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** The same change seen from the other side. */
  public SkillChange inverse() {
    return new SkillChange(skill, skillName, kind.inverse(), to, from, -steps);
  }

  /** For example {@code raised by 1: Systems integration (Practitioner -> Expert)}. */
  @Override
  public String toString() {
    switch (kind) {
      case ADDED:
        return "added: " + skillName + to.map(l -> " at " + l).orElse("");
      case REMOVED:
        return "no longer required: " + skillName + from.map(l -> " (was " + l + ")").orElse("");
      case RAISED:
        return "raised by " + steps + ": " + skillName + " (" + from.get() + " -> " + to.get() + ")";
      case LOWERED:
        return "lowered by " + -steps + ": " + skillName + " (" + from.get() + " -> " + to.get() + ")";
      case UNCHANGED:
        return "unchanged: " + skillName + from.map(l -> " at " + l).orElse("");
      default:
        return "not comparable: " + skillName + " (" + from.map(SkillLevel::label).orElse("no level")
            + " -> " + to.map(SkillLevel::label).orElse("no level") + ")";
    }
  }
}

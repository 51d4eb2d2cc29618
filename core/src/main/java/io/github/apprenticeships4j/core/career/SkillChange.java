package io.github.apprenticeships4j.core.career;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the requirement for one skill changes from one profile to another: an entry of a {@link SkillGap}. Immutable
 * and thread-safe.
 */
public final class SkillChange {
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

  private final SkillId skill;
  private final String skillName;
  private final Kind kind;
  private final Optional<SkillLevel> from;
  private final Optional<SkillLevel> to;
  private final int steps;

  SkillChange(SkillId skill, String skillName, Kind kind, Optional<SkillLevel> from, Optional<SkillLevel> to,
      int steps) {
    this.skill = Objects.requireNonNull(skill, "skill");
    this.skillName = Objects.requireNonNull(skillName, "skillName");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.steps = steps;
  }

  /** The skill. */
  public SkillId skill() {
    return skill;
  }

  /** The skill's name, for reading. */
  public String skillName() {
    return skillName;
  }

  /** What happens to the requirement. */
  public Kind kind() {
    return kind;
  }

  /** The level required before; absent if not required or required without a level. */
  public Optional<SkillLevel> from() {
    return from;
  }

  /** The level required after; absent if not required or required without a level. */
  public Optional<SkillLevel> to() {
    return to;
  }

  /**
   * The signed number of scale steps from {@link #from()} to {@link #to()}; "not required" counts as one step below
   * the lowest level, and a requirement without a level as the lowest level; 0 when {@link Kind#UNCOMPARABLE}.
   */
  public int steps() {
    return steps;
  }

  /** The same change seen from the other side. */
  public SkillChange inverse() {
    return new SkillChange(skill, skillName, kind.inverse(), to, from, -steps);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SkillChange that
        && skill.equals(that.skill) && skillName.equals(that.skillName) && kind == that.kind
        && from.equals(that.from) && to.equals(that.to) && steps == that.steps;
  }

  @Override
  public int hashCode() {
    return Objects.hash(skill, skillName, kind, from, to, steps);
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

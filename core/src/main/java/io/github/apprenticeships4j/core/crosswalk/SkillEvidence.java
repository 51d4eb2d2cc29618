package io.github.apprenticeships4j.core.crosswalk;

import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a crosswalk says about one skill of a derived profile: the level it gives the skill, the alignments that
 * count towards it and those only noted (of a kind that does not count, or without a level). Made by
 * {@link CrosswalkProfile}; immutable and thread-safe.
 */
public final class SkillEvidence {
  private final SkillId skill;
  private final String name;
  private final Optional<SkillLevel> level;
  private final List<Alignment> counted;
  private final List<Alignment> noted;

  SkillEvidence(SkillId skill, String name, Optional<SkillLevel> level, List<Alignment> counted,
      List<Alignment> noted) {
    this.skill = Objects.requireNonNull(skill, "skill");
    this.name = Objects.requireNonNull(name, "name");
    this.level = Objects.requireNonNull(level, "level");
    this.counted = List.copyOf(counted);
    this.noted = List.copyOf(noted);
  }

  public SkillId skill() {
    return skill;
  }

  /** The skill's name in the framework. */
  public String name() {
    return name;
  }

  /** The highest level of the counted alignments; absent when none counts (the skill is not in the profile). */
  public Optional<SkillLevel> level() {
    return level;
  }

  /** The alignments that count towards the level, in the crosswalk's order. */
  public List<Alignment> counted() {
    return counted;
  }

  /** The alignments of the skill that do not count, in the crosswalk's order. */
  public List<Alignment> noted() {
    return noted;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SkillEvidence that && skill.equals(that.skill) && name.equals(that.name)
        && level.equals(that.level) && counted.equals(that.counted) && noted.equals(that.noted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(skill, name, level, counted, noted);
  }

  /** For example {@code Data ethics and privacy at Working (counted: S11, K24, K26; noted: S20, B4)}. */
  @Override
  public String toString() {
    return name + level.map(l -> " at " + l).orElse(" (not counted)") + " (counted: " + codes(counted)
        + "; noted: " + codes(noted) + ")";
  }

  private static String codes(List<Alignment> alignments) {
    return alignments.isEmpty() ? "none"
        : alignments.stream().map(Alignment::ksb).collect(java.util.stream.Collectors.joining(", "));
  }
}

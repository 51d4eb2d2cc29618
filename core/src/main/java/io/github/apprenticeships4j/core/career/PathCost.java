package io.github.apprenticeships4j.core.career;

/** What a shortest path minimises. */
public enum PathCost {
  /** The number of steps. */
  STEPS,
  /**
   * The total skill gap: the sum of {@link SkillGap#stepsToLearn()} over the steps, fewer steps breaking ties. A step
   * without a delta (an end without requirements) counts as 0.
   */
  SKILL_GAP
}

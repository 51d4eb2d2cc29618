package io.github.apprenticeships4j.core.progress;

import org.immutables.value.Value;

/** The coverage of one duty's KSBs. Immutable and thread-safe; made by {@link ProgressCheck}. */
@Value.Immutable
public abstract class DutyCoverage {
  DutyCoverage() {}

  /** The duty's id in the source. */
  public abstract String dutyId();

  /** What the duty is, e.g. "Build and deploy models". */
  public abstract String dutyText();

  /** Whether it is a core duty (otherwise one of the apprentice's option). */
  public abstract boolean isCore();

  /** The duty's KSBs and those of them with evidence. */
  public abstract Coverage coverage();

  static DutyCoverage of(String id, String text, boolean core, Coverage coverage) {
    return ImmutableDutyCoverage.builder().dutyId(id).dutyText(text).isCore(core).coverage(coverage).build();
  }
}

package io.github.apprenticeships4j.core.crosswalk;

/**
 * The codes of the findings about crosswalks. Every code is {@code crosswalk.subject.problem} in lower kebab case,
 * and its constant is the code without {@code crosswalk.} in upper snake case. Codes never change once published;
 * assert on them.
 */
public final class CrosswalkCodes {
  /** The standard given is not the one the crosswalk is for (error). */
  public static final String STANDARD_MISMATCH = "crosswalk.standard.mismatch";
  /** The standard given is another version than the one the crosswalk names (warning). */
  public static final String STANDARD_VERSION_MISMATCH = "crosswalk.standard.version-mismatch";
  /** An alignment names a KSB code the standard does not have (error). */
  public static final String KSB_UNKNOWN = "crosswalk.ksb.unknown";
  /** An alignment names a skill the framework does not have (error). */
  public static final String SKILL_UNKNOWN = "crosswalk.skill.unknown";
  /** An alignment's level is not a level of the framework's scale (error). */
  public static final String LEVEL_FOREIGN = "crosswalk.level.foreign";
  /** An alignment's level is one at which its skill is not defined (error). */
  public static final String LEVEL_UNDEFINED = "crosswalk.level.undefined";
  /** The same KSB is aligned to the same skill twice; the first counts (warning). */
  public static final String ALIGNMENT_DUPLICATE = "crosswalk.alignment.duplicate";

  private CrosswalkCodes() {}
}

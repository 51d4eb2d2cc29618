package io.github.apprenticeships4j.core.career;

/**
 * The codes of the findings about career frameworks, identifiers and progression graphs. Every code is
 * {@code career.subject.problem} in lower kebab case, and its constant is the code without {@code career.} in upper
 * snake case. Codes never change once published; assert on them.
 */
public final class CareerCodes {
  /** Text that is not a role, role level or skill id (error; thrown by the ids' {@code parse}). */
  public static final String ID_FORMAT = "career.id.format";
  /** A label that is not a level of the scale (error; thrown by {@link SkillLevelScale#get(String)}). */
  public static final String SKILL_LEVEL_UNKNOWN = "career.skill-level.unknown";

  /** Two skills share an id or a name, ignoring case (error). */
  public static final String SKILL_DUPLICATE = "career.skill.duplicate";
  /** A skill is described at a level that is not of the framework's scale (error). */
  public static final String SKILL_LEVEL_FOREIGN = "career.skill.level-foreign";
  /** A skill is defined at no level (warning). */
  public static final String SKILL_NO_LEVELS = "career.skill.no-levels";
  /** Two roles share an id or a name, ignoring case (error). */
  public static final String ROLE_DUPLICATE = "career.role.duplicate";
  /** Two role levels share an id or a name, ignoring case (error). */
  public static final String ROLE_LEVEL_DUPLICATE = "career.role-level.duplicate";
  /** A level of a role with several levels has no rank (warning). */
  public static final String ROLE_LEVEL_ORDER_MISSING = "career.role-level.order-missing";
  /** A requirement names a skill the framework does not have (error). */
  public static final String REQUIREMENT_SKILL_UNKNOWN = "career.requirement.skill-unknown";
  /** A requirement's level is not of the framework's scale (error). */
  public static final String REQUIREMENT_LEVEL_FOREIGN = "career.requirement.level-foreign";
  /** A requirement is at a level where its skill is not defined (error). */
  public static final String REQUIREMENT_LEVEL_UNDEFINED = "career.requirement.level-undefined";
  /** A requirement states no level (warning). */
  public static final String REQUIREMENT_LEVEL_MISSING = "career.requirement.level-missing";
  /** A role level requires the same skill twice (warning). */
  public static final String REQUIREMENT_DUPLICATE = "career.requirement.duplicate";
  /** A level requires less of a skill than the next lower-ranked level of its role (warning). */
  public static final String LADDER_REQUIREMENT_LOWERED = "career.ladder.requirement-lowered";
  /** A pay band's minimum is above its maximum or below zero (error). */
  public static final String PAY_BAND_RANGE = "career.pay-band.range";

  /** An edge starts or ends at a node that is not in the graph (error). */
  public static final String GRAPH_EDGE_UNKNOWN_NODE = "career.graph.edge-unknown-node";
  /** An edge's kind does not fit its ends (error). */
  public static final String GRAPH_EDGE_KIND = "career.graph.edge-kind";
  /** An edge leads back to where it starts (error). */
  public static final String GRAPH_EDGE_SELF = "career.graph.edge-self";
  /** The same edge is listed twice (warning). */
  public static final String GRAPH_EDGE_DUPLICATE = "career.graph.edge-duplicate";
  /** Promotions lead in a circle; one finding per cycle (error). */
  public static final String GRAPH_PROMOTION_CYCLE = "career.graph.promotion-cycle";
  /** A promotion leads to another role, or to a level of its role not ranked higher (warning). */
  public static final String GRAPH_PROMOTION_ORDER = "career.graph.promotion-order";
  /** The graph lists an apprenticeship twice (error). */
  public static final String GRAPH_APPRENTICESHIP_DUPLICATE = "career.graph.apprenticeship-duplicate";

  /** A path search stopped at its step bound; longer paths may exist (warning). */
  public static final String PATHS_STEP_BOUND = "career.paths.step-bound";
  /** There are more paths than the count bound; the fewest-step ones are kept (warning). */
  public static final String PATHS_COUNT_BOUND = "career.paths.count-bound";
  /**
   * A path search stopped after following {@link ProgressionGraph#MAX_EDGES_FOLLOWED} edges (a dense graph); paths
   * of as many steps as it had reached, or more, may be missing (warning).
   */
  public static final String PATHS_WORK_BOUND = "career.paths.work-bound";

  private CareerCodes() {}
}

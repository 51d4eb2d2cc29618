package io.github.apprenticeships4j.core.career;

/** How one step of a career leads to the next. */
public enum EdgeKind {
  /** To a more senior level of the same role. */
  PROMOTION,
  /** From an individual contributor role to a management role. */
  MANAGEMENT_TRACK,
  /** To a specialist role that branches off the main ladder. */
  SPECIALIST_BRANCH,
  /** To a role of similar seniority. */
  LATERAL_MOVE,
  /** From an apprenticeship to the role level it prepares for. */
  APPRENTICESHIP_TO_ROLE,
  /** From an apprenticeship to a higher apprenticeship. */
  APPRENTICESHIP_TO_APPRENTICESHIP;

  /** Whether an edge of this kind starts at an apprenticeship. */
  public boolean fromApprenticeship() {
    return this == APPRENTICESHIP_TO_ROLE || this == APPRENTICESHIP_TO_APPRENTICESHIP;
  }

  /** Whether an edge of this kind ends at an apprenticeship. */
  public boolean toApprenticeship() {
    return this == APPRENTICESHIP_TO_APPRENTICESHIP;
  }
}

package io.github.apprenticeships4j.core.funding;

/** How firmly a {@link FundingRule} is established, in decreasing order of authority. */
public enum RuleBasis {
  /** Read from gov.uk, DfE, ESFA, HMRC, DWP or IfATE text, or from DfE's help centre quoting the rules. */
  OFFICIAL,
  /** Read from DfE's or ESFA's public code (the SkillsFundingAgency repositories). */
  DFE_CODE,
  /** Read from a third-party summary (training providers, press) only. */
  THIRD_PARTY,
  /** A question the sources leave open, settled by this library; see the rule's source for the reasoning. */
  LIBRARY_CHOICE,
  /**
   * Sources disagree: the value is the reading DfE's payments code implements (what will be paid) and the source cites
   * both sides. Every calculation whose figures use such a rule carries a {@code funding.rule.conflict} warning
   * (for an apprenticeship unit, when the employer co-invests).
   */
  CONFLICT
}

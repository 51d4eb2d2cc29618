package io.github.apprenticeships4j.core.funding;

/** Whether the government pays the whole funded price (no co-investment), and why. */
public enum FullFundingReason {
  /** Small employer (before April 2024) and an apprentice in the young age range. */
  SMALL_EMPLOYER_YOUNG_APPRENTICE(true),
  /** Small employer (before April 2024) and an apprentice with an EHC plan or a consenting care leaver. */
  SMALL_EMPLOYER_EHC_PLAN_OR_CARE_LEAVER(true),
  /** Non-levy employer (from April 2024) and an apprentice in the young age range. */
  NON_LEVY_YOUNG_APPRENTICE(true),
  /** Non-levy employer (from April 2024) and an apprentice with an EHC plan or a consenting care leaver. */
  NON_LEVY_EHC_PLAN_OR_CARE_LEAVER(true),
  /** Any employer, levy payer or not (from August 2026, as DfE's payments code pays), and a young apprentice. */
  ANY_EMPLOYER_YOUNG_APPRENTICE(true),
  /** Any employer (from August 2026, as DfE's payments code pays), and an EHC plan or a consenting care leaver. */
  ANY_EMPLOYER_EHC_PLAN_OR_CARE_LEAVER(true),
  /** Co-investment applies: the employer is not of the kind that may be fully funded. */
  EMPLOYER_NOT_ELIGIBLE(false),
  /** Co-investment applies: the apprentice's age (and EHC plan or care leaver status) does not qualify. */
  APPRENTICE_NOT_ELIGIBLE(false);

  private final boolean fullyFunded;

  FullFundingReason(boolean fullyFunded) {
    this.fullyFunded = fullyFunded;
  }

  public boolean isFullyFunded() {
    return fullyFunded;
  }
}

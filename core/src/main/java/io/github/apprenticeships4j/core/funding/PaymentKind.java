package io.github.apprenticeships4j.core.funding;

/** What a {@link Payment} is for, and so who receives it. */
public enum PaymentKind {
  /** Monthly on-programme instalment to the provider, on a census date (last day of the month). */
  INSTALMENT(true),
  /** The rest of the on-programme amount, paid to the provider in the month of an early completion. */
  BALANCING(true),
  /** The completion payment to the provider (20% of an apprenticeship's funded price, 70% of a unit's price). */
  COMPLETION(true),
  /** Additional payment for a young apprentice, to the employer. */
  EMPLOYER_INCENTIVE(false),
  /** Additional payment for a young apprentice, to the provider. */
  PROVIDER_INCENTIVE(false),
  /** Care leavers' bursary, to the apprentice. */
  CARE_LEAVER_BURSARY(false),
  /**
   * Hiring incentive for small and medium-sized employers taking on a young apprentice (from August 2026), to the
   * employer; not from the funded price or levy funds.
   */
  SME_HIRING_INCENTIVE(false),
  /**
   * Employer incentive of a foundation apprenticeship (starts from August 2025), to the employer: instalments on
   * milestone days during the programme and the last on the {@linkplain Progress#progressionDate() progression} to a
   * further apprenticeship. Not from levy funds.
   */
  FOUNDATION_EMPLOYER_INCENTIVE(false),
  /** Monthly instalment of an English or maths aim, to the provider; outside co-investment and levy. */
  ENGLISH_AND_MATHS(false),
  /** The part of an apprenticeship unit's price paid when 30% of its planned duration is reached, to the provider. */
  UNIT_MILESTONE(true);

  private final boolean fromFundedPrice;

  PaymentKind(boolean fromFundedPrice) {
    this.fromFundedPrice = fromFundedPrice;
  }

  /** Whether the payment is part of the funded price (shared between levy, government and employer). */
  public boolean isFromFundedPrice() {
    return fromFundedPrice;
  }
}

package io.github.apprenticeships4j.core.funding;

/** What a {@link Payment} is for, and so who receives it. */
public enum PaymentKind {
  /** Monthly on-programme instalment to the provider, on a census date (last day of the month). */
  INSTALMENT(true),
  /** The rest of the on-programme amount, paid to the provider in the month of an early completion. */
  BALANCING(true),
  /** The completion payment to the provider (20% of the funded price by default). */
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
  FOUNDATION_EMPLOYER_INCENTIVE(false);

  private final boolean fromFundedPrice;

  PaymentKind(boolean fromFundedPrice) {
    this.fromFundedPrice = fromFundedPrice;
  }

  /** Whether the payment is part of the funded price (shared between levy, government and employer). */
  public boolean isFromFundedPrice() {
    return fromFundedPrice;
  }
}

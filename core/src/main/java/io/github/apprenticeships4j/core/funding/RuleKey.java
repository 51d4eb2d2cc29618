package io.github.apprenticeships4j.core.funding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of dated {@link FundingRule}, each with its stable identifier (as written in a rule catalogue) and the
 * type of its value. The qualifier a rule of each kind takes is given in brackets; {@code *} means any.
 */
public enum RuleKey {
  /** How the apprentice's age is measured: {@code completed-years} on the start date. [*] */
  AGE_AT_START("age-at-start", ValueType.TEXT, "completed-years"),
  /** Government share of the co-invested price, e.g. 0.95. [{@code levy-payer}, {@code non-levy} or *] */
  CO_INVESTMENT_GOVERNMENT_SHARE("co-investment.government-share", ValueType.RATE),
  /**
   * Which employers may be fully funded: {@code small-employer}, {@code non-levy} or {@code any}. [{@code levy-payer},
   * {@code non-levy} or *]
   */
  FULL_FUNDING_EMPLOYER("full-funding.employer", ValueType.TEXT, "small-employer", "non-levy", "any"),
  /** A small employer has fewer employees than this. [*] */
  FULL_FUNDING_HEADCOUNT_BELOW("full-funding.headcount-below", ValueType.INTEGER),
  /** Ages at start fully funded at an eligible employer, e.g. 16-21. [*] */
  FULL_FUNDING_AGE("full-funding.age", ValueType.AGE_RANGE),
  /** Ages at start fully funded with an EHC plan or as a care leaver, e.g. 22-24. [*] */
  FULL_FUNDING_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER("full-funding.age-with-ehc-plan-or-care-leaver", ValueType.AGE_RANGE),
  /** Whether the care-leaver route needs the apprentice's consent to tell the employer (rule P130). [*] */
  CARE_LEAVER_NEEDS_CONSENT("care-leaver.needs-consent", ValueType.BOOLEAN),
  /**
   * Who decides full funding after a change of employer, by the original start date: {@code none} (the waiver does not
   * carry to the new employer) or {@code new-employer} (its levy status and the age at the original start). [*]
   */
  FULL_FUNDING_AFTER_EMPLOYER_CHANGE("full-funding.after-employer-change", ValueType.TEXT, "none", "new-employer"),
  /** Upper limit of a funding band in pounds. [band number] */
  FUNDING_BAND_MAXIMUM("funding-band.maximum", ValueType.AMOUNT),
  /** Maximum funding (funding band cap) of one standard in pounds. [standard reference, e.g. ST1398] */
  FUNDING_CAP("funding-cap", ValueType.AMOUNT),
  /** Share of the funded price paid in monthly instalments; the rest is the completion payment. [*] */
  ON_PROGRAMME_SHARE("payment.on-programme-share", ValueType.RATE),
  /** Minimum planned duration in months. [*] */
  MINIMUM_DURATION_MONTHS("minimum-duration.months", ValueType.INTEGER),
  /** Minimum planned duration in days, start and planned end included (a warning only). [*] */
  MINIMUM_DURATION_DAYS("minimum-duration.days", ValueType.INTEGER),
  /**
   * Minimum duration in days the ILR accepts, counted as the end date minus the start date (an error). [{@code planned}:
   * start to planned end, for apprentices 16 or over at the start; {@code actual}: start to completion]
   */
  MINIMUM_DURATION_ILR_DAYS("minimum-duration.ilr-days", ValueType.INTEGER),
  /** Ages at start for which a foundation apprenticeship is funded, e.g. 16-21. [*] */
  FOUNDATION_AGE("foundation.age", ValueType.AGE_RANGE),
  /**
   * Ages at start for which a foundation apprenticeship is funded with an EHC plan, as a care leaver or with a custodial
   * sentence, e.g. 22-24. [*]
   */
  FOUNDATION_AGE_WITH_EHC_PLAN_CARE_OR_CUSTODY("foundation.age-with-ehc-plan-care-or-custody", ValueType.AGE_RANGE),
  /** Ages at start for which a restricted level is funded at all. [level, e.g. 7] */
  LEVEL_RESTRICTION_AGE("level-restriction.age", ValueType.AGE_RANGE),
  /** Ages at start for which a restricted level is funded with an EHC plan or as a care leaver. [level] */
  LEVEL_RESTRICTION_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER("level-restriction.age-with-ehc-plan-or-care-leaver",
      ValueType.AGE_RANGE),
  /** Qualifying period: {@code planned-days:qualifying-days} pairs, longest first, e.g. {@code 168:42,14:14,0:1}. [*] */
  QUALIFYING_PERIOD("qualifying-period", ValueType.THRESHOLDS),
  /** Additional payment for a young apprentice, in pounds. [{@code employer} or {@code provider}] */
  INCENTIVE_AMOUNT("incentive.amount", ValueType.AMOUNT),
  /** Ages at start that earn the additional payments. [*] */
  INCENTIVE_AGE("incentive.age", ValueType.AGE_RANGE),
  /** Ages at start that earn the additional payments with an EHC plan or as a care leaver. [*] */
  INCENTIVE_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER("incentive.age-with-ehc-plan-or-care-leaver", ValueType.AGE_RANGE),
  /** Days in learning (day 1 = start date) at which the additional payments fall due. [* or {@code short-programme}] */
  INCENTIVE_MILESTONES("incentive.milestones", ValueType.DAYS),
  /** A programme whose standard's typical duration is below this many months is short. [*] */
  SHORT_PROGRAMME_BELOW_MONTHS("short-programme.below-months", ValueType.INTEGER),
  /** Hiring incentive for small and medium-sized employers (from August 2026), pounds in all. [*] */
  SME_INCENTIVE_AMOUNT("sme-incentive.amount", ValueType.AMOUNT),
  /** Ages at start that earn the SME hiring incentive. [*] */
  SME_INCENTIVE_AGE("sme-incentive.age", ValueType.AGE_RANGE),
  /** Which employers count as small or medium-sized for the hiring incentive: {@code non-levy}. [*] */
  SME_INCENTIVE_EMPLOYER("sme-incentive.employer", ValueType.TEXT, "non-levy"),
  /** Days in learning at which the equal instalments of the SME hiring incentive fall due. [*] */
  SME_INCENTIVE_MILESTONES("sme-incentive.milestones", ValueType.DAYS),
  /** The employer incentive of a foundation apprenticeship in pounds, all instalments together. [*] */
  FOUNDATION_INCENTIVE_AMOUNT("foundation-incentive.amount", ValueType.AMOUNT),
  /**
   * Days in learning at which the foundation employer incentive's instalments during the programme fall due; one more
   * instalment falls due on progression to a further apprenticeship. [*]
   */
  FOUNDATION_INCENTIVE_MILESTONES("foundation-incentive.milestones", ValueType.DAYS),
  /** Care leavers' bursary, pounds per instalment. [*] */
  BURSARY_AMOUNT("care-leaver-bursary.amount", ValueType.AMOUNT),
  /** Ages at start that may receive the care leavers' bursary. [*] */
  BURSARY_AGE("care-leaver-bursary.age", ValueType.AGE_RANGE),
  /** Days in learning at which the bursary instalments fall due. [* or {@code short-programme}] */
  BURSARY_MILESTONES("care-leaver-bursary.milestones", ValueType.DAYS),
  /** English and maths funding per aim, pounds. [aim: * before 2024, then english, maths-entry, maths, gcse-english, gcse-maths] */
  ENGLISH_AND_MATHS_RATE("english-and-maths.rate", ValueType.AMOUNT),
  /** How a unit's price is paid for: {@code levy-then-co-investment}, as an apprenticeship's. [*] */
  UNIT_FUNDING("unit.funding", ValueType.TEXT, "levy-then-co-investment"),
  /** Whether a funding band caps a unit's price: {@code none}. [*] */
  UNIT_PRICE_CAP("unit.price-cap", ValueType.TEXT, "none"),
  /** Ages at the start at which a unit is funded, e.g. 19-115. [*] */
  UNIT_AGE("unit.age", ValueType.AGE_RANGE),
  /** Planned hours of a unit's training, at least or at most. [{@code minimum} or {@code maximum}] */
  UNIT_HOURS("unit.hours", ValueType.INTEGER),
  /** Planned weeks of a unit, start and end days included, at least or at most. [{@code minimum} or {@code maximum}] */
  UNIT_WEEKS("unit.weeks", ValueType.INTEGER),
  /** Share of a unit's planned days after which its milestone payment falls due, e.g. 0.3. [*] */
  UNIT_MILESTONE_AT("unit.milestone-at", ValueType.RATE),
  /** Share of a unit's price paid at its milestone; the rest is paid on completion. [*] */
  UNIT_MILESTONE_SHARE("unit.milestone-share", ValueType.RATE),
  /** Minimum price reduction per point of prior learning, from the funding band maximum (0.5 = half). [*] */
  PRIOR_LEARNING_PRICE_REDUCTION("prior-learning.price-reduction", ValueType.RATE),
  /** Apprenticeship levy rate on the pay bill, e.g. 0.005. [*] */
  LEVY_RATE("levy.rate", ValueType.RATE),
  /** Annual levy allowance in pounds, accruing by twelfths over the tax year. [*] */
  LEVY_ALLOWANCE("levy.allowance", ValueType.AMOUNT),
  /** Government top-up on the English share of levy, by the month funds enter the account. [*] */
  LEVY_TOP_UP("levy.top-up", ValueType.RATE),
  /** Months after which funds expire, by the month funds enter the account. [*] */
  LEVY_EXPIRY_MONTHS("levy.expiry-months", ValueType.INTEGER),
  /** Share of the previous tax year's funds that may be transferred, by the day the allowance is set (20 April). [*] */
  LEVY_TRANSFER_SHARE("levy.transfer-share", ValueType.RATE);

  /** The type of a rule's value, as written in a catalogue. */
  public enum ValueType {
    /** Pounds, not negative, at most two decimal places: {@code 22000} or {@code 1500.50}. */
    AMOUNT,
    /** A decimal from 0 to 1: {@code 0.95}. */
    RATE,
    /** A whole number, not negative: {@code 12}. */
    INTEGER,
    /** Ages in completed years, both ends included: {@code 16-21}. */
    AGE_RANGE,
    /** Days in learning, increasing, day 1 being the start date: {@code 90,365}. */
    DAYS,
    /** {@code from:value} pairs with decreasing {@code from}: {@code 168:42,14:14,0:1}. */
    THRESHOLDS,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the words the key allows. */
    TEXT
  }

  private final String id;
  private final ValueType valueType;
  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> allowedValues;

  RuleKey(String id, ValueType valueType, String... allowedValues) {
    this.id = id;
    this.valueType = valueType;
    this.allowedValues = List.of(allowedValues);
  }

  /** The identifier written in a rule catalogue, e.g. {@code co-investment.government-share}. */
  public String id() {
    return id;
  }

  public ValueType valueType() {
    return valueType;
  }

  /** For {@link ValueType#TEXT} keys, the words allowed as value; empty otherwise. */
  public List<String> allowedValues() {
    return allowedValues;
  }

  /** The key with identifier {@code id}, if there is one. */
  public static Optional<RuleKey> findById(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}

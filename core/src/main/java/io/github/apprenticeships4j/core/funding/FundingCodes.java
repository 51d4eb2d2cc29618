package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.standard.StandardCatalogue;

/**
 * The codes of the findings of the funding package: {@code funding.*} for the calculator, the funding rules and the
 * money values, {@code levy.*} for the levy account. Codes never change once published; assert on them.
 *
 * <p>A code is lower case, 2 to 4 dot-separated segments in lower kebab-case, {@code area.subject.problem}; the
 * constant is the code in upper snake case without its area. The codes of the Jakarta constraints on the
 * calculator's input are also their message keys, {@code io.github.apprenticeships4j.} followed by the code.
 */
public final class FundingCodes {
  // The calculator's input checks (FundingCalculator.validate and calculate).

  /** Error: the start date is before the first rules of the catalogue (1 May 2017). */
  public static final String START_TOO_EARLY = "funding.start.too-early";
  /** Error: the start date is more than 10 years after the last day a rule of the catalogue comes into force. */
  public static final String START_TOO_LATE = "funding.start.too-late";
  /** Error: neither a planned end date nor a planned duration is given. */
  public static final String END_MISSING = "funding.end.missing";
  /** Error: the planned end date and the planned duration disagree. */
  public static final String END_CONFLICT = "funding.end.conflict";
  /** Error: the planned end is not after the start, or the planned duration is not positive. */
  public static final String DURATION_NOT_POSITIVE = "funding.duration.not-positive";
  /** Error: the planned duration is more than 1,200 months (100 years), or ends beyond the calendar. */
  public static final String DURATION_TOO_LONG = "funding.duration.too-long";
  /** Error: the planned duration is below the minimum in months in force on the start date. */
  public static final String DURATION_BELOW_MINIMUM = "funding.duration.below-minimum";
  /** Warning: the planned duration is below the minimum in days in force on the start date (372 before August 2025). */
  public static final String DURATION_BELOW_MINIMUM_DAYS = "funding.duration.below-minimum-days";
  /** Error: the planned end date is fewer days after the start than the ILR accepts (242 from August 2025, age 16+). */
  public static final String DURATION_PLANNED_BELOW_ILR_MINIMUM = "funding.duration.planned-below-ilr-minimum";
  /** Error: the completion date is fewer days after the start than the ILR accepts (242 from August 2025). */
  public static final String DURATION_ACTUAL_BELOW_ILR_MINIMUM = "funding.duration.actual-below-ilr-minimum";
  /** Error: the apprentice's date of birth is after the start date. */
  public static final String APPRENTICE_BORN_AFTER_START = "funding.apprentice.born-after-start";
  /** Error: the apprentice is younger than 14 at the start (a birth year typed wrong). */
  public static final String APPRENTICE_TOO_YOUNG = "funding.apprentice.too-young";
  /** Error: the apprentice is older than 115 at the start (a birth year typed wrong). */
  public static final String APPRENTICE_TOO_OLD = "funding.apprentice.too-old";
  /** Warning: the apprentice is under 16 at the start; the rule for 15-year-olds is not modelled. */
  public static final String APPRENTICE_UNDER_16 = "funding.apprentice.under-16";
  /** Error: the level is restricted on the start date (Level 7 from 2026) and the apprentice's age is outside it. */
  public static final String LEVEL_RESTRICTED = "funding.level.restricted";
  /** Error: a foundation apprenticeship is not funded at the apprentice's age (16-21; 22-24 in some cases). */
  public static final String FOUNDATION_AGE_RESTRICTED = "funding.foundation.age-restricted";
  /** Error: no funding cap for the standard is in force on the start date. */
  public static final String CAP_MISSING = "funding.cap.missing";
  /** Warning: the standard's cap is not the maximum of a funding band in force on the start date. */
  public static final String CAP_NOT_A_BAND = "funding.cap.not-a-band";
  /**
   * Warning ({@link FundingBandTable#check(StandardCatalogue)}): a version's maximum funding is not the maximum of a
   * band in force on its earliest start date.
   */
  public static final String BAND_CAP_UNMATCHED = "funding.band.cap-unmatched";
  /**
   * Warning ({@link FundingBandTable#check(FundingRules)}): the band table and the rule catalogue's
   * {@code funding-band.maximum} lines give a band different maxima on a date, or only one of them has the band.
   */
  public static final String BAND_RULE_MISMATCH = "funding.band.rule-mismatch";
  /** Error, thrown by {@link FundingBand#of}: a band number below 1, a maximum not above 0, or dates in wrong order. */
  public static final String BAND_INVALID = "funding.band.invalid";
  /** Warning: the employer's headcount is not given, so it is not treated as a small employer (before April 2024). */
  public static final String HEADCOUNT_MISSING = "funding.headcount.missing";
  /** Error: the catalogue has no rule a calculation (or, thrown, a levy account) needs on the date. */
  public static final String RULES_MISSING = "funding.rules.missing";
  /** Error: a progress both completes and withdraws. */
  public static final String PROGRESS_CONFLICT = "funding.progress.conflict";
  /** Error: a progress completes or withdraws before the start date. */
  public static final String PROGRESS_BEFORE_START = "funding.progress.before-start";
  /** Error: the breaks in learning of a progress are out of order or outside the apprenticeship. */
  public static final String PROGRESS_BREAK_DATES = "funding.progress.break-dates";
  /** Error: a price change or a change of employer takes effect before the start date. */
  public static final String CHANGE_BEFORE_START = "funding.change.before-start";
  /** Error: a price change or a change of employer takes effect after the last day in learning or planned end. */
  public static final String CHANGE_AFTER_END = "funding.change.after-end";
  /** Error: two price changes, or two changes of employer, take effect on the same day or are out of date order. */
  public static final String CHANGE_OVERLAP = "funding.change.overlap";
  /** Error: the training or assessment price of a price change is negative. */
  public static final String CHANGE_PRICE_NEGATIVE = "funding.change.price-negative";
  /** Warning: a price change leaves less on-programme funding than was already earned; the rest is not recovered. */
  public static final String CHANGE_PRICE_BELOW_EARNED = "funding.change.price-below-earned";
  /** Error: a progress records progression to a further apprenticeship before the start date. */
  public static final String PROGRESS_PROGRESSION_BEFORE_START = "funding.progress.progression-before-start";
  /** Warning: a progression date is given for an apprenticeship that is not a foundation apprenticeship; ignored. */
  public static final String PROGRESS_PROGRESSION_NOT_FOUNDATION = "funding.progress.progression-not-foundation";

  // Apprenticeship units (FundingCalculator.validate and calculate of an ApprenticeshipUnit).

  /** Error: the unit starts before units are funded (28 April 2026 in the default catalogue). */
  public static final String UNIT_START_TOO_EARLY = "funding.unit.start-too-early";
  /** Error: the learner's age at the unit's start is outside the ages units fund (19 and over). */
  public static final String UNIT_AGE_OUTSIDE = "funding.unit.age-outside";
  /** Error: the unit's planned hours are outside the hours units have (30 to 140). */
  public static final String UNIT_HOURS_OUTSIDE = "funding.unit.hours-outside";
  /** Error: the unit's planned duration is outside the weeks units last (1 to 16). */
  public static final String UNIT_WEEKS_OUTSIDE = "funding.unit.weeks-outside";

  // The Jakarta constraints on the calculator's input.

  /** Error: a training or assessment price, or a unit's price, is negative (constraint on {@link Apprenticeship}). */
  public static final String PRICE_NEGATIVE = "funding.price.negative";
  /** Error: the employer's levy funds available are negative (constraint on {@link Employer}). */
  public static final String LEVY_FUNDS_NEGATIVE = "funding.levy-funds.negative";
  /** Error: the prior learning percentage is not from 0 to 100 (constraint on {@link Apprenticeship}). */
  public static final String PRIOR_LEARNING_RANGE = "funding.prior-learning.range";
  /** Error: the employer's headcount is negative (constraint on {@link Employer}). */
  public static final String HEADCOUNT_NEGATIVE = "funding.headcount.negative";

  // Money values: reported by the calculator, thrown by the values of the package and the levy account.

  /** Error: an amount has more than two decimal places. */
  public static final String AMOUNT_SCALE = "funding.amount.scale";
  /** Error, thrown: an amount that cannot be negative is. */
  public static final String AMOUNT_NEGATIVE = "funding.amount.negative";
  /** Error, thrown: a breakdown built by hand does not add up, or its government share is not from 0 to 1. */
  public static final String BREAKDOWN_INCONSISTENT = "funding.breakdown.inconsistent";

  // Funding rules: thrown by the rule builder, reported by FundingRules.parse for the line.

  /** Error: a rule ends before it starts. */
  public static final String RULE_DATES = "funding.rule.dates";
  /** Error: a rule's value does not fit the type of its key. */
  public static final String RULE_VALUE = "funding.rule.value";
  /** Error: a rule's qualifier or source is blank. */
  public static final String RULE_BLANK = "funding.rule.blank";
  /** Warning: a figure of the calculation uses a rule of basis {@code conflict} (sources disagree on it). */
  public static final String RULE_CONFLICT = "funding.rule.conflict";
  /** Error: a line of a rule catalogue does not have 7 fields separated by {@code |}. */
  public static final String RULES_FIELDS = "funding.rules.fields";
  /** Error: a line of a rule catalogue names an unknown rule key. */
  public static final String RULES_KEY = "funding.rules.key";
  /** Error: a line of a rule catalogue has no first day, or a date not written {@code 2026-08-01}. */
  public static final String RULES_DATE = "funding.rules.date";
  /** Error: a line of a rule catalogue has an unknown basis. */
  public static final String RULES_BASIS = "funding.rules.basis";

  // The levy account (LevyAccount), all thrown.

  /** Error, thrown: a tax month is outside 1 to 12, or a tax year has more than 12 pay bills. */
  public static final String MONTHS_RANGE = "levy.months.range";
  /** Error, thrown: a scheme's allowance is negative or above the annual allowance. */
  public static final String ALLOWANCE_RANGE = "levy.allowance.range";
  /** Error: a connected company's share of the allowance is negative (reported by checkAllowanceShares). */
  public static final String ALLOWANCE_SHARE_NEGATIVE = "levy.allowance.share-negative";
  /** Error: the shares of the allowance do not add up to the annual allowance (reported by checkAllowanceShares). */
  public static final String ALLOWANCE_SHARES_TOTAL = "levy.allowance.shares-total";
  /** Error, thrown: the English fraction is outside 0 to 1. */
  public static final String ENGLISH_FRACTION_RANGE = "levy.english-fraction.range";
  /** Error, thrown: the total of funds in is not the English levy plus the top-up. */
  public static final String FUNDS_IN_TOTAL = "levy.funds-in.total";
  /** Error, thrown: a levy ledger pays more in a month than the account's balance (LevyAccount.forecast). */
  public static final String LEDGER_OVERSPENT = "levy.ledger.overspent";

  private FundingCodes() {}
}

package io.github.apprenticeships4j.core.progress;

/**
 * The codes of the findings of {@link ProgressCheck}. Every code is {@code progress.subject.problem} in lower kebab
 * case, and its constant is the code without {@code progress.} in upper snake case. Errors block the gateway;
 * warnings do not. Each finding is about the apprentice ({@code subject()} is the apprentice id) and located: its
 * {@code path()} names the part of the record, its {@code rejectedValue()} what it is about (the KSB code, the
 * requirement, the hours short). Codes never change once published; assert on them.
 */
public final class ProgressCodes {
  /** The record is for another standard or version than the standard it is checked against (error). */
  public static final String STANDARD_MISMATCH = "progress.standard.mismatch";
  /** The record's option id is not an option of the standard; only the core KSBs are counted (error). */
  public static final String OPTION_UNKNOWN = "progress.option.unknown";
  /**
   * The standard has options and the record names none; only the core KSBs are counted, so the option's are never
   * asked for (error).
   */
  public static final String OPTION_MISSING = "progress.option.missing";
  /**
   * A planned end date before the start date, or a break in learning that ends before it begins, begins before the
   * start date, overlaps another or begins after the planned end date as moved by the breaks before it (error).
   */
  public static final String DATES_ORDER = "progress.dates.order";
  /** A start, planned end, break or gateway date outside the years 1900 to 9999 (error). */
  public static final String DATES_RANGE = "progress.dates.range";
  /** Contracted weekly hours of zero or less (error). */
  public static final String WEEKLY_HOURS_NOT_POSITIVE = "progress.weekly-hours.not-positive";
  /** Contracted weekly hours above 168 or with more than 6 decimal places; counted as 0 (error). */
  public static final String WEEKLY_HOURS_RANGE = "progress.weekly-hours.range";
  /** An off-the-job session with negative hours; it is not counted (error). */
  public static final String OFF_THE_JOB_HOURS_NEGATIVE = "progress.off-the-job.hours-negative";
  /** An off-the-job session above 10000 hours or with more than 6 decimal places; it is not counted (error). */
  public static final String OFF_THE_JOB_HOURS_RANGE = "progress.off-the-job.hours-range";
  /** No off-the-job rule is in force on the start date (a start before 1 May 2017) (error). */
  public static final String OFF_THE_JOB_RULE_MISSING = "progress.off-the-job.rule-missing";
  /** A start from August 2025 on a standard that publishes no minimum; the 187-hour floor is used (warning). */
  public static final String OFF_THE_JOB_MINIMUM_UNPUBLISHED = "progress.off-the-job.minimum-unpublished";
  /** The off-the-job hours logged are short of the minimum; the value is the hours short (error). */
  public static final String OFF_THE_JOB_SHORT = "progress.off-the-job.short";
  /** A KSB the apprentice must show (core or of their option) has no evidence; the value is its code (error). */
  public static final String KSB_NO_EVIDENCE = "progress.ksb.no-evidence";
  /** An evidence item names a KSB code that is neither core nor of the apprentice's option (warning). */
  public static final String EVIDENCE_KSB_UNKNOWN = "progress.evidence.ksb-unknown";
  /** An evidence item dated after the day of the check; it is not counted (warning). */
  public static final String EVIDENCE_DATE_AFTER_TODAY = "progress.evidence.date-after-today";
  /** English is mandatory for the apprentice and not held at the level required (error). */
  public static final String ENGLISH_MISSING = "progress.english.missing";
  /** Maths is mandatory for the apprentice and not held at the level required (error). */
  public static final String MATHS_MISSING = "progress.maths.missing";
  /** A gateway requirement of the assessment plan is not met; the value is its id (error). */
  public static final String GATEWAY_REQUIREMENT_NOT_MET = "progress.gateway.requirement-not-met";
  /** A gateway date is given but the standard publishes no assessment period, so there is no latest date (warning). */
  public static final String ASSESSMENT_PERIOD_UNPUBLISHED = "progress.assessment.period-unpublished";

  private ProgressCodes() {}
}

package io.github.apprenticeships4j.core.standard;

/**
 * The codes of the findings about standards and their identifiers. A code is {@code standard.subject.problem}: lower
 * case, two to four dot-separated segments in lower kebab case, the first naming the area; a constant is named after
 * its code without the area. Codes never change once published. Where a rule is one of DfE's import rules
 * (SkillsFundingAgency/das-courses-api, {@code CoursesImport/Validators}), its constant says which.
 */
public final class StandardCodes {
  /** Error: text that is not {@code ST} or {@code FA} and four digits, as a standard reference (DfE rule E1002). */
  public static final String REFERENCE_FORMAT = "standard.reference.format";
  /** Error: text that is not {@code major.minor}, as a version of a standard (DfE rule E1003). */
  public static final String VERSION_FORMAT = "standard.version.format";
  /** Error: a number, or text, that is not a LARS code from 1 to 99999. */
  public static final String LARS_CODE_RANGE = "standard.lars-code.range";

  /** Error: a level outside 2 to 7 (a constraint of {@link Standard}, and of the funding package's standard). */
  public static final String LEVEL_RANGE = "standard.level.range";
  /** Error: a typical duration outside 0 to 72 months (a constraint, as for {@link #LEVEL_RANGE}). */
  public static final String DURATION_RANGE = "standard.duration.range";
  /** Error: a maximum funding below zero (a constraint of {@link Standard}). */
  public static final String FUNDING_NEGATIVE = "standard.funding.negative";
  /** Error: a KSB whose text is blank (a constraint of {@link Ksb}). */
  public static final String KSB_TEXT_BLANK = "standard.ksb.text.blank";
  /** Error: a KSB whose number, its position within its type, is below 1 (a constraint of {@link Ksb}). */
  public static final String KSB_NUMBER_RANGE = "standard.ksb.number.range";

  /** Error: a title that is empty or starts with white space (DfE rule S1008). */
  public static final String TITLE_FORMAT = "standard.title.format";
  /** Error: a status that is not one of the known ones (DfE rule S1009). */
  public static final String STATUS_UNKNOWN = "standard.status.unknown";
  /** Error: an approved or retired version whose {@code versionNumber} differs from its version (DfE rule S1007). */
  public static final String VERSION_NUMBER_MISMATCH = "standard.version-number.mismatch";
  /** Warning: version 1.0 was never approved, retired or withdrawn (DfE rule W1002). */
  public static final String FIRST_VERSION_NOT_APPROVED = "standard.first-version.not-approved";
  /** Error: a standard approved for delivery without a maximum funding. */
  public static final String FUNDING_MISSING = "standard.funding.missing";
  /** Error: a standard approved for delivery without a typical duration. */
  public static final String DURATION_MISSING = "standard.duration.missing";
  /** Error: a standard without a route. */
  public static final String ROUTE_MISSING = "standard.route.missing";
  /** Error: a latest start date before the earliest start date. */
  public static final String START_DATES_ORDER = "standard.start-dates.order";
  /** Error: two KSBs of a standard share an id. */
  public static final String KSB_DUPLICATE_ID = "standard.ksb.duplicate-id";
  /** Error: a duty maps to a KSB id that no KSB of the standard has. */
  public static final String DUTY_KSB_UNRESOLVED = "standard.duty.ksb-unresolved";
  /** Error: a duty maps to an option id that no option of the standard has. */
  public static final String DUTY_OPTION_UNRESOLVED = "standard.duty.option-unresolved";
  /**
   * Warning: published minimum off-the-job hours below the funding rules' floor for the starts the version takes (187
   * hours for starts from 1 August 2025; {@code standard-rules.txt}).
   */
  public static final String OFF_THE_JOB_HOURS_BELOW_MINIMUM = "standard.off-the-job-hours.below-minimum";
  /**
   * Warning: published minimum off-the-job hours above every hour of a 30-hour week over the typical duration
   * ({@code standard-rules.txt}), which no full-time apprentice could meet.
   */
  public static final String OFF_THE_JOB_HOURS_IMPLAUSIBLE = "standard.off-the-job-hours.implausible";
  /** Info: a standard approved for delivery without an end-point assessment period (a gap of the published data). */
  public static final String EPA_PERIOD_MISSING = "standard.epa-period.missing";

  /** Error: a catalogue holds the same version of a standard twice. */
  public static final String VERSION_DUPLICATE = "standard.version.duplicate";
  /** Error: more than one version of a standard is approved for delivery (DfE rule S1002). */
  public static final String APPROVED_VERSION_NOT_UNIQUE = "standard.approved-version.not-unique";
  /** Error: a version that does not follow the one before it without a gap (DfE rule S1003). */
  public static final String VERSION_GAP = "standard.version.gap";
  /** Error: a version that does not open to starts the day after the one before it closes (DfE rule S1004). */
  public static final String START_DATES_NOT_CONTIGUOUS = "standard.start-dates.not-contiguous";
  /** Error: a LARS code carried by two standards; one finding per standard (DfE rule E1004). */
  public static final String LARS_CODE_DUPLICATE = "standard.lars-code.duplicate";

  private StandardCodes() {}
}

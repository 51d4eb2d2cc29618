package io.github.apprenticeships4j.core.feed;

/**
 * The codes of the findings about a bulk-upload feed. Codes never change once published; assert on them.
 *
 * <p><b>The service's rules</b> have one code per check in the live service's code (SkillsFundingAgency
 * das-providercommitments {@code 14208f23} for the file rules, das-commitments {@code 4e16a2df} for the row rules),
 * named by the library after the field and the check and spelled as the service's error codes are, upper case with a
 * dot, e.g. {@value #ULN_CHECK_DIGIT}, so that users can match them; they are the one exception to the library's
 * spelling of codes. Their messages are the service's, word for word, with its HTML ({@code <b>}) kept: they are the
 * product, so that a user sees offline what the service will show. Their findings are errors (the row, or for
 * {@code FILE.*} the file, would be refused), and their {@code path} is the property the service names in its error
 * table ({@link FeedColumn#property()}).
 *
 * <p><b>The library's own findings</b> follow the library's spelling, {@code feed.subject.problem} in lower kebab
 * case, the constant named after the code without {@code feed}: advice the service does not give, and what a proper
 * CSV parser sees that the service would not.
 */
public final class FeedCodes {
  // The service's rules. Critical: when any of these four is found, the service checks nothing else on the row.

  /** Error: the AgreementID is blank. */
  public static final String AGREEMENT_ID_REQUIRED = "AGREEMENT_ID.REQUIRED";
  /** Error: the AgreementID is not up to 6 letters or digits, or is not one of the context's agreement ids. */
  public static final String AGREEMENT_ID_INVALID = "AGREEMENT_ID.INVALID";
  /** Error: the AgreementID's employer has not accepted the agreement with the DfE. */
  public static final String AGREEMENT_ID_NOT_SIGNED = "AGREEMENT_ID.NOT_SIGNED";

  /**
   * Error: the employer has not given the provider permission to add apprentices, for a row whose CohortRef is blank
   * or whose employer does not pay the levy, unless its cohort is funded by a transfer (critical).
   */
  public static final String COHORT_NO_PERMISSION = "COHORT.NO_PERMISSION";

  // The service's row rules, in its order.

  /**
   * Error: the CohortRef is longer than 20 characters, or names no cohort of the context, or a cohort of another
   * AgreementID or provider.
   */
  public static final String COHORT_REF_INVALID = "COHORT_REF.INVALID";
  /** Error: the CohortRef's cohort is with the employer. */
  public static final String COHORT_REF_WITH_EMPLOYER = "COHORT_REF.WITH_EMPLOYER";
  /** Error: the CohortRef's cohort is with the employer sending the transfer. */
  public static final String COHORT_REF_WITH_TRANSFER_SENDER = "COHORT_REF.WITH_TRANSFER_SENDER";
  /** Error: the CohortRef's cohort belongs to a change-of-party request. */
  public static final String COHORT_REF_CHANGE_OF_PARTY = "COHORT_REF.CHANGE_OF_PARTY";
  /** Error: the CohortRef's cohort already has an apprentice with the row's ULN. */
  public static final String COHORT_REF_ULN_IN_COHORT = "COHORT_REF.ULN_IN_COHORT";
  /** Error: the CohortRef's cohort already has an apprentice with the row's email address. */
  public static final String COHORT_REF_EMAIL_IN_COHORT = "COHORT_REF.EMAIL_IN_COHORT";
  /** Error: the CohortRef's cohort has incomplete apprentice records. */
  public static final String COHORT_REF_INCOMPLETE_RECORDS = "COHORT_REF.INCOMPLETE_RECORDS";
  /** Error: the CohortRef's cohort has an apprentice whose training dates overlap another apprenticeship's. */
  public static final String COHORT_REF_OVERLAPPING_DATES = "COHORT_REF.OVERLAPPING_DATES";
  /** Error: the CohortRef's cohort has an apprentice whose email address overlaps another apprenticeship's. */
  public static final String COHORT_REF_OVERLAPPING_EMAIL = "COHORT_REF.OVERLAPPING_EMAIL";
  /** Error: the ULN is blank. */
  public static final String ULN_REQUIRED = "ULN.REQUIRED";
  /** Error: the ULN is not ten digits with the first not 0. */
  public static final String ULN_NOT_TEN_DIGITS = "ULN.NOT_TEN_DIGITS";
  /** Error: the ULN's check digit is wrong. */
  public static final String ULN_CHECK_DIGIT = "ULN.CHECK_DIGIT";
  /** Error: the start month falls inside an existing apprenticeship of the same ULN. */
  public static final String ULN_OVERLAP_START = "ULN.OVERLAP_START";
  /** Error: the end month falls inside an existing apprenticeship of the same ULN. */
  public static final String ULN_OVERLAP_END = "ULN.OVERLAP_END";
  /** Error: the ULN was used by an earlier row of the file (a session's rule). */
  public static final String ULN_DUPLICATE_IN_FILE = "ULN.DUPLICATE_IN_FILE";
  /** Error: the FamilyName is blank. */
  public static final String FAMILY_NAME_REQUIRED = "FAMILY_NAME.REQUIRED";
  /** Error: the FamilyName is longer than 100 characters. */
  public static final String FAMILY_NAME_TOO_LONG = "FAMILY_NAME.TOO_LONG";
  /** Error: the GivenNames are blank. */
  public static final String GIVEN_NAMES_REQUIRED = "GIVEN_NAMES.REQUIRED";
  /** Error: the GivenNames are longer than 100 characters. */
  public static final String GIVEN_NAMES_TOO_LONG = "GIVEN_NAMES.TOO_LONG";
  /** Error: the DateOfBirth is not a date written {@code yyyy-mm-dd}. */
  public static final String DOB_FORMAT = "DOB.FORMAT";
  /** Error: the apprentice is younger than the context's minimum age at the start. */
  public static final String DOB_MIN_AGE = "DOB.MIN_AGE";
  /** Error: the apprentice is too old for a level 7 apprenticeship starting from 1 January 2026. */
  public static final String DOB_MAX_AGE_LEVEL7 = "DOB.MAX_AGE_LEVEL7";
  /** Error: the apprentice is older than the context's maximum age (of a foundation apprenticeship, if it is one). */
  public static final String DOB_MAX_AGE = "DOB.MAX_AGE";
  /** Error: the EmailAddress is blank. */
  public static final String EMAIL_REQUIRED = "EMAIL.REQUIRED";
  /** Error: the EmailAddress is not one the service accepts. */
  public static final String EMAIL_INVALID = "EMAIL.INVALID";
  /** Error: the EmailAddress is longer than 200 characters. */
  public static final String EMAIL_TOO_LONG = "EMAIL.TOO_LONG";
  /** Error: the start month falls inside an existing apprenticeship with the same email address. */
  public static final String EMAIL_OVERLAP_START = "EMAIL.OVERLAP_START";
  /** Error: the end month falls inside an existing apprenticeship with the same email address. */
  public static final String EMAIL_OVERLAP_END = "EMAIL.OVERLAP_END";
  /** Error: the EmailAddress was used by an earlier row of the file (a session's rule). */
  public static final String EMAIL_DUPLICATE_IN_FILE = "EMAIL.DUPLICATE_IN_FILE";
  /** Error: the StdCode is blank. */
  public static final String STD_CODE_REQUIRED = "STD_CODE.REQUIRED";
  /** Error: the StdCode is not a number. */
  public static final String STD_CODE_NOT_NUMERIC = "STD_CODE.NOT_NUMERIC";
  /** Error: the StdCode is longer than 5 characters. */
  public static final String STD_CODE_TOO_LONG = "STD_CODE.TOO_LONG";
  /** Error: the StdCode is not a course the context's known standards hold. */
  public static final String STD_CODE_UNKNOWN = "STD_CODE.UNKNOWN";
  /** Error: the StdCode is not one of the provider's declared standards. */
  public static final String STD_CODE_NOT_DECLARED = "STD_CODE.NOT_DECLARED";
  /** Error: the StartDate is not written {@code yyyy-mm-dd}. */
  public static final String START_DATE_FORMAT = "START_DATE.FORMAT";
  /** Error: the StartDate is written {@code yyyy-mm-dd} but is not a real date. */
  public static final String START_DATE_INVALID_DATE = "START_DATE.INVALID_DATE";
  /** Error: the StartDate is before May 2017, when the service opened. */
  public static final String START_DATE_BEFORE_MAY_2017 = "START_DATE.BEFORE_MAY_2017";
  /** Error: the StartDate is before May 2018, for a cohort funded by a transfer. */
  public static final String START_DATE_TRANSFER_BEFORE_MAY_2018 = "START_DATE.TRANSFER_BEFORE_MAY_2018";
  /** Error: the StartDate is more than one year after the end of the current academic year. */
  public static final String START_DATE_TOO_FAR_AHEAD = "START_DATE.TOO_FAR_AHEAD";
  /** Error: the StartDate is before the course opens to starts. */
  public static final String START_DATE_BEFORE_STANDARD_EFFECTIVE_FROM = "START_DATE.BEFORE_STANDARD_EFFECTIVE_FROM";
  /** Error: the StartDate is after the course closes to starts. */
  public static final String START_DATE_AFTER_STANDARD_EFFECTIVE_TO = "START_DATE.AFTER_STANDARD_EFFECTIVE_TO";
  /** Error: the EndDate is not a month written {@code yyyy-mm}. */
  public static final String END_DATE_FORMAT = "END_DATE.FORMAT";
  /** Error: the EndDate is not after the start date. */
  public static final String END_DATE_NOT_AFTER_START = "END_DATE.NOT_AFTER_START";
  /** Error: the TotalPrice is not whole pounds written in digits (commas between thousands allowed). */
  public static final String TOTAL_PRICE_FORMAT = "TOTAL_PRICE.FORMAT";
  /** Error: the TotalPrice is 0. */
  public static final String TOTAL_PRICE_ZERO = "TOTAL_PRICE.ZERO";
  /** Error: the TotalPrice is above £100,000. */
  public static final String TOTAL_PRICE_TOO_HIGH = "TOTAL_PRICE.TOO_HIGH";
  /** Error: the ProviderRef is longer than 20 characters. */
  public static final String PROVIDER_REF_TOO_LONG = "PROVIDER_REF.TOO_LONG";
  /** Error: the EPAOrgID is longer than 7 characters. */
  public static final String EPAO_ID_TOO_LONG = "EPAO_ID.TOO_LONG";
  /** Error: the reservations service refuses the row's reservation; the context gives its reason. */
  public static final String RESERVATION_INVALID = "RESERVATION.INVALID";
  /** Error: RecognisePriorLearning holds a value for a start before 1 August 2022. */
  public static final String RPL_NOT_ALLOWED_BEFORE_AUG_2022 = "RPL.NOT_ALLOWED_BEFORE_AUG_2022";
  /** Error: RecognisePriorLearning is not true or false (blank included), for a start from 1 August 2022. */
  public static final String RPL_NOT_BOOLEAN = "RPL.NOT_BOOLEAN";
  /** Error: RecognisePriorLearning is not given, for a valid start date from 1 August 2022. */
  public static final String RPL_REQUIRED = "RPL.REQUIRED";
  /** Error: TrainingTotalHours holds a value though prior learning is not recognised. */
  public static final String TRAINING_TOTAL_HOURS_WITHOUT_RPL = "TRAINING_TOTAL_HOURS.WITHOUT_RPL";
  /** Error: TrainingTotalHours is not a whole number. */
  public static final String TRAINING_TOTAL_HOURS_NOT_NUMBER = "TRAINING_TOTAL_HOURS.NOT_NUMBER";
  /** Error: TrainingTotalHours is above 9,999. */
  public static final String TRAINING_TOTAL_HOURS_TOO_HIGH = "TRAINING_TOTAL_HOURS.TOO_HIGH";
  /** Error: TrainingTotalHours is below the course's minimum off-the-job hours. */
  public static final String TRAINING_TOTAL_HOURS_BELOW_MINIMUM = "TRAINING_TOTAL_HOURS.BELOW_MINIMUM";
  /** Error: TrainingHoursReduction holds a value though prior learning is not recognised. */
  public static final String TRAINING_HOURS_REDUCTION_WITHOUT_RPL = "TRAINING_HOURS_REDUCTION.WITHOUT_RPL";
  /** Error: TrainingHoursReduction is above the context's maximum. */
  public static final String TRAINING_HOURS_REDUCTION_TOO_HIGH = "TRAINING_HOURS_REDUCTION.TOO_HIGH";
  /** Error: TrainingHoursReduction is below 1. */
  public static final String TRAINING_HOURS_REDUCTION_TOO_LOW = "TRAINING_HOURS_REDUCTION.TOO_LOW";
  /** Error: TrainingHoursReduction is above TrainingTotalHours. */
  public static final String TRAINING_HOURS_REDUCTION_NOT_LOWER_THAN_TOTAL =
      "TRAINING_HOURS_REDUCTION.NOT_LOWER_THAN_TOTAL";
  /** Error: the training hours left after the reduction are below the course's minimum. */
  public static final String TRAINING_HOURS_REDUCTION_REMAINING_BELOW_MINIMUM =
      "TRAINING_HOURS_REDUCTION.REMAINING_BELOW_MINIMUM";
  /** Error: TrainingHoursReduction is not a whole number. */
  public static final String TRAINING_HOURS_REDUCTION_NOT_NUMBER = "TRAINING_HOURS_REDUCTION.NOT_NUMBER";
  /** Error: PriceReducedBy holds a value though prior learning is not recognised. */
  public static final String PRICE_REDUCED_BY_WITHOUT_RPL = "PRICE_REDUCED_BY.WITHOUT_RPL";
  /** Error: PriceReducedBy is not a whole number. */
  public static final String PRICE_REDUCED_BY_NOT_NUMBER = "PRICE_REDUCED_BY.NOT_NUMBER";
  /** Error: PriceReducedBy is above £18,000. */
  public static final String PRICE_REDUCED_BY_TOO_HIGH = "PRICE_REDUCED_BY.TOO_HIGH";
  /** Error: PriceReducedBy is below the context's minimum price reduction. */
  public static final String PRICE_REDUCED_BY_TOO_LOW = "PRICE_REDUCED_BY.TOO_LOW";

  // The service's file rules, checked by the CSV reader of the formats module (findings of the file).

  /** Error: the file is larger than the context's maximum size. */
  public static final String FILE_TOO_LARGE = "FILE.TOO_LARGE";
  /** Error: the file's name does not end with {@code .csv}. */
  public static final String FILE_NOT_CSV = "FILE.NOT_CSV";
  /** Error: the file is empty. */
  public static final String FILE_EMPTY = "FILE.EMPTY";
  /** Error: a line does not have the header's number of columns. */
  public static final String FILE_COLUMN_COUNT = "FILE.COLUMN_COUNT";
  /** Fatal: the header lacks a column of the template; the read stops. */
  public static final String FILE_HEADER_INVALID = "FILE.HEADER_INVALID";
  /** Error: the file has a header but no apprentice. */
  public static final String FILE_NO_APPRENTICES = "FILE.NO_APPRENTICES";
  /** Error: the file has more lines than the context's maximum. */
  public static final String FILE_TOO_MANY_ROWS = "FILE.TOO_MANY_ROWS";
  /** Error: the provider has declared no standard. */
  public static final String PROVIDER_NO_DECLARED_STANDARDS = "PROVIDER.NO_DECLARED_STANDARDS";

  // The library's own findings.

  /**
   * Warning: the total price is above the standard's funding band maximum on the start date; the employer pays the
   * excess (the service does not check it).
   */
  public static final String PRICE_ABOVE_CAP = "feed.price.above-cap";
  /**
   * Warning: the planned duration, start month to end month, is below the minimum duration of the funding rules in
   * force on the start date (12 months to July 2025, 8 months from August 2025); the ILR will report DateOfBirth_46
   * or DateOfBirth_57. The service does not check it.
   */
  public static final String DURATION_BELOW_MINIMUM = "feed.duration.below-minimum";
  /**
   * Warning, next to {@value #ULN_CHECK_DIGIT}: ILR rule ULN_04 will refuse the ULN too, with its own wording "The
   * Unique learner number does not pass the checksum calculation".
   */
  public static final String ULN_ILR_ULN04 = "feed.uln.ilr-uln04";
  /** Warning: the ILR's temporary ULN 9999999999, which ILR rule ULN_04 accepts but the service refuses. */
  public static final String ULN_ILR_TEMPORARY = "feed.uln.ilr-temporary";
  /** Info: IsDurationReducedByRPL or DurationReducedBy holds a value, which the service's upload ignores. */
  public static final String RPL_DURATION_REDUCTION_IGNORED = "feed.rpl.duration-reduction-ignored";
  /**
   * Error: the 13 columns of the original layout are blank but a prior-learning column is not; the service drops
   * such a row as empty, losing what it holds.
   */
  public static final String ROW_DROPPED_BY_SERVICE = "feed.row.dropped-by-service";
  /**
   * Warning: duplicate ULNs and email addresses are no longer tracked beyond this row, because the validator's
   * memory bound was reached.
   */
  public static final String DUPLICATES_NOT_TRACKED = "feed.duplicates.not-tracked";

  private FeedCodes() {}
}

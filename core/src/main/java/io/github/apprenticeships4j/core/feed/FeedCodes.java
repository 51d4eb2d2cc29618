package io.github.apprenticeships4j.core.feed;

/**
 * The codes of the findings about a bulk-upload feed. Codes never change once published; assert on them.
 *
 * <p><b>The service's rules</b> have one code per check in the live service's code (SkillsFundingAgency
 * das-providercommitments {@code 14208f23} for the file rules, das-commitments {@code 4e16a2df} for the row rules),
 * named by the library after the field and the check, upper case with a dot, e.g. {@value #ULN_CHECK_DIGIT}. Their messages are the service's, word for
 * word, with its HTML ({@code <b>}) kept: they are the product, so that a user sees offline what the service will
 * show. Their findings are errors (the row, or for {@code FILE.*} the file, would be refused), and their
 * {@code path} is the property the service names in its error table ({@link FeedColumn#property()}).
 *
 * <p><b>The library's own findings</b> are dotted lower case, {@code feed.*}: advice the service does not give
 * (warnings), and what a proper CSV parser sees that the service would not.
 */
public final class FeedCodes {
  // Critical: when any of these is found, the service checks nothing else on the row.
  public static final String AGREEMENT_ID_REQUIRED = "AGREEMENT_ID.REQUIRED";
  public static final String AGREEMENT_ID_INVALID = "AGREEMENT_ID.INVALID";
  public static final String AGREEMENT_ID_NOT_SIGNED = "AGREEMENT_ID.NOT_SIGNED";

  public static final String COHORT_REF_INVALID = "COHORT_REF.INVALID";
  public static final String ULN_REQUIRED = "ULN.REQUIRED";
  public static final String ULN_NOT_TEN_DIGITS = "ULN.NOT_TEN_DIGITS";
  public static final String ULN_CHECK_DIGIT = "ULN.CHECK_DIGIT";
  public static final String ULN_DUPLICATE_IN_FILE = "ULN.DUPLICATE_IN_FILE";
  public static final String FAMILY_NAME_REQUIRED = "FAMILY_NAME.REQUIRED";
  public static final String FAMILY_NAME_TOO_LONG = "FAMILY_NAME.TOO_LONG";
  public static final String GIVEN_NAMES_REQUIRED = "GIVEN_NAMES.REQUIRED";
  public static final String GIVEN_NAMES_TOO_LONG = "GIVEN_NAMES.TOO_LONG";
  public static final String DOB_FORMAT = "DOB.FORMAT";
  public static final String DOB_MIN_AGE = "DOB.MIN_AGE";
  public static final String DOB_MAX_AGE_LEVEL7 = "DOB.MAX_AGE_LEVEL7";
  public static final String DOB_MAX_AGE = "DOB.MAX_AGE";
  public static final String EMAIL_REQUIRED = "EMAIL.REQUIRED";
  public static final String EMAIL_INVALID = "EMAIL.INVALID";
  public static final String EMAIL_TOO_LONG = "EMAIL.TOO_LONG";
  public static final String EMAIL_DUPLICATE_IN_FILE = "EMAIL.DUPLICATE_IN_FILE";
  public static final String STD_CODE_REQUIRED = "STD_CODE.REQUIRED";
  public static final String STD_CODE_NOT_NUMERIC = "STD_CODE.NOT_NUMERIC";
  public static final String STD_CODE_TOO_LONG = "STD_CODE.TOO_LONG";
  public static final String STD_CODE_UNKNOWN = "STD_CODE.UNKNOWN";
  public static final String STD_CODE_NOT_DECLARED = "STD_CODE.NOT_DECLARED";
  public static final String START_DATE_FORMAT = "START_DATE.FORMAT";
  public static final String START_DATE_INVALID_DATE = "START_DATE.INVALID_DATE";
  public static final String START_DATE_BEFORE_MAY_2017 = "START_DATE.BEFORE_MAY_2017";
  public static final String START_DATE_TOO_FAR_AHEAD = "START_DATE.TOO_FAR_AHEAD";
  public static final String START_DATE_BEFORE_STANDARD_EFFECTIVE_FROM = "START_DATE.BEFORE_STANDARD_EFFECTIVE_FROM";
  public static final String START_DATE_AFTER_STANDARD_EFFECTIVE_TO = "START_DATE.AFTER_STANDARD_EFFECTIVE_TO";
  public static final String END_DATE_FORMAT = "END_DATE.FORMAT";
  public static final String END_DATE_NOT_AFTER_START = "END_DATE.NOT_AFTER_START";
  public static final String TOTAL_PRICE_FORMAT = "TOTAL_PRICE.FORMAT";
  public static final String TOTAL_PRICE_ZERO = "TOTAL_PRICE.ZERO";
  public static final String TOTAL_PRICE_TOO_HIGH = "TOTAL_PRICE.TOO_HIGH";
  public static final String PROVIDER_REF_TOO_LONG = "PROVIDER_REF.TOO_LONG";
  public static final String EPAO_ID_TOO_LONG = "EPAO_ID.TOO_LONG";
  public static final String RPL_NOT_ALLOWED_BEFORE_AUG_2022 = "RPL.NOT_ALLOWED_BEFORE_AUG_2022";
  public static final String RPL_NOT_BOOLEAN = "RPL.NOT_BOOLEAN";
  public static final String RPL_REQUIRED = "RPL.REQUIRED";
  public static final String TRAINING_TOTAL_HOURS_WITHOUT_RPL = "TRAINING_TOTAL_HOURS.WITHOUT_RPL";
  public static final String TRAINING_TOTAL_HOURS_NOT_NUMBER = "TRAINING_TOTAL_HOURS.NOT_NUMBER";
  public static final String TRAINING_TOTAL_HOURS_TOO_HIGH = "TRAINING_TOTAL_HOURS.TOO_HIGH";
  public static final String TRAINING_TOTAL_HOURS_BELOW_MINIMUM = "TRAINING_TOTAL_HOURS.BELOW_MINIMUM";
  public static final String TRAINING_HOURS_REDUCTION_WITHOUT_RPL = "TRAINING_HOURS_REDUCTION.WITHOUT_RPL";
  public static final String TRAINING_HOURS_REDUCTION_TOO_HIGH = "TRAINING_HOURS_REDUCTION.TOO_HIGH";
  public static final String TRAINING_HOURS_REDUCTION_TOO_LOW = "TRAINING_HOURS_REDUCTION.TOO_LOW";
  public static final String TRAINING_HOURS_REDUCTION_NOT_LOWER_THAN_TOTAL =
      "TRAINING_HOURS_REDUCTION.NOT_LOWER_THAN_TOTAL";
  public static final String TRAINING_HOURS_REDUCTION_REMAINING_BELOW_MINIMUM =
      "TRAINING_HOURS_REDUCTION.REMAINING_BELOW_MINIMUM";
  public static final String TRAINING_HOURS_REDUCTION_NOT_NUMBER = "TRAINING_HOURS_REDUCTION.NOT_NUMBER";
  public static final String PRICE_REDUCED_BY_WITHOUT_RPL = "PRICE_REDUCED_BY.WITHOUT_RPL";
  public static final String PRICE_REDUCED_BY_NOT_NUMBER = "PRICE_REDUCED_BY.NOT_NUMBER";
  public static final String PRICE_REDUCED_BY_TOO_HIGH = "PRICE_REDUCED_BY.TOO_HIGH";
  public static final String PRICE_REDUCED_BY_TOO_LOW = "PRICE_REDUCED_BY.TOO_LOW";

  // File rules of the service's upload page (checked by the CSV reader of the formats module).
  public static final String FILE_TOO_LARGE = "FILE.TOO_LARGE";
  public static final String FILE_NOT_CSV = "FILE.NOT_CSV";
  public static final String FILE_EMPTY = "FILE.EMPTY";
  public static final String FILE_COLUMN_COUNT = "FILE.COLUMN_COUNT";
  public static final String FILE_HEADER_INVALID = "FILE.HEADER_INVALID";
  public static final String FILE_NO_APPRENTICES = "FILE.NO_APPRENTICES";
  public static final String FILE_TOO_MANY_ROWS = "FILE.TOO_MANY_ROWS";
  public static final String PROVIDER_NO_DECLARED_STANDARDS = "PROVIDER.NO_DECLARED_STANDARDS";

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
  public static final String ULN_ILR_ULN_04 = "feed.uln.ilr-uln04";
  /** Warning: the ILR's temporary ULN 9999999999, which ILR rule ULN_04 accepts but the service refuses. */
  public static final String ULN_ILR_TEMPORARY = "feed.uln.ilr-temporary";
  /** Info: IsDurationReducedByRPL or DurationReducedBy holds a value, which the service's upload ignores. */
  public static final String DURATION_REDUCTION_IGNORED = "feed.rpl.duration-reduction-ignored";
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

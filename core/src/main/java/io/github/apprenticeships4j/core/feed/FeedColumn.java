package io.github.apprenticeships4j.core.feed;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 19 columns of the apprenticeship service's bulk-upload CSV, in the order of its template. Every one must be in
 * the header, in any order and any letter case (the service's file check, {@code BulkUploadFileRequirements}).
 */
public enum FeedColumn {
  COHORT_REF("CohortRef", "CohortRef"),
  AGREEMENT_ID("AgreementID", "AgreementId"),
  ULN("ULN", "Uln"),
  FAMILY_NAME("FamilyName", "FamilyName"),
  GIVEN_NAMES("GivenNames", "GivenName"),
  DATE_OF_BIRTH("DateOfBirth", "DateOfBirth"),
  EMAIL_ADDRESS("EmailAddress", "EmailAddress"),
  STD_CODE("StdCode", "CourseCode"),
  START_DATE("StartDate", "StartDate"),
  END_DATE("EndDate", "EndDate"),
  TOTAL_PRICE("TotalPrice", "TotalPrice"),
  EPA_ORG_ID("EPAOrgID", "EPAOrgId"),
  PROVIDER_REF("ProviderRef", "ProviderRef"),
  RECOGNISE_PRIOR_LEARNING("RecognisePriorLearning", "RecognisePriorLearning"),
  TRAINING_TOTAL_HOURS("TrainingTotalHours", "TrainingTotalHours"),
  TRAINING_HOURS_REDUCTION("TrainingHoursReduction", "TrainingHoursReduction"),
  IS_DURATION_REDUCED_BY_RPL("IsDurationReducedByRPL", "IsDurationReducedByRPL"),
  DURATION_REDUCED_BY("DurationReducedBy", "DurationReducedBy"),
  PRICE_REDUCED_BY("PriceReducedBy", "PriceReducedBy");

  /** The columns in the order of the service's template. */
  public static final List<FeedColumn> TEMPLATE_ORDER = List.of(values());

  /**
   * The 13 columns of the service's original layout, {@code CohortRef} to {@code ProviderRef}: a record with all of
   * them blank is an empty row, which the service drops before validation.
   */
  public static final List<FeedColumn> ORIGINAL = TEMPLATE_ORDER.subList(0, 13);

  private final String header;
  private final String property;

  FeedColumn(String header, String property) {
    this.header = header;
    this.property = property;
  }

  /** The column name in the service's template, e.g. {@code AgreementID}. */
  public String header() {
    return header;
  }

  /**
   * The property the service names in its error table for this column, e.g. {@code AgreementId}, {@code GivenName}
   * or {@code CourseCode}; findings about the column have it as {@code path}.
   */
  public String property() {
    return property;
  }

  /** The column whose header is {@code name}, ignoring letter case but not white space, as the service matches. */
  public static Optional<FeedColumn> forHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.header.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }

  /** The template header line, e.g. to start a file. */
  public static String templateHeader() {
    return String.join(",", TEMPLATE_ORDER.stream().map(FeedColumn::header).toArray(String[]::new));
  }
}

package io.github.apprenticeships4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.apprenticeships4j.core.constraints.ValidLarsCode;
import io.github.apprenticeships4j.core.constraints.ValidUln;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The naive path's row: what a user would write to read a bulk-upload feed with Jackson CSV and check it with
 * Hibernate Validator, using the library's constraints for the identifiers and standard ones for the rest.
 */
public class NaiveFeedRow {
  @JsonProperty("CohortRef")
  @Size(max = 20)
  public String cohortRef;
  @JsonProperty("AgreementID")
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9]{1,6}")
  public String agreementId;
  @JsonProperty("ULN")
  @NotBlank
  @ValidUln
  public String uln;
  @JsonProperty("FamilyName")
  @NotBlank
  @Size(max = 100)
  public String familyName;
  @JsonProperty("GivenNames")
  @NotBlank
  @Size(max = 100)
  public String givenNames;
  @JsonProperty("DateOfBirth")
  @NotBlank
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}")
  public String dateOfBirth;
  @JsonProperty("EmailAddress")
  @NotBlank
  @Email
  @Size(max = 200)
  public String emailAddress;
  @JsonProperty("StdCode")
  @NotBlank
  @ValidLarsCode
  public String stdCode;
  @JsonProperty("StartDate")
  @NotBlank
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}")
  public String startDate;
  @JsonProperty("EndDate")
  @NotBlank
  @Pattern(regexp = "\\d{4}-\\d{2}")
  public String endDate;
  @JsonProperty("TotalPrice")
  @NotBlank
  @Pattern(regexp = "[1-9][0-9]{0,5}")
  public String totalPrice;
  @JsonProperty("EPAOrgID")
  @Size(max = 7)
  public String epaOrgId;
  @JsonProperty("ProviderRef")
  @Size(max = 20)
  public String providerRef;
  @JsonProperty("RecognisePriorLearning")
  @Pattern(regexp = "(?i)true|false|1|0|yes|no")
  public String recognisePriorLearning;
  @JsonProperty("TrainingTotalHours")
  @Pattern(regexp = "[0-9]{0,4}")
  public String trainingTotalHours;
  @JsonProperty("TrainingHoursReduction")
  @Pattern(regexp = "[0-9]{0,3}")
  public String trainingHoursReduction;
  @JsonProperty("IsDurationReducedByRPL")
  public String isDurationReducedByRpl;
  @JsonProperty("DurationReducedBy")
  public String durationReducedBy;
  @JsonProperty("PriceReducedBy")
  @Pattern(regexp = "[0-9]{0,5}")
  public String priceReducedBy;
}

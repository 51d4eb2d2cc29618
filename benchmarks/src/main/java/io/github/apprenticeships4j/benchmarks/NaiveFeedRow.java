package io.github.apprenticeships4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.apprenticeships4j.core.constraints.ValidLarsCode;
import io.github.apprenticeships4j.core.constraints.ValidUln;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The naive path's row: what a user would write to read a bulk-upload feed with Jackson CSV and check it with
 * Hibernate Validator, using the library's constraints for the identifiers and standard ones for the rest. A field
 * is null when its column is missing.
 */
public class NaiveFeedRow {
  @JsonProperty("CohortRef")
  @Size(max = 20)
  public @Nullable String cohortRef;
  @JsonProperty("AgreementID")
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9]{1,6}")
  public @Nullable String agreementId;
  @JsonProperty("ULN")
  @NotBlank
  @ValidUln
  public @Nullable String uln;
  @JsonProperty("FamilyName")
  @NotBlank
  @Size(max = 100)
  public @Nullable String familyName;
  @JsonProperty("GivenNames")
  @NotBlank
  @Size(max = 100)
  public @Nullable String givenNames;
  @JsonProperty("DateOfBirth")
  @NotBlank
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}")
  public @Nullable String dateOfBirth;
  @JsonProperty("EmailAddress")
  @NotBlank
  @Email
  @Size(max = 200)
  public @Nullable String emailAddress;
  @JsonProperty("StdCode")
  @NotBlank
  @ValidLarsCode
  public @Nullable String stdCode;
  @JsonProperty("StartDate")
  @NotBlank
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}")
  public @Nullable String startDate;
  @JsonProperty("EndDate")
  @NotBlank
  @Pattern(regexp = "\\d{4}-\\d{2}")
  public @Nullable String endDate;
  @JsonProperty("TotalPrice")
  @NotBlank
  @Pattern(regexp = "[1-9][0-9]{0,5}")
  public @Nullable String totalPrice;
  @JsonProperty("EPAOrgID")
  @Size(max = 7)
  public @Nullable String epaOrgId;
  @JsonProperty("ProviderRef")
  @Size(max = 20)
  public @Nullable String providerRef;
  @JsonProperty("RecognisePriorLearning")
  @Pattern(regexp = "(?i)true|false|1|0|yes|no")
  public @Nullable String recognisePriorLearning;
  @JsonProperty("TrainingTotalHours")
  @Pattern(regexp = "[0-9]{0,4}")
  public @Nullable String trainingTotalHours;
  @JsonProperty("TrainingHoursReduction")
  @Pattern(regexp = "[0-9]{0,3}")
  public @Nullable String trainingHoursReduction;
  @JsonProperty("IsDurationReducedByRPL")
  public @Nullable String isDurationReducedByRpl;
  @JsonProperty("DurationReducedBy")
  public @Nullable String durationReducedBy;
  @JsonProperty("PriceReducedBy")
  @Pattern(regexp = "[0-9]{0,5}")
  public @Nullable String priceReducedBy;
}

package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.apprenticeships4j.core.funding.ApprenticeshipUnit;
import io.github.apprenticeships4j.core.funding.EnglishAndMathsAim;
import io.github.apprenticeships4j.core.funding.EnglishAndMathsQualification;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApprenticeshipsJsonUnitsAndAimsTest {
  static final String UNIT =
      "{\"id\": \"unit-1\", \"unit\": {\"reference\": \"ZSC00123\", \"startDate\": \"2026-05-04\","
          + " \"plannedEndDate\": \"2026-07-26\", \"plannedHours\": 60, \"price\": \"1500\"},"
          + " \"employer\": {\"levyPayer\": true, \"levyFundsAvailable\": 1000},"
          + " \"apprentice\": {\"dateOfBirth\": \"1990-01-01\"}}";

  private static String withAims(String aims) {
    return ApprenticeshipsJsonTest.VALID.substring(0, ApprenticeshipsJsonTest.VALID.length() - 1)
        + ", \"englishAndMathsAims\": " + aims + "}";
  }

  @Test
  void readsEnglishAndMathsAims_withTheirQualificationAndDates() {
    FundingInput.OfApprenticeship input = ApprenticeshipsJsonTest.read(withAims("[{\"qualification\": \"maths\","
        + " \"startDate\": \"2025-09-01\", \"plannedDurationMonths\": 12}, {\"qualification\": \"gcse-english\","
        + " \"startDate\": \"2025-10-01\", \"plannedEndDate\": \"2026-06-30\", \"withdrawalDate\": \"2026-01-15\"}]"))
        .accepted(0);

    assertThat(input.apprenticeship().englishAndMathsAims()).containsExactly(
        EnglishAndMathsAim.builder().qualification(EnglishAndMathsQualification.MATHS)
            .startDate(LocalDate.of(2025, 9, 1)).plannedDurationMonths(12).build(),
        EnglishAndMathsAim.builder().qualification(EnglishAndMathsQualification.GCSE_ENGLISH)
            .startDate(LocalDate.of(2025, 10, 1)).plannedEndDate(LocalDate.of(2026, 6, 30))
            .withdrawalDate(LocalDate.of(2026, 1, 15)).build());
    assertThat(FundingCalculator.withDefaultRules().calculate(input.apprenticeship()).orElseThrow()
        .englishAndMathsPayments()).hasSize(12 + 3);
  }

  @Test
  void badAims_areRejectedWithTheirPaths() {
    ApprenticeshipsJsonTest.Read read = ApprenticeshipsJsonTest.read(withAims("[null, {\"qualification\": \"science\","
        + " \"startDate\": \"2025-09-01\"}, {\"startDate\": \"01/09/2025\", \"plannedDurationMonths\": \"x\"}]"));

    assertThat(read.rejected(0).issues()).extracting(Issue::code, Issue::path).containsExactly(
        tuple(ReadCodes.JSON_FIELD_MISSING, "englishAndMathsAims[0]"),
        tuple(ReadCodes.JSON_RECORD_INVALID, "englishAndMathsAims[1].qualification"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "englishAndMathsAims[2].qualification"),
        tuple(ReadCodes.JSON_DATE_FORMAT, "englishAndMathsAims[2].startDate"),
        tuple(ReadCodes.JSON_NUMBER_FORMAT, "englishAndMathsAims[2].plannedDurationMonths"));
  }

  @Test
  void readsAUnit_withTheRecordsEmployerAndApprentice() {
    FundingInput input = ApprenticeshipsJsonTest.read(UNIT).acceptedInput(0);

    assertThat(input).isInstanceOf(FundingInput.OfUnit.class);
    assertThat(input.id()).hasValue("unit-1");
    ApprenticeshipUnit unit = ((FundingInput.OfUnit) input).unit();
    assertThat(unit.reference()).hasValue("ZSC00123");
    assertThat(unit.startDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(unit.plannedEndDate()).isEqualTo(LocalDate.of(2026, 7, 26));
    assertThat(unit.plannedHours()).isEqualTo(60);
    assertThat(unit.price()).isEqualByComparingTo("1500");
    assertThat(unit.employer().levyFundsAvailable()).isEqualByComparingTo("1000");
    assertThat(unit.completionDate()).isEmpty();
    assertThat(FundingCalculator.withDefaultRules().calculate(unit).orElseThrow().levyUsed().value())
        .isEqualByComparingTo("1000");
  }

  @Test
  void readsAUnitsCompletionAndWithdrawal() {
    FundingInput.OfUnit input = (FundingInput.OfUnit) ApprenticeshipsJsonTest.read(UNIT.replace("\"price\": \"1500\"",
        "\"price\": 1500.50, \"completionDate\": \"2026-07-01\", \"withdrawalDate\": \"2026-06-01\""))
        .acceptedInput(0);

    assertThat(input.unit().price()).isEqualTo(new BigDecimal("1500.50"));
    assertThat(input.unit().completionDate()).hasValue(LocalDate.of(2026, 7, 1));
    assertThat(input.unit().withdrawalDate()).hasValue(LocalDate.of(2026, 6, 1));
  }

  @Test
  void unitWithMissingOrBadFields_isRejectedWithTheirPaths() {
    ApprenticeshipsJsonTest.Read read = ApprenticeshipsJsonTest.read("{\"unit\": {\"startDate\": \"4 May\","
        + " \"plannedHours\": \"sixty\", \"price\": null}, \"apprentice\": {\"dateOfBirth\": \"1990-01-01\"}}");

    assertThat(read.rejected(0).issues()).extracting(Issue::code, Issue::path).containsExactly(
        tuple(ReadCodes.JSON_DATE_FORMAT, "unit.startDate"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "unit.plannedEndDate"),
        tuple(ReadCodes.JSON_NUMBER_FORMAT, "unit.plannedHours"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "unit.price"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "employer"));
  }

  @Test
  void unitBesideApprenticeshipFields_isRejected_forWhichIsMeantIsUnknown() {
    String both = ApprenticeshipsJsonTest.VALID.substring(0, ApprenticeshipsJsonTest.VALID.length() - 1)
        + ", \"unit\": {\"startDate\": \"2026-05-04\", \"plannedEndDate\": \"2026-07-26\", \"plannedHours\": 60,"
        + " \"price\": 1500}, \"progress\": {}, \"englishAndMathsAims\": []}";

    assertThat(ApprenticeshipsJsonTest.read(both).rejected(0).issues()).extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadCodes.JSON_RECORD_INVALID, "startDate"),
            tuple(ReadCodes.JSON_RECORD_INVALID, "plannedDurationMonths"),
            tuple(ReadCodes.JSON_RECORD_INVALID, "standard"),
            tuple(ReadCodes.JSON_RECORD_INVALID, "trainingPrice"),
            tuple(ReadCodes.JSON_RECORD_INVALID, "assessmentPrice"),
            tuple(ReadCodes.JSON_RECORD_INVALID, "progress"),
            tuple(ReadCodes.JSON_RECORD_INVALID, "englishAndMathsAims"));
  }
}

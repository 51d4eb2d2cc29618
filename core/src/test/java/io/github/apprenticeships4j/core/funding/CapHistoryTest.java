package io.github.apprenticeships4j.core.funding;

import static io.github.apprenticeships4j.core.funding.Apprenticeships.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapHistoryTest {
  static final StandardReference ST0795 = StandardReference.parse("ST0795");

  static Standard version(String reference, String version, StandardStatus status, int maxFunding,
      Optional<LocalDate> earliest, Optional<LocalDate> latest) {
    return Standard.builder().reference(StandardReference.parse(reference)).version(StandardVersion.parse(version))
        .title("Data technician").level(3).route("Digital").status(status).typicalDurationMonths(15)
        .maxFunding(new BigDecimal(maxFunding)).earliestStartDate(earliest).latestStartDate(latest).build();
  }

  /** ST0795 as in the national catalogue of 22 August 2026: 1.0 retired at 12,000, 1.1 at 13,000, 2.0 a draft. */
  static final StandardCatalogue DATA_TECHNICIAN = StandardCatalogue.of(List.of(
      version("ST0795", "2.0", StandardStatus.IN_DEVELOPMENT, 13000, Optional.empty(), Optional.empty()),
      version("ST0795", "1.0", StandardStatus.RETIRED, 12000, Optional.of(LocalDate.of(2020, 7, 10)),
          Optional.of(LocalDate.of(2025, 8, 19))),
      version("ST0795", "1.1", StandardStatus.APPROVED_FOR_DELIVERY, 13000, Optional.of(LocalDate.of(2025, 8, 20)),
          Optional.empty())));

  private static Apprenticeship dataTechnicianStarting(LocalDate start) {
    return SEED.withStartDate(start).withStandard(StandardFunding.builder().reference(ST0795).level(3)
        .typicalDurationMonths(15).build()).withTrainingPrice(new BigDecimal("20000"));
  }

  @Test
  void approvedVersions_areChainedInVersionOrder_withTheirWindows() {
    CapHistory history = CapHistory.of(DATA_TECHNICIAN, ST0795);
    assertThat(history.reference()).isEqualTo(ST0795);
    assertThat(history.toString()).startsWith("CapHistory[ST0795 v1.0");
    assertThat(history.versions()).isEqualTo(CapHistory.of(DATA_TECHNICIAN, ST0795).versions());
    assertThat(history.versions().get(0)).hasSameHashCodeAs(CapHistory.of(DATA_TECHNICIAN, ST0795).versions()
        .get(0)).isNotEqualTo(history.versions().get(1)).isNotEqualTo("ST0795");
    assertThat(history.versions()).extracting(VersionCap::toString)
        .containsExactly("ST0795 v1.0 2020-07-10..2025-08-19 12000.00", "ST0795 v1.1 2025-08-20.. 13000.00");
  }

  @Test
  void capInForce_isTheVersionWhoseWindowHoldsTheStart() {
    CapHistory history = CapHistory.of(DATA_TECHNICIAN, ST0795);
    assertThat(history.inForceOn(LocalDate.of(2025, 8, 19))).map(VersionCap::version)
        .contains(StandardVersion.of(1, 0));
    assertThat(history.inForceOn(LocalDate.of(2025, 8, 20))).map(VersionCap::maxFunding)
        .contains(new BigDecimal("13000.00"));
    assertThat(history.inForceOn(LocalDate.of(2020, 7, 9))).isEmpty();
  }

  @Test
  void versionWithoutLatestStart_endsTheDayBeforeTheNextApprovedVersion() {
    StandardCatalogue catalogue = StandardCatalogue.of(List.of(
        version("ST0799", "0.0", StandardStatus.RETIRED, 9000, Optional.of(LocalDate.of(2019, 1, 1)),
            Optional.empty()),
        version("ST0799", "0.5", StandardStatus.IN_DEVELOPMENT, 9500, Optional.of(LocalDate.of(2019, 6, 1)),
            Optional.empty()),
        version("ST0799", "1.0", StandardStatus.APPROVED_FOR_DELIVERY, 10000, Optional.of(LocalDate.of(2020, 3, 1)),
            Optional.empty())));
    CapHistory history = CapHistory.of(catalogue, StandardReference.parse("ST0799"));
    assertThat(history.versions()).extracting(VersionCap::toString)
        .containsExactly("ST0799 v0.0 2019-01-01..2020-02-29 9000.00", "ST0799 v1.0 2020-03-01.. 10000.00");
    assertThat(history.versions().get(0).to()).contains(LocalDate.of(2020, 2, 29));
    assertThat(history.versions().get(1).to()).isEmpty();
  }

  @Test
  void overlappingWindows_theHighestVersionWins_asForVersionForStartOn() {
    StandardReference ref = StandardReference.parse("ST0127");
    StandardCatalogue catalogue = StandardCatalogue.of(List.of(
        version("ST0127", "1.4", StandardStatus.APPROVED_FOR_DELIVERY, 15000, Optional.of(LocalDate.of(2024, 1, 1)),
            Optional.of(LocalDate.of(2026, 11, 1))),
        version("ST0127", "1.5", StandardStatus.APPROVED_FOR_DELIVERY, 16000,
            Optional.of(LocalDate.of(2025, 7, 29)), Optional.empty())));
    CapHistory history = CapHistory.of(catalogue, ref);
    LocalDate both = LocalDate.of(2026, 1, 5);
    assertThat(history.inForceOn(both)).map(VersionCap::version).contains(StandardVersion.of(1, 5));
    assertThat(catalogue.versionForStartOn(ref, both)).map(Standard::version).contains(StandardVersion.of(1, 5));
    assertThat(history.inForceOn(LocalDate.of(2025, 7, 28))).map(VersionCap::version)
        .contains(StandardVersion.of(1, 4));
  }

  @Test
  void versionsWithoutEarliestStartOrWithAnEmptyWindow_areLeftOut() {
    StandardCatalogue catalogue = StandardCatalogue.of(List.of(
        version("ST0900", "1.0", StandardStatus.WITHDRAWN, 5000, Optional.empty(), Optional.empty()),
        version("ST0900", "1.1", StandardStatus.RETIRED, 5000, Optional.of(LocalDate.of(2022, 1, 1)),
            Optional.of(LocalDate.of(2021, 1, 1))),
        version("ST0900", "1.2", StandardStatus.RETIRED, 6000, Optional.of(LocalDate.of(2023, 1, 1)),
            Optional.empty()),
        version("ST0900", "1.3", StandardStatus.APPROVED_FOR_DELIVERY, 6000, Optional.of(LocalDate.of(2023, 1, 1)),
            Optional.empty())));
    assertThat(CapHistory.of(catalogue, StandardReference.parse("ST0900")).versions())
        .extracting(VersionCap::version).containsExactly(StandardVersion.of(1, 3));
    assertThat(CapHistory.of(catalogue, StandardReference.parse("ST0901")).versions()).isEmpty();
  }

  @Test
  void versionWithMaxFunding0_hasNoCapAndNoRule() {
    StandardCatalogue catalogue = StandardCatalogue.of(List.of(version("ST0795", "1.0",
        StandardStatus.APPROVED_FOR_DELIVERY, 0, Optional.of(LocalDate.of(2020, 7, 10)), Optional.empty())));
    VersionCap cap = CapHistory.of(catalogue, ST0795).inForceOn(LocalDate.of(2025, 9, 1)).orElseThrow();
    assertThat(cap.hasCap()).isFalse();
    assertThat(cap.rule()).isEmpty();
    List<Issue> errors = FundingCalculator.withDefaultRules().withStandards(catalogue)
        .calculate(dataTechnicianStarting(LocalDate.of(2025, 9, 1))).report().issues();
    assertThat(errors).extracting(Issue::code).contains(FundingCodes.CAP_MISSING);
    assertThat(errors).filteredOn(i -> i.code().equals(FundingCodes.CAP_MISSING)).extracting(Issue::message)
        .containsExactly("no funding cap for ST0795 on 2025-09-01; version 1.0 in force has no maximum funding");
  }

  @Test
  void calculatorWithStandards_takesTheCapInForce_andReportsItsVersion() {
    FundingCalculator calculator = FundingCalculator.withDefaultRules().withStandards(DATA_TECHNICIAN);
    assertThat(calculator.standards()).contains(DATA_TECHNICIAN);
    FundingBreakdown before = calculator.calculate(dataTechnicianStarting(LocalDate.of(2025, 8, 1))).orElseThrow();
    assertThat(before.fundingCap().value()).isEqualByComparingTo("12000");
    assertThat(before.capVersion()).contains(StandardVersion.of(1, 0));
    assertThat(before.fundingCap().sources()).containsExactly("Skills England ST0795 v1.0 maximum funding");
    assertThat(before.fundingCap().rules().get(0).effectiveTo()).contains(LocalDate.of(2025, 8, 19));
    FundingBreakdown after = calculator.calculate(dataTechnicianStarting(LocalDate.of(2025, 9, 1))).orElseThrow();
    assertThat(after.fundingCap().value()).isEqualByComparingTo("13000");
    assertThat(after.capVersion()).contains(StandardVersion.of(1, 1));
    assertThat(after.fundedPrice().value()).isEqualByComparingTo("13000");
  }

  @Test
  void capsGivenWithTheStandard_winOverTheCatalogue() {
    Apprenticeship typed = dataTechnicianStarting(LocalDate.of(2025, 9, 1)).withStandard(StandardFunding.of(ST0795, 3,
        15, new BigDecimal("14000"), LocalDate.of(2020, 1, 1), "my contract"));
    FundingBreakdown f = FundingCalculator.withDefaultRules().withStandards(DATA_TECHNICIAN).calculate(typed)
        .orElseThrow();
    assertThat(f.fundingCap().value()).isEqualByComparingTo("14000");
    assertThat(f.capVersion()).isEmpty();
  }

  @Test
  void standardNotInTheCatalogue_fallsBackToTheRuleCatalogue_elseCapMissing() {
    FundingCalculator calculator = FundingCalculator.withDefaultRules().withStandards(DATA_TECHNICIAN);
    FundingBreakdown ml = calculator.calculate(SEED).orElseThrow();
    assertThat(ml.fundingCap().value()).isEqualByComparingTo("22000");
    assertThat(ml.capVersion()).isEmpty();
    List<Issue> issues = calculator.calculate(dataTechnicianStarting(LocalDate.of(2020, 7, 1))).report().issues();
    assertThat(issues).filteredOn(i -> i.code().equals(FundingCodes.CAP_MISSING)).extracting(Issue::message)
        .containsExactly("no funding cap for ST0795 on 2020-07-01; the standards catalogue has no approved version "
            + "for the date");
    assertThat(FundingCalculator.withDefaultRules().standards()).isEmpty();
  }
}

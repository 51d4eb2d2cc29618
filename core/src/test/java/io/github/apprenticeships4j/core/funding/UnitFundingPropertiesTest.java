package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class UnitFundingPropertiesTest {
  private static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();

  /** Units the default rules accept: starts from 28 April 2026 to 2030, 7 to 112 days, 30 to 140 hours. */
  static Gen<ApprenticeshipUnit> units() {
    LocalDate first = LocalDate.of(2026, 4, 28);
    return integers().between(0, 1500).zip(integers().between(6, 111), integers().between(30, 140),
        FundingGen.pounds(5_000_000L), (day, length, hours, price) -> UnitFundingTest.UNIT
            .withStartDate(first.plusDays(day)).withPlannedEndDate(first.plusDays(day + (long) length))
            .withPlannedHours(hours).withPrice(price)
            .withApprentice(Apprentice.bornOn(first.plusDays(day).minusYears(19 + day % 40))))
        .zip(FundingGen.employers(), ApprenticeshipUnit::withEmployer);
  }

  @Test
  void aUnitsPaymentsAndItsSplit_addUpToItsPrice_toThePenny() {
    qt().withExamples(3000).forAll(units()).checkAssert(unit -> {
      UnitFundingResult result = CALCULATOR.calculate(unit);
      assertThat(result.report().hasErrors()).as("%s", result.report()).isFalse();
      UnitFundingBreakdown f = result.orElseThrow();
      assertThat(f.payments().fundedPriceTotal()).isEqualTo(f.fundedPrice().value());
      assertThat(f.split().total()).isEqualTo(f.fundedPrice().value());
      assertThat(f.fundedPrice().value()).isEqualByComparingTo(unit.price());
      assertThat(f.split().levy()).isLessThanOrEqualTo(unit.employer().levyFundsAvailable());
      assertThat(f.milestoneDate().value()).isBetween(unit.startDate(), unit.plannedEndDate());
      assertThat(f.payments().payments()).allSatisfy(p -> assertThat(p.amount().scale()).isEqualTo(2));
    });
  }

  @Test
  void aWithdrawal_neverPaysMoreThanTheMilestone() {
    qt().withExamples(2000).forAll(units(), integers().between(0, 120)).checkAssert((unit, out) -> {
      UnitFundingBreakdown f = CALCULATOR.calculate(unit.withWithdrawalDate(unit.startDate().plusDays(out)))
          .orElseThrow();
      assertThat(f.payments().fundedPriceTotal()).isLessThanOrEqualTo(f.milestoneAmount().value());
      assertThat(f.payments().ofKind(PaymentKind.COMPLETION)).isEmpty();
    });
  }
}

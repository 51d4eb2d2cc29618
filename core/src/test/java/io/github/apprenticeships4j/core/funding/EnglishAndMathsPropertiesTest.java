package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishAndMathsPropertiesTest {
  private static final FundingRules RULES = FundingRules.defaults();
  private static final EnglishAndMathsQualification[] QUALIFICATIONS = EnglishAndMathsQualification.values();

  private static EnglishAndMathsAim aim(int startDay, int days, int qualification) {
    LocalDate start = FundingGen.FIRST_START.plusDays(startDay);
    return EnglishAndMathsAim.builder().qualification(QUALIFICATIONS[qualification]).startDate(start)
        .plannedEndDate(start.plusDays(days)).build();
  }

  @Test
  void anAimsInstalments_addUpToItsRate_toThePenny() {
    qt().withFixedSeed(134).withExamples(3000).forAll(integers().between(0, 4200), integers().between(1, 1500),
        integers().between(0, QUALIFICATIONS.length - 1))
        .checkAssert((startDay, days, q) -> {
          EnglishAndMathsAim aim = aim(startDay, days, q);
          List<Payment> payments = EnglishAndMathsPayments.payments(RULES, aim);
          FundingRule rate = RULES.get(RuleKey.ENGLISH_AND_MATHS_RATE, aim.qualification().qualifier(),
              aim.startDate());
          assertThat(new PaymentProfile(payments).total(PaymentKind.ENGLISH_AND_MATHS)).isEqualTo(rate.decimalValue());
          assertThat(payments).allSatisfy(p -> {
            assertThat(p.amount().signum()).isNotNegative();
            assertThat(p.amount().scale()).isEqualTo(2);
            assertThat(p.dueDate()).isAfterOrEqualTo(aim.startDate());
          });
        });
  }

  @Test
  void withAims_theFundedPriceAndItsSplitStillAddUp_andAimsAddUpToTheirRates() {
    FundingCalculator calculator = FundingCalculator.of(RULES);
    qt().withFixedSeed(135).withExamples(1000).forAll(FundingGen.apprenticeships(), integers().between(0, 400),
        integers().between(30, 700), integers().between(0, QUALIFICATIONS.length - 1))
        .assuming((a, offset, days, q) -> !calculator.calculate(a).isRejected())
        .checkAssert((a, offset, days, q) -> {
          LocalDate start = a.startDate().plusDays(offset);
          EnglishAndMathsAim aim = EnglishAndMathsAim.builder().qualification(QUALIFICATIONS[q]).startDate(start)
              .plannedEndDate(start.plusDays(days)).build();
          FundingBreakdown f = calculator.calculate(a.withEnglishAndMathsAims(aim)).orElseThrow();
          assertThat(f.payments().fundedPriceTotal()).isEqualTo(f.fundedPrice().value());
          assertThat(f.split().total()).isEqualTo(f.fundedPrice().value());
          assertThat(f.payments().total(PaymentKind.ENGLISH_AND_MATHS)).isEqualTo(RULES.get(
              RuleKey.ENGLISH_AND_MATHS_RATE, aim.qualification().qualifier(), start).decimalValue());
        });
  }

  @Test
  void aWithdrawal_neverPaysMoreThanTheRate() {
    qt().withFixedSeed(136).withExamples(2000).forAll(integers().between(0, 4200), integers().between(1, 900),
        integers().between(0, QUALIFICATIONS.length - 1), integers().between(0, 1000))
        .checkAssert((startDay, days, q, out) -> {
          EnglishAndMathsAim planned = aim(startDay, days, q);
          EnglishAndMathsAim aim = planned.withWithdrawalDate(planned.startDate().plusDays(out));
          List<Payment> payments = EnglishAndMathsPayments.payments(RULES, aim);
          assertThat(new PaymentProfile(payments).total(PaymentKind.ENGLISH_AND_MATHS))
              .isLessThanOrEqualTo(new PaymentProfile(EnglishAndMathsPayments.payments(RULES, planned))
                  .total(PaymentKind.ENGLISH_AND_MATHS));
        });
  }
}

package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundingCalculatorPropertiesTest {
  private static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();

  @Test
  void instalmentsAndCompletion_addUpToTheFundedPrice_toThePenny() {
    qt().withFixedSeed(137).withExamples(3000).forAll(FundingGen.apprenticeships())
        .assuming(a -> !CALCULATOR.calculate(a).isRejected())
        .checkAssert(a -> {
          FundingBreakdown f = CALCULATOR.calculate(a).orElseThrow();
          assertThat(f.payments().fundedPriceTotal()).isEqualTo(f.fundedPrice().value());
          assertThat(f.onProgrammeTotal().value().add(f.completionAmount().value())).isEqualTo(f.fundedPrice().value());
          assertThat(f.payments().payments()).allSatisfy(p -> {
            assertThat(p.amount().signum()).isNotNegative();
            assertThat(p.amount().scale()).isEqualTo(2);
          });
        });
  }

  @Test
  void levyGovernmentAndEmployerShares_addUpToTheFundedPrice_toThePenny() {
    qt().withFixedSeed(138).withExamples(3000).forAll(FundingGen.apprenticeships())
        .assuming(a -> !CALCULATOR.calculate(a).isRejected())
        .checkAssert(a -> {
          FundingBreakdown f = CALCULATOR.calculate(a).orElseThrow();
          assertThat(f.levyUsed().value().add(f.governmentCoInvestment().value()).add(f.employerCoInvestment().value()))
              .isEqualTo(f.fundedPrice().value());
          assertThat(f.levyUsed().value().signum()).isNotNegative();
          assertThat(f.governmentCoInvestment().value().signum()).isNotNegative();
          assertThat(f.employerCoInvestment().value().signum()).isNotNegative();
          assertThat(f.fundedPrice().value().add(f.employerExcess().value())).isEqualTo(a.agreedPrice().setScale(2));
        });
  }

  @Test
  void fullyFunded_usesNoLevyNorEmployerMoney_andEachIncentiveAddsUpToItsAmount_toThePenny() {
    qt().withFixedSeed(139).withExamples(3000).forAll(FundingGen.apprenticeships())
        .assuming(a -> !CALCULATOR.calculate(a).isRejected())
        .checkAssert(a -> {
          FundingBreakdown f = CALCULATOR.calculate(a).orElseThrow();
          if (f.isFullyFunded()) {
            assertThat(f.levyUsed().value().signum()).isZero();
            assertThat(f.employerCoInvestment().value().signum()).isZero();
          }
          for (PaymentKind kind : List.of(PaymentKind.EMPLOYER_INCENTIVE, PaymentKind.PROVIDER_INCENTIVE,
              PaymentKind.SME_HIRING_INCENTIVE)) {
            List<Payment> paid = f.payments().ofKind(kind);
            if (paid.isEmpty()) {
              continue;
            }
            List<FundingRule> rules = paid.get(0).rules();
            BigDecimal amount = rules.get(0).decimalValue(); // the amount rule comes first, then the milestones
            int milestones = rules.get(1).days().size();
            BigDecimal total = f.payments().total(kind);
            if (paid.size() == milestones) {
              assertThat(total).as("%s", kind).isEqualTo(amount.setScale(2));
            } else {
              assertThat(total).as("%s", kind).isLessThan(amount);
            }
          }
        });
  }

  @Test
  void everyCompletion_earlyLateOrAfterABreak_paysTheFundedPriceExactly() {
    qt().withFixedSeed(140).withExamples(2000).forAll(FundingGen.apprenticeships(), integers().between(0, 4), integers()
        .between(0, 2000),
        integers().between(0, 400))
        .assuming((a, kind, offset, gap) -> kind != 2 && !CALCULATOR.calculate(a).isRejected()
            && !completesBelowTheIlrMinimum(a, FundingGen.progressFor(a, kind, offset, gap)))
        .checkAssert((a, kind, offset, gap) -> {
          Progress progress = FundingGen.progressFor(a, kind, offset, gap);
          FundingResult result = CALCULATOR.calculate(a, progress);
          assertThat(result.report().hasErrors()).as("%s", result.report()).isFalse();
          FundingBreakdown f = result.orElseThrow();
          assertThat(f.payments().fundedPriceTotal()).isEqualTo(f.fundedPrice().value());
        });
  }

  /** Whether the ILR rejects the completion date of {@code progress} (DateOfBirth_58), which the calculator mirrors. */
  private static boolean completesBelowTheIlrMinimum(Apprenticeship a, Progress progress) {
    return !CALCULATOR.calculate(a, progress).report().withCode(FundingCodes.DURATION_ACTUAL_BELOW_ILR_MINIMUM)
        .isEmpty();
  }

  @Test
  void foundationIncentive_addsUpToItsAmountExactly_whenTheApprenticeCompletesAndProgresses() {
    BigDecimal amount = FundingRules.defaults().get(RuleKey.FOUNDATION_INCENTIVE_AMOUNT, FundingRule.ANY,
        LocalDate.of(2025, 8, 1)).decimalValue();
    qt().withFixedSeed(141).withExamples(1000).forAll(integers().between(0, 1200), integers().between(245, 900),
        integers().between(0, 2400), FundingGen.pounds(600_000L))
        .checkAssert((startDay, days, ageAndProgression, price) -> { // 245 days: past 8 months from any start
          int age = 16 + ageAndProgression % 6;
          int progressionDays = ageAndProgression / 6;
          LocalDate start = LocalDate.of(2025, 8, 1).plusDays(startDay);
          Apprenticeship a = Apprenticeship.builder().startDate(start).plannedEndDate(start.plusDays(days))
              .standard(StandardFunding.builder().reference(StandardReference.parse("FA0001")).level(2)
                  .typicalDurationMonths(8).addCap(FundingRule.builder().key(RuleKey.FUNDING_CAP).qualifier("FA0001")
                      .effectiveFrom(LocalDate.of(2025, 8, 1)).value("4000").basis(RuleBasis.OFFICIAL)
                      .source("generated").build()).build())
              .trainingPrice(price).assessmentPrice(BigDecimal.ZERO).employer(Employer.nonLevy())
              .apprentice(Apprentice.bornOn(start.minusYears(age))).build();
          Progress progressed = Progress.builder().progressionDate(start.plusDays(days + progressionDays)).build();
          FundingBreakdown f = CALCULATOR.calculate(a, progressed).orElseThrow();
          assertThat(f.payments().total(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE)).isEqualByComparingTo(amount);
          assertThat(f.payments().ofKind(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE)).hasSize(3);
          assertThat(f.payments().fundedPriceTotal()).isEqualTo(f.fundedPrice().value());
        });
  }

  @Test
  void withdrawal_neverPaysMoreThanTheOnProgrammeTotal_norACompletionPayment() {
    qt().withFixedSeed(142).withExamples(1000).forAll(FundingGen.apprenticeships(), integers().between(0, 2000))
        .assuming((a, offset) -> !CALCULATOR.calculate(a).isRejected())
        .checkAssert((a, offset) -> {
          FundingBreakdown f = CALCULATOR.calculate(a, FundingGen.progressFor(a, 2, offset, 0))
              .orElseThrow();
          assertThat(f.payments().fundedPriceTotal()).isLessThanOrEqualTo(f.onProgrammeTotal().value());
          assertThat(f.payments().ofKind(PaymentKind.COMPLETION)).isEmpty();
        });
  }

  @Test
  void anyInput_isAnsweredWithABreakdownOrCodedErrors_neverAnException() {
    qt().withFixedSeed(143).withExamples(3000).forAll(FundingGen.anyApprenticeships())
        .checkAssert(a -> {
          FundingResult result = CALCULATOR.calculate(a);
          if (result.isRejected()) {
            assertThat(result.report().hasErrors()).isTrue();
            assertThat(result.report().issues()).allSatisfy(i -> assertThat(i.code()).matches("[a-z0-9.-]+"));
          } else {
            assertThat(result.orElseThrow().payments().fundedPriceTotal())
                .isEqualTo(result.orElseThrow().fundedPrice().value());
          }
        });
  }

  @Test
  void fundingSplit_addsUpForAnyAmountLevyAndRate() {
    qt().withFixedSeed(144).withExamples(3000).forAll(FundingGen.pounds(10_000_000L), FundingGen.pounds(10_000_000L),
        integers().between(0, 10_000))
        .checkAssert((due, levy, basisPoints) -> {
          FundingSplit split = FundingSplit.of(due, levy, BigDecimal.valueOf(basisPoints, 4));
          assertThat(split.total()).isEqualTo(due);
          assertThat(split.levy()).isEqualTo(due.min(levy));
          assertThat(split.employer().signum()).isNotNegative();
        });
  }
}

package io.github.apprenticeships4j.core.funding;

import static io.github.apprenticeships4j.core.funding.Apprenticeships.SEED;
import static io.github.apprenticeships4j.core.funding.Apprenticeships.agedAtStart;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FundingCalculatorTest {
  private static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();

  private static FundingBreakdown funding(Apprenticeship a) {
    return CALCULATOR.calculate(a).orElseThrow();
  }

  private static FundingBreakdown funding(Apprenticeship a, Progress p) {
    return CALCULATOR.calculate(a, p).orElseThrow();
  }

  private static List<String> errorCodes(Apprenticeship a) {
    return CALCULATOR.calculate(a).report().atLeast(Severity.ERROR).stream().map(Issue::code)
        .collect(Collectors.toList());
  }

  @Test
  void seedCase_nonLevyAged25_governmentPays95Percent() {
    FundingBreakdown f = funding(SEED);
    assertThat(f.ageAtStart().value()).isEqualTo(25);
    assertThat(f.fundingCap().value()).isEqualByComparingTo("22000");
    assertThat(f.fundingCap().rules().get(0).qualifier()).isEqualTo("ST1398");
    assertThat(f.fundedPrice().value()).isEqualTo(new BigDecimal("22000.00"));
    assertThat(f.isFullyFunded()).isFalse();
    assertThat(f.fullFunding().value()).isEqualTo(FullFundingReason.APPRENTICE_NOT_ELIGIBLE);
    assertThat(f.governmentShare().value()).isEqualByComparingTo("0.95");
    assertThat(f.governmentCoInvestment().value()).isEqualTo(new BigDecimal("20900.00"));
    assertThat(f.employerCoInvestment().value()).isEqualTo(new BigDecimal("1100.00"));
    assertThat(f.levyUsed().value()).isEqualTo(new BigDecimal("0.00"));
    assertThat(f.governmentCoInvestment().rules()).extracting(FundingRule::key)
        .containsExactly(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE);
    assertThat(f.governmentCoInvestment().sources().get(0)).contains("help.apprenticeships.education.gov.uk");
  }

  @Test
  void seedCase_aged19_isFullyFundedSinceApril2024() {
    FundingBreakdown f = funding(agedAtStart(SEED, 19));
    assertThat(f.ageAtStart().value()).isEqualTo(19);
    assertThat(f.fullFunding().value()).isEqualTo(FullFundingReason.NON_LEVY_YOUNG_APPRENTICE);
    assertThat(f.fullFunding().rules()).extracting(r -> r.key().id() + "=" + r.value())
        .contains("full-funding.employer=non-levy", "full-funding.age=16-21");
    assertThat(f.governmentCoInvestment().value()).isEqualTo(new BigDecimal("22000.00"));
    assertThat(f.employerCoInvestment().value()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void seedCase_aged19BeforeApril2024_atLargeEmployer_coInvests() {
    Apprenticeship a = agedAtStart(SEED.withStartDate(LocalDate.of(2024, 3, 1)), 19)
        .withStandard(Apprenticeships.ML_ENGINEER.withCaps(FundingRule.builder().key(RuleKey.FUNDING_CAP)
            .qualifier("ST1398").effectiveFrom(LocalDate.of(2024, 1, 1)).value("22000").basis(RuleBasis.OFFICIAL)
            .source("test").build()))
        .withEmployer(Employer.builder().levyPayer(false).headcount(120).build());
    FundingBreakdown f = funding(a);
    assertThat(f.fullFunding().value()).isEqualTo(FullFundingReason.EMPLOYER_NOT_ELIGIBLE);
    assertThat(f.employerCoInvestment().value()).isEqualByComparingTo("1100");
  }

  @Test
  void seedCase_instalmentsAreEqualMonthlyPaymentsOnCensusDates_andCompletionIs20Percent() {
    FundingBreakdown f = funding(SEED);
    assertThat(f.plannedEndDate()).isEqualTo(LocalDate.of(2027, 8, 31));
    assertThat(f.plannedInstalments().value()).isEqualTo(24);
    List<Payment> instalments = f.instalments();
    assertThat(instalments).hasSize(24);
    assertThat(instalments.get(0).dueDate()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(instalments.get(5).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(instalments.get(23).dueDate()).isEqualTo(LocalDate.of(2027, 8, 31));
    assertThat(instalments.subList(0, 23)).allSatisfy(p -> assertThat(p.amount()).isEqualTo(new BigDecimal("733.33")));
    assertThat(instalments.get(23).amount()).isEqualTo(new BigDecimal("733.41"));
    assertThat(f.onProgrammeTotal().value()).isEqualTo(new BigDecimal("17600.00"));
    Payment completion = f.payments().ofKind(PaymentKind.COMPLETION).get(0);
    assertThat(completion.amount()).isEqualTo(new BigDecimal("4400.00"));
    assertThat(completion.dueDate()).isEqualTo(LocalDate.of(2027, 8, 31));
    assertThat(f.payments().fundedPriceTotal()).isEqualTo(f.fundedPrice().value());
  }

  @Test
  void levyPayerWhoseFundsRunOut_levyFirstThenCoInvestmentOnTheRest() {
    FundingBreakdown f = funding(SEED.withEmployer(Employer.levyPayer(new BigDecimal("10000"))));
    assertThat(f.levyUsed().value()).isEqualByComparingTo("10000");
    assertThat(f.governmentCoInvestment().value()).isEqualByComparingTo("11400");
    assertThat(f.employerCoInvestment().value()).isEqualByComparingTo("600");
  }

  @Test
  void levyPayerFrom2026_coInvests75Percent_whenFundsAreExhausted() {
    Apprenticeship a = SEED.withStartDate(LocalDate.of(2026, 9, 1))
        .withEmployer(Employer.levyPayer(BigDecimal.ZERO));
    FundingBreakdown f = funding(a);
    assertThat(f.governmentCoInvestment().value()).isEqualByComparingTo("16500");
    assertThat(f.employerCoInvestment().value()).isEqualByComparingTo("5500");
  }

  @Test
  void coInvestmentBeforeApril2019_is90Percent() {
    Apprenticeship a = SEED.withStartDate(LocalDate.of(2018, 9, 1)).withStandard(Apprenticeships.ML_ENGINEER
        .withCaps(FundingRule.builder().key(RuleKey.FUNDING_CAP).qualifier("ST1398")
            .effectiveFrom(LocalDate.of(2018, 8, 1)).value("22000").basis(RuleBasis.OFFICIAL).source("test").build()))
        .withEmployer(Employer.builder().levyPayer(false).headcount(200).build());
    FundingBreakdown f = funding(a);
    assertThat(f.governmentCoInvestment().value()).isEqualByComparingTo("19800");
    assertThat(f.employerCoInvestment().value()).isEqualByComparingTo("2200");
  }

  @Test
  void smallEmployerBeforeApril2024_fullyFundsA17YearOld_evenWhenItPaysTheLevy() {
    Apprenticeship a = agedAtStart(SEED.withStartDate(LocalDate.of(2023, 9, 1)), 17)
        .withStandard(Apprenticeships.ML_ENGINEER.withCaps(FundingRule.builder().key(RuleKey.FUNDING_CAP)
            .qualifier("ST1398").effectiveFrom(LocalDate.of(2018, 8, 1)).value("22000").basis(RuleBasis.OFFICIAL)
            .source("test").build()))
        .withEmployer(Employer.builder().levyPayer(true).headcount(49).levyFundsAvailable(new BigDecimal("5000"))
            .build());
    FundingBreakdown f = funding(a);
    assertThat(f.fullFunding().value()).isEqualTo(FullFundingReason.SMALL_EMPLOYER_YOUNG_APPRENTICE);
    assertThat(f.levyUsed().value()).isZero();
    assertThat(f.governmentCoInvestment().value()).isEqualByComparingTo("22000");
  }

  @Test
  void careLeaverAged23_isFullyFundedOnlyWithConsentToTellTheEmployer() {
    Apprentice careLeaver = Apprentice.builder().dateOfBirth(SEED.startDate().minusYears(23)).careLeaver(true).build();
    FundingBreakdown withoutConsent = funding(SEED.withApprentice(careLeaver));
    assertThat(withoutConsent.fullFunding().value()).isEqualTo(FullFundingReason.APPRENTICE_NOT_ELIGIBLE);
    FundingBreakdown withConsent = funding(SEED.withApprentice(
        careLeaver.withConsentsToTellEmployer(true)));
    assertThat(withConsent.fullFunding().value()).isEqualTo(FullFundingReason.NON_LEVY_EHC_PLAN_OR_CARE_LEAVER);
  }

  @Test
  void priceAboveTheCap_employerPaysTheExcess() {
    FundingBreakdown f = funding(SEED.withTrainingPrice(new BigDecimal("21000.50")));
    assertThat(f.fundedPrice().value()).isEqualByComparingTo("22000");
    assertThat(f.employerExcess().value()).isEqualTo(new BigDecimal("2000.50"));
  }

  @Test
  void priorLearning_cutsTheMaximumByHalfThePercentage_fromAugust2022() {
    FundingBreakdown f = funding(SEED.withPriorLearningPercentage(new BigDecimal("30")));
    assertThat(f.maximumPrice().value()).isEqualTo(new BigDecimal("18700.00"));
    assertThat(f.maximumPrice().rules()).extracting(FundingRule::key)
        .containsExactly(RuleKey.FUNDING_CAP, RuleKey.PRIOR_LEARNING_PRICE_REDUCTION);
    assertThat(f.fundedPrice().value()).isEqualByComparingTo("18700");
    assertThat(f.employerExcess().value()).isEqualByComparingTo("3300");
  }

  @Test
  void youngApprentice_earnsTwoHalvesOfEachIncentive_atDays90And365() {
    FundingBreakdown f = funding(agedAtStart(SEED, 17));
    assertThat(f.incentivePayments()).extracting(Payment::kind, Payment::dueDate, Payment::amount).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PaymentKind.EMPLOYER_INCENTIVE, LocalDate.of(2025, 11, 29),
            new BigDecimal("500.00")),
        org.assertj.core.groups.Tuple.tuple(PaymentKind.PROVIDER_INCENTIVE, LocalDate.of(2025, 11, 29),
            new BigDecimal("500.00")),
        org.assertj.core.groups.Tuple.tuple(PaymentKind.EMPLOYER_INCENTIVE, LocalDate.of(2026, 8, 31),
            new BigDecimal("500.00")),
        org.assertj.core.groups.Tuple.tuple(PaymentKind.PROVIDER_INCENTIVE, LocalDate.of(2026, 8, 31),
            new BigDecimal("500.00")));
  }

  @Test
  void incentiveMilestones_followDfeDayCounting() {
    // das-funding-apprenticeship-earnings CalculateIncentivePayments.feature: start 2020-08-01 -> 2020-10-29, 2021-07-31
    Apprenticeship a = agedAtStart(SEED.withStartDate(LocalDate.of(2020, 8, 1))
        .withStandard(Apprenticeships.ML_ENGINEER.withCaps(FundingRule.builder().key(RuleKey.FUNDING_CAP)
            .qualifier("ST1398").effectiveFrom(LocalDate.of(2018, 8, 1)).value("22000").basis(RuleBasis.OFFICIAL)
            .source("test").build()))
        .withEmployer(Employer.builder().levyPayer(true).headcount(500).build()), 16);
    assertThat(funding(a).incentivePayments()).extracting(Payment::dueDate).containsExactly(
        LocalDate.of(2020, 10, 29), LocalDate.of(2020, 10, 29), LocalDate.of(2021, 7, 31), LocalDate.of(2021, 7, 31));
  }

  @Test
  void shortProgrammeFromAugust2025_secondIncentiveAtDay242() {
    Apprenticeship a = agedAtStart(SEED, 17).withPlannedDurationMonths(10)
        .withStandard(Apprenticeships.ML_ENGINEER.withTypicalDurationMonths(10));
    assertThat(funding(a).incentivePayments()).extracting(Payment::dueDate).contains(LocalDate.of(2026, 4, 30));
  }

  @Test
  void careLeaverFromAugust2023_getsThreeBursaryInstalmentsAtDays60_120_300() {
    Apprentice careLeaver = Apprentice.builder().dateOfBirth(SEED.startDate().minusYears(20)).careLeaver(true)
        .consentsToTellEmployer(true).build();
    FundingBreakdown f = funding(SEED.withApprentice(careLeaver));
    assertThat(f.bursaryPayments()).extracting(Payment::dueDate, Payment::amount).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 10, 30), new BigDecimal("1000.00")),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 29), new BigDecimal("1000.00")),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 27), new BigDecimal("1000.00")));
    assertThat(f.incentivePayments()).hasSize(4);
  }

  @Test
  void earlyCompletion_paysTheRestAsABalancingPaymentInTheCompletionMonth() {
    FundingBreakdown f = funding(SEED, Progress.completedOn(LocalDate.of(2027, 2, 10)));
    List<Payment> instalments = f.payments().ofKind(PaymentKind.INSTALMENT);
    assertThat(instalments).hasSize(17);
    assertThat(instalments.get(16).dueDate()).isEqualTo(LocalDate.of(2027, 1, 31));
    Payment balancing = f.payments().ofKind(PaymentKind.BALANCING).get(0);
    assertThat(balancing.dueDate()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(balancing.amount()).isEqualByComparingTo("5133.39");
    assertThat(f.payments().ofKind(PaymentKind.COMPLETION).get(0).dueDate()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(f.payments().fundedPriceTotal()).isEqualByComparingTo("22000");
  }

  @Test
  void lateCompletion_noExtraInstalments_completionPaidWhenCompleted() {
    FundingBreakdown f = funding(SEED, Progress.completedOn(LocalDate.of(2027, 11, 5)));
    assertThat(f.payments().ofKind(PaymentKind.INSTALMENT)).hasSize(24);
    assertThat(f.payments().ofKind(PaymentKind.COMPLETION).get(0).dueDate()).isEqualTo(LocalDate.of(2027, 11, 30));
    assertThat(f.payments().fundedPriceTotal()).isEqualByComparingTo("22000");
  }

  @Test
  void withdrawal_paysTheCensusDatesInLearning_andNoCompletion() {
    FundingBreakdown f = funding(SEED, Progress.withdrawnAfter(LocalDate.of(2026, 1, 30)));
    assertThat(f.instalments()).extracting(Payment::dueDate).containsExactly(LocalDate.of(2025, 9, 30),
        LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 31));
    assertThat(f.payments().ofKind(PaymentKind.COMPLETION)).isEmpty();
  }

  @Test
  void withdrawalWithinTheQualifyingPeriod_earnsNothing() {
    FundingBreakdown f = funding(agedAtStart(SEED, 17), Progress.withdrawnAfter(LocalDate.of(2025, 10, 11)));
    assertThat(f.qualifyingPeriodDays().value()).isEqualTo(42);
    assertThat(f.payments().payments()).isEmpty();
    FundingBreakdown qualified = funding(SEED, Progress.withdrawnAfter(LocalDate.of(2025, 10, 12)));
    assertThat(qualified.instalments()).hasSize(1);
  }

  @Test
  void breakInLearning_pausesPayments_respreadsTheRest_andMovesMilestones() {
    BreakInLearning pause = BreakInLearning.of(LocalDate.of(2025, 10, 15), LocalDate.of(2026, 1, 16));
    FundingBreakdown f = funding(agedAtStart(SEED, 17), Progress.builder().addBreak(pause).build());
    List<Payment> instalments = f.payments().ofKind(PaymentKind.INSTALMENT);
    assertThat(instalments.get(0).dueDate()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(instalments.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(instalments).hasSize(1 + 20);
    assertThat(f.payments().fundedPriceTotal()).isEqualByComparingTo("22000");
    assertThat(pause.daysOut()).isEqualTo(92);
    assertThat(f.incentivePayments().get(0).dueDate()).isEqualTo(LocalDate.of(2025, 11, 29).plusDays(92));
  }

  @Test
  void rejectsStartsBeforeMay2017() {
    assertThat(errorCodes(SEED.withStartDate(LocalDate.of(2017, 4, 30)))).contains("funding.start.too-early");
  }

  /** Issue 11: a start in 9999 was accepted (the rules in force then being the open-ended ones of today). */
  @Test
  void rejectsStartsBeyondTheHorizon_tenYearsAfterTheLastRuleComesIntoForce() {
    assertThat(CALCULATOR.latestStartDate()).isEqualTo(LocalDate.of(2036, 8, 1));
    assertThat(errorCodes(SEED.withStartDate(LocalDate.of(9999, 1, 1))))
        .containsExactly("funding.start.too-late", "funding.apprentice.too-old");   // born in 2000: 7,998
    FundingResult late = CALCULATOR.calculate(SEED.withStartDate(LocalDate.of(2036, 8, 2)));
    assertThat(late.report().issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("funding.start.too-late");
      assertThat(i.path()).isEqualTo("startDate");
      assertThat(i.rejectedValue()).hasValue("2036-08-02");
      assertThat(i.message()).isEqualTo("the start date is after 2036-08-01, 10 years after the last rule of the"
          + " catalogue comes into force");
    });
    assertThat(CALCULATOR.validate(SEED.withStartDate(LocalDate.of(2036, 8, 1)).withApprentice(
        Apprentice.bornOn(LocalDate.of(2016, 8, 1)))).hasErrors()).isFalse();
    FundingRule later = FundingRule.builder().key(RuleKey.LEVY_RATE).effectiveFrom(LocalDate.of(2040, 4, 6))
        .value("0.005").basis(RuleBasis.OFFICIAL).source("a rule of 2040").build();
    assertThat(FundingCalculator.of(FundingRules.defaults().plus(FundingRules.of(List.of(later))))
        .latestStartDate()).as("the horizon follows the catalogue").isEqualTo(LocalDate.of(2050, 4, 6));
  }

  /** Issue 11: a birth year 0 was accepted (an apprentice of 2025 at the start). */
  @Test
  void rejectsAgesAtTheStartBelow14OrAbove115() {
    assertThat(errorCodes(SEED.withApprentice(Apprentice.bornOn(LocalDate.of(0, 3, 15)))))
        .containsExactly("funding.apprentice.too-old");
    assertThat(CALCULATOR.validate(SEED.withApprentice(Apprentice.bornOn(LocalDate.of(0, 3, 15)))).issues())
        .singleElement().satisfies(i -> {
          assertThat(i.message()).isEqualTo("the apprentice is 2025 at the start; ages from 14 to 115 are accepted");
          assertThat(i.path()).isEqualTo("apprentice.dateOfBirth");
        });
    assertThat(errorCodes(agedAtStart(SEED, 116))).containsExactly("funding.apprentice.too-old");
    assertThat(errorCodes(agedAtStart(SEED, 13))).containsExactly("funding.apprentice.too-young");
    assertThat(errorCodes(agedAtStart(SEED, 115))).isEmpty();
    assertThat(CALCULATOR.validate(agedAtStart(SEED, 14)).issues()).extracting(Issue::code)
        .containsExactly("funding.apprentice.under-16");
    assertThat(errorCodes(SEED.withApprentice(Apprentice.bornOn(SEED.startDate().plusDays(1)))))
        .containsExactly("funding.apprentice.born-after-start");
  }

  @Test
  void rejectsZeroOrNegativeDuration() {
    assertThat(errorCodes(SEED.withPlannedDurationMonths(0))).containsExactly("funding.duration.not-positive");
    assertThat(errorCodes(SEED.withPlannedDurationMonths(-3))).containsExactly("funding.duration.not-positive");
    assertThat(errorCodes(SEED.withPlannedDurationMonths(java.util.OptionalInt.empty())
        .withPlannedEndDate(SEED.startDate()))).containsExactly("funding.duration.not-positive");
  }

  @Test
  void rejectsDurationBelowTheMinimum_12MonthsBeforeAugust2025_8After() {
    assertThat(errorCodes(SEED.withPlannedDurationMonths(7))).containsExactly("funding.duration.below-minimum",
        "funding.duration.planned-below-ilr-minimum");
    // 8 months from 1 September 2025 end on 30 April 2026, 241 days later: below the ILR's 242 days.
    assertThat(errorCodes(SEED.withPlannedDurationMonths(8)))
        .containsExactly("funding.duration.planned-below-ilr-minimum");
    assertThat(CALCULATOR.calculate(SEED.withStartDate(LocalDate.of(2025, 10, 1)).withPlannedDurationMonths(8))
        .isRejected()).isFalse();
    Apprenticeship earlier = SEED.withStartDate(LocalDate.of(2025, 7, 1))
        .withStandard(Apprenticeships.ML_ENGINEER.withCaps(FundingRule.builder().key(RuleKey.FUNDING_CAP)
            .qualifier("ST1398").effectiveFrom(LocalDate.of(2025, 1, 1)).value("22000").basis(RuleBasis.OFFICIAL)
            .source("test").build()));
    assertThat(errorCodes(earlier.withPlannedDurationMonths(11))).containsExactly("funding.duration.below-minimum");
    FundingResult twelveMonths = CALCULATOR.calculate(earlier.withPlannedDurationMonths(12));
    assertThat(twelveMonths.isRejected()).isFalse();
    assertThat(twelveMonths.report().issues()).extracting(Issue::code)
        .containsExactly("funding.duration.below-minimum-days");
  }

  @Test
  void rejectsNegativePrices_withTheirPaths() {
    FundingResult result = CALCULATOR.calculate(SEED.withTrainingPrice(new BigDecimal("-1"))
        .withAssessmentPrice(new BigDecimal("-0.01")));
    assertThat(result.isRejected()).isTrue();
    assertThat(result.report().issues()).extracting(Issue::code, Issue::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("funding.price.negative", "assessmentPrice"),
        org.assertj.core.groups.Tuple.tuple("funding.price.negative", "trainingPrice"));
  }

  @Test
  void rejectsFractionsOfAPenny() {
    assertThat(errorCodes(SEED.withTrainingPrice(new BigDecimal("100.001")))).containsExactly("funding.amount.scale");
  }

  @Test
  void rejectsLevel7FromJanuary2026_outsideTheAgeRule() {
    Apprenticeship level7 = SEED.withStartDate(LocalDate.of(2026, 1, 5))
        .withStandard(Apprenticeships.ML_ENGINEER.withLevel(7));
    assertThat(errorCodes(level7)).containsExactly("funding.level.restricted");
    assertThat(CALCULATOR.calculate(agedAtStart(level7, 21)).isRejected()).isFalse();
    assertThat(CALCULATOR.calculate(level7.withApprentice(Apprentice.builder()
        .dateOfBirth(level7.startDate().minusYears(24)).hasEhcPlan(true).build())).isRejected()).isFalse();
    assertThat(CALCULATOR.calculate(level7.withStartDate(LocalDate.of(2025, 12, 31))).isRejected()).isFalse();
  }

  @Test
  void rejectsAStandardWithNoCapOnTheStartDate() {
    assertThat(errorCodes(SEED.withStartDate(LocalDate.of(2024, 6, 1)))).containsExactly("funding.cap.missing");
  }

  @Test
  void warnsWhenTheCapIsNotABandMaximum() {
    Apprenticeship odd = SEED.withStandard(Apprenticeships.ML_ENGINEER.withCaps(FundingRule.builder()
        .key(RuleKey.FUNDING_CAP).qualifier("ST1398").effectiveFrom(LocalDate.of(2025, 1, 1)).value("22500")
        .basis(RuleBasis.OFFICIAL).source("test").build()));
    FundingResult result = CALCULATOR.calculate(odd);
    assertThat(result.isRejected()).isFalse();
    assertThat(result.report().issues()).extracting(Issue::code).containsExactly("funding.cap.not-a-band");
  }

  @Test
  void rejectsImpossibleProgress() {
    assertThat(CALCULATOR.calculate(SEED, Progress.completedOn(LocalDate.of(2025, 1, 1))).report().issues())
        .extracting(Issue::code).containsExactly("funding.progress.before-start");
    assertThat(CALCULATOR.calculate(SEED, Progress.builder().addBreak(BreakInLearning.of(LocalDate.of(2026, 1, 1),
        LocalDate.of(2025, 12, 1))).build()).report().issues()).extracting(Issue::code)
        .containsExactly("funding.progress.break-dates");
  }

  @Test
  void userCatalogueForAFutureYear_changesTheAnswerWithoutCodeChanges() {
    FundingRules future = FundingRules.parse(String.join("\n",
        "co-investment.government-share | non-levy | 2027-08-01 | | 0.90 | library-choice | a test forecast",
        "funding-cap | ST1398 | 2027-08-01 | | 24000 | library-choice | a test forecast"), "future.txt").rules();
    FundingCalculator calculator = FundingCalculator.of(FundingRules.defaults().plus(future));
    FundingBreakdown f = calculator.calculate(SEED.withStartDate(LocalDate.of(2027, 9, 1))
        .withTrainingPrice(new BigDecimal("21000"))).orElseThrow();
    assertThat(f.fundingCap().value()).isEqualByComparingTo("24000");
    assertThat(f.governmentCoInvestment().value()).isEqualByComparingTo("21600");
    assertThat(f.employerCoInvestment().value()).isEqualByComparingTo("2400");
    assertThat(f.governmentCoInvestment().sources()).containsExactly("a test forecast");
  }
}

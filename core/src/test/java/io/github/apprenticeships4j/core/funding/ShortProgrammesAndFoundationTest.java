package io.github.apprenticeships4j.core.funding;

import static io.github.apprenticeships4j.core.funding.Apprenticeships.SEED;
import static io.github.apprenticeships4j.core.funding.Apprenticeships.agedAtStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Starts from August 2025: the ILR's 242-day minimum, short programmes and foundation apprenticeships. */
class ShortProgrammesAndFoundationTest {
  private static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();
  private static final LocalDate START = LocalDate.of(2025, 9, 1);

  /** Skills England FA0001 v1.0, Building service engineering foundation apprenticeship: level 2, 8 months, 4,000. */
  private static final StandardFunding FA0001 = StandardFunding.of(StandardReference.parse("FA0001"), 2, 8,
      new BigDecimal("4000"), LocalDate.of(2025, 8, 1), "Skills England FA0001 v1.0 maximum funding 4,000");

  /** FA0001 from 1 September 2025 to 31 May 2026 (272 days) at a non-levy employer, apprentice aged 17. */
  private static final Apprenticeship FOUNDATION = agedAtStart(Apprenticeship.builder().startDate(START)
      .plannedEndDate(LocalDate.of(2026, 5, 31)).standard(FA0001).trainingPrice(new BigDecimal("3500"))
      .assessmentPrice(new BigDecimal("500")).employer(Employer.nonLevy()).apprentice(Apprentice.bornOn(START))
      .build(), 17);

  private static List<String> codes(FundingResult result, Severity severity) {
    return result.report().issues().stream().filter(i -> i.severity() == severity).map(Issue::code)
        .collect(Collectors.toList());
  }

  private static Apprenticeship endingOn(Apprenticeship a, LocalDate end) {
    return a.withPlannedDurationMonths(OptionalInt.empty()).withPlannedEndDate(end);
  }

  private static Apprentice careLeaverAged(int years) {
    return Apprentice.builder().dateOfBirth(START.minusYears(years)).careLeaver(true).consentsToTellEmployer(true)
        .build();
  }

  // --- The 242-day minimum (ILR 2025-26 DateOfBirth_57 and DateOfBirth_58)

  @Test
  void plannedDurationOf241Days_passesTheEightMonthRule_butIsRejectedAsIlrRuleDateOfBirth57Has() {
    Apprenticeship a = endingOn(SEED.withStartDate(LocalDate.of(2026, 2, 1)), LocalDate.of(2026, 9, 30));
    FundingResult result = CALCULATOR.calculate(a);
    assertThat(result.report().issues()).extracting(Issue::severity, Issue::code, Issue::path, Issue::rejectedValue)
        .containsExactly(tuple(Severity.ERROR, FundingCodes.DURATION_PLANNED_BELOW_ILR_MINIMUM, "plannedEndDate",
            java.util.Optional.of("2026-09-30")));
    assertThat(result.report().issues().get(0).message()).contains("241 days", "242 or more");
    assertThat(CALCULATOR.calculate(endingOn(a, LocalDate.of(2026, 10, 1))).isRejected()).isFalse();
  }

  @Test
  void plannedMinimumOf242Days_doesNotApplyUnder16_norToStartsBeforeAugust2025() {
    Apprenticeship short241 = endingOn(SEED.withStartDate(LocalDate.of(2026, 2, 1)), LocalDate.of(2026, 9, 30));
    FundingResult aged15 = CALCULATOR.calculate(agedAtStart(short241, 15));
    assertThat(aged15.isRejected()).isFalse();
    assertThat(codes(aged15, Severity.WARNING)).containsExactly(FundingCodes.APPRENTICE_UNDER_16);
    FundingRules rules = FundingRules.defaults();
    assertThat(rules.find(RuleKey.MINIMUM_DURATION_ILR_DAYS, "planned", LocalDate.of(2025, 7, 31))).isEmpty();
    assertThat(rules.get(RuleKey.MINIMUM_DURATION_ILR_DAYS, "planned", LocalDate.of(2025, 8, 1)).intValue())
        .isEqualTo(242);
  }

  @Test
  void completionAfter241Days_isRejectedAsIlrRuleDateOfBirth58Has_butNotAWithdrawalNorACompletionAfterABreak() {
    FundingResult early = CALCULATOR.calculate(SEED, Progress.completedOn(LocalDate.of(2026, 4, 30)));
    assertThat(early.report().issues()).extracting(Issue::severity, Issue::code, Issue::path)
        .containsExactly(tuple(Severity.ERROR, FundingCodes.DURATION_ACTUAL_BELOW_ILR_MINIMUM,
            "progress.completionDate"));
    assertThat(CALCULATOR.calculate(SEED, Progress.completedOn(LocalDate.of(2026, 5, 1))).isRejected()).isFalse();
    assertThat(CALCULATOR.calculate(SEED, Progress.withdrawnAfter(LocalDate.of(2026, 4, 30))).isRejected())
        .isFalse();
    // After a break the ILR records the return as a restart, which DateOfBirth_58 excludes.
    Progress restarted = Progress.builder()
        .addBreak(BreakInLearning.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 15)))
        .completionDate(LocalDate.of(2026, 4, 30)).build();
    assertThat(CALCULATOR.calculate(SEED, restarted).isRejected()).isFalse();
  }

  // --- Short programmes: the care leavers' bursary

  @Test
  void careLeaverOnAFoundationApprenticeship_getsTheThirdBursaryInstalmentAtDay242_notDroppedAfterThePlannedEnd() {
    FundingBreakdown f = CALCULATOR.calculate(FOUNDATION.withApprentice(careLeaverAged(19))).orElseThrow();
    assertThat(f.bursaryPayments()).extracting(Payment::dueDate, Payment::amount).containsExactly(
        tuple(LocalDate.of(2025, 10, 30), new BigDecimal("1000.00")),
        tuple(LocalDate.of(2025, 12, 29), new BigDecimal("1000.00")),
        tuple(LocalDate.of(2026, 4, 30), new BigDecimal("1000.00")));
    assertThat(f.bursaryPayments().get(2).rules()).extracting(r -> r.key().id() + " " + r.qualifier())
        .contains("care-leaver-bursary.milestones short-programme", "short-programme.below-months *");
  }

  @Test
  void standardWithATypicalDurationUnder12Months_isAShortProgrammeForTheBursary_butA24MonthOneIsNot() {
    Apprenticeship tenMonths = endingOn(SEED.withApprentice(careLeaverAged(20)), LocalDate.of(2026, 5, 31));
    FundingBreakdown shortOne = CALCULATOR.calculate(tenMonths.withStandard(Apprenticeships.ML_ENGINEER
        .withTypicalDurationMonths(10))).orElseThrow();
    assertThat(shortOne.bursaryPayments()).extracting(Payment::dueDate).containsExactly(LocalDate.of(2025, 10, 30),
        LocalDate.of(2025, 12, 29), LocalDate.of(2026, 4, 30));
    // The 24-month standard keeps day 300 (27 June 2026), after its planned end: the third instalment is not earned.
    FundingBreakdown longOne = CALCULATOR.calculate(tenMonths).orElseThrow();
    assertThat(longOne.bursaryPayments()).extracting(Payment::dueDate).containsExactly(LocalDate.of(2025, 10, 30),
        LocalDate.of(2025, 12, 29));
  }

  @Test
  void shortProgrammeStartingBeforeAugust2025_keepsTheBursaryDays60_120_300() {
    Apprenticeship july = SEED.withStartDate(LocalDate.of(2025, 7, 1)).withPlannedDurationMonths(12)
        .withApprentice(Apprentice.builder().dateOfBirth(LocalDate.of(2005, 7, 1)).careLeaver(true).build())
        .withStandard(Apprenticeships.ML_ENGINEER.withTypicalDurationMonths(10).withCaps(FundingRule.builder()
            .key(RuleKey.FUNDING_CAP).qualifier("ST1398").effectiveFrom(LocalDate.of(2025, 1, 1)).value("22000")
            .basis(RuleBasis.OFFICIAL).source("test").build()));
    assertThat(CALCULATOR.calculate(july).orElseThrow().bursaryPayments()).extracting(Payment::dueDate)
        .containsExactly(LocalDate.of(2025, 8, 29), LocalDate.of(2025, 10, 28), LocalDate.of(2026, 4, 26));
  }

  // --- Foundation apprenticeships

  @Test
  void foundationStandard_isRecognisedByItsFaReference_unlessSetOtherwise() {
    assertThat(FA0001.foundation()).isTrue();
    assertThat(Apprenticeships.ML_ENGINEER.foundation()).isFalse();
    assertThat(FA0001.withFoundation(false).foundation()).isFalse();
  }

  @Test
  void foundationApprentice_whoProgresses_earnsTheEmployerIncentiveInThreeInstalments_totalling2000() {
    Progress progressed = Progress.builder().progressionDate(LocalDate.of(2026, 6, 15)).build();
    FundingBreakdown f = CALCULATOR.calculate(FOUNDATION, progressed).orElseThrow();
    List<Payment> incentive = f.payments().ofKind(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE);
    assertThat(incentive).extracting(Payment::dueDate, Payment::amount).containsExactly(
        tuple(LocalDate.of(2025, 11, 29), new BigDecimal("666.66")),
        tuple(LocalDate.of(2026, 4, 30), new BigDecimal("666.66")),
        tuple(LocalDate.of(2026, 6, 15), new BigDecimal("666.68")));
    assertThat(f.payments().total(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE)).isEqualTo(new BigDecimal("2000.00"));
    assertThat(incentive.get(0).rules()).extracting(FundingRule::key).containsExactly(
        RuleKey.FOUNDATION_INCENTIVE_AMOUNT, RuleKey.FOUNDATION_INCENTIVE_MILESTONES);
    assertThat(incentive.get(0).rules().get(1).basis()).isEqualTo(RuleBasis.LIBRARY_CHOICE);
    assertThat(f.payments().fundedPriceTotal()).isEqualTo(f.fundedPrice().value());
  }

  @Test
  void foundationApprentice_aged17_alsoEarnsTheAdditionalPayments_atDays90And242() {
    FundingBreakdown f = CALCULATOR.calculate(FOUNDATION).orElseThrow();
    assertThat(f.payments().ofKind(PaymentKind.EMPLOYER_INCENTIVE, PaymentKind.PROVIDER_INCENTIVE))
        .extracting(Payment::kind, Payment::dueDate, Payment::amount).containsExactly(
            tuple(PaymentKind.EMPLOYER_INCENTIVE, LocalDate.of(2025, 11, 29), new BigDecimal("500.00")),
            tuple(PaymentKind.PROVIDER_INCENTIVE, LocalDate.of(2025, 11, 29), new BigDecimal("500.00")),
            tuple(PaymentKind.EMPLOYER_INCENTIVE, LocalDate.of(2026, 4, 30), new BigDecimal("500.00")),
            tuple(PaymentKind.PROVIDER_INCENTIVE, LocalDate.of(2026, 4, 30), new BigDecimal("500.00")));
  }

  @Test
  void foundationIncentive_withoutProgression_paysOnlyTheMilestonesReached() {
    assertThat(CALCULATOR.calculate(FOUNDATION).orElseThrow().payments()
        .total(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE)).isEqualTo(new BigDecimal("1333.32"));
    FundingBreakdown withdrawn = CALCULATOR.calculate(FOUNDATION, Progress.withdrawnAfter(LocalDate.of(2026, 1, 31)))
        .orElseThrow();
    assertThat(withdrawn.payments().ofKind(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE)).extracting(Payment::dueDate)
        .containsExactly(LocalDate.of(2025, 11, 29));
  }

  @Test
  void apprenticeshipStandard_earnsNoFoundationIncentive_andItsProgressionDateIsIgnoredWithAWarning() {
    FundingResult result = CALCULATOR.calculate(SEED, Progress.builder().progressionDate(LocalDate.of(2027, 9, 1))
        .build());
    assertThat(codes(result, Severity.WARNING)).containsExactly(FundingCodes.PROGRESS_PROGRESSION_NOT_FOUNDATION);
    assertThat(result.orElseThrow().payments().ofKind(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE)).isEmpty();
  }

  @Test
  void progressionBeforeTheStart_isRejected() {
    FundingResult result = CALCULATOR.calculate(FOUNDATION, Progress.builder()
        .progressionDate(START.minusDays(1)).build());
    assertThat(result.report().issues()).extracting(Issue::code, Issue::path)
        .containsExactly(tuple(FundingCodes.PROGRESS_PROGRESSION_BEFORE_START, "progress.progressionDate"));
  }

  @Test
  void foundationApprenticeship_isFundedFrom16To21_andTo24WithAnEhcPlanCareExperienceOrACustodialSentence() {
    assertThat(CALCULATOR.calculate(agedAtStart(FOUNDATION, 21)).isRejected()).isFalse();
    FundingResult aged22 = CALCULATOR.calculate(agedAtStart(FOUNDATION, 22));
    assertThat(aged22.report().issues()).extracting(Issue::severity, Issue::code, Issue::path)
        .containsExactly(tuple(Severity.ERROR, FundingCodes.FOUNDATION_AGE_RESTRICTED, "apprentice.dateOfBirth"));
    assertThat(aged22.report().issues().get(0).message()).contains("16-21", "22-24");
    Apprentice born22YearsEarlier = Apprentice.bornOn(START.minusYears(22));
    for (Apprentice widened : List.of(born22YearsEarlier.withHasEhcPlan(true), born22YearsEarlier.withCareLeaver(true),
        born22YearsEarlier.withCustodialSentence(true), born22YearsEarlier.withCustodialSentence(true)
            .withDateOfBirth(START.minusYears(24)))) {
      assertThat(CALCULATOR.calculate(FOUNDATION.withApprentice(widened)).isRejected()).as("%s", widened).isFalse();
    }
    assertThat(codes(CALCULATOR.calculate(FOUNDATION.withApprentice(born22YearsEarlier.withCustodialSentence(true)
        .withDateOfBirth(START.minusYears(25)))), Severity.ERROR))
        .containsExactly(FundingCodes.FOUNDATION_AGE_RESTRICTED);
  }

  @Test
  void foundationAgeLimits_leaveApprenticeshipStandardsAlone() {
    assertThat(CALCULATOR.calculate(agedAtStart(SEED, 30)).isRejected()).isFalse();
  }

  @Test
  void standardWhoseTypicalDurationIsNotYetSet_isNotAShortProgramme() {
    Apprenticeship unknownDuration = Apprenticeships.SEED.withStandard(Apprenticeships.ML_ENGINEER
        .withTypicalDurationMonths(0)).withApprentice(Apprentice.builder().dateOfBirth(LocalDate.of(2007, 3, 15))
            .careLeaver(true).build());
    FundingBreakdown f = CALCULATOR.calculate(unknownDuration).orElseThrow();
    assertThat(f.bursaryPayments()).extracting(Payment::dueDate).contains(Apprenticeships.SEED.startDate()
        .plusDays(299));
  }
}

package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnitFundingTest {
  private static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();

  /** A 12-week unit of 60 hours from 4 May 2026 at £1,500, non-levy employer, learner aged 36. */
  static final ApprenticeshipUnit UNIT = ApprenticeshipUnit.builder().reference("ZSC00123")
      .startDate(LocalDate.of(2026, 5, 4)).plannedEndDate(LocalDate.of(2026, 7, 26)).plannedHours(60)
      .price(new BigDecimal("1500")).employer(Employer.nonLevy())
      .apprentice(Apprentice.bornOn(LocalDate.of(1990, 1, 1))).build();

  private static List<String> codes(ApprenticeshipUnit unit) {
    return CALCULATOR.validate(unit).issues().stream().map(Issue::code).collect(Collectors.toList());
  }

  @Test
  void unit_pays30PercentAt30PercentOfItsDays_and70PercentOnItsPlannedEnd() {
    UnitFundingBreakdown f = CALCULATOR.calculate(UNIT).orElseThrow();

    // 84 planned days: floor(84 x 0.3) = day 25 = 28 May 2026.
    assertThat(f.milestoneDate().value()).isEqualTo(LocalDate.of(2026, 5, 28));
    assertThat(f.payments().payments()).extracting(Payment::kind, Payment::dueDate, p -> p.amount().toPlainString())
        .containsExactly(tuple(PaymentKind.UNIT_MILESTONE, LocalDate.of(2026, 5, 28),
            "450.00"), tuple(PaymentKind.COMPLETION, LocalDate.of(2026, 7, 26),
                "1050.00"));
    assertThat(f.payments().fundedPriceTotal()).isEqualByComparingTo("1500");
    assertThat(f.ageAtStart().value()).isEqualTo(36);
  }

  @Test
  void dfeCodesOwnExample_30DayUnitAt1000_pays300OnDay9And700() {
    // das-funding-apprenticeship-earnings ShortCoursePaymentsTests: 1000, 1 to 30 November: 300 then 700, the first
    // on start + floor(30 x 0.3) - 1 days; moved here to June 2026, when units are funded.
    UnitFundingBreakdown f = CALCULATOR.calculate(UNIT.withStartDate(LocalDate.of(2026, 6, 1))
        .withPlannedEndDate(LocalDate.of(2026, 6, 30)).withPrice(new BigDecimal("1000"))).orElseThrow();

    assertThat(f.payments().payments()).extracting(Payment::dueDate, p -> p.amount().toPlainString())
        .containsExactly(tuple(LocalDate.of(2026, 6, 9), "300.00"),
            tuple(LocalDate.of(2026, 6, 30), "700.00"));
  }

  @Test
  void nonLevyEmployer_coInvestsAtTheShareInForce_andIsWarnedTheSourcesConflict() {
    UnitFundingBreakdown f = CALCULATOR.calculate(UNIT).orElseThrow();

    assertThat(f.split()).isEqualTo(new FundingSplit(new BigDecimal("0.00"), new BigDecimal("1425.00"),
        new BigDecimal("75.00")));
    assertThat(f.governmentShare().rules()).extracting(FundingRule::key)
        .containsExactly(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE);
    assertThat(f.warnings().issues()).extracting(Issue::code)
        .containsExactly(FundingCodes.RULE_CONFLICT);
  }

  @Test
  void levyPayer_paysFromLevyFundsFirst_andCoInvestsTheRest() {
    UnitFundingBreakdown f = CALCULATOR.calculate(UNIT.withEmployer(Employer.levyPayer(new BigDecimal("1000"))))
        .orElseThrow();

    assertThat(f.split()).isEqualTo(new FundingSplit(new BigDecimal("1000.00"), new BigDecimal("475.00"),
        new BigDecimal("25.00")));
  }

  @Test
  void levyPayerWithEnoughFunds_paysAll_withoutWarning() {
    UnitFundingResult result = CALCULATOR.calculate(UNIT.withEmployer(Employer.levyPayer(new BigDecimal("5000"))));

    assertThat(result.orElseThrow().levyUsed().value()).isEqualByComparingTo("1500");
    assertThat(result.report().issues()).isEmpty();
  }

  @Test
  void unitPrice_isNotCappedByAFundingBand() {
    UnitFundingBreakdown f = CALCULATOR.calculate(UNIT.withPrice(new BigDecimal("40000"))).orElseThrow();

    assertThat(f.fundedPrice().value()).isEqualByComparingTo("40000");
    assertThat(f.fundedPrice().rules()).extracting(FundingRule::key, FundingRule::value)
        .containsExactly(tuple(RuleKey.UNIT_PRICE_CAP, "none"));
  }

  @Test
  void earlyCompletion_paysBothOnTheirDates_andCompletionBeforeTheMilestonePaysBothThatDay() {
    UnitFundingBreakdown early = CALCULATOR.calculate(UNIT.withCompletionDate(LocalDate.of(2026, 7, 1)))
        .orElseThrow();
    assertThat(early.payments().payments()).extracting(Payment::dueDate)
        .containsExactly(LocalDate.of(2026, 5, 28), LocalDate.of(2026, 7, 1));

    UnitFundingBreakdown veryEarly = CALCULATOR.calculate(UNIT.withCompletionDate(LocalDate.of(2026, 5, 10)))
        .orElseThrow();
    assertThat(veryEarly.payments().payments()).extracting(Payment::dueDate)
        .containsExactly(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 10));
  }

  @Test
  void withdrawal_paysTheMilestoneOnlyIfReached_andNeverTheCompletion() {
    UnitFundingBreakdown after = CALCULATOR.calculate(UNIT.withWithdrawalDate(LocalDate.of(2026, 5, 28)))
        .orElseThrow();
    assertThat(after.payments().payments()).extracting(Payment::kind).containsExactly(PaymentKind.UNIT_MILESTONE);

    UnitFundingBreakdown before = CALCULATOR.calculate(UNIT.withWithdrawalDate(LocalDate.of(2026, 5, 27)))
        .orElseThrow();
    assertThat(before.payments().payments()).isEmpty();
  }

  @Test
  void unitBefore28April2026_isRejected() {
    assertThat(codes(UNIT.withStartDate(LocalDate.of(2026, 4, 27)).withPlannedEndDate(LocalDate.of(2026, 6, 1))))
        .containsExactly(FundingCodes.UNIT_START_TOO_EARLY);
    assertThat(codes(UNIT.withStartDate(LocalDate.of(2026, 4, 28)).withPlannedEndDate(LocalDate.of(2026, 6, 1))))
        .isEmpty();
  }

  @Test
  void learnerUnder19_isRejected_atTheDateOfBirth() {
    UnitFundingResult result = CALCULATOR.calculate(UNIT.withApprentice(Apprentice.bornOn(LocalDate.of(2007, 5, 5))));

    assertThat(result.isRejected()).isTrue();
    assertThat(result.report().issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(FundingCodes.UNIT_AGE_OUTSIDE);
      assertThat(i.path()).isEqualTo("apprentice.dateOfBirth");
    });
    assertThat(codes(UNIT.withApprentice(Apprentice.bornOn(LocalDate.of(2007, 5, 4))))).isEmpty();
  }

  @Test
  void hoursOutside30To140_areRejected() {
    assertThat(codes(UNIT.withPlannedHours(29))).containsExactly(FundingCodes.UNIT_HOURS_OUTSIDE);
    assertThat(codes(UNIT.withPlannedHours(141))).containsExactly(FundingCodes.UNIT_HOURS_OUTSIDE);
    assertThat(codes(UNIT.withPlannedHours(30))).isEmpty();
    assertThat(codes(UNIT.withPlannedHours(140))).isEmpty();
  }

  @Test
  void durationOutside1To16Weeks_isRejected() {
    LocalDate start = UNIT.startDate();
    assertThat(codes(UNIT.withPlannedEndDate(start.plusDays(5)))).containsExactly(FundingCodes.UNIT_WEEKS_OUTSIDE);
    assertThat(codes(UNIT.withPlannedEndDate(start.plusDays(6)))).isEmpty();
    assertThat(codes(UNIT.withPlannedEndDate(start.plusDays(111)))).isEmpty();
    assertThat(codes(UNIT.withPlannedEndDate(start.plusDays(112)))).containsExactly(FundingCodes.UNIT_WEEKS_OUTSIDE);
    assertThat(codes(UNIT.withPlannedEndDate(start))).containsExactly(FundingCodes.DURATION_NOT_POSITIVE);
  }

  @Test
  void badMoneyDatesAndProgress_areRejectedWithTheirCodes() {
    assertThat(codes(UNIT.withPrice(new BigDecimal("-1")))).containsExactly(FundingCodes.PRICE_NEGATIVE);
    assertThat(codes(UNIT.withPrice(new BigDecimal("1.001")))).containsExactly(FundingCodes.AMOUNT_SCALE);
    assertThat(codes(UNIT.withApprentice(Apprentice.bornOn(LocalDate.of(2026, 6, 1)))))
        .containsExactly(FundingCodes.APPRENTICE_BORN_AFTER_START);
    assertThat(codes(UNIT.withStartDate(LocalDate.of(2099, 1, 1)))).containsExactly(FundingCodes.START_TOO_LATE);
    assertThat(codes(UNIT.withCompletionDate(LocalDate.of(2026, 7, 1)).withWithdrawalDate(LocalDate.of(2026, 7, 1))))
        .containsExactly(FundingCodes.PROGRESS_CONFLICT);
    assertThat(codes(UNIT.withCompletionDate(LocalDate.of(2026, 5, 1)))).containsExactly(
        FundingCodes.PROGRESS_BEFORE_START);
    assertThat(codes(UNIT.withWithdrawalDate(LocalDate.of(2026, 5, 1)))).containsExactly(
        FundingCodes.PROGRESS_BEFORE_START);
    assertThat(CALCULATOR.calculate(UNIT.withPrice(new BigDecimal("-1"))).report().issues())
        .extracting(Issue::path).containsExactly("price");
  }

  @Test
  void catalogueWithoutAUnitRule_reportsTheMissingRule() {
    FundingRules withoutMilestone = FundingRules.of(FundingRules.defaults().rules().stream()
        .filter(r -> r.key() != RuleKey.UNIT_MILESTONE_SHARE).collect(Collectors.toList()));
    FundingRules withoutUnits = FundingRules.of(FundingRules.defaults().rules().stream()
        .filter(r -> r.key() != RuleKey.UNIT_FUNDING).collect(Collectors.toList()));

    assertThat(FundingCalculator.of(withoutMilestone).validate(UNIT).issues()).extracting(Issue::code)
        .containsExactly(FundingCodes.RULES_MISSING);
    assertThat(FundingCalculator.of(withoutUnits).validate(UNIT).issues()).extracting(Issue::code)
        .containsExactly(FundingCodes.UNIT_START_TOO_EARLY);
  }

  @Test
  void rejectedResult_throwsItsFirstError_andBreakdownByHandMustAddUp() {
    UnitFundingResult rejected = CALCULATOR.calculate(UNIT.withPlannedHours(1));
    assertThatThrownBy(rejected::orElseThrow)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(FundingCodes.UNIT_HOURS_OUTSIDE);

    ImmutableUnitFundingBreakdown f = (ImmutableUnitFundingBreakdown) CALCULATOR.calculate(UNIT).orElseThrow();
    assertThatThrownBy(() -> f.withMilestoneAmount(Figure.of(new BigDecimal("1.00"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(FundingCodes.BREAKDOWN_INCONSISTENT);
  }
}

package io.github.apprenticeships4j.core.funding;

import static io.github.apprenticeships4j.core.funding.Apprenticeships.SEED;
import static io.github.apprenticeships4j.core.funding.Apprenticeships.agedAtStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 2026-27 rules (starts from 1 August 2026): full funding under 25 as DfE's payments code pays it, 75% for levy
 * payers' older apprentices, the employer's additional payment and the SME hiring incentive, and the
 * {@code funding.rule.conflict} warning on figures that use a rule the sources disagree on. No official worked example
 * of the 2026-27 rules was found; the cases follow DWP written answers 110425/110426 and das-payments-V2
 * CoInvestmentCalculationService (its test cases: start 2026-08-01, levy employer, age 21 or 24 -> 1, age 25 -> 0.75).
 */
class Rules2026Test {
  private static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();
  private static final LocalDate AUGUST_2026 = LocalDate.of(2026, 8, 1);
  private static final LocalDate SEPTEMBER_2026 = LocalDate.of(2026, 9, 1);

  private static FundingBreakdown funding(Apprenticeship a) {
    return CALCULATOR.calculate(a).orElseThrow();
  }

  private static Apprenticeship startingOn(LocalDate start, int age, Employer employer) {
    return agedAtStart(SEED.withStartDate(start), age).withEmployer(employer);
  }

  private static List<Issue> conflicts(FundingBreakdown f) {
    return f.warnings().issues().stream().filter(i -> i.code().equals(FundingCodes.RULE_CONFLICT))
        .collect(Collectors.toList());
  }

  @Test
  void levyPayerAged20_emptyAccount_paysNothing_asDfePaymentsCodePays_andIsWarnedOfTheConflict() {
    // The example of issue #13: 20-year-old, 22,000 standard, empty levy account, start from 1 August 2026.
    FundingBreakdown f = funding(startingOn(SEPTEMBER_2026, 20, Employer.levyPayer(BigDecimal.ZERO)));
    assertThat(f.fullFunding().value()).isEqualTo(FullFundingReason.ANY_EMPLOYER_YOUNG_APPRENTICE);
    assertThat(f.employerCoInvestment().value()).isEqualByComparingTo("0");
    assertThat(f.governmentCoInvestment().value()).isEqualByComparingTo("22000");
    assertThat(f.levyUsed().value()).isZero();
    List<Issue> conflicts = conflicts(f);
    assertThat(conflicts).hasSize(1);
    Issue conflict = conflicts.get(0);
    assertThat(conflict.path()).isEqualTo("fullFunding");
    assertThat(conflict.message()).contains("full-funding.employer", "[levy-payer]", "2026-08-01",
        "parallelparliament.co.uk/question/110426", "CoInvestmentCalculationService", "LevyPaymentProcessor");
  }

  @Test
  void levyPayerUnder25FromAugust2026_usesNoLevyFunds_evenWithFundsInTheAccount() {
    FundingBreakdown f = funding(startingOn(AUGUST_2026, 24, Employer.levyPayer(new BigDecimal("10000"))));
    assertThat(f.isFullyFunded()).isTrue();
    assertThat(f.levyUsed().value()).isZero();
    assertThat(f.governmentCoInvestment().value()).isEqualByComparingTo("22000");
  }

  @Test
  void levyAccountForecast_takesNothingForALevyPayersApprenticeUnder25FromAugust2026() {
    FundingBreakdown young = funding(startingOn(SEPTEMBER_2026, 20, Employer.levyPayer(BigDecimal.ZERO)));
    FundingBreakdown older = funding(startingOn(SEPTEMBER_2026, 30, Employer.levyPayer(BigDecimal.ZERO)));
    Map<YearMonth, BigDecimal> in = Map.of(YearMonth.of(2026, 9), new BigDecimal("5000"));
    LevyAccount account = LevyAccount.withDefaultRules();
    LevyForecast alone = account.forecast(YearMonth.of(2026, 9), YearMonth.of(2027, 8), in, List.of(young));
    assertThat(alone.totalLevyUsed()).isZero();
    assertThat(alone.totalEmployerCoInvestment()).isZero();
    LevyForecast both = account.forecast(YearMonth.of(2026, 9), YearMonth.of(2027, 8), in, List.of(young, older));
    assertThat(both.totalLevyUsed()).isEqualByComparingTo("5000");
  }

  @Test
  void levyPayerAged25FromAugust2026_coInvests75Percent_withoutAConflictWarning() {
    FundingBreakdown f = funding(startingOn(AUGUST_2026, 25, Employer.levyPayer(BigDecimal.ZERO)));
    assertThat(f.fullFunding().value()).isEqualTo(FullFundingReason.APPRENTICE_NOT_ELIGIBLE);
    assertThat(f.governmentShare().value()).isEqualByComparingTo("0.75");
    assertThat(f.employerCoInvestment().value()).isEqualByComparingTo("5500");
    assertThat(f.governmentShare().rules()).extracting(FundingRule::basis).containsExactly(RuleBasis.OFFICIAL);
    assertThat(conflicts(f)).isEmpty();
  }

  @Test
  void levyPayerUnder25StartingJuly2026_stillCoInvests95Percent() {
    FundingBreakdown f = funding(startingOn(LocalDate.of(2026, 7, 31), 20, Employer.levyPayer(BigDecimal.ZERO)));
    assertThat(f.fullFunding().value()).isEqualTo(FullFundingReason.EMPLOYER_NOT_ELIGIBLE);
    assertThat(f.employerCoInvestment().value()).isEqualByComparingTo("1100");
    assertThat(conflicts(f)).isEmpty();
  }

  @Test
  void nonLevyAged24FromAugust2026_isFullyFundedWithoutAnEhcPlan_withoutAConflictWarning() {
    FundingBreakdown f = funding(startingOn(AUGUST_2026, 24, Employer.nonLevy()));
    assertThat(f.fullFunding().value()).isEqualTo(FullFundingReason.NON_LEVY_YOUNG_APPRENTICE);
    assertThat(f.fullFunding().rules()).extracting(r -> r.key().id() + "=" + r.value())
        .contains("full-funding.employer=non-levy", "full-funding.age=16-24");
    assertThat(f.employerCoInvestment().value()).isZero();
    assertThat(conflicts(f)).isEmpty();
  }

  @Test
  void nonLevyAged25FromAugust2026_coInvests95Percent_asDfeCodeDoes() {
    FundingBreakdown f = funding(startingOn(AUGUST_2026, 25, Employer.nonLevy()));
    assertThat(f.governmentShare().value()).isEqualByComparingTo("0.95");
    assertThat(f.governmentShare().rules()).extracting(FundingRule::basis).containsExactly(RuleBasis.DFE_CODE);
    assertThat(f.employerCoInvestment().value()).isEqualByComparingTo("1100");
  }

  @Test
  void nonLevyEmployerFromAugust2026_earnsTheSmeHiringIncentive_inTwoHalvesAtDays90And365() {
    FundingBreakdown f = funding(startingOn(SEPTEMBER_2026, 20, Employer.nonLevy()));
    List<Payment> sme = f.payments().ofKind(PaymentKind.SME_HIRING_INCENTIVE);
    assertThat(sme).extracting(Payment::dueDate, Payment::amount).containsExactly(
        tuple(LocalDate.of(2026, 11, 29), new BigDecimal("1000.00")),
        tuple(LocalDate.of(2027, 8, 31), new BigDecimal("1000.00")));
    assertThat(sme.get(0).rules()).extracting(r -> r.key().id()).containsExactly("sme-incentive.amount",
        "sme-incentive.milestones", "sme-incentive.age", "sme-incentive.employer");
    assertThat(f.incentivePayments()).containsAll(sme);
    assertThat(f.payments().total(PaymentKind.SME_HIRING_INCENTIVE)).isEqualByComparingTo("2000");
  }

  @Test
  void smeHiringIncentive_notForLevyPayers_notFrom25_notBeforeAugust2026_notAfterWithdrawal() {
    assertThat(funding(startingOn(SEPTEMBER_2026, 20, Employer.levyPayer(BigDecimal.ZERO))).payments()
        .ofKind(PaymentKind.SME_HIRING_INCENTIVE)).isEmpty();
    assertThat(funding(startingOn(SEPTEMBER_2026, 25, Employer.nonLevy())).payments()
        .ofKind(PaymentKind.SME_HIRING_INCENTIVE)).isEmpty();
    assertThat(funding(startingOn(LocalDate.of(2026, 7, 1), 20, Employer.nonLevy())).payments()
        .ofKind(PaymentKind.SME_HIRING_INCENTIVE)).isEmpty();
    FundingBreakdown withdrawn = CALCULATOR.calculate(startingOn(SEPTEMBER_2026, 20, Employer.nonLevy()),
        Progress.withdrawnAfter(LocalDate.of(2027, 1, 31))).orElseThrow();
    assertThat(withdrawn.payments().ofKind(PaymentKind.SME_HIRING_INCENTIVE)).extracting(Payment::dueDate)
        .containsExactly(LocalDate.of(2026, 11, 29));
  }

  @Test
  void employersAdditionalPaymentFromAugust2026_isPaidAsDfeCodeDoes_withAConflictWarningOnThePayment() {
    FundingBreakdown f = funding(startingOn(SEPTEMBER_2026, 17, Employer.nonLevy()));
    List<Payment> payments = f.payments().payments();
    assertThat(f.payments().ofKind(PaymentKind.EMPLOYER_INCENTIVE)).extracting(Payment::amount)
        .containsExactly(new BigDecimal("500.00"), new BigDecimal("500.00"));
    List<Issue> conflicts = conflicts(f);
    assertThat(conflicts).hasSize(1);
    Issue conflict = conflicts.get(0);
    assertThat(conflict.message()).contains("incentive.amount", "[employer]", "centralbedfordshire",
        "IncentivePayments.cs");
    int index = Integer.parseInt(conflict.path().replaceAll("\\D", ""));
    assertThat(payments.get(index).kind()).isEqualTo(PaymentKind.EMPLOYER_INCENTIVE);
    assertThat(f.payments().ofKind(PaymentKind.PROVIDER_INCENTIVE)).hasSize(2);
  }

  @Test
  void employersAdditionalPaymentBeforeAugust2026_isOfficial_noConflictWarning() {
    FundingBreakdown f = funding(startingOn(LocalDate.of(2026, 7, 1), 17, Employer.nonLevy()));
    assertThat(f.payments().ofKind(PaymentKind.EMPLOYER_INCENTIVE)).hasSize(2);
    assertThat(conflicts(f)).isEmpty();
  }

  @Test
  void anyRuleOfBasisConflict_warnsOnTheFirstFigureUsingIt_onceEach() {
    FundingRules disputed = FundingRules.parse(String.join("\n",
        "payment.on-programme-share | * | 2027-08-01 | | 0.70 | conflict | rules say 0.80; DfE's code says 0.70",
        "full-funding.employer | levy-payer | 2027-08-01 | | any | conflict | a test dispute",
        "full-funding.age | * | 2027-08-01 | | 16-18 | official | test",
        "full-funding.age-with-ehc-plan-or-care-leaver | * | 2027-08-01 | | 19-24 | official | test"), "mine.txt")
        .rules();
    FundingCalculator calculator = FundingCalculator.of(FundingRules.defaults().plus(disputed));
    Apprenticeship a = SEED.withStartDate(LocalDate.of(2027, 9, 1))
        .withApprentice(Apprentice.builder().dateOfBirth(LocalDate.of(2005, 1, 1)).hasEhcPlan(true).build())
        .withEmployer(Employer.levyPayer(BigDecimal.ZERO));
    FundingBreakdown f = calculator.calculate(a).orElseThrow();
    assertThat(f.fullFunding().value()).isEqualTo(FullFundingReason.ANY_EMPLOYER_EHC_PLAN_OR_CARE_LEAVER);
    assertThat(f.onProgrammeTotal().value()).isEqualByComparingTo("15400");
    // the on-programme share is used by every instalment too, and the employer's payment (EHC plan) is disputed
    assertThat(conflicts(f)).extracting(Issue::path).startsWith("fullFunding", "onProgrammeTotal").hasSize(3);
    assertThat(conflicts(f).get(1).message()).contains("payment.on-programme-share", "rules say 0.80");
    assertThat(conflicts(f).get(2).message()).contains("incentive.amount");
  }

  @Test
  void everyConflictInTheDefaultCatalogue_citesTheOfficialTextAndDfesCode() {
    List<FundingRule> conflicts = FundingRules.defaults().rules().stream()
        .filter(r -> r.basis() == RuleBasis.CONFLICT).collect(Collectors.toList());
    assertThat(conflicts).extracting(r -> r.key().id()).containsExactlyInAnyOrder("full-funding.employer",
        "incentive.amount", "unit.funding");
    assertThat(conflicts).allSatisfy(r -> assertThat(r.source()).contains("Official:", "DfE's code:",
        "follows the code"));
  }
}

package io.github.apprenticeships4j.core.funding;

import static io.github.apprenticeships4j.core.funding.Apprenticeships.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Price changes and changes of employer during learning. The price change examples are the scenarios of
 * das-funding-apprenticeship-earnings {@code src/AcceptanceTests/Features/UpdateOnProgramme/PriceChange.feature}
 * (commit a86d138c): the same prices, caps, census months and amounts.
 */
class ChangesOfCircumstanceTest {
  private static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();

  /** A level 3 standard with {@code cap} from May 2017, for the DfE examples, whose caps are given by the scenario. */
  private static StandardFunding cappedAt(String cap) {
    return StandardFunding.builder().reference(StandardReference.parse("ST0001")).level(3).typicalDurationMonths(12)
        .addCap(FundingRule.builder().key(RuleKey.FUNDING_CAP).qualifier("ST0001").effectiveFrom(LocalDate.of(2017,
            5, 1)).value(cap).basis(RuleBasis.LIBRARY_CHOICE).source("test").build())
        .build();
  }

  /**
   * The feature's apprenticeship: £15,000 over the census months August 2020 to July 2021, aged 18. The feature starts
   * on 15 August; this one on 1 August, with the same census dates, since the library rejects a start on 15 August
   * ending on 31 July 2021 as shorter than the 12-month minimum (DfE's earnings code does not check it).
   */
  private static Apprenticeship dfeExample(String cap) {
    return Apprenticeship.builder().startDate(LocalDate.of(2020, 8, 1)).plannedEndDate(LocalDate.of(2021, 7, 31))
        .standard(cappedAt(cap)).trainingPrice(new BigDecimal("15000")).assessmentPrice(BigDecimal.ZERO)
        .employer(Employer.nonLevy()).apprentice(Apprentice.bornOn(LocalDate.of(2002, 1, 1))).build();
  }

  private static Progress priceFrom(LocalDate date, String training, String assessment) {
    return Progress.builder().addPriceChange(new PriceChange(date, new BigDecimal(training),
        new BigDecimal(assessment))).build();
  }

  private static List<String> amounts(List<Payment> payments) {
    return payments.stream().map(p -> p.amount().toPlainString()).collect(Collectors.toList());
  }

  private static List<String> errors(Apprenticeship a, Progress p) {
    return CALCULATOR.calculate(a, p).report().atLeast(Severity.ERROR).stream()
        .map(i -> i.code() + "@" + i.path()).collect(Collectors.toList());
  }

  @Test
  void priceRiseBelowTheCap_keepsWhatWasEarned_andSpreadsTheRestOverTheMonthsLeft() {
    FundingBreakdown f = CALCULATOR.calculate(dfeExample("25000"),
        priceFrom(LocalDate.of(2021, 2, 15), "18000", "750")).orElseThrow();
    assertThat(amounts(f.instalments())).containsExactly("1000.00", "1000.00", "1000.00", "1000.00", "1000.00",
        "1000.00", "1500.00", "1500.00", "1500.00", "1500.00", "1500.00", "1500.00");
    assertThat(f.instalments().get(6).dueDate()).isEqualTo(LocalDate.of(2021, 2, 28));
    assertThat(f.fundedPrice().value()).isEqualTo(new BigDecimal("18750.00"));
    assertThat(f.onProgrammeTotal().value()).isEqualTo(new BigDecimal("15000.00"));
    assertThat(f.completionAmount().value()).isEqualTo(new BigDecimal("3750.00"));
    assertThat(f.payments().ofKind(PaymentKind.COMPLETION)).extracting(Payment::amount)
        .containsExactly(new BigDecimal("3750.00"));
    assertThat(f.employerExcess().value()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void priceRiseAboveTheCap_isCappedAtTheCapOfTheStartDate() {
    FundingBreakdown f = CALCULATOR.calculate(dfeExample("22500"),
        priceFrom(LocalDate.of(2021, 2, 15), "30000", "750")).orElseThrow();
    assertThat(amounts(f.instalments())).containsExactly("1000.00", "1000.00", "1000.00", "1000.00", "1000.00",
        "1000.00", "2000.00", "2000.00", "2000.00", "2000.00", "2000.00", "2000.00");
    assertThat(f.fundedPrice().value()).isEqualTo(new BigDecimal("22500.00"));
    assertThat(f.completionAmount().value()).isEqualTo(new BigDecimal("4500.00"));
    assertThat(f.employerExcess().value()).isEqualTo(new BigDecimal("8250.00"));
  }

  @Test
  void priceChangedFromTheStart_afterEarlyCompletion_respreadsEverything_andBalances() {
    // PriceChange.feature "Price change following Completion": £12,000 over two years, completed 1 April 2025,
    // then the price set to £6,000 from the start: 200 a month, 3,200 balancing and 1,200 completion in April 2025
    Apprenticeship a = Apprenticeship.builder().startDate(LocalDate.of(2024, 8, 1))
        .plannedEndDate(LocalDate.of(2026, 7, 31)).standard(cappedAt("30000")).trainingPrice(new BigDecimal("12000"))
        .assessmentPrice(BigDecimal.ZERO).employer(Employer.nonLevy())
        .apprentice(Apprentice.bornOn(LocalDate.of(2003, 1, 1))).build();
    Progress p = Progress.builder().completionDate(LocalDate.of(2025, 4, 1)).addPriceChange(new PriceChange(
        LocalDate.of(2024, 8, 1), new BigDecimal("5000"), new BigDecimal("1000"))).build();
    FundingBreakdown f = CALCULATOR.calculate(a, p).orElseThrow();
    assertThat(amounts(f.payments().ofKind(PaymentKind.INSTALMENT))).hasSize(8).containsOnly("200.00");
    assertThat(f.payments().ofKind(PaymentKind.BALANCING)).extracting(Payment::dueDate, Payment::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 4, 30), new BigDecimal("3200.00")));
    assertThat(f.payments().ofKind(PaymentKind.COMPLETION)).extracting(Payment::dueDate, Payment::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 4, 30), new BigDecimal("1200.00")));
    assertThat(f.payments().fundedPriceTotal()).isEqualTo(new BigDecimal("6000.00"));
  }

  @Test
  void priceChangeDuringABreak_isSpreadFromTheReturn() {
    Progress p = Progress.builder().addBreak(BreakInLearning.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 1)))
        .addPriceChange(new PriceChange(LocalDate.of(2026, 2, 15), new BigDecimal("16000"), new BigDecimal("2000")))
        .build();
    FundingBreakdown f = CALCULATOR.calculate(SEED, p).orElseThrow();
    // 5 instalments of 733.33 to January 2026, then 80% of 18,000 less 3,666.65 over the 17 census dates from April
    // 2026 to August 2027
    assertThat(f.instalments()).extracting(Payment::dueDate).doesNotContain(LocalDate.of(2026, 2, 28),
        LocalDate.of(2026, 3, 31));
    assertThat(f.instalments().get(5).dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(f.instalments().get(5).amount()).isEqualTo(new BigDecimal("631.37"));
    assertThat(f.payments().fundedPriceTotal()).isEqualTo(new BigDecimal("18000.00"));
    assertThat(f.fundedPrice().value()).isEqualTo(new BigDecimal("18000.00"));
  }

  @Test
  void priceCutBelowWhatWasEarned_keepsTheEarnings_warns_andStillAddsUp() {
    Progress p = priceFrom(LocalDate.of(2027, 6, 1), "4000", "0");
    FundingBreakdown f = CALCULATOR.calculate(SEED, p).orElseThrow();
    // 21 instalments of 733.33 = 15,399.93 earned before June 2027; 80% of 4,000 is 3,200
    assertThat(f.warnings().issues()).extracting(Issue::code, Issue::path).contains(org.assertj.core.groups.Tuple.tuple(
        FundingCodes.CHANGE_PRICE_BELOW_EARNED, "progress.priceChanges[0]"));
    assertThat(f.onProgrammeTotal().value()).isEqualTo(new BigDecimal("15399.93"));
    assertThat(f.completionAmount().value()).isEqualTo(new BigDecimal("800.00"));
    assertThat(f.fundedPrice().value()).isEqualTo(new BigDecimal("16199.93"));
    assertThat(f.payments().fundedPriceTotal()).isEqualTo(f.fundedPrice().value());
    assertThat(f.employerExcess().value()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void laterPriceChanges_followEachOther_theLastOneSetsTheCompletionAmount() {
    Progress p = Progress.builder()
        .addPriceChange(new PriceChange(LocalDate.of(2026, 3, 1), new BigDecimal("15000"), new BigDecimal("3000")))
        .addPriceChange(new PriceChange(LocalDate.of(2026, 9, 1), new BigDecimal("20000"), new BigDecimal("5000")))
        .build();
    FundingBreakdown f = CALCULATOR.calculate(SEED, p).orElseThrow();
    assertThat(f.fundedPrice().value()).isEqualTo(new BigDecimal("22000.00"));
    assertThat(f.employerExcess().value()).isEqualTo(new BigDecimal("3000.00"));
    assertThat(f.completionAmount().value()).isEqualTo(new BigDecimal("4400.00"));
    assertThat(f.payments().fundedPriceTotal()).isEqualTo(new BigDecimal("22000.00"));
  }

  @Test
  void changeOfEmployer_splitsLaterPaymentsByTheNewEmployer_andMarksEachPayment() {
    Employer levyPayer = Employer.levyPayer(new BigDecimal("5000"));
    Progress p = Progress.builder().addEmployerChange(new EmployerChange(LocalDate.of(2026, 9, 1), levyPayer))
        .build();
    FundingBreakdown f = CALCULATOR.calculate(SEED, p).orElseThrow();
    assertThat(f.employerPeriods()).hasSize(2);
    EmployerPeriod before = f.employerPeriods().get(0);
    EmployerPeriod after = f.employerPeriods().get(1);
    // 12 instalments of 733.33 fall due with the first employer: 95% of 8,799.96 from the government
    assertThat(before.from()).isEqualTo(SEED.startDate());
    assertThat(before.split()).isEqualTo(new FundingSplit(new BigDecimal("0.00"), new BigDecimal("8359.96"),
        new BigDecimal("440.00")));
    // the rest, 13,200.04: 5,000 from the new employer's levy funds, 95% of 8,200.04 from the government
    assertThat(after.from()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(after.employer()).isEqualTo(levyPayer);
    assertThat(after.split()).isEqualTo(new FundingSplit(new BigDecimal("5000.00"), new BigDecimal("7790.04"),
        new BigDecimal("410.00")));
    assertThat(f.levyUsed().value()).isEqualTo(new BigDecimal("5000.00"));
    assertThat(f.governmentCoInvestment().value()).isEqualTo(new BigDecimal("16150.00"));
    assertThat(f.employerCoInvestment().value()).isEqualTo(new BigDecimal("850.00"));
    assertThat(f.split().total()).isEqualTo(f.fundedPrice().value());
    assertThat(f.instalments()).filteredOn(i -> i.dueDate().equals(LocalDate.of(2026, 8, 31)))
        .extracting(Payment::employer).containsExactly(java.util.Optional.of(SEED.employer()));
    assertThat(f.instalments()).filteredOn(i -> i.dueDate().equals(LocalDate.of(2026, 9, 30)))
        .extracting(Payment::employer).containsExactly(java.util.Optional.of(levyPayer));
  }

  @Test
  void withoutAChange_thereIsOneEmployerPeriod_andEveryPaymentIsForTheEmployer() {
    FundingBreakdown f = CALCULATOR.calculate(SEED).orElseThrow();
    assertThat(f.employerPeriods()).singleElement().satisfies(e -> {
      assertThat(e.split()).isEqualTo(f.split());
      assertThat(e.fullFunding()).isEqualTo(f.fullFunding());
      assertThat(e.toString()).contains("from=2025-09-01", "levyPayer=false");
    });
    assertThat(f.payments().payments()).allSatisfy(p -> assertThat(p.employer()).contains(SEED.employer()));
  }

  @Test
  void changeOfEmployer_forAStartBeforeApril2024_doesNotCarryTheWaiver() {
    Employer small = Employer.builder().levyPayer(false).headcount(10).build();
    Apprenticeship a = Apprenticeship.builder().startDate(LocalDate.of(2023, 9, 1))
        .plannedEndDate(LocalDate.of(2025, 8, 31)).standard(cappedAt("12000")).trainingPrice(new BigDecimal("12000"))
        .assessmentPrice(BigDecimal.ZERO).employer(small).apprentice(Apprentice.bornOn(LocalDate.of(2006, 1, 1)))
        .build();
    Progress p = Progress.builder().addEmployerChange(new EmployerChange(LocalDate.of(2024, 9, 1), small)).build();
    FundingBreakdown f = CALCULATOR.calculate(a, p).orElseThrow();
    assertThat(f.fullFunding().value()).isEqualTo(FullFundingReason.SMALL_EMPLOYER_YOUNG_APPRENTICE);
    EmployerPeriod after = f.employerPeriods().get(1);
    assertThat(after.fullFunding().value()).isEqualTo(FullFundingReason.EMPLOYER_NOT_ELIGIBLE);
    assertThat(after.fullFunding().rules()).extracting(r -> r.key().id() + "=" + r.value())
        .containsExactly("full-funding.after-employer-change=none");
    assertThat(after.governmentShare().value()).isEqualByComparingTo("0.95");
    // 12 instalments of 400 with the first employer are fully funded; the rest, 7,200, co-invested
    assertThat(f.employerPeriods().get(0).split().government()).isEqualTo(new BigDecimal("4800.00"));
    assertThat(after.split().employer()).isEqualTo(new BigDecimal("360.00"));
    assertThat(f.employerCoInvestment().value()).isEqualTo(new BigDecimal("360.00"));
  }

  @Test
  void changeOfEmployer_fromApril2024_theNewEmployersLevyStatusAndTheAgeAtTheOriginalStartDecide() {
    Apprenticeship a = Apprenticeships.agedAtStart(SEED, 21);
    Progress toNonLevy = Progress.builder().addEmployerChange(new EmployerChange(LocalDate.of(2026, 9, 1),
        Employer.nonLevy())).build();
    // the apprentice is 22 by the change; the age at the original start, 21, decides
    EmployerPeriod after = CALCULATOR.calculate(a, toNonLevy).orElseThrow().employerPeriods().get(1);
    assertThat(after.fullFunding().value()).isEqualTo(FullFundingReason.NON_LEVY_YOUNG_APPRENTICE);
    assertThat(after.fullFunding().rules()).extracting(r -> r.key().id() + "=" + r.value())
        .contains("full-funding.after-employer-change=new-employer", "full-funding.age=16-21");
    Progress toLevyPayer = Progress.builder().addEmployerChange(new EmployerChange(LocalDate.of(2026, 9, 1),
        Employer.levyPayer(new BigDecimal("20000")))).build();
    FundingBreakdown f = CALCULATOR.calculate(a, toLevyPayer).orElseThrow();
    assertThat(f.employerPeriods().get(1).fullFunding().value()).isEqualTo(FullFundingReason.EMPLOYER_NOT_ELIGIBLE);
    assertThat(f.levyUsed().value()).isEqualTo(new BigDecimal("13200.04"));
    assertThat(f.governmentCoInvestment().value()).isEqualTo(new BigDecimal("8799.96"));
    assertThat(f.employerCoInvestment().value()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void levyForecast_ofTheFirstEmployersAccount_takesOnlyThePaymentsMadeForIt() {
    Apprenticeship atLevyPayer = SEED.withEmployer(Employer.levyPayer(new BigDecimal("100000")));
    Progress p = Progress.builder().addEmployerChange(new EmployerChange(LocalDate.of(2026, 9, 1),
        Employer.nonLevy())).build();
    FundingBreakdown f = CALCULATOR.calculate(atLevyPayer, p).orElseThrow();
    LevyForecast forecast = LevyAccount.withDefaultRules().forecast(java.time.YearMonth.of(2025, 9),
        java.time.YearMonth.of(2027, 9), java.util.Map.of(java.time.YearMonth.of(2025, 8), new BigDecimal("100000")),
        List.of(f));
    BigDecimal firstEmployers = f.payments().payments().stream()
        .filter(x -> x.kind().isFromFundedPrice() && x.employer().orElseThrow().equals(atLevyPayer.employer()))
        .map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    // 12 instalments of 733.33 before the change; the rest is the new employer's
    assertThat(firstEmployers).isEqualByComparingTo("8799.96");
    assertThat(forecast.totalLevyUsed()).isEqualByComparingTo(firstEmployers);
  }

  @Test
  void levyForecast_afterAChangeToAnEmployerOnTheSameTerms_stillTakesOnlyThePaymentsBeforeTheChange() {
    Employer levyPayer = Employer.levyPayer(new BigDecimal("100000"));
    Apprenticeship atLevyPayer = SEED.withEmployer(levyPayer);
    Progress p = Progress.builder().addEmployerChange(new EmployerChange(LocalDate.of(2026, 9, 1), levyPayer)).build();
    FundingBreakdown f = CALCULATOR.calculate(atLevyPayer, p).orElseThrow();
    LevyForecast forecast = LevyAccount.withDefaultRules().forecast(java.time.YearMonth.of(2025, 9),
        java.time.YearMonth.of(2027, 9), java.util.Map.of(java.time.YearMonth.of(2025, 8), new BigDecimal("100000")),
        List.of(f));
    assertThat(forecast.totalLevyUsed()).isEqualByComparingTo("8799.96");
  }

  @Test
  void employerChange_withACatalogueLackingTheRuleAfterAChange_isRejectedWithAFinding_notThrown() {
    FundingRules rules = FundingRules.of(FundingRules.defaults().rules().stream()
        .filter(r -> r.key() != RuleKey.FULL_FUNDING_AFTER_EMPLOYER_CHANGE).collect(Collectors.toList()));
    Progress p = Progress.builder().addEmployerChange(new EmployerChange(LocalDate.of(2026, 9, 1),
        Employer.nonLevy())).build();
    FundingResult result = FundingCalculator.of(rules).calculate(SEED, p);
    assertThat(result.report().issues()).extracting(Issue::code).contains(FundingCodes.RULES_MISSING);
    assertThat(result.breakdown()).isEmpty();
  }

  @Test
  void priceAndEmployerChangesTogether_stillSplitTheFinalFundedPriceExactly() {
    Progress p = Progress.builder()
        .addPriceChange(new PriceChange(LocalDate.of(2026, 5, 1), new BigDecimal("16000"), new BigDecimal("2000")))
        .addEmployerChange(new EmployerChange(LocalDate.of(2026, 5, 1), Employer.levyPayer(new BigDecimal("300.01"))))
        .completionDate(LocalDate.of(2027, 3, 10)).build();
    FundingBreakdown f = CALCULATOR.calculate(SEED, p).orElseThrow();
    assertThat(f.fundedPrice().value()).isEqualTo(new BigDecimal("18000.00"));
    assertThat(f.payments().fundedPriceTotal()).isEqualTo(new BigDecimal("18000.00"));
    assertThat(f.split().total()).isEqualTo(new BigDecimal("18000.00"));
    assertThat(f.employerPeriods().get(1).split().levy()).isEqualTo(new BigDecimal("300.01"));
  }

  @Test
  void rejectsChangesBeforeTheStartOrAfterTheEnd_withTheirPaths() {
    Progress p = Progress.builder().withdrawalDate(LocalDate.of(2026, 6, 30))
        .addPriceChange(new PriceChange(LocalDate.of(2025, 8, 31), BigDecimal.ONE, BigDecimal.ONE))
        .addEmployerChange(new EmployerChange(LocalDate.of(2026, 7, 1), Employer.nonLevy())).build();
    assertThat(errors(SEED, p)).containsExactly(
        FundingCodes.CHANGE_BEFORE_START + "@progress.priceChanges[0].effectiveFrom",
        FundingCodes.CHANGE_AFTER_END + "@progress.employerChanges[0].effectiveFrom");
    Progress afterPlannedEnd = Progress.builder().addPriceChange(new PriceChange(LocalDate.of(2027, 9, 1),
        BigDecimal.ONE, BigDecimal.ONE)).build();
    assertThat(errors(SEED, afterPlannedEnd)).containsExactly(FundingCodes.CHANGE_AFTER_END
        + "@progress.priceChanges[0].effectiveFrom");
  }

  @Test
  void rejectsChangesOfOneKindOnTheSameDayOrOutOfOrder() {
    Progress p = Progress.builder()
        .addPriceChange(new PriceChange(LocalDate.of(2026, 3, 1), BigDecimal.ONE, BigDecimal.ONE))
        .addPriceChange(new PriceChange(LocalDate.of(2026, 3, 1), BigDecimal.TEN, BigDecimal.ONE))
        .addEmployerChange(new EmployerChange(LocalDate.of(2026, 5, 1), Employer.nonLevy()))
        .addEmployerChange(new EmployerChange(LocalDate.of(2026, 4, 1), Employer.nonLevy())).build();
    assertThat(errors(SEED, p)).containsExactly(FundingCodes.CHANGE_OVERLAP + "@progress.priceChanges[1].effectiveFrom",
        FundingCodes.CHANGE_OVERLAP + "@progress.employerChanges[1].effectiveFrom");
  }

  @Test
  void rejectsNegativeOrFractionalPricesAndABadNewEmployer() {
    Employer negative = Employer.builder().levyPayer(true).levyFundsAvailable(new BigDecimal("-1")).build();
    Employer fraction = Employer.builder().levyPayer(true).levyFundsAvailable(new BigDecimal("1.001")).build();
    Progress p = Progress.builder()
        .addPriceChange(new PriceChange(LocalDate.of(2026, 3, 1), new BigDecimal("-5"), new BigDecimal("0.001")))
        .addEmployerChange(new EmployerChange(LocalDate.of(2026, 4, 1), negative))
        .addEmployerChange(new EmployerChange(LocalDate.of(2026, 5, 1), fraction)).build();
    assertThat(errors(SEED, p)).containsExactly(
        FundingCodes.CHANGE_PRICE_NEGATIVE + "@progress.priceChanges[0].trainingPrice",
        FundingCodes.AMOUNT_SCALE + "@progress.priceChanges[0].assessmentPrice",
        FundingCodes.LEVY_FUNDS_NEGATIVE + "@progress.employerChanges[0].employer.levyFundsAvailable",
        FundingCodes.AMOUNT_SCALE + "@progress.employerChanges[1].employer.levyFundsAvailable");
  }

  @Test
  void rejectsANewEmployerWhoseCoInvestmentRuleTheCatalogueLacks() {
    // a catalogue whose only co-investment rule is for non-levy employers
    FundingCalculator nonLevyOnly = FundingCalculator.of(FundingRules.of(FundingRules.defaults().rules().stream()
        .map(r -> r.key() == RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE ? r.withQualifier("non-levy") : r)
        .collect(Collectors.toList())));
    Progress p = Progress.builder().addEmployerChange(new EmployerChange(LocalDate.of(2026, 4, 1),
        Employer.levyPayer(BigDecimal.ZERO))).build();
    assertThat(nonLevyOnly.calculate(SEED, p).report().atLeast(Severity.ERROR)).extracting(Issue::code, Issue::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FundingCodes.RULES_MISSING,
            "progress.employerChanges[0].employer"));
  }

  @Test
  void changeRecords_refuseNulls_andAddTheirPrices() {
    assertThat(new PriceChange(LocalDate.of(2026, 1, 1), new BigDecimal("100.50"), new BigDecimal("20"))
        .agreedPrice()).isEqualByComparingTo("120.50");
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> new EmployerChange(LocalDate.of(2026, 1, 1), null));
  }
}

package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LevyAccountTest {
  private static final LevyAccount ACCOUNT = LevyAccount.withDefaultRules();

  private static List<BigDecimal> pounds(long... amounts) {
    return java.util.Arrays.stream(amounts).mapToObj(BigDecimal::valueOf).collect(Collectors.toList());
  }

  private static List<BigDecimal> twelve(long amount) {
    return Collections.nCopies(12, BigDecimal.valueOf(amount));
  }

  @Test
  void alm09200Example1_regularPayBill_pays250EveryMonth() {
    List<LevyMonth> months = ACCOUNT.monthlyLevy(2017, twelve(300_000));
    assertThat(months.get(0).levyBeforeAllowanceToDate()).isEqualByComparingTo("1500");
    assertThat(months.get(0).allowanceToDate()).isEqualByComparingTo("1250");
    assertThat(months.get(0).levyPayable()).isEqualByComparingTo("250");
    assertThat(months.get(1).levyBeforeAllowanceToDate()).isEqualByComparingTo("3000");
    assertThat(months.get(1).allowanceToDate()).isEqualByComparingTo("2500");
    assertThat(months.get(1).levyDueToDate()).isEqualByComparingTo("500");
    assertThat(months.get(1).levyPayable()).isEqualByComparingTo("250");
    assertThat(months.get(11).payBillToDate()).isEqualByComparingTo("3600000");
    assertThat(months.get(11).levyBeforeAllowanceToDate()).isEqualByComparingTo("18000");
    assertThat(months.get(11).allowanceToDate()).isEqualByComparingTo("15000");
    assertThat(months.get(11).levyDueToDate()).isEqualByComparingTo("3000");
    assertThat(months.get(10).levyDueToDate()).isEqualByComparingTo("2750");
    assertThat(months).allSatisfy(m -> assertThat(m.levyPayable()).isEqualByComparingTo("250"));
  }

  @Test
  void alm09200Example2_fivePayeSchemesShareTheAllowanceEqually() {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    Stream.of("A", "B", "C", "D", "E").forEach(s -> shares.put(s, new BigDecimal("3000")));
    assertThat(ACCOUNT.checkAllowanceShares(2017, shares).isEmpty()).isTrue();
    List<LevyMonth> scheme = ACCOUNT.monthlyLevy(2017, twelve(200_000), new BigDecimal("3000"));
    assertThat(scheme.get(0).levyBeforeAllowanceToDate()).isEqualByComparingTo("1000");
    assertThat(scheme.get(0).allowanceToDate()).isEqualByComparingTo("250");
    assertThat(scheme.get(0).levyPayable()).isEqualByComparingTo("750");
    assertThat(scheme.get(1).levyBeforeAllowanceToDate()).isEqualByComparingTo("2000");
    assertThat(scheme.get(1).allowanceToDate()).isEqualByComparingTo("500");
    assertThat(scheme.get(1).levyDueToDate()).isEqualByComparingTo("1500");
    assertThat(scheme.get(1).levyPayable()).isEqualByComparingTo("750");
  }

  @Test
  void connectedCompanies_sharesMustAddUpToOneAllowance_andNotBeNegative() {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    shares.put("Parent Ltd", new BigDecimal("15000"));
    shares.put("Subsidiary Ltd", new BigDecimal("15000"));
    assertThat(ACCOUNT.checkAllowanceShares(2024, shares).issues()).extracting(Issue::code)
        .containsExactly("levy.allowance.shares-total");
    shares.put("Parent Ltd", new BigDecimal("16000"));
    shares.put("Subsidiary Ltd", new BigDecimal("-1000"));
    assertThat(ACCOUNT.checkAllowanceShares(2024, shares).issues()).extracting(Issue::code)
        .containsExactly("levy.allowance.share-negative");
  }

  @Test
  void alm08300SeasonalPayBill_carriesUnusedAllowanceForward_andGivesNegativeMonths() {
    List<LevyMonth> months = ACCOUNT.monthlyLevy(2017,
        pounds(200_000, 200_000, 500_000, 500_000, 200_000, 200_000, 200_000, 200_000, 200_000, 200_000, 200_000,
            200_000));
    assertThat(months).extracting(m -> m.levyDueToDate().intValueExact())
        .containsExactly(0, 0, 750, 2000, 1750, 1500, 1250, 1000, 750, 500, 250, 0);
    assertThat(months).extracting(m -> m.levyPayable().intValueExact())
        .containsExactly(0, 0, 750, 1250, -250, -250, -250, -250, -250, -250, -250, -250);
    assertThat(months.get(3).payBillToDate()).isEqualByComparingTo("1400000");
    assertThat(months.get(3).levyBeforeAllowanceToDate()).isEqualByComparingTo("7000");
    assertThat(months.get(3).allowanceToDate()).isEqualByComparingTo("5000");
    assertThat(months.get(11).payBillToDate()).isEqualByComparingTo("3000000");
    assertThat(months.stream().map(LevyMonth::levyPayable).reduce(BigDecimal.ZERO, BigDecimal::add)).isZero();
  }

  @Test
  void monthlyLevy_refusesMoreThan12Months_andAnAllowanceAboveTheFullOne() {
    assertThatThrownBy(() -> ACCOUNT.monthlyLevy(2020, Collections.nCopies(13, BigDecimal.ONE)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.issue().code()).isEqualTo("levy.months.range"));
    assertThatThrownBy(() -> ACCOUNT.monthlyLevy(2020, twelve(1), new BigDecimal("15000.01")))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.issue().code()).isEqualTo("levy.allowance.range"));
  }

  @Test
  void dfeTransferAllowanceExample_500000Levy90PercentEnglishWithTopUpAt25Percent_is123750() {
    FundsIn in = ACCOUNT.fundsIn(YearMonth.of(2018, 6), new BigDecimal("500000"), new BigDecimal("0.9"));
    assertThat(in.englishLevy()).isEqualByComparingTo("450000");
    assertThat(in.topUp()).isEqualByComparingTo("45000");
    assertThat(in.total()).isEqualByComparingTo("495000");
    Figure<BigDecimal> allowance = ACCOUNT.transferAllowance(2019, in.total());
    assertThat(allowance.value()).isEqualTo(new BigDecimal("123750.00"));
    assertThat(allowance.rules().get(0).value()).isEqualTo("0.25");
    assertThat(ACCOUNT.transferAllowance(2024, in.total()).value()).isEqualByComparingTo("247500");
  }

  @Test
  void topUp_stopsForFundsEnteringFromAugust2026() {
    assertThat(ACCOUNT.fundsIn(YearMonth.of(2026, 7), new BigDecimal("1000"), BigDecimal.ONE).topUp())
        .isEqualByComparingTo("100");
    assertThat(ACCOUNT.fundsIn(YearMonth.of(2026, 8), new BigDecimal("1000"), BigDecimal.ONE).topUp()).isZero();
  }

  @Test
  void dfeCoInvestmentExample_200DueWith100InTheAccount_levy100Government95Employer5() {
    FundingSplit split = FundingSplit.of(new BigDecimal("200"), new BigDecimal("100"), new BigDecimal("0.95"));
    assertThat(split.levy()).isEqualByComparingTo("100");
    assertThat(split.government()).isEqualByComparingTo("95");
    assertThat(split.employer()).isEqualByComparingTo("5");
    LevyForecast forecast = ACCOUNT.forecastPayments(YearMonth.of(2024, 5), YearMonth.of(2024, 5),
        Map.of(YearMonth.of(2024, 5), new BigDecimal("100")), Map.of(YearMonth.of(2024, 5), new BigDecimal("200")));
    AccountMonth may = forecast.months().get(0);
    assertThat(may.levyUsed()).isEqualByComparingTo("100");
    assertThat(may.governmentCoInvestment()).isEqualByComparingTo("95");
    assertThat(may.employerCoInvestment()).isEqualByComparingTo("5");
    assertThat(may.balance()).isZero();
  }

  /** das-employer-finance WhenCalculatingExpiringFunds: funds in Oct 2018 to Jan 2019 of 10, 9, 8 and 5. */
  private static Map<YearMonth, BigDecimal> dfeFundsIn() {
    Map<YearMonth, BigDecimal> in = new LinkedHashMap<>();
    in.put(YearMonth.of(2018, 10), BigDecimal.valueOf(10));
    in.put(YearMonth.of(2018, 11), BigDecimal.valueOf(9));
    in.put(YearMonth.of(2018, 12), BigDecimal.valueOf(8));
    in.put(YearMonth.of(2019, 1), BigDecimal.valueOf(5));
    return in;
  }

  private static LevyAccount expiringAfter(int months) {
    return LevyAccount.of(FundingRules.defaults().plus(FundingRules.parse("levy.expiry-months | * | 2017-05-01 | | "
        + months + " | library-choice | test: DfE unit tests use short expiry periods", "test").rules()));
  }

  private static List<Integer> expiredFrom(LevyForecast forecast, YearMonth first, int count) {
    return Stream.iterate(first, m -> m.plusMonths(1)).limit(count)
        .map(m -> forecast.find(m).orElseThrow().expired().intValueExact()).collect(Collectors.toList());
  }

  @Test
  void expiry_withNothingSpent_everyMonthsFundsExpireAfterTheExpiryPeriod() {
    LevyForecast forecast = expiringAfter(1).forecastPayments(YearMonth.of(2018, 10), YearMonth.of(2019, 2),
        dfeFundsIn(), Map.of());
    assertThat(expiredFrom(forecast, YearMonth.of(2018, 11), 4)).containsExactly(10, 9, 8, 5);
  }

  @Test
  void expiry_fundsSpentComeOffTheOldestFundsFirst() {
    LevyForecast forecast = expiringAfter(2).forecastPayments(YearMonth.of(2018, 10), YearMonth.of(2019, 3),
        dfeFundsIn(), Map.of(YearMonth.of(2018, 10), BigDecimal.TEN));
    assertThat(expiredFrom(forecast, YearMonth.of(2018, 12), 4)).containsExactly(0, 9, 8, 5);
  }

  /** das-employer-finance WhenCalculatingExpiringFunds.Then_My_Funds_Out_Are_Taken_Off_The_Correct_Funds_In_Period. */
  @Test
  void expiry_fundsSpentInTheExpiryMonthStillUseTheFundsExpiringAtItsEnd() {
    LevyForecast forecast = expiringAfter(2).forecastPayments(YearMonth.of(2018, 10), YearMonth.of(2019, 3),
        dfeFundsIn(), Map.of(YearMonth.of(2019, 1), BigDecimal.valueOf(12)));
    assertThat(expiredFrom(forecast, YearMonth.of(2018, 12), 4)).containsExactly(10, 0, 5, 5);
  }

  /** das-employer-finance WhenCalculatingExpiringFunds.Then_If_I_Have_Multiple_Funds_Out_Are_Taken_Off_... */
  @Test
  void expiry_multipleMonthsSpent_takeTheOldestRemainingFunds() {
    LevyForecast forecast = expiringAfter(2).forecastPayments(YearMonth.of(2018, 10), YearMonth.of(2019, 3),
        dfeFundsIn(), Map.of(YearMonth.of(2019, 1), BigDecimal.valueOf(12), YearMonth.of(2019, 2),
            BigDecimal.valueOf(3)));
    assertThat(expiredFrom(forecast, YearMonth.of(2018, 12), 4)).containsExactly(10, 0, 2, 5);
  }

  @Test
  void expiry_is24MonthsByDefault_and12ForFundsEnteringFromAugust2026() {
    Map<YearMonth, BigDecimal> in = new LinkedHashMap<>();
    in.put(YearMonth.of(2026, 7), new BigDecimal("1000"));
    in.put(YearMonth.of(2026, 8), new BigDecimal("2000"));
    LevyForecast forecast = ACCOUNT.forecastPayments(YearMonth.of(2026, 7), YearMonth.of(2028, 7), in, Map.of());
    assertThat(forecast.find(YearMonth.of(2027, 8)).orElseThrow().expired()).isEqualByComparingTo("2000");
    assertThat(forecast.find(YearMonth.of(2028, 7)).orElseThrow().expired()).isEqualByComparingTo("1000");
    assertThat(forecast.totalExpired()).isEqualByComparingTo("3000");
  }

  @Test
  void negativeFundsIn_reduceTheNewestFundsFirst() {
    Map<YearMonth, BigDecimal> in = new LinkedHashMap<>();
    in.put(YearMonth.of(2019, 1), BigDecimal.TEN);
    in.put(YearMonth.of(2019, 2), BigDecimal.valueOf(6));
    in.put(YearMonth.of(2019, 3), BigDecimal.valueOf(-8));
    LevyForecast forecast = expiringAfter(3).forecastPayments(YearMonth.of(2019, 1), YearMonth.of(2019, 5), in,
        Map.of());
    assertThat(forecast.find(YearMonth.of(2019, 3)).orElseThrow().balance()).isEqualByComparingTo("8");
    assertThat(forecast.find(YearMonth.of(2019, 4)).orElseThrow().expired()).isEqualByComparingTo("8");
    assertThat(forecast.find(YearMonth.of(2019, 5)).orElseThrow().expired()).isZero();
  }

  @Test
  void forecast_levyPayerWhoseFundsRunOutMidway_coInvestsFromThatMonth() {
    FundingBreakdown ml = FundingCalculator.withDefaultRules().calculate(Apprenticeships.SEED
        .withEmployer(Employer.levyPayer(BigDecimal.ZERO))).orElseThrow();
    Map<YearMonth, BigDecimal> in = Map.of(YearMonth.of(2025, 9), new BigDecimal("5000"));
    LevyForecast forecast = ACCOUNT.forecast(YearMonth.of(2025, 9), YearMonth.of(2027, 8), in, List.of(ml));
    assertThat(forecast.months()).hasSize(24);
    AccountMonth february = forecast.find(YearMonth.of(2026, 2)).orElseThrow();
    assertThat(february.levyUsed()).isEqualByComparingTo("733.33");
    assertThat(february.employerCoInvestment()).isZero();
    AccountMonth runsOut = forecast.find(YearMonth.of(2026, 3)).orElseThrow();
    assertThat(runsOut.levyUsed()).isEqualByComparingTo("600.02");
    assertThat(runsOut.governmentCoInvestment()).isEqualByComparingTo("126.64");
    assertThat(runsOut.employerCoInvestment()).isEqualByComparingTo("6.67");
    assertThat(runsOut.balance()).isZero();
    AccountMonth april = forecast.find(YearMonth.of(2026, 4)).orElseThrow();
    assertThat(april.levyUsed()).isZero();
    assertThat(april.governmentCoInvestment()).isEqualByComparingTo("696.66");
    assertThat(april.employerCoInvestment()).isEqualByComparingTo("36.67");
    assertThat(forecast.totalLevyUsed()).isEqualByComparingTo("5000");
    assertThat(forecast.totalLevyUsed().add(forecast.totalGovernmentCoInvestment())
        .add(forecast.totalEmployerCoInvestment())).isEqualByComparingTo("22000");
  }
}

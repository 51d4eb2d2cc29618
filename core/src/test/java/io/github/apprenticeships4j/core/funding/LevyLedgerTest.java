package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The ledger-driven account. The expiry cases are the scenarios of das-employer-finance's unit tests
 * {@code WhenCalculatingExpiringFunds} (ExpiredFundsTests.cs) and {@code GetExpiredFundsExtensionTests}, named after
 * them; their funds in are 10, 9, 8 and 5 from October 2018 unless a case says otherwise.
 */
class LevyLedgerTest {
  private static final LevyAccount ACCOUNT = LevyAccount.withDefaultRules();

  private static LevyAccount expiringAfter(int months) {
    return LevyAccount.of(FundingRules.defaults().plus(FundingRules.parse("levy.expiry-months | * | 2017-05-01 | | "
        + months + " | library-choice | test: DfE unit tests use short expiry periods", "test").rules()));
  }

  private static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }

  private static BigDecimal pounds(String amount) {
    return new BigDecimal(amount);
  }

  private static LevyLedger.Builder dfeFundsIn() {
    return LevyLedger.builder().putFundsIn(ym(2018, 10), pounds("10")).putFundsIn(ym(2018, 11), pounds("9"))
        .putFundsIn(ym(2018, 12), pounds("8")).putFundsIn(ym(2019, 1), pounds("5"));
  }

  private static List<Integer> amounts(SortedMap<YearMonth, BigDecimal> expiry) {
    List<Integer> amounts = new ArrayList<>();
    expiry.values().forEach(a -> amounts.add(a.intValueExact()));
    return amounts;
  }

  @Test
  void thenExpiredFundsAreReturnedIfThereAreFundsIn_dependingOnTheExpiryPeriod() {
    SortedMap<YearMonth, BigDecimal> expiry = expiringAfter(1).expiry(dfeFundsIn().build());
    assertThat(expiry.keySet()).containsExactly(ym(2018, 11), ym(2018, 12), ym(2019, 1), ym(2019, 2));
    assertThat(amounts(expiry)).containsExactly(10, 9, 8, 5);
  }

  @Test
  void thenIfIHaveFundsOut_theyAreTakenOffMyExpiryAmount() {
    LevyLedger ledger = dfeFundsIn().putFundsOut(ym(2018, 10), pounds("10")).build();
    SortedMap<YearMonth, BigDecimal> expiry = expiringAfter(2).expiry(ledger);
    assertThat(expiry.firstKey()).isEqualTo(ym(2018, 12));
    assertThat(amounts(expiry)).containsExactly(0, 9, 8, 5);
  }

  @Test
  void thenIfIHaveRefunds_theyAreTakenOffTheFundsOutBeforeExpiry() {
    LevyLedger one = dfeFundsIn().putFundsOut(ym(2018, 10), pounds("10")).putFundsOut(ym(2018, 11), pounds("-5"))
        .build();
    assertThat(amounts(expiringAfter(3).expiry(one))).containsExactly(5, 9, 8, 5);
    LevyLedger two = dfeFundsIn().putFundsOut(ym(2018, 10), pounds("10")).putFundsOut(ym(2018, 11), pounds("-5"))
        .putFundsOut(ym(2018, 12), pounds("-2")).build();
    assertThat(amounts(expiringAfter(3).expiry(two))).containsExactly(7, 9, 8, 5);
  }

  @Test
  void thenIfIHaveMoreFundsOut_theyAreTakenOffTheExpiryOfSeveralMonths() {
    LevyLedger ledger = dfeFundsIn().putFundsOut(ym(2018, 10), pounds("12")).build();
    assertThat(amounts(expiringAfter(2).expiry(ledger))).containsExactly(0, 7, 8, 5);
  }

  @Test
  void thenALargeCarryOverOfFundsOut_leavesNothingToExpire() {
    LevyLedger ledger = LevyLedger.builder().putFundsIn(ym(2018, 10), pounds("10"))
        .putFundsIn(ym(2018, 11), pounds("9")).putFundsIn(ym(2018, 12), pounds("8"))
        .putFundsIn(ym(2019, 1), pounds("5")).putFundsIn(ym(2019, 2), pounds("5")).putFundsIn(ym(2019, 3), pounds("5"))
        .putFundsIn(ym(2020, 3), pounds("5")).putFundsOut(ym(2018, 11), pounds("120")).build();
    assertThat(amounts(expiringAfter(2).expiry(ledger))).hasSize(7).containsOnly(0);
  }

  @Test
  void thenMyFundsOut_areTakenOffTheFundsExpiringInOrAfterTheirMonth() {
    LevyLedger one = dfeFundsIn().putFundsOut(ym(2019, 1), pounds("12")).build();
    assertThat(amounts(expiringAfter(2).expiry(one))).containsExactly(10, 0, 5, 5);
    LevyLedger two = dfeFundsIn().putFundsOut(ym(2019, 1), pounds("12")).putFundsOut(ym(2019, 2), pounds("3")).build();
    assertThat(amounts(expiringAfter(2).expiry(two))).containsExactly(10, 0, 2, 5);
  }

  @Test
  void thenFundsOutAfterEveryExpiryMonth_saveNothing() {
    LevyLedger ledger = dfeFundsIn().putFundsOut(ym(2019, 4), pounds("12")).putFundsOut(ym(2019, 5), pounds("3"))
        .build();
    assertThat(amounts(expiringAfter(2).expiry(ledger))).containsExactly(10, 9, 8, 5);
  }

  @Test
  void thenIfIHaveSeasonalValues_theFundsExpireCorrectly() {
    LevyLedger ledger = LevyLedger.builder().putFundsIn(ym(2018, 9), pounds("10")).putFundsIn(ym(2018, 12), pounds("8"))
        .putFundsIn(ym(2019, 1), pounds("5")).putFundsIn(ym(2019, 4), pounds("2"))
        .putFundsOut(ym(2019, 1), pounds("12")).putFundsOut(ym(2019, 2), pounds("3")).build();
    assertThat(amounts(expiringAfter(2).expiry(ledger))).containsExactly(10, 0, 0, 0);
  }

  @Test
  void thenAdjustmentsOfFundsIn_areAppliedToEarlierFundsNewestFirst() {
    LevyLedger small = LevyLedger.builder().putFundsIn(ym(2018, 10), pounds("10")).putFundsIn(ym(2018, 11), pounds("9"))
        .putFundsIn(ym(2018, 12), pounds("-10")).putFundsIn(ym(2019, 1), pounds("5"))
        .putFundsIn(ym(2019, 2), pounds("-5")).build();
    assertThat(amounts(expiringAfter(6).expiry(small))).containsExactly(9, 0, 0, 0, 0);
    LevyLedger large = LevyLedger.builder().putFundsIn(ym(2018, 10), pounds("10")).putFundsIn(ym(2018, 11), pounds(
        "29"))
        .putFundsIn(ym(2018, 12), pounds("-19")).putFundsIn(ym(2019, 1), pounds("5"))
        .putFundsIn(ym(2019, 6), pounds("-5")).build();
    assertThat(amounts(expiringAfter(24).expiry(large))).containsExactly(10, 10, 0, 0, 0);
  }

  @Test
  void thenAdjustmentsAreAppliedOverMultiplePeriods() {
    LevyLedger ledger = LevyLedger.builder().putFundsIn(ym(2018, 12), pounds("10"))
        .putFundsIn(ym(2019, 12), pounds("-10")).build();
    assertThat(amounts(expiringAfter(12).expiry(ledger))).containsExactly(0, 0);
  }

  @Test
  void thenAdjustmentsAndFundsOut_areAppliedInTheCorrectPeriods() {
    LevyLedger ledger = LevyLedger.builder().putFundsIn(ym(2018, 10), pounds("20")).putFundsIn(ym(2018, 11), pounds(
        "9"))
        .putFundsIn(ym(2018, 12), pounds("-5")).putFundsIn(ym(2019, 1), pounds("5"))
        .putFundsIn(ym(2019, 2), pounds("-5")).putFundsOut(ym(2019, 1), pounds("12"))
        .putFundsOut(ym(2019, 2), pounds("3")).build();
    assertThat(amounts(expiringAfter(6).expiry(ledger))).containsExactly(5, 4, 0, 0, 0);
  }

  @Test
  void thenTheBalanceIsCorrectlyCalculatedOverALargeExpiryPeriod_justFundsIn() {
    LevyLedger.Builder builder = LevyLedger.builder();
    for (YearMonth m = ym(2017, 5); !m.isAfter(ym(2019, 1)); m = m.plusMonths(1)) {
      builder.putFundsIn(m, m.equals(ym(2018, 3)) || m.equals(ym(2018, 5)) || m.equals(ym(2019, 1)) ? pounds("-323.4")
          : pounds("539"));
    }
    builder.putFundsOut(ym(2019, 5), pounds("100"));
    SortedMap<YearMonth, BigDecimal> expiry = expiringAfter(24).expiry(builder.build());
    assertThat(expiry.get(ym(2019, 5))).isEqualByComparingTo("439");
    assertThat(expiry.get(ym(2019, 8))).isEqualByComparingTo("539");
    assertThat(expiry.get(ym(2020, 2))).isEqualByComparingTo("215.60");
  }

  /** Cohorts split at January 2021, as GetExpiredFundsExtensionTests does: 24 months before, 12 from then. */
  private static LevyAccount cohortsSplitIn2021() {
    return LevyAccount.of(FundingRules.defaults().plus(FundingRules.parse(
        "levy.expiry-months | * | 2017-05-01 | 2020-12-31 | 24 | library-choice | test\n"
            + "levy.expiry-months | * | 2021-01-01 | | 12 | library-choice | test",
        "test").rules()));
  }

  @Test
  void fundsOut_consumedByLongTermRunFirst_leavingNoneForShortTerm() {
    LevyLedger.Builder builder = LevyLedger.builder();
    for (YearMonth m = ym(2019, 1); !m.isAfter(ym(2021, 12)); m = m.plusMonths(1)) {
      builder.putFundsIn(m, pounds("1000"));
    }
    SortedMap<YearMonth, BigDecimal> expiry = cohortsSplitIn2021().expiry(builder.putFundsOut(ym(2022, 6),
        pounds("1500")).build());
    // June 2022: the long-term funds of June 2020 are used up (0), the short-term funds of June 2021 expire (1000).
    assertThat(expiry.get(ym(2022, 6))).isEqualByComparingTo("1000");
    assertThat(expiry.get(ym(2022, 7))).isEqualByComparingTo("1500");
    assertThat(expiry.get(ym(2021, 1))).isEqualByComparingTo("1000");
  }

  @Test
  void shortTermNegativeAdjustment_isAppliedOnce_andNotToTheLongTermCohort() {
    LevyLedger ledger = LevyLedger.builder().putFundsIn(ym(2019, 1), pounds("1000"))
        .putFundsIn(ym(2021, 2), pounds("1000")).putFundsIn(ym(2021, 6), pounds("-500")).build();
    SortedMap<YearMonth, BigDecimal> expiry = cohortsSplitIn2021().expiry(ledger);
    assertThat(expiry.get(ym(2021, 1))).isEqualByComparingTo("1000");
    assertThat(expiry.get(ym(2022, 2))).isEqualByComparingTo("500");
  }

  @Test
  void policyChangeDate_august2026_fundsEnteringFromAugust2026ExpireAfter12Months() {
    LevyLedger.Builder builder = LevyLedger.builder();
    for (YearMonth m = ym(2025, 4); !m.isAfter(ym(2026, 9)); m = m.plusMonths(1)) {
      builder.putFundsIn(m, pounds("100"));
    }
    SortedMap<YearMonth, BigDecimal> expiry = ACCOUNT.expiry(builder.build());
    // MonthByMonthRun_September2027: September 2027 has both a 24-month (2025-09) and a 12-month (2026-09) expiry.
    assertThat(expiry.get(ym(2027, 9))).isEqualByComparingTo("200");
    assertThat(expiry.get(ym(2027, 8))).isEqualByComparingTo("200");
    assertThat(expiry.get(ym(2028, 7))).isEqualByComparingTo("100");
    assertThat(expiry).doesNotContainKey(ym(2028, 8));
  }

  @Test
  void forecastFromALedger_expiresWhatDfeComputes_andKeepsTheBalance() {
    LevyLedger ledger = dfeFundsIn().putFundsOut(ym(2019, 1), pounds("12")).putFundsOut(ym(2019, 2), pounds("3"))
        .build();
    LevyForecast forecast = expiringAfter(2).forecast(ym(2018, 10), ym(2019, 3), ledger, List.of(), List.of());
    assertThat(forecast.find(ym(2019, 1)).orElseThrow().levyUsed()).isEqualByComparingTo("12");
    assertThat(forecast.find(ym(2018, 12)).orElseThrow().expired()).isEqualByComparingTo("10");
    assertThat(forecast.find(ym(2019, 1)).orElseThrow().expired()).isZero();
    assertThat(forecast.find(ym(2019, 2)).orElseThrow().expired()).isEqualByComparingTo("2");
    assertThat(forecast.find(ym(2019, 3)).orElseThrow().expired()).isEqualByComparingTo("5");
    assertThat(forecast.find(ym(2019, 3)).orElseThrow().balance()).isZero();
  }

  @Test
  void forecastFromALedger_aRefundGoesBackToTheFundsThatPaidIt() {
    LevyLedger ledger = dfeFundsIn().putFundsOut(ym(2018, 10), pounds("10")).putFundsOut(ym(2018, 11), pounds("-5"))
        .build();
    LevyForecast forecast = expiringAfter(3).forecast(ym(2018, 10), ym(2019, 4), ledger, List.of(), List.of());
    assertThat(forecast.find(ym(2018, 11)).orElseThrow().levyUsed()).isEqualByComparingTo("-5");
    assertThat(forecast.find(ym(2019, 1)).orElseThrow().expired()).isEqualByComparingTo("5");
    assertThat(forecast.totalExpired()).isEqualByComparingTo("27");
  }

  @Test
  void forecastFromALedger_thatPaysMoreThanTheBalance_isRefusedWithTheMonth() {
    LevyLedger ledger = LevyLedger.builder().putFundsIn(ym(2026, 5), pounds("100"))
        .putFundsOut(ym(2026, 6), pounds("100.01")).build();
    assertThatThrownBy(() -> ACCOUNT.forecast(ym(2026, 5), ym(2026, 6), ledger, List.of(), List.of()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          Issue issue = e.issue();
          assertThat(issue.code()).isEqualTo(FundingCodes.LEDGER_OVERSPENT);
          assertThat(issue.path()).isEqualTo("fundsOut.2026-06");
        });
  }

  @Test
  void ledgersPlusEachOther_addTheAmountsOfTheSameMonth() {
    LevyLedger may = LevyLedger.builder().putFundsIn(ym(2026, 5), pounds("100")).putFundsOut(ym(2026, 5), pounds("40"))
        .build();
    LevyLedger more = LevyLedger.builder().putFundsIn(ym(2026, 5), pounds("0.50"))
        .putTransfersOut(ym(2026, 6), pounds("7")).build();
    LevyLedger both = may.plus(more);
    assertThat(both.fundsIn()).containsOnlyKeys(ym(2026, 5));
    assertThat(both.fundsIn().get(ym(2026, 5))).isEqualByComparingTo("100.50");
    assertThat(both.fundsOut().get(ym(2026, 5))).isEqualByComparingTo("40");
    assertThat(both.transfersOut().get(ym(2026, 6))).isEqualByComparingTo("7");
    assertThat(LevyLedger.empty().plus(may)).isEqualTo(may);
  }

  @Test
  void ledgerAmountsWithFractionsOfAPenny_areRefusedWithTheMonth() {
    assertThatThrownBy(() -> LevyLedger.builder().putFundsIn(ym(2017, 5), pounds("13263.8916")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.issue().code()).isEqualTo(FundingCodes.AMOUNT_SCALE);
          assertThat(e.issue().path()).isEqualTo("fundsIn.2017-05");
        });
  }

  /** DfE help centre "Calculating your transfer allowance": 500,000 levy, 90% English, 10% top-up, 25%. */
  @Test
  void transferAllowance_isTheShareOfThePreviousTaxYearsFundsIn_lessTheTransfersPaidThisYear() {
    LevyLedger.Builder builder = LevyLedger.builder();
    BigDecimal monthly = new BigDecimal("41250.00"); // 500,000 x 0.9 x 1.1 / 12
    for (YearMonth m = ym(2019, 5); !m.isAfter(ym(2020, 4)); m = m.plusMonths(1)) {
      builder.putFundsIn(m, monthly);
    }
    builder.putFundsIn(ym(2019, 4), pounds("99999")).putFundsIn(ym(2020, 5), pounds("99999"));
    builder.putTransfersOut(ym(2020, 3), pounds("7")).putTransfersOut(ym(2020, 4), pounds("1000"))
        .putTransfersOut(ym(2021, 3), pounds("2000")).putTransfersOut(ym(2021, 4), pounds("4000"));
    TransferAllowance allowance = ACCOUNT.transferAllowance(2020, builder.build());
    assertThat(allowance.previousYearFundsIn()).isEqualByComparingTo("495000");
    assertThat(allowance.share().decimalValue()).isEqualByComparingTo("0.25");
    assertThat(allowance.starting()).isEqualByComparingTo("123750");
    assertThat(allowance.used()).isEqualByComparingTo("3000");
    assertThat(allowance.remaining()).isEqualByComparingTo("120750");
    assertThat(allowance.year()).isEqualTo(2020);
    assertThat(allowance).hasToString("TransferAllowance[year=2020, starting=123750.00, used=3000.00, "
        + "remaining=120750.00]");
  }

  @Test
  void transferShare_is50PercentFromTheAllowanceYearStartingOn20April2024() {
    LevyLedger ledger = LevyLedger.builder().putFundsIn(ym(2023, 6), pounds("1000")).build();
    assertThat(ACCOUNT.transferAllowance(2023, ledger).share().decimalValue()).isEqualByComparingTo("0.25");
    assertThat(ACCOUNT.transferAllowance(2024, ledger).starting()).isEqualByComparingTo("500");
    assertThat(ACCOUNT.transferAllowance(2024, LevyLedger.empty()).remaining()).isZero();
  }

  @Test
  void transferAllowance_beforeTransfersExisted_isRefused() {
    assertThatThrownBy(() -> ACCOUNT.transferAllowance(2017, LevyLedger.empty()))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.issue().code()).isEqualTo(FundingCodes.RULES_MISSING));
  }

  private static FundingBreakdown receiverApprenticeship() {
    return FundingCalculator.withDefaultRules().calculate(Apprenticeships.SEED.withEmployer(Employer.nonLevy()))
        .orElseThrow();
  }

  @Test
  void transfers_payTheReceiversApprenticeshipInFull_whileTheAllowanceLasts_thenLeaveTheRestUnfunded() {
    FundingBreakdown receiver = receiverApprenticeship();
    YearMonth firstDue = YearMonth.from(receiver.payments().payments().get(0).dueDate());
    int year = firstDue.getMonthValue() >= 4 ? firstDue.getYear() : firstDue.getYear() - 1;
    LevyLedger.Builder builder = LevyLedger.builder();
    for (YearMonth m = ym(year - 1, 5); !m.isAfter(ym(year, 4)); m = m.plusMonths(1)) {
      builder.putFundsIn(m, pounds("500"));
    }
    LevyLedger ledger = builder.build();
    BigDecimal allowance = ACCOUNT.transferAllowance(year, ledger).starting();
    YearMonth end = ym(year + 1, 3);
    LevyForecast forecast = ACCOUNT.forecast(ym(year - 1, 5), end, ledger, List.of(), List.of(receiver));
    BigDecimal due = receiver.payments().payments().stream().filter(p -> p.kind().isFromFundedPrice())
        .filter(p -> !YearMonth.from(p.dueDate()).isAfter(end)).map(Payment::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(forecast.totalTransfersOut()).isEqualByComparingTo(allowance.min(due));
    assertThat(forecast.totalTransfersOut().add(forecast.totalTransfersUnfunded())).isEqualByComparingTo(due);
    assertThat(forecast.totalGovernmentCoInvestment()).isZero();
    assertThat(forecast.totalEmployerCoInvestment()).isZero();
  }

  @Test
  void transfers_areLimitedByTheBalance_theRestLeftUnfunded() {
    FundingBreakdown receiver = receiverApprenticeship();
    Payment first = receiver.payments().payments().get(0);
    YearMonth month = YearMonth.from(first.dueDate());
    int year = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    BigDecimal half = first.amount().divide(BigDecimal.valueOf(2)).setScale(2, java.math.RoundingMode.DOWN);
    LevyLedger ledger = LevyLedger.builder().putFundsIn(ym(year - 1, 5), pounds("1000000.00"))
        .putFundsOut(ym(year - 1, 6), pounds("1000000.00").subtract(half)).build();
    AccountMonth paid = ACCOUNT.forecast(month, month, ledger, List.of(), List.of(receiver)).months().get(0);
    assertThat(paid.transfersOut()).isEqualByComparingTo(half);
    assertThat(paid.transfersUnfunded()).isEqualByComparingTo(first.amount().subtract(half));
    assertThat(paid.balance()).isZero();
  }

  @Test
  void transfersAlreadyPaidInTheLedger_reduceTheAllowanceLeftForForecastTransfers() {
    FundingBreakdown receiver = receiverApprenticeship();
    Payment first = receiver.payments().payments().get(0);
    YearMonth month = YearMonth.from(first.dueDate());
    int year = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    LevyLedger.Builder builder = LevyLedger.builder().putFundsIn(ym(year - 1, 5), pounds("100000"));
    BigDecimal allowance = ACCOUNT.transferAllowance(year, builder.build()).starting();
    LevyLedger ledger = builder.putTransfersOut(ym(year, 4), allowance).build();
    AccountMonth paid = ACCOUNT.forecast(month, month, ledger, List.of(), List.of(receiver)).months().get(0);
    assertThat(paid.transfersOut()).isEqualByComparingTo(month.equals(ym(year, 4)) ? allowance : BigDecimal.ZERO);
    assertThat(paid.transfersUnfunded()).isEqualByComparingTo(first.amount());
  }
}

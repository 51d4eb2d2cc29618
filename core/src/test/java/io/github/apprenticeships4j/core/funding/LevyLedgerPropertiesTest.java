package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A consistent ledger is one an account could have produced: it never pays more than the balance. One is made by
 * forecasting random payments due against random funds in (the forecast pays what the balance allows), then taking
 * the forecast's funds in and payments as the ledger.
 */
class LevyLedgerPropertiesTest {

  private static Gen<List<Integer>> pence() {
    return lists().of(integers().between(0, 300_000)).ofSizeBetween(1, 40);
  }

  private static LevyAccount account(int expiryMonths) {
    if (expiryMonths == 0) {
      return LevyAccount.withDefaultRules();
    }
    return LevyAccount.of(FundingRules.defaults().plus(FundingRules.parse("levy.expiry-months | * | 2017-05-01 | | "
        + expiryMonths + " | library-choice | test: short expiry periods expire more often", "test").rules()));
  }

  private static Map<YearMonth, BigDecimal> byMonth(YearMonth first, List<Integer> pence) {
    Map<YearMonth, BigDecimal> amounts = new TreeMap<>();
    for (int i = 0; i < pence.size(); i++) {
      amounts.put(first.plusMonths(i), BigDecimal.valueOf(pence.get(i), 2));
    }
    return amounts;
  }

  /** The ledger of a forecast: its funds in and the payments it made. */
  private static LevyLedger ledgerOf(LevyForecast forecast) {
    LevyLedger.Builder ledger = LevyLedger.builder();
    forecast.months().forEach(m -> ledger.putFundsIn(m.month(), m.fundsIn()).putFundsOut(m.month(), m.levyUsed()));
    return ledger.build();
  }

  @Test
  void consistentLedger_expiresWhatDfesComputationExpires_andAddsUpToThePenny() {
    qt().withExamples(1500).forAll(pence(), pence(), integers().between(0, 8), integers().between(0, 60))
        .checkAssert((in, due, expiryMonths, start) -> {
          LevyAccount account = account(expiryMonths);
          YearMonth first = YearMonth.of(2024, 1).plusMonths(start);
          YearMonth last = first.plusMonths(Math.max(in.size(), due.size()) + 30L);
          LevyForecast made = account.forecastPayments(first, last, byMonth(first, in), byMonth(first, due));
          LevyLedger ledger = ledgerOf(made);

          LevyForecast replayed = account.forecast(first, last, ledger, List.of(), List.of());
          SortedMap<YearMonth, BigDecimal> expiry = account.expiry(ledger);
          BigDecimal balance = BigDecimal.ZERO;
          for (AccountMonth m : replayed.months()) {
            assertThat(m.levyUsed()).isEqualTo(made.find(m.month()).orElseThrow().levyUsed());
            assertThat(m.expired()).as("expired in %s", m.month())
                .isEqualByComparingTo(expiry.getOrDefault(m.month(), BigDecimal.ZERO));
            balance = balance.add(m.fundsIn()).subtract(m.levyUsed()).subtract(m.expired());
            assertThat(m.balance()).isEqualTo(balance.setScale(2)).isNotNegative();
          }
          BigDecimal totalIn = replayed.months().stream().map(AccountMonth::fundsIn).reduce(BigDecimal.ZERO,
              BigDecimal::add);
          assertThat(totalIn).isEqualByComparingTo(replayed.totalLevyUsed().add(replayed.totalExpired())
              .add(replayed.months().get(replayed.months().size() - 1).balance()));
        });
  }

  @Test
  void transfers_neverExceedTheAllowanceOrTheBalance_andWithTheUnfundedRestMakeUpTheTransfersDue() {
    FundingCalculator calculator = FundingCalculator.withDefaultRules();
    qt().withFixedSeed(141).withExamples(300).forAll(FundingGen.apprenticeships(), integers().between(0, 2_000_000),
        integers().between(0, 2_000_000))
        .assuming((a, in, out) -> a.startDate().getYear() >= 2019 && !calculator.calculate(a).isRejected())
        .checkAssert((a, in, out) -> {
          FundingBreakdown receiver = calculator.calculate(a).orElseThrow();
          YearMonth start = YearMonth.from(a.startDate());
          LevyLedger ledger = LevyLedger.builder().putFundsIn(start.minusMonths(11), BigDecimal.valueOf(in, 2))
              .putFundsIn(start.minusMonths(1), BigDecimal.valueOf(out, 2)).build();
          YearMonth last = start.plusMonths(60);
          LevyForecast forecast = LevyAccount.withDefaultRules().forecast(start.minusMonths(11), last, ledger,
              List.of(), List.of(receiver));
          BigDecimal due = receiver.payments().payments().stream().filter(p -> p.kind().isFromFundedPrice())
              .filter(p -> !YearMonth.from(p.dueDate()).isAfter(last)).map(Payment::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(forecast.totalTransfersOut().add(forecast.totalTransfersUnfunded())).isEqualByComparingTo(due);
          assertThat(forecast.totalTransfersOut()).isLessThanOrEqualTo(BigDecimal.valueOf(in + (long) out, 2));
          for (AccountMonth m : forecast.months()) {
            assertThat(m.transfersOut()).isNotNegative();
            assertThat(m.balance()).isNotNegative();
          }
          for (int year = start.getYear() - 1; year <= last.getYear(); year++) {
            BigDecimal allowance = LevyAccount.withDefaultRules().transferAllowance(year, ledger).starting();
            int y = year;
            BigDecimal paid = forecast.months().stream().filter(m -> allowanceYear(m.month()) == y)
                .map(AccountMonth::transfersOut).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(paid).as("transfers in %s", year).isLessThanOrEqualTo(allowance);
          }
        });
  }

  private static int allowanceYear(YearMonth month) {
    return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
  }
}

package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.funding.LevyAccount;
import io.github.apprenticeships4j.core.funding.LevyLedger;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LevyLedgerCsvTest {
  static final String HEADER = "Month,FundsIn,FundsOut,TransfersOut\n";

  static ProviderCsvReads<LevyLedger> read(String csv) {
    return ProviderCsvReads.of(LevyLedgerCsv.reader().open(new StringReader(csv), "ledger.csv"));
  }

  /** das-employer-finance WhenCalculatingExpiringFunds.Then_If_I_Have_Refunds_In_They_Are_Taken_Off_...: 3 months. */
  @Test
  void readsAStatementMonthByMonth_intoALedgerWhoseExpiryIsDfes() {
    ProviderCsvReads<LevyLedger> read = read(HEADER
        + "2018-10,10,10,\n"
        + "2018-11,9.00,-5,0\n"
        + "2018-12,8,,\n"
        + "2019-01,5,,\r\n");

    assertThat(read.summary().accepted()).isEqualTo(4);
    LevyLedger ledger = read.rows().stream().map(r -> ((Row.Accepted<LevyLedger>) r).value())
        .reduce(LevyLedger.empty(), LevyLedger::plus);
    assertThat(ledger.fundsIn().get(YearMonth.of(2018, 11))).isEqualByComparingTo("9");
    assertThat(ledger.fundsOut().get(YearMonth.of(2018, 11))).isEqualByComparingTo("-5");
    assertThat(ledger.transfersOut()).containsOnlyKeys(YearMonth.of(2018, 11));
    assertThat(ledger.transfersOut().get(YearMonth.of(2018, 11))).isZero();
    assertThat(ledger.fundsOut()).containsOnlyKeys(YearMonth.of(2018, 10), YearMonth.of(2018, 11));
    LevyAccount threeMonths = LevyAccount.of(io.github.apprenticeships4j.core.funding.FundingRules.defaults().plus(
        io.github.apprenticeships4j.core.funding.FundingRules.parse("levy.expiry-months | * | 2017-05-01 | | 3 | "
            + "library-choice | test", "test").rules()));
    assertThat(threeMonths.expiry(ledger).values()).extracting(BigDecimal::intValueExact)
        .containsExactly(5, 9, 8, 5);
  }

  @Test
  void aMonthOrAmountThatIsNotPlain_rejectsTheRow_withItsColumn() {
    ProviderCsvReads<LevyLedger> read = read("month, fundsin, fundsout, transfersout, note\n"
        + "May 2026,1,2,3,x\n"
        + "2026-05,1.005,2,3,x\n"
        + "2026-06,1e3,,,x\n"
        + "2026-07,1500,,,\n");

    assertThat(read.summary().rejected()).isEqualTo(3);
    Issue month = read.rejected(0).issues().get(0);
    assertThat(month.code()).isEqualTo(ReadCodes.CSV_DATE_FORMAT);
    assertThat(month.path()).isEqualTo("month");
    assertThat(read.rejected(1).issues().get(0).code()).isEqualTo(ReadCodes.CSV_NUMBER_FORMAT);
    assertThat(read.rejected(1).issues().get(0).path()).isEqualTo("fundsIn");
    assertThat(read.rejected(2).issues().get(0).code()).isEqualTo(ReadCodes.CSV_NUMBER_FORMAT);
    assertThat(read.accepted(3).value().fundsIn().get(YearMonth.of(2026, 7))).isEqualByComparingTo("1500");
  }

  @Test
  void aMissingColumn_stopsTheRead() {
    ProviderCsvReads<LevyLedger> read = read("Month,FundsIn,FundsOut\n2026-05,1,2\n");
    assertThat(read.summary().stoppedBy()).hasValueSatisfying(
        i -> assertThat(i.code()).isEqualTo(ReadCodes.CSV_HEADER_MISSING_COLUMN));
  }
}

package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.funding.LevyLedger;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reads a levy account ledger CSV; see {@code io.github.apprenticeships4j.formats.csv.LevyLedgerCsv}. */
public final class LevyLedgerCsvSource extends MappedCsvSource<LevyLedger> {
  public static final String MONTH = "Month";
  public static final String FUNDS_IN = "FundsIn";
  public static final String FUNDS_OUT = "FundsOut";
  public static final String TRANSFERS_OUT = "TransfersOut";

  public static final List<String> REQUIRED_COLUMNS = List.of(MONTH, FUNDS_IN, FUNDS_OUT, TRANSFERS_OUT);

  public LevyLedgerCsvSource(Reader input, String source, CsvSettings settings) {
    super(input, source, settings, REQUIRED_COLUMNS);
  }

  @Override
  protected Row<LevyLedger> map(Fields fields) {
    Optional<YearMonth> month = month(fields);
    Optional<BigDecimal> in = pounds(fields, FUNDS_IN, "fundsIn");
    Optional<BigDecimal> out = pounds(fields, FUNDS_OUT, "fundsOut");
    Optional<BigDecimal> transfers = pounds(fields, TRANSFERS_OUT, "transfersOut");
    return fields.acceptUnlessErrors(() -> {
      YearMonth m = month.orElseThrow();
      LevyLedger.Builder ledger = LevyLedger.builder();
      in.ifPresent(a -> ledger.putFundsIn(m, a));
      out.ifPresent(a -> ledger.putFundsOut(m, a));
      transfers.ifPresent(a -> ledger.putTransfersOut(m, a));
      return ledger.build();
    });
  }

  private static Optional<YearMonth> month(Fields fields) {
    try {
      return Optional.of(YearMonth.parse(fields.text(MONTH)));
    } catch (DateTimeParseException e) {
      fields.error(ReadCodes.CSV_DATE_FORMAT, MONTH + " must be a month written yyyy-MM, e.g. 2026-05", MONTH,
          "month");
      return Optional.empty();
    }
  }

  /** Pounds in {@code column}: blank is none; anything but a plain decimal number is an error. */
  private static Optional<BigDecimal> pounds(Fields fields, String column, String path) {
    String text = fields.text(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (!text.matches("-?[0-9]{1,15}(\\.[0-9]{1,2})?")) {
      fields.error(ReadCodes.CSV_NUMBER_FORMAT, column + " must be pounds with at most 2 decimal places, e.g. "
          + "1500.00", column, path);
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }
}

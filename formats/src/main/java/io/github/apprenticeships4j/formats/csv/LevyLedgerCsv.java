package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.funding.LevyLedger;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.internal.csv.LevyLedgerCsvSource;

/**
 * Reads a levy account's ledger, one calendar month a row, onto {@link LevyLedger}s of one month each (combine them
 * with {@link LevyLedger#plus(LevyLedger)}), with the contract of every CSV reader of this package. The columns are
 * {@code Month} ({@code 2026-05}), {@code FundsIn}, {@code FundsOut} and {@code TransfersOut}: pounds as the account's
 * statement shows them, at most two decimal places, negative for an adjustment or a refund, blank for none (no entry). A month
 * not written {@code yyyy-MM} ({@code csv.date.format}) or an amount that is not a plain number of pounds
 * ({@code csv.number.format}) rejects the row.
 */
public final class LevyLedgerCsv {
  private static final CsvOptions<RecordReader<LevyLedger>> DEFAULTS =
      CsvReaderOptions.of(LevyLedgerCsvSource::new, CsvSettings.DEFAULTS);

  private LevyLedgerCsv() {}

  /**
   * The options of a reader, at their defaults: UTF-8, up to 10 lines above the header, 1,000,000 characters a field,
   * 10,000,000 a record.
   */
  public static CsvOptions<RecordReader<LevyLedger>> reader() {
    return DEFAULTS;
  }
}

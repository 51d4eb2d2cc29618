package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.provider.RegisterEntry;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.AparCsvSource;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;

/**
 * Reads the CSV download of the apprenticeship provider and assessment register (APAR, formerly RoATP),
 * {@code apar-yyyy-MM-dd-HH-mm-ss.csv}, onto {@link RegisterEntry}s, with the contract of every CSV reader of this
 * package. The columns are {@code Ukprn,Name,ApplicationType,StartDate,Status,ApplicationDeterminedDate}, dates
 * dd/MM/yyyy. A malformed UKPRN or date, or an application type or status the register does not have, rejects the
 * row; a blank name or start date is accepted with a warning, a blank determined date quietly.
 */
public final class AparCsv {
  private static final CsvOptions<RecordReader<RegisterEntry>> DEFAULTS =
      CsvReaderOptions.of(AparCsvSource::new, CsvSettings.DEFAULTS);

  private AparCsv() {}

  /**
   * The options of a reader, at their defaults: UTF-8, up to 10 lines above the header, 1,000,000 characters a field,
   * 10,000,000 a record.
   */
  public static CsvOptions<RecordReader<RegisterEntry>> reader() {
    return DEFAULTS;
  }
}

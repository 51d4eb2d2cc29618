package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.internal.csv.StandardsCsvSource;
import java.nio.charset.StandardCharsets;

/**
 * Reads the official IfATE standards CSV export, "Apprenticeship Standards accurate as of 08 May 2018", onto
 * {@link Standard}s, with the contract of every CSV reader of this package. The export is UTF-16LE without a byte
 * order mark: read it with {@code reader().charset(StandardCharsets.UTF_16LE)}; its title line is skipped.
 *
 * <p>The columns Reference, Name, Route, Level, Typical Duration, Maximum Funding (£), LARS code for providers only,
 * Approved for Delivery Date (dd-MM-yyyy) and Integrated Degree become the properties of the same meaning. A value
 * "TBC" or blank is taken as absent, or as 0 or empty where the model has no absence, with a warning (a blank
 * Integrated Degree quietly). What the export does not say is fixed: a row with an approved-for-delivery date is
 * {@code APPROVED_FOR_DELIVERY}, one without is {@code IN_DEVELOPMENT}, and every row is version 1.0. A malformed
 * reference rejects its row, as do the revision suffixes of 7 of the 546 rows ({@code ST0242_03}). "Trailblazer
 * Contact" holds personal data: it is never read, and it is blanked in the raw fields of rejected rows.
 */
public final class StandardsCsv {
  private static final CsvOptions<RecordReader<Standard>> DEFAULTS =
      CsvReaderOptions.of(StandardsCsvSource::new, CsvSettings.DEFAULTS);

  private StandardsCsv() {}

  /**
   * The options of a reader, at their defaults: UTF-8 (the 2018 export is {@link StandardCharsets#UTF_16LE} without
   * a byte order mark), up to 10 lines above the header, 1,000,000 characters a field, 10,000,000 a record.
   */
  public static CsvOptions<RecordReader<Standard>> reader() {
    return DEFAULTS;
  }
}

package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.funding.FundingBand;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.internal.csv.FundingBandsCsvSource;

/**
 * Reads the funding-band history (the project's {@code apprenticeship-funding-bands.csv}: columns {@code structure},
 * {@code band}, {@code upper_limit_gbp} and optionally {@code source}) onto {@link FundingBand}s, with the contract of
 * every CSV reader of this package; collect them into a {@link io.github.apprenticeships4j.core.funding
 * .FundingBandTable}. The structure names its start dates, {@code 30-band (new starts from 1 Aug 2018)} or
 * {@code 15-band (before 1 Aug 2018)}; one that does not ({@code csv.value.unknown}), a band that is not a whole
 * number or an upper limit that is not pounds ({@code csv.number.format}), or a band {@link FundingBand#of} refuses
 * ({@code funding.band.invalid}) rejects the row. A blank source is a warning.
 */
public final class FundingBandsCsv {
  private static final CsvOptions<RecordReader<FundingBand>> DEFAULTS =
      CsvReaderOptions.of(FundingBandsCsvSource::new, CsvSettings.DEFAULTS);

  private FundingBandsCsv() {}

  /**
   * The options of a reader, at their defaults: UTF-8, up to 10 lines above the header, 1,000,000 characters a field,
   * 10,000,000 a record.
   */
  public static CsvOptions<RecordReader<FundingBand>> reader() {
    return DEFAULTS;
  }
}

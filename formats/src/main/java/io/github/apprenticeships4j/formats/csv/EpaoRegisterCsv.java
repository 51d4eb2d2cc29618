package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.provider.AssessmentOrganisation;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.internal.csv.EpaoRegisterCsvSource;

/**
 * Reads the register of end-point assessment organisations (EPAO) as published in 2018 ({@code organisation.csv} of
 * the GDS registers team's {@code openregister/apprenticeship-data}) onto {@link AssessmentOrganisation}s, with the
 * contract of every CSV reader of this package. A malformed identifier ({@code EPA} and 4 digits) or UKPRN rejects
 * the row; the register's {@code -} for an organisation without a UKPRN is taken as absent, with a warning.
 */
public final class EpaoRegisterCsv {
  private static final CsvOptions<RecordReader<AssessmentOrganisation>> DEFAULTS =
      CsvReaderOptions.of(EpaoRegisterCsvSource::new, CsvSettings.DEFAULTS);

  private EpaoRegisterCsv() {}

  /**
   * The options of a reader, at their defaults: UTF-8, up to 10 lines above the header, 1,000,000 characters a field,
   * 10,000,000 a record.
   */
  public static CsvOptions<RecordReader<AssessmentOrganisation>> reader() {
    return DEFAULTS;
  }
}

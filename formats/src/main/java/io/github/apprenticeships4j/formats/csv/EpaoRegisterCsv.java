package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.provider.AssessmentOrganisation;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.internal.csv.EpaoRegisterCsvSource;

/**
 * Reads the register of end-point assessment organisations (EPAO) as published in 2018 ({@code organisation.csv} of
 * the GDS registers team's {@code openregister/apprenticeship-data}) onto {@link AssessmentOrganisation}s, one row per
 * record, none dropped.
 *
 * <p><b>The file.</b> Header {@code EPA_organisation_identifier,EPA_organisation,Organisation_type,Website_link,
 * Contact_address1,Contact_address2,Contact_address3,Contact_address4,Contact_postcode,UKPRN}; columns match ignoring
 * case and surrounding spaces, in any order. Fields follow RFC 4180 (names such as {@code "BCS, The Chartered
 * Institute for IT"} are quoted); blank lines are skipped.
 *
 * <p><b>The mapping.</b> Values are stripped. The identifier must be {@code EPA} and 4 digits, else the record is
 * rejected ({@code provider.epao.id.format}). A blank name or type is taken as empty with a warning; blank address lines are
 * left out; a blank website or postcode is absent. The UKPRN must be 8 digits (else rejected, {@code provider.ukprn.format});
 * the register writes {@code -} for an organisation without one (EPA0151 in 2018), which is taken as absent with
 * warning {@value ReadCodes#CSV_VALUE_PLACEHOLDER}, and a blank one as absent with {@value ReadCodes#CSV_VALUE_BLANK}. All 143
 * organisations of the 2018 file are accepted, one with that warning.
 *
 * <p>Findings are located as in {@link StandardsCsv}, and the read stops with a fatal finding for the same
 * structural reasons.
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

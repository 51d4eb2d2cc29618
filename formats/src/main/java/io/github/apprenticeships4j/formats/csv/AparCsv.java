package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.provider.RegisterEntry;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.AparCsvSource;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;

/**
 * Reads the CSV download of the apprenticeship provider and assessment register (APAR, formerly RoATP) onto
 * {@link RegisterEntry}s, one row per record, none dropped.
 *
 * <pre>{@code
 * try (RecordReader<RegisterEntry> reader = AparCsv.reader().open(path)) {
 *   reader.rows().forEach(row -> ...);
 * }
 * }</pre>
 *
 * <p><b>The file.</b> DfE's download service writes {@code apar-yyyy-MM-dd-HH-mm-ss.csv} with the header
 * {@code Ukprn,Name,ApplicationType,StartDate,Status,ApplicationDeterminedDate} (SkillsFundingAgency/
 * das-download-service, {@code CsvAparEntry}). Columns match ignoring case and surrounding spaces, in any order;
 * others are ignored. Fields follow RFC 4180; blank lines are skipped.
 *
 * <p><b>The mapping.</b> Values are stripped of surrounding white space.
 * <table>
 *   <caption>Columns and what they become</caption>
 *   <tr><th>Column</th><th>{@code RegisterEntry}</th><th>otherwise</th></tr>
 *   <tr><td>Ukprn</td><td>{@code ukprn()}, 8 digits</td><td>rejected ({@code provider.ukprn.format})</td></tr>
 *   <tr><td>Name</td><td>{@code name()}</td><td>blank: empty, warning</td></tr>
 *   <tr><td>ApplicationType</td><td>{@code type()}: {@code Main provider}, {@code Employer provider},
 *       {@code Supporting provider} (also {@code MainProvider} ...)</td><td>rejected
 *       ({@value ReadCodes#CSV_VALUE_UNKNOWN})</td></tr>
 *   <tr><td>StartDate</td><td>{@code startDate()}, dd/MM/yyyy</td><td>blank: absent, warning; junk: rejected
 *       ({@value ReadCodes#CSV_DATE_FORMAT})</td></tr>
 *   <tr><td>Status</td><td>{@code notCurrentlyStartingNewApprentices()}: true for
 *       {@code Not Currently Starting New Apprentices}, false for empty</td><td>rejected
 *       ({@value ReadCodes#CSV_VALUE_UNKNOWN})</td></tr>
 *   <tr><td>ApplicationDeterminedDate</td><td>{@code determinedDate()}, dd/MM/yyyy</td><td>blank: absent, quietly;
 *       junk: rejected ({@value ReadCodes#CSV_DATE_FORMAT})</td></tr>
 * </table>
 * Findings are located as in {@link StandardsCsv}: source, line and column of the field, record number (1-based,
 * header excluded) and column name; the read stops with a fatal finding for the same structural reasons
 * (no header, a missing column, an unclosed quote, the size limits, unreadable input).
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

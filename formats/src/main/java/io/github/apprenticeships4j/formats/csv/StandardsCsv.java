package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.internal.csv.StandardsCsvSource;
import java.nio.charset.StandardCharsets;

/**
 * Reads the official IfATE standards CSV export, "Apprenticeship Standards accurate as of 08 May 2018", onto
 * {@link Standard}s, one row per record, none dropped.
 *
 * <pre>{@code
 * try (RecordReader<Standard> reader = StandardsCsv.reader().charset(StandardCharsets.UTF_16LE).open(path)) {
 *   reader.rows().forEach(row -> ...);
 *   ReadSummary summary = reader.summary();
 * }
 * }</pre>
 *
 * <p><b>The file.</b> The real export is UTF-16LE without a byte order mark, so pass
 * {@code charset(StandardCharsets.UTF_16LE)}. Title lines above the header (the export has one) are skipped: the
 * header is the first record, among the first {@link CsvOptions#maxPreambleLines(int) few}, that names every column
 * below. Column names match ignoring case and surrounding spaces (the export writes {@code ", "} between them), in any
 * order; other columns are ignored. Fields follow RFC 4180 (quotes, embedded commas and line breaks, CR, LF or CRLF).
 * Blank lines are skipped and are not records.
 *
 * <p><b>The mapping.</b> Values are stripped of surrounding white space.
 * <table>
 *   <caption>Columns and what they become</caption>
 *   <tr><th>Column</th><th>{@code Standard}</th><th>TBC or blank</th></tr>
 *   <tr><td>Reference</td><td>{@code reference()}</td><td>rejected (the code of {@code StandardReference.of})</td></tr>
 *   <tr><td>Name</td><td>{@code title()}</td><td>blank: empty, warning</td></tr>
 *   <tr><td>Route</td><td>{@code route()}</td><td>blank: empty, warning</td></tr>
 *   <tr><td>Level</td><td>{@code level()}, a whole number</td><td>0, warning</td></tr>
 *   <tr><td>Typical Duration</td><td>{@code typicalDurationMonths()}, a whole number of months</td>
 *       <td>0, warning</td></tr>
 *   <tr><td>Maximum Funding (£)</td><td>{@code maxFunding()}, pounds with up to 2 decimal places</td>
 *       <td>0, warning</td></tr>
 *   <tr><td>LARS code for providers only</td><td>{@code larsCode()}; 0 means none yet</td><td>absent, warning</td></tr>
 *   <tr><td>Approved for Delivery Date</td><td>{@code approvedForDeliveryDate()}, written dd-MM-yyyy</td>
 *       <td>absent, warning</td></tr>
 *   <tr><td>Integrated Degree</td><td>{@code integratedDegree()}, as written</td>
 *       <td>blank: absent, quietly; TBC: absent, warning</td></tr>
 * </table>
 * What the export does not say is fixed:
 * <ul>
 *   <li>{@code status()} is {@link io.github.apprenticeships4j.core.standard.StandardStatus#APPROVED_FOR_DELIVERY}
 *       for rows with an approved-for-delivery date, and
 *       {@link io.github.apprenticeships4j.core.standard.StandardStatus#IN_DEVELOPMENT} for rows whose date is "TBC"
 *       or blank (267 of the 546 rows in May 2018): those had not been approved for delivery yet.
 *   <li>{@code version()} is 1.0 for every row: the export predates versioned standards and has no version column.
 * </ul>
 * "Standard Approved", "Assessment Plan Approved", "Funding Band" and "Link" are not mapped. "Trailblazer Contact"
 * holds personal data (named email addresses): it is never read into the model, and it is blanked in the raw fields
 * of rejected rows.
 *
 * <p><b>Findings</b> ({@link ReadCodes}). A row is accepted with warnings ({@value ReadCodes#CSV_VALUE_TBC},
 * {@value ReadCodes#CSV_VALUE_BLANK}, {@value ReadCodes#CSV_QUOTE_BARE}) or rejected with errors
 * ({@value ReadCodes#CSV_NUMBER_FORMAT}, {@value ReadCodes#CSV_DATE_FORMAT},
 * {@value ReadCodes#CSV_RECORD_FIELD_COUNT}, {@value ReadCodes#CSV_QUOTE_TRAILING_CHARACTER}, and the codes of the
 * model's factories for a malformed reference or LARS code). Each finding about a value has its {@code path} set to
 * the model property (e.g. {@code level}) and a position with the source name, the line and column where the field
 * starts, the record number (1-based, header excluded) and, as {@code field}, the column name as written in the
 * header. A rejected row keeps its raw fields. In the real export, 7 of the 546 rows are rejected so: their
 * references carry a revision suffix ({@code ST0242_03}, {@code ST0006-02}, {@code ST0417/01}, ...), which is not a
 * standard reference. The read stops with a fatal finding in
 * {@link io.github.apprenticeships4j.formats.ReadSummary#stoppedBy()} when no header is found
 * ({@value ReadCodes#CSV_HEADER_MISSING}), the header lacks a column ({@value ReadCodes#CSV_HEADER_MISSING_COLUMN}),
 * a quote is never closed ({@value ReadCodes#CSV_QUOTE_UNCLOSED}), the input breaks a limit of the
 * {@link CsvOptions}, or it cannot be read or decoded ({@value ReadCodes#IO}, {@value ReadCodes#ENCODING}).
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

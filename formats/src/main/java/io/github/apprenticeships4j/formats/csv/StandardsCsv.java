package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.CsvInputs;
import io.github.apprenticeships4j.formats.internal.csv.StandardsCsvSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

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
 * header is the first record, among the first {@link Options#maxPreambleLines(int) few}, that names every column
 * below. Column names match ignoring case and surrounding spaces (the export writes {@code ", "} between them), in any
 * order; other columns are ignored. Fields follow RFC 4180 (quotes, embedded commas and line breaks, CR, LF or CRLF).
 * Blank lines are skipped and are not records.
 *
 * <p><b>The mapping.</b> Values are stripped of surrounding white space.
 * <table>
 *   <caption>Columns and what they become</caption>
 *   <tr><th>Column</th><th>{@code Standard}</th><th>TBC or blank</th></tr>
 *   <tr><td>Reference</td><td>{@code reference()}</td><td>rejected ({@code standard.reference.format})</td></tr>
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
 * <p><b>Findings</b> ({@link CsvCodes}). A row is accepted with warnings ({@value CsvCodes#VALUE_TBC},
 * {@value CsvCodes#VALUE_BLANK}, {@value CsvCodes#QUOTE_BARE}) or rejected with errors
 * ({@value CsvCodes#NUMBER_FORMAT}, {@value CsvCodes#DATE_FORMAT}, {@value CsvCodes#RECORD_FIELD_COUNT},
 * {@value CsvCodes#QUOTE_TRAILING_CHARACTER}, and the model's own {@code standard.reference.format} for a malformed
 * reference and {@code standard.lars-code.range} for a malformed LARS code). Each finding about a value has its
 * {@code path} set to the model property (e.g. {@code level}) and a position with the source name, the line and column
 * where the field starts, the record number (1-based, header excluded) and, as {@code field}, the column name as
 * written in the header. A rejected row keeps its raw fields. In the real export, 7 of the 546 rows are rejected so:
 * their references carry a revision suffix ({@code ST0242_03}, {@code ST0006-02}, {@code ST0417/01}, ...), which is not
 * a standard reference. The read stops with a fatal finding in
 * {@link io.github.apprenticeships4j.formats.ReadSummary#stoppedBy()} when no header is found
 * ({@value CsvCodes#HEADER_MISSING}), the header lacks a column ({@value CsvCodes#HEADER_MISSING_COLUMN}), a quote is
 * never closed ({@value CsvCodes#QUOTE_UNCLOSED}), the input breaks the size limits (1,000,000 characters per field,
 * 10,000 fields or 10,000,000 characters per record), or it cannot be read or decoded ({@value CsvCodes#IO},
 * {@value CsvCodes#ENCODING}).
 */
public final class StandardsCsv {
  private StandardsCsv() {}

  /** The options of a reader, all at their defaults. */
  public static Options reader() {
    return Options.DEFAULTS;
  }

  /** The options of a reader. Immutable and thread-safe: each setter returns a copy. */
  public static final class Options {
    /** The default of {@link #maxPreambleLines(int)}: 10. */
    public static final int DEFAULT_MAX_PREAMBLE_LINES = 10;

    private static final Options DEFAULTS = new Options(StandardCharsets.UTF_8, DEFAULT_MAX_PREAMBLE_LINES);

    private final Charset charset;
    private final int maxPreambleLines;

    private Options(Charset charset, int maxPreambleLines) {
      this.charset = charset;
      this.maxPreambleLines = maxPreambleLines;
    }

    /**
     * The charset of inputs opened with {@link #open(Path)} or {@link #open(InputStream, String)}; default UTF-8.
     * A byte order mark of that charset at the start of the input is skipped. The 2018 export is
     * {@link StandardCharsets#UTF_16LE} without a byte order mark.
     */
    public Options charset(Charset charset) {
      return new Options(Objects.requireNonNull(charset, "charset"), maxPreambleLines);
    }

    /**
     * How many lines (records) may stand above the header, such as the title line of the 2018 export; default
     * {@value #DEFAULT_MAX_PREAMBLE_LINES}. With 0 the header must be the first line.
     *
     * @throws IllegalArgumentException if {@code lines} is negative
     */
    public Options maxPreambleLines(int lines) {
      return new Options(charset, CsvInputs.preamble(lines));
    }

    /**
     * A reader of {@code file}, decoded with {@link #charset(Charset)}. Bytes that are not text in that charset end
     * the read with a {@value CsvCodes#ENCODING} finding. The source name in positions is {@code file.toString()}.
     *
     * @throws IOException if the file cannot be opened
     */
    public RecordReader<Standard> open(Path file) throws IOException {
      return open(Files.newInputStream(file), file.toString());
    }

    /**
     * A reader of {@code input}, which it closes, decoded with {@link #charset(Charset)} like {@link #open(Path)}.
     *
     * @param sourceName the name of the input in positions, e.g. a file name
     */
    public RecordReader<Standard> open(InputStream input, String sourceName) {
      return open(CsvInputs.decode(input, charset), sourceName);
    }

    /**
     * A reader of {@code reader}, which it closes; the charset option does not apply, but a byte order mark
     * (U+FEFF) as first character is skipped.
     *
     * @param sourceName the name of the input in positions, e.g. a file name
     */
    public RecordReader<Standard> open(Reader reader, String sourceName) {
      return new StandardsCsvSource(Objects.requireNonNull(reader, "reader"),
          Objects.requireNonNull(sourceName, "sourceName"), maxPreambleLines);
    }
  }
}

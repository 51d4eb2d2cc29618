package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.provider.RegisterEntry;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.AparCsvSource;
import io.github.apprenticeships4j.formats.internal.csv.CsvInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

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
 *       ({@value CsvCodes#VALUE_UNKNOWN})</td></tr>
 *   <tr><td>StartDate</td><td>{@code startDate()}, dd/MM/yyyy</td><td>blank: absent, warning; junk: rejected
 *       ({@value CsvCodes#DATE_FORMAT})</td></tr>
 *   <tr><td>Status</td><td>{@code notCurrentlyStartingNewApprentices()}: true for
 *       {@code Not Currently Starting New Apprentices}, false for empty</td><td>rejected
 *       ({@value CsvCodes#VALUE_UNKNOWN})</td></tr>
 *   <tr><td>ApplicationDeterminedDate</td><td>{@code determinedDate()}, dd/MM/yyyy</td><td>blank: absent, quietly;
 *       junk: rejected ({@value CsvCodes#DATE_FORMAT})</td></tr>
 * </table>
 * Findings are located as in {@link StandardsCsv}: source, line and column of the field, record number (1-based,
 * header excluded) and column name; the read stops with a fatal finding for the same structural reasons
 * (no header, a missing column, an unclosed quote, the size limits, unreadable input).
 */
public final class AparCsv {
  private AparCsv() {}

  /** The options of a reader, all at their defaults. */
  public static Options reader() {
    return Options.DEFAULTS;
  }

  /** The options of a reader. Immutable and thread-safe: each setter returns a copy. */
  public static final class Options {
    private static final Options DEFAULTS = new Options(StandardCharsets.UTF_8, 10);

    private final Charset charset;
    private final int maxPreambleLines;

    private Options(Charset charset, int maxPreambleLines) {
      this.charset = charset;
      this.maxPreambleLines = maxPreambleLines;
    }

    /** The charset of byte inputs; default UTF-8. A byte order mark is skipped. */
    public Options charset(Charset charset) {
      return new Options(Objects.requireNonNull(charset, "charset"), maxPreambleLines);
    }

    /**
     * How many lines may stand above the header; default 10.
     *
     * @throws IllegalArgumentException if {@code lines} is negative
     */
    public Options maxPreambleLines(int lines) {
      return new Options(charset, CsvInputs.preamble(lines));
    }

    /**
     * A reader of {@code file}; the source name in positions is {@code file.toString()}.
     *
     * @throws IOException if the file cannot be opened
     */
    public RecordReader<RegisterEntry> open(Path file) throws IOException {
      return open(Files.newInputStream(file), file.toString());
    }

    /** A reader of {@code input}, which it closes. */
    public RecordReader<RegisterEntry> open(InputStream input, String sourceName) {
      return open(CsvInputs.decode(input, charset), sourceName);
    }

    /** A reader of {@code reader}, which it closes; the charset option does not apply. */
    public RecordReader<RegisterEntry> open(Reader reader, String sourceName) {
      return new AparCsvSource(Objects.requireNonNull(reader, "reader"),
          Objects.requireNonNull(sourceName, "sourceName"), maxPreambleLines);
    }
  }
}

package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.feed.FeedCodes;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.FeedValidator;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.Loading;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.internal.feed.ProviderFeedSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and checks the apprenticeship service's bulk-upload CSV (the file with which training providers add
 * apprentices) as the service would, row by row, in constant memory, before it is uploaded.
 *
 * <pre>{@code
 * FeedContext context = FeedContext.builder().validationDate(LocalDate.now())
 *     .standards(KnownStandards.of(catalogue)).build();
 * try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(path)) {
 *   reader.rows().forEach(row -> ...);        // Row.Accepted<FeedRecord> or Row.Rejected, none dropped
 *   reader.fileIssues().forEach(...);         // the file rules
 *   ReadSummary summary = reader.summary();   // read = accepted + rejected
 * }
 * }</pre>
 *
 * <p><b>Rows.</b> Every record after the header ends as one row: accepted (maybe with warnings) or rejected with the
 * findings of {@link FeedValidator} (the service's rules, codes and exact messages of {@link FeedCodes}, and the
 * library's advice). Each finding is located: source, line and column where the field starts, record number (1-based,
 * header and empty lines excluded, as the service numbers its "Row"), and the column name as written in the header.
 * A rejected row keeps its raw fields.
 *
 * <p><b>Parsing.</b> RFC 4180, unlike the service: quoted fields may hold commas, quotes and line breaks; CR, LF and
 * CRLF end lines. Fields are trimmed as the service trims them. The header is the first non-blank line; its names
 * must be the 19 of {@link io.github.apprenticeships4j.core.feed.FeedColumn}, in any order and letter case, without
 * surrounding spaces. Blank lines, and lines whose fields are all blank, are not rows: the service drops them too.
 *
 * <p><b>Where the service would refuse what this reader reads.</b> The service splits each line on commas without
 * reading quotes, so a quoted comma or line break, a blank line after the header (trailing blank lines included) or
 * before it, makes it reject the whole file with "The selected file could not be uploaded – use the template". The
 * reader reads such files properly and reports {@value ReadCodes#FEED_CSV_NAIVE_SPLIT} (warning) on the row and in
 * {@link Reader#fileIssues()}. A quote inside an unquoted field makes the service fail with an error page:
 * {@value ReadCodes#FEED_CSV_BAD_DATA} (warning).
 *
 * <p><b>File rules</b> ({@link Reader#fileIssues()}, errors with the service's messages):
 * {@value FeedCodes#FILE_EMPTY}, {@value FeedCodes#FILE_NO_APPRENTICES}, {@value FeedCodes#FILE_COLUMN_COUNT},
 * {@value FeedCodes#FILE_TOO_MANY_ROWS} ({@link FeedContext#maxFileLines()}, header included),
 * {@value FeedCodes#FILE_TOO_LARGE} (for byte input; a {@link java.io.Reader} gives no size, so the rule is listed by
 * {@link Reader#notChecked()}), {@value FeedCodes#FILE_NOT_CSV} (for a file opened by the reader),
 * {@value FeedCodes#PROVIDER_NO_DECLARED_STANDARDS}. The read goes on after them, so that every row is still
 * checked. Duplicate ULNs and email addresses are found in bounded memory ({@link FeedValidator.Session}).
 *
 * <p><b>When the read stops</b> (a fatal finding in
 * {@link io.github.apprenticeships4j.formats.ReadSummary#stoppedBy()}): {@value FeedCodes#FILE_HEADER_INVALID} with
 * the service's message (the missing names as rejected value); {@value ReadCodes#FEED_CSV_FILE_BINARY} when the input
 * is not text (a NUL, or the signature of a ZIP file such as an Excel workbook, in its first 8 K);
 * {@value ReadCodes#ENCODING} for bytes that are not text in the charset, located at the line and column where they
 * start, with their byte offset (never replaced silently); {@value ReadCodes#CSV_QUOTE_UNCLOSED}; a field or record
 * beyond the limits of the {@link CsvOptions} ({@value ReadCodes#CSV_FIELD_TOO_LONG},
 * {@value ReadCodes#CSV_RECORD_TOO_LONG}, {@value ReadCodes#CSV_RECORD_TOO_MANY_FIELDS}); {@value ReadCodes#IO}.
 *
 * <p><b>Encodings.</b> UTF-8 by default, with or without a byte order mark; a UTF-16 byte order mark switches to
 * UTF-16. Windows-1252 (Excel's "CSV" on Windows) with {@link CsvOptions#charset(Charset)}.
 */
public final class ProviderFeedCsv {
  private static final CsvSettings DEFAULTS = new CsvSettings(StandardCharsets.UTF_8, 0, 10_000, 100_000);

  private ProviderFeedCsv() {}

  /**
   * The options of a reader checking with {@code context}, at their defaults: UTF-8, 10,000 characters a field (the
   * service's longest field is 200) and 100,000 a record. The header must be the first line, as the service requires:
   * there is no preamble.
   */
  public static CsvOptions<Reader> reader(FeedContext context) {
    return reader(FeedValidator.of(Objects.requireNonNull(context, "context")));
  }

  /**
   * The options of a reader checking with {@code validator} (e.g. with its own memory bound for duplicates), at the
   * defaults of {@link #reader(FeedContext)}.
   */
  public static CsvOptions<Reader> reader(FeedValidator validator) {
    return CsvReaderOptions.headerFirst(ProviderFeedSource.format(Objects.requireNonNull(validator, "validator")),
        DEFAULTS);
  }

  /** A reader of a bulk-upload feed: rows, then the summary and the findings about the file. */
  public interface Reader extends RecordReader<FeedRecord> {
    /**
     * The findings about the file as a whole, in the order found: the service's file rules, and the reader's
     * warnings that the service would refuse the file. Final once {@link #rows()} has been consumed.
     */
    List<Issue> fileIssues();

    /**
     * The service's rules that the reader cannot check, and what they need: rules that need what its context does not
     * give, and {@value FeedCodes#FILE_TOO_LARGE} for input read as characters.
     */
    Map<String, String> notChecked();

    /**
     * {@inheritDoc} The findings about the file follow those of the rows, so that
     * {@link Loaded#requireNoErrors()} also refuses a file the service would refuse.
     */
    @Override
    default Loaded<List<FeedRecord>> load() throws LoadException {
      return Loading.load(this, this::fileIssues);
    }
  }
}

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
 * apprentices) as the service would, row by row, in constant memory, before it is uploaded. Each row is accepted or
 * rejected with the findings of {@link FeedValidator}: the service's rules, codes and exact messages
 * ({@link FeedCodes}), and the library's advice. The findings about the file as a whole (empty, too many rows, too
 * large, ...) are in {@link Reader#fileIssues()}; the read goes on after them, so that every row is checked.
 *
 * <p>The header must be the first line and name the 19 {@link io.github.apprenticeships4j.core.feed.FeedColumn}s, in
 * any order and letter case. Unlike the service, the reader parses RFC 4180; where the service would refuse a file
 * that the reader reads (a quoted comma or line break, a blank line, a quote inside an unquoted field), it says so
 * with a warning ({@code feed-csv.*} of {@link ReadCodes}). Findings are located as by the other CSV readers, with
 * record numbers that exclude the header and blank lines, as the service numbers its rows. A field longer than the
 * field limit rejects its row and the read goes on: with the service's rule for the column where it has one (e.g.
 * {@value FeedCodes#GIVEN_NAMES_TOO_LONG}), else with {@value ReadCodes#CSV_FIELD_TOO_LONG}; only the first
 * characters up to the limit are kept. Bytes that are not text in the charset are replaced with U+FFFD, as the
 * service decodes them, each with a {@value ReadCodes#FEED_CSV_ENCODING_REPLACED} warning on its row and one
 * {@value ReadCodes#FEED_CSV_ENCODING_GUESS} about the file. A wrong header, input that is not text or a broken record
 * or field-count limit stop the read. The charset is UTF-8, with or without a byte order mark, or UTF-16 by its byte
 * order mark; Windows-1252 (Excel's "CSV" on Windows) with {@link CsvOptions#charset(Charset)}.
 *
 * <p>UTF-8 bytes are read without decoding where they can be: a row of printable ASCII without quotes is checked in
 * place, and an accepted one keeps a copy of its bytes, its {@link FeedRecord}'s strings being made only when it is
 * read; every other row is decoded and read field by field, with the same findings and positions either way.
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

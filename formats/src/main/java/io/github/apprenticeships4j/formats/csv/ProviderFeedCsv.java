package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.feed.FeedCodes;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.FeedValidator;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.Loading;
import io.github.apprenticeships4j.formats.internal.feed.ProviderFeedSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * <p><b>File rules</b> ({@link Reader#fileIssues()}, errors with the service's messages): {@value FeedCodes#FILE_EMPTY},
 * {@value FeedCodes#FILE_NO_APPRENTICES}, {@value FeedCodes#FILE_COLUMN_COUNT}, {@value FeedCodes#FILE_TOO_MANY_ROWS}
 * ({@link FeedContext#maxFileLines()}, header included), {@value FeedCodes#FILE_TOO_LARGE},
 * {@value FeedCodes#FILE_NOT_CSV} (for {@link Options#open(Path)}), {@value FeedCodes#PROVIDER_NO_DECLARED_STANDARDS}.
 * The read goes on after them, so that every row is still checked. Duplicate ULNs and email addresses are found in
 * bounded memory ({@link FeedValidator.Session}).
 *
 * <p><b>When the read stops</b> (a fatal finding in {@link io.github.apprenticeships4j.formats.ReadSummary#stoppedBy()}):
 * {@value FeedCodes#FILE_HEADER_INVALID} with the service's message (the missing names as rejected value);
 * {@value ReadCodes#FEED_CSV_FILE_BINARY} when the input is not text (a NUL byte, or the signature of a ZIP file such as an Excel workbook, in
 * its first 8 KB); {@value ReadCodes#ENCODING} for bytes that are not text in the charset, located at the line and column
 * where they start, with their byte offset (never replaced silently); {@value ReadCodes#CSV_QUOTE_UNCLOSED}; a field or
 * record beyond the limits ({@value ReadCodes#CSV_FIELD_TOO_LONG}, {@value ReadCodes#CSV_RECORD_TOO_LONG},
 * {@value ReadCodes#CSV_RECORD_TOO_MANY_FIELDS}); {@value ReadCodes#IO}.
 *
 * <p><b>Encodings.</b> UTF-8 by default, with or without a byte order mark; a UTF-16 byte order mark switches to
 * UTF-16. Windows-1252 (Excel's "CSV" on Windows) with {@link Options#charset(Charset)}.
 */
public final class ProviderFeedCsv {

  private ProviderFeedCsv() {}

  /** The options of a reader checking with {@code context}, all other options at their defaults. */
  public static Options reader(FeedContext context) {
    return new Options(FeedValidator.of(Objects.requireNonNull(context, "context")), StandardCharsets.UTF_8,
        Options.DEFAULT_MAX_FIELD_LENGTH, Options.DEFAULT_MAX_LINE_LENGTH);
  }

  /** The options of a reader checking with {@code validator} (e.g. with its own memory bound for duplicates). */
  public static Options reader(FeedValidator validator) {
    return new Options(Objects.requireNonNull(validator, "validator"), StandardCharsets.UTF_8,
        Options.DEFAULT_MAX_FIELD_LENGTH, Options.DEFAULT_MAX_LINE_LENGTH);
  }

  /** A reader of a bulk-upload feed: rows, then the summary and the findings about the file. */
  public interface Reader extends RecordReader<FeedRecord> {
    /**
     * The findings about the file as a whole, in the order found: the service's file rules, and the reader's
     * warnings that the service would refuse the file. Final once {@link #rows()} has been consumed.
     */
    List<Issue> fileIssues();

    /** The service's rules that cannot be checked with the reader's context, and what they need. */
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

  /** The options of a reader. Immutable and thread-safe: each setter returns a copy. */
  public static final class Options {
    /** The default of {@link #maxFieldLength(int)}: 10,000 characters. */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 10_000;
    /** The default of {@link #maxLineLength(int)}: 100,000 characters. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;

    private final FeedValidator validator;
    private final Charset charset;
    private final int maxFieldLength;
    private final int maxLineLength;

    private Options(FeedValidator validator, Charset charset, int maxFieldLength, int maxLineLength) {
      this.validator = validator;
      this.charset = charset;
      this.maxFieldLength = maxFieldLength;
      this.maxLineLength = maxLineLength;
    }

    /** The charset; default UTF-8 (a byte order mark is skipped). For Windows-1252, {@code Charset.forName("windows-1252")}. */
    public Options charset(Charset charset) {
      return new Options(validator, Objects.requireNonNull(charset, "charset"), maxFieldLength, maxLineLength);
    }

    /**
     * The most characters a field may hold; default {@value #DEFAULT_MAX_FIELD_LENGTH} (the service's longest field
     * is 200). A longer field stops the read: the limit bounds memory.
     */
    public Options maxFieldLength(int characters) {
      if (characters < 1) {
        throw new IllegalArgumentException("maxFieldLength must be at least 1: " + characters);
      }
      return new Options(validator, charset, characters, maxLineLength);
    }

    /**
     * The most characters a record may hold (one line, or several joined by quoted line breaks), delimiters and
     * quotes not counted; default {@value #DEFAULT_MAX_LINE_LENGTH}. A longer record stops the read.
     */
    public Options maxLineLength(int characters) {
      if (characters < 1) {
        throw new IllegalArgumentException("maxLineLength must be at least 1: " + characters);
      }
      return new Options(validator, charset, maxFieldLength, characters);
    }

    /**
     * A reader of {@code file}; its name must end with {@code .csv} for the service ({@value FeedCodes#FILE_NOT_CSV}
     * otherwise). The source name in positions is {@code file.toString()}.
     *
     * @throws IOException if the file cannot be opened
     */
    public Reader open(Path file) throws IOException {
      InputStream in = Files.newInputStream(file);
      Path name = file.getFileName();
      boolean csv = name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
      return new ProviderFeedSource(in, file.toString(), charset, validator, maxFieldLength, maxLineLength, csv);
    }

    /** A reader of {@code input}, which it closes. */
    public Reader open(InputStream input, String sourceName) {
      return new ProviderFeedSource(Objects.requireNonNull(input, "input"),
          Objects.requireNonNull(sourceName, "sourceName"), charset, validator, maxFieldLength, maxLineLength, true);
    }
  }
}

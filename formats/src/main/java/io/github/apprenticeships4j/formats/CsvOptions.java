package io.github.apprenticeships4j.formats;

import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * The options of a CSV reader: the charset of byte input, the lines that may stand above the header, and limits that
 * bound the memory one record takes, so that hostile input cannot exhaust it. A field or record beyond a limit stops
 * the read with a fatal finding ({@value ReadCodes#CSV_FIELD_TOO_LONG}, {@value ReadCodes#CSV_RECORD_TOO_LONG}). Each
 * reader states its defaults. Opening and closing follow {@link ReaderOptions}.
 *
 * @param <R> the reader opened
 */
public sealed interface CsvOptions<R extends RecordReader<?>> extends ReaderOptions<R> permits CsvReaderOptions {
  /**
   * The charset of byte input; a byte order mark of it at the start of the input is skipped. Bytes that are not text
   * in it stop the read with {@value ReadCodes#ENCODING}, located where they start, never replaced.
   */
  CsvOptions<R> charset(Charset charset);

  /**
   * How many lines (records) may stand above the header, such as a title line; with 0 the header must be the first
   * line.
   *
   * @throws IllegalArgumentException if {@code lines} is negative, or not 0 for a format whose header must be the
   *     first line (the bulk-upload feed)
   */
  CsvOptions<R> maxPreambleLines(int lines);

  /**
   * The most characters a field may hold.
   *
   * @throws IllegalArgumentException if {@code characters} is less than 1
   */
  CsvOptions<R> maxFieldLength(int characters);

  /**
   * The most characters the fields of one record may hold together (a record may span lines through quoted line
   * breaks; delimiters and quotes are not counted).
   *
   * @throws IllegalArgumentException if {@code characters} is less than 1
   */
  CsvOptions<R> maxRecordLength(int characters);

  /**
   * A reader of {@code reader}, which it closes. The charset does not apply; a byte order mark (U+FEFF) as the first
   * character is skipped.
   *
   * @param sourceName the name of the input in positions, e.g. a file name
   */
  R open(Reader reader, String sourceName);
}

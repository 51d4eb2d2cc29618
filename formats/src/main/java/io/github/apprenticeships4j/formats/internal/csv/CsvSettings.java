package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.formats.internal.DecodingReader;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The values of the options of a CSV reader, as the reader uses them.
 *
 * @param charset the charset of byte input
 * @param maxPreambleLines how many records may stand above the header
 * @param maxFieldLength the most characters a field may hold
 * @param maxRecordLength the most characters the fields of a record may hold together
 */
public record CsvSettings(Charset charset, int maxPreambleLines, int maxFieldLength, int maxRecordLength) {
  /**
   * The defaults of the readers of files with named columns: UTF-8, 10 lines above the header, 1,000,000 characters
   * a field and 10,000,000 a record.
   */
  public static final CsvSettings DEFAULTS = new CsvSettings(StandardCharsets.UTF_8, 10,
      CsvTokenizer.DEFAULT_MAX_FIELD_LENGTH, CsvTokenizer.DEFAULT_MAX_RECORD_LENGTH);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the preamble is negative or a limit is less than 1
   */
  public CsvSettings {
    Objects.requireNonNull(charset, "charset");
    if (maxPreambleLines < 0) {
      throw new IllegalArgumentException("maxPreambleLines must not be negative: " + maxPreambleLines);
    }
    if (maxFieldLength < 1) {
      throw new IllegalArgumentException("maxFieldLength must be at least 1: " + maxFieldLength);
    }
    if (maxRecordLength < 1) {
      throw new IllegalArgumentException("maxRecordLength must be at least 1: " + maxRecordLength);
    }
  }

  public CsvSettings withCharset(Charset value) {
    return new CsvSettings(value, maxPreambleLines, maxFieldLength, maxRecordLength);
  }

  public CsvSettings withMaxPreambleLines(int value) {
    return new CsvSettings(charset, value, maxFieldLength, maxRecordLength);
  }

  public CsvSettings withMaxFieldLength(int value) {
    return new CsvSettings(charset, maxPreambleLines, value, maxRecordLength);
  }

  public CsvSettings withMaxRecordLength(int value) {
    return new CsvSettings(charset, maxPreambleLines, maxFieldLength, value);
  }

  /** A comma-separated tokenizer of {@code input} with these limits; closing it closes {@code input}. */
  public CsvTokenizer tokenizer(Reader input) {
    return new CsvTokenizer(input, CsvTokenizer.DEFAULT_DELIMITER, maxFieldLength, CsvTokenizer.DEFAULT_MAX_FIELDS,
        maxRecordLength);
  }

  /** The text of {@code input} in the charset, decoded strictly: bytes that are not text fail the read. */
  public DecodingReader decode(InputStream input) {
    return new DecodingReader(input, charset);
  }
}

package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.ReaderOptionsBase;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The options of every CSV reader: a format and the settings it is opened with. Immutable.
 *
 * @param <R> the reader opened
 */
public final class CsvReaderOptions<R extends RecordReader<?>> extends ReaderOptionsBase<R> implements CsvOptions<R> {
  private final CsvFormat<R> format;
  private final CsvSettings settings;
  private final boolean headerFirst;

  private CsvReaderOptions(CsvFormat<R> format, CsvSettings settings, boolean headerFirst) {
    this.format = format;
    this.settings = settings;
    this.headerFirst = headerFirst;
  }

  /** The options of {@code format}, at {@code defaults}. */
  public static <R extends RecordReader<?>> CsvOptions<R> of(CsvFormat<R> format, CsvSettings defaults) {
    return new CsvReaderOptions<>(format, defaults, false);
  }

  /** The options of {@code format}, at {@code defaults}, whose header must be the first line: no preamble. */
  public static <R extends RecordReader<?>> CsvOptions<R> headerFirst(CsvFormat<R> format, CsvSettings defaults) {
    return new CsvReaderOptions<>(format, defaults.withMaxPreambleLines(0), true);
  }

  @Override
  public CsvOptions<R> charset(Charset charset) {
    return new CsvReaderOptions<>(format, settings.withCharset(charset), headerFirst);
  }

  @Override
  public CsvOptions<R> maxPreambleLines(int lines) {
    if (headerFirst && lines != 0) {
      throw new IllegalArgumentException("the header of this format must be its first line: maxPreambleLines must "
          + "be 0, not " + lines);
    }
    return new CsvReaderOptions<>(format, settings.withMaxPreambleLines(lines), headerFirst);
  }

  @Override
  public CsvOptions<R> maxFieldLength(int characters) {
    return new CsvReaderOptions<>(format, settings.withMaxFieldLength(characters), headerFirst);
  }

  @Override
  public CsvOptions<R> maxRecordLength(int characters) {
    return new CsvReaderOptions<>(format, settings.withMaxRecordLength(characters), headerFirst);
  }

  @Override
  public R open(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    return owning(reader, () -> format.open(reader, Objects.requireNonNull(sourceName, "sourceName"), settings));
  }

  @Override
  protected R open(InputStream input, String source, @Nullable Path file) {
    return format.open(input, source, file, settings);
  }

  @Override
  public String toString() {
    return "CsvOptions[charset=" + settings.charset().name() + ", maxPreambleLines=" + settings.maxPreambleLines()
        + ", maxFieldLength=" + settings.maxFieldLength() + ", maxRecordLength=" + settings.maxRecordLength() + "]";
  }
}

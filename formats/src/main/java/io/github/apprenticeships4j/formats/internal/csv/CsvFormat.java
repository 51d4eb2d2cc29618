package io.github.apprenticeships4j.formats.internal.csv;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How one CSV format opens its reader. The reader owns the input it is given.
 *
 * @param <R> the reader opened
 */
@FunctionalInterface
public interface CsvFormat<R> {
  /** A reader of the text {@code input}, named {@code source} in positions. */
  R open(Reader input, String source, CsvSettings settings);

  /**
   * A reader of the bytes {@code input}, from {@code file} if not null; by default decoded strictly in the settings'
   * charset.
   */
  default R open(InputStream input, String source, @Nullable Path file, CsvSettings settings) {
    return open(settings.decode(input), source, settings);
  }
}

package io.github.apprenticeships4j.formats.internal.json;

import java.io.InputStream;
import tools.jackson.core.json.JsonFactory;

/**
 * How one JSON format opens its reader. The reader owns the input it is given.
 *
 * @param <R> the reader opened
 */
@FunctionalInterface
public interface JsonFormat<R> {
  /** A reader of {@code input}, named {@code source} in positions, parsing with {@code factory} (its limits). */
  R open(InputStream input, String source, JsonFactory factory);
}

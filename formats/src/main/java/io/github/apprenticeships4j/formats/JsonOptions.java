package io.github.apprenticeships4j.formats;

import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;

/**
 * The options of a JSON reader: read limits that bound the memory a document takes, so that hostile input cannot
 * exhaust it. A document beyond a limit stops the read with a fatal finding ({@value ReadCodes#JSON_LIMIT}, or
 * {@value ReadCodes#CAREER_JSON_LIMIT} for the career format). Each reader states its defaults. Opening and closing
 * follow {@link ReaderOptions}.
 *
 * @param <R> the reader opened
 */
public sealed interface JsonOptions<R extends RecordReader<?>> extends ReaderOptions<R> permits JsonReaderOptions {
  /**
   * The deepest nesting of arrays and objects.
   *
   * @throws IllegalArgumentException if {@code depth} is less than 1
   */
  JsonOptions<R> maxNestingDepth(int depth);

  /**
   * The longest string value, in characters.
   *
   * @throws IllegalArgumentException if {@code characters} is less than 1
   */
  JsonOptions<R> maxStringLength(int characters);

  /**
   * The longest document, in bytes (uncompressed, for gzip input).
   *
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  JsonOptions<R> maxDocumentLength(long bytes);
}

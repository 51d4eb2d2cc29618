package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.ReaderOptionsBase;
import java.io.InputStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The options of every JSON reader: a format and its read limits, with the parser factory configured with them
 * (thread-safe, so kept and shared). Immutable.
 *
 * @param <R> the reader opened
 */
public final class JsonReaderOptions<R extends RecordReader<?>> extends ReaderOptionsBase<R>
    implements JsonOptions<R> {
  private final JsonFormat<R> format;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;
  private final JsonFactory factory;

  private JsonReaderOptions(JsonFormat<R> format, int maxNestingDepth, int maxStringLength, long maxDocumentLength) {
    if (maxNestingDepth < 1 || maxStringLength < 1 || maxDocumentLength < 1) {
      throw new IllegalArgumentException("read limits must be at least 1: maxNestingDepth " + maxNestingDepth
          + ", maxStringLength " + maxStringLength + ", maxDocumentLength " + maxDocumentLength);
    }
    this.format = format;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxDocumentLength = maxDocumentLength;
    this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxDocumentLength(maxDocumentLength)
        .build()).build();
  }

  /** The options of {@code format} with these default limits. */
  public static <R extends RecordReader<?>> JsonOptions<R> of(JsonFormat<R> format, int maxNestingDepth,
      int maxStringLength, long maxDocumentLength) {
    return new JsonReaderOptions<>(format, maxNestingDepth, maxStringLength, maxDocumentLength);
  }

  @Override
  public JsonOptions<R> maxNestingDepth(int depth) {
    return new JsonReaderOptions<>(format, depth, maxStringLength, maxDocumentLength);
  }

  @Override
  public JsonOptions<R> maxStringLength(int characters) {
    return new JsonReaderOptions<>(format, maxNestingDepth, characters, maxDocumentLength);
  }

  @Override
  public JsonOptions<R> maxDocumentLength(long bytes) {
    return new JsonReaderOptions<>(format, maxNestingDepth, maxStringLength, bytes);
  }

  @Override
  protected R open(InputStream input, String source, @Nullable Path file) {
    return format.open(input, source, factory);
  }

  @Override
  public String toString() {
    return "JsonOptions[maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength
        + ", maxDocumentLength=" + maxDocumentLength + "]";
  }
}

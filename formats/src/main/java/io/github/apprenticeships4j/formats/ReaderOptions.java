package io.github.apprenticeships4j.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * How to read one format: the options of its readers and the way to open one. Each format's entry point gives its
 * options at their defaults, e.g. {@code StandardsJson.reader()}. Immutable and thread-safe: a setter returns a copy,
 * so an instance may be kept and shared; each {@code open} gives a new single-pass {@link RecordReader}.
 *
 * <p><b>Closing.</b> A reader owns its input: what {@code open} opens (the file of {@link #open(Path)}) and what it is
 * handed (a stream or a {@link java.io.Reader}) alike. The reader closes it when it is closed, when the stream of
 * {@link RecordReader#rows()} is closed, or when {@link RecordReader#load()} ends; if {@code open} itself fails, it
 * closes it before it throws. The caller does not close what it handed in, nor use it again; to keep a stream open,
 * hand in a wrapper whose {@code close()} does nothing.
 *
 * @param <R> the reader opened
 */
public sealed interface ReaderOptions<R extends RecordReader<?>> permits CsvOptions, JsonOptions {
  /**
   * A reader of {@code file}, which it opens and closes; the source name in positions is {@code file.toString()}.
   *
   * @throws IOException if the file cannot be opened
   */
  R open(Path file) throws IOException;

  /**
   * A reader of {@code input}, which it closes.
   *
   * @param sourceName the name of the input in positions, e.g. a file name
   */
  R open(InputStream input, String sourceName);
}

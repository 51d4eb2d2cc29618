package io.github.apprenticeships4j.formats;

import java.io.Closeable;
import java.util.stream.Stream;

/**
 * A single-pass reader of records. Use it in try-with-resources and consume {@link #rows()} inside that block.
 *
 * <pre>{@code
 * try (RecordReader<Standard> reader = StandardsJson.reader().open(path)) {
 *   reader.rows().forEach(row -> ...);
 *   ReadSummary summary = reader.summary();
 * }
 * }</pre>
 *
 * <p>Bad records arrive as {@link Row.Rejected}, never as exceptions. Input that cannot be read on (broken syntax,
 * a truncated or corrupt file, an I/O failure of the source) ends the stream, and the reason is reported as a
 * {@code FATAL} finding in {@link ReadSummary#stoppedBy()}: streaming never throws for what the input contains.
 *
 * @param <T> the model type records map to
 */
public interface RecordReader<T> extends Closeable {
  /** The rows in input order, parsed lazily. May be called once. */
  Stream<Row<T>> rows();

  /**
   * The account of the read so far; final once {@link #rows()} has been consumed.
   */
  ReadSummary summary();

  /** Closes the underlying source; does not throw checked exceptions. */
  @Override
  void close();
}

package io.github.apprenticeships4j.formats;

import io.github.apprenticeships4j.formats.internal.Loading;
import java.io.Closeable;
import java.util.List;
import java.util.stream.Stream;

/**
 * A single-pass reader of records, opened by a format's {@link ReaderOptions}; it owns its input and closes it. Use it
 * in try-with-resources and consume {@link #rows()} inside that block.
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
 * <p>{@link #load()} reads every row into memory instead, e.g.
 * {@code List<RegisterEntry> entries = AparCsv.reader().open(path).load().value();}
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

  /**
   * Reads every row, instead of {@link #rows()}, and closes this reader: the accepted values in input order, with
   * the rejected rows, every finding and the summary. Rejected rows do not stop the load. All of it is held in
   * memory; {@link #rows()} streams inputs of any size.
   *
   * @throws LoadException if the input could not be read to its end; it has the summary and the findings
   * @throws IllegalStateException if {@link #rows()} was called
   */
  default Loaded<List<T>> load() throws LoadException {
    return Loading.load(this, List::of);
  }

  /** Closes the input, whether the reader opened it or was handed it; does not throw checked exceptions. */
  @Override
  void close();
}

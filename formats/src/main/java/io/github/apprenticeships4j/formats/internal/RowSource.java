package io.github.apprenticeships4j.formats.internal;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The bookkeeping every reader shares: a lazy single-pass stream of rows, counts that always add up, and the fatal
 * finding that stopped the read. Subclasses produce rows one at a time.
 */
public abstract class RowSource<T> implements RecordReader<T> {
  private final String source;
  private long accepted;
  private long rejected;
  private @Nullable Issue stoppedBy;
  private boolean streamed;
  private boolean finished;

  protected RowSource(String source) {
    this.source = source;
  }

  /** The name of the input, for positions. */
  protected final String source() {
    return source;
  }

  /**
   * The next row, or {@code null} at the end of the input or after {@link #stop(Issue)}. Must not throw for anything
   * the input contains.
   */
  protected abstract @Nullable Row<T> readNext();

  /** Releases the input. */
  protected abstract void release();

  /** Ends the read with a fatal finding; {@link #readNext()} should return {@code null} after calling it. */
  protected final void stop(Issue fatal) {
    if (stoppedBy == null) {
      stoppedBy = Issue.of(Severity.FATAL, fatal.code(), fatal.message()).at(fatal.path())
          .locatedAt(fatal.position().orElseGet(() -> SourcePosition.of(source)));
      if (fatal.rejectedValue().isPresent()) {
        stoppedBy = stoppedBy.rejecting(fatal.rejectedValue().get());
      }
    }
    finished = true;
  }

  /** Whether the read has ended. */
  protected final boolean isFinished() {
    return finished;
  }

  @Override
  public final Stream<Row<T>> rows() {
    if (streamed) {
      throw new IllegalStateException("rows() may be called only once");
    }
    streamed = true;
    Spliterator<Row<T>> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super Row<T>> action) {
        Row<T> row = next();
        if (row == null) {
          return false;
        }
        action.accept(row);
        return true;
      }
    };
    return StreamSupport.stream(rows, false).onClose(this::close);
  }

  private @Nullable Row<T> next() {
    if (finished) {
      return null;
    }
    Row<T> row;
    try {
      row = readNext();
    } catch (RuntimeException | StackOverflowError e) {
      stop(Issue.error(ReadCodes.UNEXPECTED, "the reader failed unexpectedly: " + e));
      return null;
    }
    if (row == null) {
      finished = true;
      return null;
    }
    if (row.isAccepted()) {
      accepted++;
    } else {
      rejected++;
    }
    return row;
  }

  @Override
  public final ReadSummary summary() {
    return new ReadSummary(source, accepted + rejected, accepted, rejected, Optional.ofNullable(stoppedBy));
  }

  @Override
  public final void close() {
    finished = true;
    release();
  }
}

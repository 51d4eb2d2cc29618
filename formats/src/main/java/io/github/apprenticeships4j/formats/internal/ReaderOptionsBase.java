package io.github.apprenticeships4j.formats.internal;

import io.github.apprenticeships4j.formats.RecordReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@code open} overloads that every reader's options share, with the closing rule of
 * {@link io.github.apprenticeships4j.formats.ReaderOptions}: the reader opened owns its input, and an {@code open}
 * that fails closes it.
 *
 * @param <R> the reader opened
 */
public abstract class ReaderOptionsBase<R extends RecordReader<?>> {
  /** For the options of one kind of input. */
  protected ReaderOptionsBase() {}

  /** See {@link io.github.apprenticeships4j.formats.ReaderOptions#open(Path)}. */
  public final R open(Path file) throws IOException {
    InputStream input = Files.newInputStream(Objects.requireNonNull(file, "file"));
    return owning(input, () -> open(input, file.toString(), file));
  }

  /** See {@link io.github.apprenticeships4j.formats.ReaderOptions#open(InputStream, String)}. */
  public final R open(InputStream input, String sourceName) {
    Objects.requireNonNull(input, "input");
    return owning(input, () -> open(input, Objects.requireNonNull(sourceName, "sourceName"), null));
  }

  /**
   * A reader that owns {@code input}.
   *
   * @param source the name of the input in positions
   * @param file the file {@code input} was opened from, if it was
   */
  protected abstract R open(InputStream input, String source, @Nullable Path file);

  /** What {@code open} gives; if it throws, {@code input} is closed first. */
  protected static <T> T owning(Closeable input, Supplier<T> open) {
    try {
      return open.get();
    } catch (RuntimeException | Error e) {
      try {
        input.close();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }
}

package io.github.apprenticeships4j.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress of a long read (a feed, a catalogue), on standard error. On a terminal, a bar of the bytes of the
 * input read so far, redrawn in place and cleared at the end; otherwise, so that logs stay readable, a line every
 * {@value #LINE_EVERY} items. Not thread-safe: one per read.
 */
abstract class Progress {
  /** Without a terminal, a line is printed every this many items. */
  static final long LINE_EVERY = 10_000;
  /** On a terminal, the count is redrawn every this many items, and whenever the percentage changes. */
  static final long COUNT_EVERY = 1_000;
  static final int BAR_WIDTH = 30;

  final PrintWriter err;
  final String unit;
  long items;

  private Progress(PrintWriter err, String unit) {
    this.err = err;
    this.unit = unit;
  }

  /** A line such as {@code a4j: 10000 rows read} every {@value #LINE_EVERY} items. */
  static Progress lines(PrintWriter err, String unit) {
    return new Progress(err, unit) {
      @Override
      void advance(long bytesRead) {
        if (++items % LINE_EVERY == 0) {
          err.println("a4j: " + items + " " + unit + " read");
          err.flush();
        }
      }

      @Override
      void finish() {
        // every line is complete
      }
    };
  }

  /**
   * A bar of {@code bytesRead} out of {@code totalBytes}, with the count of items, redrawn whenever the percentage
   * changes and every {@value #COUNT_EVERY} items; if {@code totalBytes} is not positive, the count alone.
   */
  static Progress bar(PrintWriter err, String unit, long totalBytes) {
    return new Progress(err, unit) {
      private int percent = -1;
      private int drawn;

      @Override
      void advance(long bytesRead) {
        items++;
        if (totalBytes <= 0) {
          if (items % COUNT_EVERY == 0) {
            draw("a4j: " + items + " " + unit + " read");
          }
          return;
        }
        int now = (int) Math.min(100, bytesRead * 100 / totalBytes);
        if (now != percent || items % COUNT_EVERY == 0) {
          percent = now;
          int filled = now * BAR_WIDTH / 100;
          draw(String.format(Locale.ROOT, "a4j: [%s%s] %3d%%, %s: %d", "#".repeat(filled),
              " ".repeat(BAR_WIDTH - filled), now, unit, items));
        }
      }

      private void draw(String text) {
        err.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())));
        err.flush();
        drawn = text.length();
      }

      @Override
      void finish() {
        if (drawn > 0) {
          err.print("\r" + " ".repeat(drawn) + "\r");
          err.flush();
          drawn = 0;
        }
      }
    };
  }

  /** One more item has been read; {@code bytesRead} bytes of the input so far. */
  abstract void advance(long bytesRead);

  /** The read is over: a bar is cleared, so that what follows starts on a clean line. */
  abstract void finish();

  /** An input stream that counts the bytes read through it, for the bar. */
  static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    /** The bytes read so far. */
    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}

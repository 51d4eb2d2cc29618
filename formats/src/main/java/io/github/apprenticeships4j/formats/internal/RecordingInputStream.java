package io.github.apprenticeships4j.formats.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Keeps the bytes read through it from a mark onwards, so that a reader can give back the exact text of a record it
 * rejects without holding the whole input. Offsets are absolute positions in the stream. At most {@code maxKept}
 * bytes are kept: past that the current record's text is given up (memory stays bounded whatever the input).
 */
public final class RecordingInputStream extends FilterInputStream {
  private final int maxKept;
  private byte[] kept = new byte[1 << 16];
  private long keptFrom;
  private int length;
  private boolean overflowed;

  public RecordingInputStream(InputStream in, int maxKept) {
    super(in);
    this.maxKept = maxKept;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      keep(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    int n = super.read(buffer, offset, count);
    if (n > 0) {
      keep(buffer, offset, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] skipped = new byte[(int) Math.min(n, 8192)];
    int read = read(skipped, 0, skipped.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Forgets the bytes before {@code offset}. */
  public void forgetBefore(long offset) {
    if (overflowed) {
      overflowed = false;
      keptFrom += length;
      length = 0;
    }
    int drop = (int) Math.min(Math.max(offset - keptFrom, 0), length);
    if (drop > 0) {
      System.arraycopy(kept, drop, kept, 0, length - drop);
      length -= drop;
      keptFrom += drop;
    }
  }

  /** The bytes from {@code from} (inclusive) to {@code to} (exclusive), or empty if they are no longer kept. */
  public byte[] bytes(long from, long to) {
    if (overflowed || from < keptFrom || to > keptFrom + length || from > to) {
      return new byte[0];
    }
    return Arrays.copyOfRange(kept, (int) (from - keptFrom), (int) (to - keptFrom));
  }

  private void keep(byte[] buffer, int offset, int count) {
    if (overflowed) {
      keptFrom += count;
      return;
    }
    if ((long) length + count > maxKept) {
      overflowed = true;
      keptFrom += length + count;
      length = 0;
      kept = new byte[1 << 16];
      return;
    }
    if (length + count > kept.length) {
      kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + count));
    }
    System.arraycopy(buffer, offset, kept, length, count);
    length += count;
  }
}

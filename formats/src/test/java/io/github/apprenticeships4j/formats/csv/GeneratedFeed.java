package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.learner.Uln;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A feed of {@code rows} valid, distinct rows, generated as it is read: no memory grows with its size. */
final class GeneratedFeed extends InputStream {
  private final long rows;
  private long next;
  private long prefix = 100_000_000L;
  private byte[] chunk = (FeedTestSupport.HEADER + "\r\n").getBytes(StandardCharsets.UTF_8);
  private int pos;

  GeneratedFeed(long rows) {
    this.rows = rows;
  }

  @Override
  public int read() {
    if (pos == chunk.length && !advance()) {
      return -1;
    }
    return chunk[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (pos == chunk.length && !advance()) {
      return -1;
    }
    int n = Math.min(len, chunk.length - pos);
    System.arraycopy(chunk, pos, b, off, n);
    pos += n;
    return n;
  }

  private boolean advance() {
    if (next == rows) {
      return false;
    }
    next++;
    String uln;
    while (true) {
      String nine = Long.toString(prefix++);
      var check = Uln.checkDigit(nine);
      if (check.isPresent()) {
        uln = nine + check.getAsInt();
        break;
      }
    }
    chunk = (",XEGE5X," + uln + ",Okafor,Adaeze,2006-04-17,a" + next + "@example.com,2,2026-09-01,2028-09,18000,"
        + "EPA0010,APP-" + next + ",false,,,,,\r\n").getBytes(StandardCharsets.UTF_8);
    pos = 0;
    return true;
  }

  @Override
  public String toString() {
    return "GeneratedFeed[" + rows + " rows" + Arrays.toString(new long[] {next}) + "]";
  }
}

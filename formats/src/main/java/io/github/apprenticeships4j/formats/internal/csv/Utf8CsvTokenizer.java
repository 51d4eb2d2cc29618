package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.DecodingReader;
import io.github.apprenticeships4j.formats.internal.Failures;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A tokenizer of UTF-8 bytes, comma-separated, for a reader that checks most records on their bytes: it finds where
 * each record and field starts and ends in a reusable byte buffer, without decoding. Not thread-safe; single pass.
 *
 * <p>A record of printable ASCII (bytes 0x20 to 0x7E) without a quote, within the limits and the buffer, is
 * {@link Kind#PLAIN}: its fields are read in place ({@link #fieldStart(int)}, {@link #fieldEnd(int)}) until the next
 * call of {@link #next()}. Any other record (a byte that is not ASCII, bytes that are not UTF-8, a quote, a control
 * character, a field or record over the limits, a record longer than the buffer) is handed over, streamed in constant
 * memory, to a {@link CsvTokenizer} over a replacing {@link DecodingReader} of its bytes alone, and delivered as that
 * {@link CsvRecord} ({@link Kind#RECORD}): fields, lines, UTF-16 columns, problems and replacements exactly as a
 * {@code CsvTokenizer} over the whole input gives them, since a record can only end on an ASCII byte, which no UTF-8
 * sequence, valid or not, swallows. Blank lines are delivered one by one ({@link Kind#BLANK}); a byte order mark at
 * the start is skipped, as {@code CsvTokenizer} skips it.
 */
public final class Utf8CsvTokenizer implements Closeable {
  /** What {@link #next()} found. */
  public enum Kind {
    /** A record read in place, of printable ASCII without quotes. */
    PLAIN,
    /** A record read by the exact path, {@link #record()}. */
    RECORD,
    /** A blank line, at {@link #blankLine()}. */
    BLANK,
    /** The end of the input, or a failure that ended the read ({@link #failure()}). */
    END
  }

  private static final int BUFFER_SIZE = 16 * 1024;
  private static final int MAX_EMPTY_READS = 16;
  private static final byte COMMA = ',';
  private static final byte QUOTE = '"';
  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final byte DEL = 0x7F;

  private final InputStream in;
  private final int maxFieldLength;
  private final int maxFields;
  private final int maxRecordLength;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int pos;
  private int limit;
  /** How many bytes of the input came before buffer[0]. */
  private long base;
  private boolean endOfInput;
  private boolean started;
  private boolean finished;
  /** The line of buffer[pos], at the start of a line between records. */
  private long line = 1;

  // The plain record: its fields as offsets from its start, recordStart, in the buffer.
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int size;
  private int recordStart;
  private long recordLine;
  private long blankLine;

  // The record handed over.
  private @Nullable CsvRecord record;
  private @Nullable CsvTokenizer recordTokenizer;
  private @Nullable DecodingReader recordDecoding;
  private @Nullable CsvProblem failure;
  private Kind current = Kind.END;

  /** A tokenizer of {@code in} with these limits, in characters; a field over its limit is cut, not fatal. */
  public Utf8CsvTokenizer(InputStream in, int maxFieldLength, int maxFields, int maxRecordLength) {
    this.in = in;
    this.maxFieldLength = maxFieldLength;
    this.maxFields = maxFields;
    this.maxRecordLength = maxRecordLength;
  }

  /** Reads the next record or blank line. Never throws for anything the input contains. */
  public Kind next() {
    current = read();
    return current;
  }

  /** What the last {@link #next()} found. */
  public Kind current() {
    return current;
  }

  private Kind read() {
    record = null;
    recordTokenizer = null;
    recordDecoding = null;
    if (finished) {
      return Kind.END;
    }
    try {
      if (!started) {
        started = true;
        skipByteOrderMark();
      }
      if (pos >= limit && !fill()) {
        finished = true;
        return Kind.END;
      }
      byte b = buffer[pos];
      if (b == CR || b == LF) {
        blankLine = line;
        pos++;
        if (b == CR && (pos < limit || fill()) && buffer[pos] == LF) {
          pos++;
        }
        line++;
        return Kind.BLANK;
      }
      return readPlain() ? Kind.PLAIN : handOver();
    } catch (IOException | UncheckedIOException e) {
      failure = new CsvProblem(Severity.FATAL, ReadCodes.IO, "the input could not be read: " + Failures.describe(e),
          line, 1, OptionalInt.empty(), Optional.empty());
      finished = true;
      return Kind.END;
    }
  }

  /** The fatal finding that ended the read, if any. */
  public Optional<CsvProblem> failure() {
    return Optional.ofNullable(failure);
  }

  /** The 1-based line the tokenizer has reached. */
  public long line() {
    return line;
  }

  /** The number of bytes read from the input so far. */
  public long bytesRead() {
    return base + limit;
  }

  /** The line of the last {@link Kind#BLANK} line. */
  public long blankLine() {
    return blankLine;
  }

  /** The last {@link Kind#BLANK} line as the blank {@link CsvRecord} a {@link CsvTokenizer} delivers for it. */
  public CsvRecord blankRecord() {
    return new CsvRecord(1, blankLine, List.of(""), new long[] {blankLine}, new long[] {1}, true, true, List.of());
  }

  /** The record handed over by the last {@link Kind#RECORD}. */
  public CsvRecord record() {
    if (record == null) {
      throw new IllegalStateException("no record was handed over");
    }
    return record;
  }

  /** The tokenizer that read the last {@link Kind#RECORD}, for the character offsets of its fields. */
  public CsvTokenizer recordTokenizer() {
    if (recordTokenizer == null) {
      throw new IllegalStateException("no record was handed over");
    }
    return recordTokenizer;
  }

  /** The decoder of the last {@link Kind#RECORD}, with the replacements made in it. */
  public DecodingReader recordDecoding() {
    if (recordDecoding == null) {
      throw new IllegalStateException("no record was handed over");
    }
    return recordDecoding;
  }

  /** The buffer that holds the last {@link Kind#PLAIN} record. */
  public byte[] buffer() {
    return buffer;
  }

  /** The number of fields of the last {@link Kind#PLAIN} record. */
  public int size() {
    return size;
  }

  /** The 1-based line of the last {@link Kind#PLAIN} record. */
  public long recordLine() {
    return recordLine;
  }

  /** Where field {@code index} of the last {@link Kind#PLAIN} record starts in {@link #buffer()}. */
  public int fieldStart(int index) {
    return recordStart + starts[index];
  }

  /** Where field {@code index} of the last {@link Kind#PLAIN} record ends (exclusive) in {@link #buffer()}. */
  public int fieldEnd(int index) {
    return recordStart + ends[index];
  }

  /** Where the last {@link Kind#PLAIN} record starts in {@link #buffer()}. */
  public int recordStart() {
    return recordStart;
  }

  /** Where the last {@link Kind#PLAIN} record's fields end (before its line end) in {@link #buffer()}. */
  public int recordEnd() {
    return recordStart + ends[size - 1];
  }

  /** The 1-based column of field {@code index} of the last {@link Kind#PLAIN} record: one byte is one column. */
  public long fieldColumn(int index) {
    return starts[index] + 1L;
  }

  /** The last {@link Kind#PLAIN} record as the {@link CsvRecord} a {@link CsvTokenizer} makes of it. */
  public CsvRecord toRecord() {
    String[] fields = new String[size];
    long[] columns = new long[size];
    for (int i = 0; i < size; i++) {
      fields[i] = new String(buffer, fieldStart(i), ends[i] - starts[i], StandardCharsets.ISO_8859_1);
      columns[i] = fieldColumn(i);
    }
    return new CsvRecord(1, recordLine, List.of(fields), null, columns, true, false, List.of());
  }

  @Override
  public void close() throws IOException {
    finished = true;
    in.close();
  }

  private void skipByteOrderMark() throws IOException {
    while (limit - pos < 3 && !endOfInput) {
      readMore();
    }
    if (limit - pos >= 3 && buffer[pos] == (byte) 0xEF && buffer[pos + 1] == (byte) 0xBB
        && buffer[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
  }

  /**
   * Reads the record at {@code pos} if it is plain, and moves past it; false, with {@code pos} at its start, if it is
   * not (the buffer may have moved).
   */
  private boolean readPlain() throws IOException {
    int start = pos;
    int i = pos;
    int fieldStart = pos;
    int n = 0;
    long length = 0;
    while (true) {
      if (i >= limit) {
        int shift = compact(start);
        start -= shift;
        i -= shift;
        fieldStart -= shift;
        if (limit == buffer.length) {
          pos = start;
          return false; // longer than the buffer
        }
        if (!readMore()) {
          length += i - fieldStart;
          if (length > maxRecordLength || !addField(n++, start, fieldStart, i)) {
            pos = start;
            return false;
          }
          pos = i;
          break;
        }
        continue;
      }
      byte b = buffer[i];
      if (b == COMMA || b == CR || b == LF) {
        length += i - fieldStart;
        if (length > maxRecordLength || !addField(n++, start, fieldStart, i)) {
          pos = start;
          return false;
        }
        if (b == COMMA) {
          fieldStart = ++i;
          continue;
        }
        if (b == CR) {
          if (i + 1 >= limit) {
            int shift = compact(start);
            start -= shift;
            i -= shift;
            if (limit == buffer.length) {
              pos = start;
              return false;
            }
            readMore();
          }
          pos = i + 1 < limit && buffer[i + 1] == LF ? i + 2 : i + 1;
        } else {
          pos = i + 1;
        }
        recordStart = start;
        size = n;
        recordLine = line++;
        return true;
      }
      if (b < 0x20 || b == QUOTE || b == DEL) { // bytes over 0x7F are negative
        pos = start;
        return false;
      }
      i++;
    }
    recordStart = start;
    size = n;
    recordLine = line;
    return true;
  }

  /** Adds field {@code index}, {@code [from, to)} in a record that starts at {@code start}; false if over a limit. */
  private boolean addField(int index, int start, int from, int to) {
    if (index >= maxFields || to - from > maxFieldLength) {
      return false;
    }
    if (index == starts.length) {
      starts = Arrays.copyOf(starts, index * 2);
      ends = Arrays.copyOf(ends, index * 2);
    }
    starts[index] = from - start;
    ends[index] = to - start;
    return true;
  }

  /** Moves {@code buffer[start, limit)} to the start of the buffer; returns how far it moved. */
  private int compact(int start) {
    if (start == 0) {
      return 0;
    }
    System.arraycopy(buffer, start, buffer, 0, limit - start);
    base += start;
    limit -= start;
    pos -= start;
    return start;
  }

  /** Refills the buffer once it is used up; false at the end of the input. */
  private boolean fill() throws IOException {
    base += limit;
    pos = 0;
    limit = 0;
    return readMore();
  }

  /** Reads more bytes after {@code limit}; false at the end of the input (or if the buffer is full). */
  private boolean readMore() throws IOException {
    if (endOfInput || limit == buffer.length) {
      return false;
    }
    int n = 0;
    for (int tries = 0; n == 0 && tries < MAX_EMPTY_READS; tries++) {
      n = in.read(buffer, limit, buffer.length - limit);
    }
    if (n == 0) {
      throw new IOException("the input gave no bytes in " + MAX_EMPTY_READS + " reads");
    }
    if (n < 0) {
      endOfInput = true;
      return false;
    }
    limit += n;
    return true;
  }

  /** Hands the record at {@code pos} over to a {@link CsvTokenizer} of its bytes alone. */
  private Kind handOver() {
    DecodingReader decoding = DecodingReader.replacing(new RecordBytes(), StandardCharsets.UTF_8, base + pos);
    CsvTokenizer tokenizer = new CsvTokenizer(decoding, CsvTokenizer.DEFAULT_DELIMITER, maxFieldLength, maxFields,
        maxRecordLength, true, line, false);
    CsvRecord read = tokenizer.next();
    if (read == null) {
      failure = tokenizer.failure().orElse(null);
      finished = true;
      return Kind.END;
    }
    line = tokenizer.line();
    record = read;
    recordTokenizer = tokenizer;
    recordDecoding = decoding;
    return Kind.RECORD;
  }

  /**
   * The bytes of the record at {@code pos}, up to and with its line end, streamed through the buffer: where it ends is
   * found as the bytes pass, by the quoting rules of {@link CsvTokenizer} (a quote opens a quoted field only at the
   * start of a field; after its closing quote, the field runs on unquoted to the next comma or line end).
   */
  private final class RecordBytes extends InputStream {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private static final int AFTER_CR = 4;

    private int state = FIELD_START;
    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len && !done) {
        if (pos >= limit && !fill()) {
          done = true;
          break;
        }
        byte b = buffer[pos];
        if (!take(b)) {
          break;
        }
        into[off + n++] = b;
        pos++;
      }
      return n == 0 && done ? -1 : n;
    }

    /** Whether {@code b} belongs to the record; updates the state, and ends the record after its line end. */
    private boolean take(byte b) {
      switch (state) {
        case QUOTED:
          if (b == QUOTE) {
            state = QUOTE_IN_QUOTED;
          }
          return true;
        case QUOTE_IN_QUOTED:
          if (b == QUOTE) {
            state = QUOTED;
            return true;
          }
          return unquoted(b);
        case AFTER_CR:
          done = true;
          return b == LF;
        case FIELD_START:
          if (b == QUOTE) {
            state = QUOTED;
            return true;
          }
          return unquoted(b);
        default:
          return unquoted(b);
      }
    }

    private boolean unquoted(byte b) {
      if (b == COMMA) {
        state = FIELD_START;
      } else if (b == CR) {
        state = AFTER_CR;
      } else if (b == LF) {
        done = true;
      } else {
        state = UNQUOTED;
      }
      return true;
    }
  }
}

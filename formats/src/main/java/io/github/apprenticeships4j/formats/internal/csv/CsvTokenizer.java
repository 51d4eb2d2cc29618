package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.Failures;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A streaming RFC 4180 tokenizer: reads a {@link Reader} in constant memory and delivers one {@link CsvRecord} at a
 * time. Not thread-safe; single pass.
 *
 * <p>What it accepts:
 * <ul>
 *   <li>fields separated by a delimiter (default {@value #DEFAULT_DELIMITER}), records ended by CR, LF or CRLF, the
 *       last one with or without a line end;
 *   <li>quoted fields holding the delimiter, line breaks (kept as written) and doubled quotes (read as one quote);
 *   <li>a byte order mark (U+FEFF) as the very first character, which is skipped and not counted as a column;
 *   <li>blank lines: those at the end of the input are ignored; each one in the middle is delivered as a record with
 *       one empty field ({@link CsvRecord#isBlank()}), so that the reader decides what it means;
 *   <li>a quote inside an unquoted field ({@code 5" screen}), kept as a literal character with a
 *       {@value ReadCodes#CSV_QUOTE_BARE} warning on the record.
 * </ul>
 *
 * <p>What it reports instead of throwing, located by line and column ({@link CsvProblem}):
 * <ul>
 *   <li>a character after a closing quote that is neither the delimiter nor a line end: a
 *       {@value ReadCodes#CSV_QUOTE_TRAILING_CHARACTER} error on that record, whose field then runs on to the next
 *       delimiter or line end, and the read goes on;
 *   <li>fatal, ending the read ({@link #failure()}): a quoted field still open at the end of the input
 *       ({@value ReadCodes#CSV_QUOTE_UNCLOSED}, at the opening quote; where the record ends cannot be known); a field,
 *       record or field count beyond the limits ({@value ReadCodes#CSV_FIELD_TOO_LONG},
 *       {@value ReadCodes#CSV_RECORD_TOO_LONG}, {@value ReadCodes#CSV_RECORD_TOO_MANY_FIELDS}; a long field is
 *       an error on its record instead when the tokenizer truncates long fields); a failure of the reader
 *       ({@value ReadCodes#IO}) or bytes that are not text in its charset ({@value ReadCodes#ENCODING}).
 * </ul>
 * The limits bound the memory one record can take, so hostile input cannot exhaust it: by default
 * {@value #DEFAULT_MAX_FIELD_LENGTH} characters per field, {@value #DEFAULT_MAX_FIELDS} fields per record and
 * {@value #DEFAULT_MAX_RECORD_LENGTH} characters per record (fields only, without delimiters and quotes).
 *
 * <p>Lines and columns are 1-based; columns count UTF-16 chars from the start of the line. CR, LF and CRLF each end
 * one line, inside quoted fields too. {@link #next()} never throws for anything the input contains.
 */
public final class CsvTokenizer implements Closeable {
  /** The default delimiter, a comma. */
  public static final char DEFAULT_DELIMITER = ',';
  /** The default maximum length of a field, in characters: 1,000,000. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 1_000_000;
  /** The default maximum number of fields in a record: 10,000. */
  public static final int DEFAULT_MAX_FIELDS = 10_000;
  /** The default maximum length of a record, in characters of its fields: 10,000,000. */
  public static final int DEFAULT_MAX_RECORD_LENGTH = 10_000_000;

  private static final int BUFFER_SIZE = 16 * 1024;
  private static final int MAX_EMPTY_READS = 16;
  private static final int EOF = -1;
  private static final char QUOTE = '"';
  private static final char CR = '\r';
  private static final char LF = '\n';
  private static final char BOM = '\uFEFF';

  /** How a field ended. */
  private static final int ENDED_BY_DELIMITER = 0;
  private static final int ENDED_BY_LINE_END = 1;
  private static final int ENDED_BY_EOF = 2;

  /** What {@link #parseRecord()} found. */
  private static final int PARSED_RECORD = 0;
  private static final int PARSED_BLANK = 1;
  private static final int PARSED_END = 2;

  private final Reader in;
  private final char delimiter;
  private final int maxFieldLength;
  private final int maxFields;
  private final int maxRecordLength;
  private final boolean truncateLongFields;

  private final char[] buffer = new char[BUFFER_SIZE];
  private int pos;
  private int limit;
  /** How many characters of the input came before buffer[0]. */
  private long base;
  private boolean endOfInput;
  private boolean started;
  private boolean finished;

  /** Position of buffer[pos]. */
  private long line = 1;
  private long column = 1;
  /** Whether the last character consumed inside a quoted field was a CR (so that a following LF ends no line). */
  private boolean afterCr;

  private long delivered;
  private @Nullable CsvProblem failure;
  private @Nullable CsvRecord lookahead;
  private long pendingBlanks;
  private long pendingBlankLine;
  private long trailingBlankLines;
  private long firstTrailingBlankLine;

  // The record being read.
  private final StringBuilder field = new StringBuilder();
  /**
   * The start in the buffer of the field's first chunk while it is its only one, not yet copied into {@link #field}
   * (the field is then made from the buffer in one copy), or -1. Copied before the buffer is refilled.
   */
  private int chunkStart = -1;
  private int chunkLength;
  private final List<String> fields = new ArrayList<>();
  private long[] fieldLines = new long[16];
  private long[] fieldColumns = new long[16];
  private long[] fieldOffsets = new long[16];
  private final List<CsvProblem> problems = new ArrayList<>(2);
  private long recordLine;
  private long recordLength;
  private boolean plain;
  private boolean bareQuoteReported;
  private boolean trailingCharacterReported;
  private boolean fieldTruncated;

  /** A tokenizer of comma-separated values with the default limits. */
  public CsvTokenizer(Reader in) {
    this(in, DEFAULT_DELIMITER, DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_FIELDS, DEFAULT_MAX_RECORD_LENGTH);
  }

  /**
   * A tokenizer with its own delimiter and limits.
   *
   * @param in the input; closed by {@link #close()}
   * @param delimiter the field delimiter, e.g. {@code ','}, {@code ';'} or {@code '\t'}; not a quote, CR, LF or BOM
   * @param maxFieldLength the most characters a field may hold, at least 1
   * @param maxFields the most fields a record may have, at least 1
   * @param maxRecordLength the most characters the fields of a record may hold together, at least 1
   * @throws IllegalArgumentException if the delimiter or a limit is not allowed
   */
  public CsvTokenizer(Reader in, char delimiter, int maxFieldLength, int maxFields, int maxRecordLength) {
    this(in, delimiter, maxFieldLength, maxFields, maxRecordLength, false);
  }

  /**
   * A tokenizer with its own delimiter and limits that, if {@code truncateLongFields}, keeps going past a field
   * longer than {@code maxFieldLength}: the field keeps its first {@code maxFieldLength} characters, the rest is read
   * and dropped, and the record gets a {@value ReadCodes#CSV_FIELD_TOO_LONG} error at the field's start instead of
   * the read stopping. The other limits still stop the read.
   *
   * @param in the input; closed by {@link #close()}
   * @param delimiter the field delimiter, e.g. {@code ','}, {@code ';'} or {@code '\t'}; not a quote, CR, LF or BOM
   * @param maxFieldLength the most characters a field may hold, at least 1
   * @param maxFields the most fields a record may have, at least 1
   * @param maxRecordLength the most characters the fields of a record may hold together, at least 1
   * @param truncateLongFields whether a field over the limit is cut and reported on its record, not fatal
   * @throws IllegalArgumentException if the delimiter or a limit is not allowed
   */
  public CsvTokenizer(Reader in, char delimiter, int maxFieldLength, int maxFields, int maxRecordLength,
      boolean truncateLongFields) {
    this(in, delimiter, maxFieldLength, maxFields, maxRecordLength, truncateLongFields, 1, true);
  }

  /**
   * A tokenizer of a part of a larger input that starts at the beginning of line {@code firstLine}, such as one record
   * that {@link Utf8CsvTokenizer} hands over; a byte order mark is skipped only if {@code atStartOfInput}.
   */
  CsvTokenizer(Reader in, char delimiter, int maxFieldLength, int maxFields, int maxRecordLength,
      boolean truncateLongFields, long firstLine, boolean atStartOfInput) {
    if (delimiter == QUOTE || delimiter == CR || delimiter == LF || delimiter == BOM) {
      throw new IllegalArgumentException("the delimiter cannot be a quote, CR, LF or U+FEFF");
    }
    if (maxFieldLength < 1 || maxFields < 1 || maxRecordLength < 1) {
      throw new IllegalArgumentException("limits must be at least 1: maxFieldLength " + maxFieldLength
          + ", maxFields " + maxFields + ", maxRecordLength " + maxRecordLength);
    }
    this.in = in;
    this.delimiter = delimiter;
    this.maxFieldLength = maxFieldLength;
    this.maxFields = maxFields;
    this.maxRecordLength = maxRecordLength;
    this.truncateLongFields = truncateLongFields;
    this.line = firstLine;
    this.started = !atStartOfInput;
  }

  /**
   * The next record, or {@code null} at the end of the input or after a fatal finding ({@link #failure()}). Never
   * throws for anything the input contains.
   */
  public @Nullable CsvRecord next() {
    if (pendingBlanks > 0 && lookahead != null) {
      return blankRecord();
    }
    if (lookahead != null) {
      CsvRecord record = lookahead;
      lookahead = null;
      delivered++;
      return record;
    }
    while (!finished) {
      int parsed;
      try {
        parsed = parseRecord();
      } catch (Stop stop) {
        failure = stop.problem;
        finished = true;
        return null;
      }
      if (parsed == PARSED_END) {
        finished = true; // blank lines still pending are trailing ones: ignored, but counted
        trailingBlankLines = pendingBlanks;
        firstTrailingBlankLine = pendingBlankLine;
        return null;
      }
      if (parsed == PARSED_BLANK) {
        if (pendingBlanks++ == 0) {
          pendingBlankLine = recordLine;
        }
        continue;
      }
      CsvRecord record = buildRecord(delivered + pendingBlanks + 1);
      if (pendingBlanks > 0) {
        lookahead = record;
        return blankRecord();
      }
      delivered++;
      return record;
    }
    return null;
  }

  /** The fatal finding that ended the read, if any. */
  public Optional<CsvProblem> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * How many blank lines followed the last record at the end of the input (not counting the line end of the last
   * record itself); they are not delivered. Known once {@link #next()} has returned {@code null} without a failure.
   */
  public long trailingBlankLines() {
    return trailingBlankLines;
  }

  /** The 1-based line of the first of the {@link #trailingBlankLines()}, or 0 if there are none. */
  public long firstTrailingBlankLine() {
    return trailingBlankLines == 0 ? 0 : firstTrailingBlankLine;
  }

  /** The 1-based line the tokenizer has reached. */
  public long line() {
    return line;
  }

  /** The 1-based column the tokenizer has reached on {@link #line()}. */
  public long column() {
    return column;
  }

  /**
   * The 0-based offset, in the characters of the input (a byte order mark included), of what the tokenizer has
   * reached: after a record is delivered, the end of the last record parsed.
   */
  public long offset() {
    return base + pos;
  }

  /**
   * The 0-based character offset at which the field {@code index} of the last record parsed starts (at its opening
   * quote if it is quoted); the last record parsed is the one {@link #next()} delivered unless that was blank.
   */
  public long fieldOffset(int index) {
    return fieldOffsets[index];
  }

  /** The delimiter. */
  public char delimiter() {
    return delimiter;
  }

  /** Closes the input. */
  @Override
  public void close() throws IOException {
    finished = true;
    in.close();
  }

  private CsvRecord blankRecord() {
    long blankLine = pendingBlankLine++;
    pendingBlanks--;
    delivered++;
    return new CsvRecord(delivered, blankLine, List.of(""), new long[] {blankLine}, new long[] {1}, true, true,
        List.of());
  }

  private CsvRecord buildRecord(long ordinal) {
    int n = fields.size();
    boolean oneLine = fieldLines[n - 1] == recordLine; // lines only grow: every field starts on the record's line
    return new CsvRecord(ordinal, recordLine, List.copyOf(fields), oneLine ? null : Arrays.copyOf(fieldLines, n),
        Arrays.copyOf(fieldColumns, n), plain, false, problems.isEmpty() ? List.of() : List.copyOf(problems));
  }

  private int parseRecord() throws Stop {
    int c = peek();
    if (c == EOF) {
      return PARSED_END;
    }
    recordLine = line;
    fields.clear();
    problems.clear();
    recordLength = 0;
    plain = true;
    bareQuoteReported = false;
    trailingCharacterReported = false;
    if (c == CR || c == LF) {
      consumeLineEnd();
      return PARSED_BLANK;
    }
    while (true) {
      if (fields.size() == maxFields) {
        throw stop(ReadCodes.CSV_RECORD_TOO_MANY_FIELDS, "record has more than the limit of " + maxFields + " fields",
            line, column);
      }
      long fieldLine = line;
      long fieldColumn = column;
      long fieldOffset = base + pos;
      field.setLength(0);
      chunkStart = -1;
      fieldTruncated = false;
      int end = peek() == QUOTE ? readQuoted(fieldLine, fieldColumn) : readUnquoted(fieldLine, fieldColumn, true);
      addField(fieldLine, fieldColumn, fieldOffset);
      if (end != ENDED_BY_DELIMITER) {
        return PARSED_RECORD;
      }
    }
  }

  private void addField(long fieldLine, long fieldColumn, long fieldOffset) {
    int index = fields.size();
    if (index == fieldLines.length) {
      int grown = Math.min(Math.max(16, index * 2), maxFields);
      fieldLines = Arrays.copyOf(fieldLines, grown);
      fieldColumns = Arrays.copyOf(fieldColumns, grown);
      fieldOffsets = Arrays.copyOf(fieldOffsets, grown);
    }
    fieldLines[index] = fieldLine;
    fieldColumns[index] = fieldColumn;
    fieldOffsets[index] = fieldOffset;
    if (chunkStart >= 0) {
      fields.add(new String(buffer, chunkStart, chunkLength));
      chunkStart = -1;
    } else {
      fields.add(field.toString());
    }
  }

  /** Copies the field's first chunk, still in the buffer, into {@link #field}. */
  private void copyChunk() {
    if (chunkStart >= 0) {
      field.append(buffer, chunkStart, chunkLength);
      chunkStart = -1;
    }
  }

  /** Reads an unquoted field, or the rest of a quoted one after a stray character, up to its end. */
  private int readUnquoted(long fieldLine, long fieldColumn, boolean warnOfQuotes) throws Stop {
    final char[] b = buffer;
    final char d = delimiter;
    while (true) {
      if (pos >= limit && !fill()) {
        return ENDED_BY_EOF;
      }
      int start = pos;
      int i = start;
      int end = limit;
      while (i < end) {
        char ch = b[i];
        if (ch == d || ch == CR || ch == LF || ch == QUOTE) {
          break;
        }
        i++;
      }
      append(b, start, i - start, fieldLine, fieldColumn);
      column += i - start;
      pos = i;
      if (i == end) {
        continue;
      }
      char ch = b[i];
      if (ch == QUOTE) {
        plain = false;
        if (warnOfQuotes && !bareQuoteReported) {
          bareQuoteReported = true;
          problems.add(new CsvProblem(Severity.WARNING, ReadCodes.CSV_QUOTE_BARE,
              "quote inside an unquoted field; kept as a literal character", line, column,
              OptionalInt.of(fields.size()), Optional.empty()));
        }
        append(b, i, 1, fieldLine, fieldColumn);
        pos++;
        column++;
        continue;
      }
      if (ch == d) {
        pos++;
        column++;
        return ENDED_BY_DELIMITER;
      }
      consumeLineEnd();
      return ENDED_BY_LINE_END;
    }
  }

  private int readQuoted(long fieldLine, long fieldColumn) throws Stop {
    plain = false;
    pos++; // the opening quote
    column++;
    afterCr = false;
    final char[] b = buffer;
    while (true) {
      if (pos >= limit && !fill()) {
        throw stop(ReadCodes.CSV_QUOTE_UNCLOSED, "quoted field is not closed before the end of the input", fieldLine,
            fieldColumn);
      }
      int start = pos;
      int i = start;
      int end = limit;
      while (i < end) {
        char ch = b[i];
        if (ch == QUOTE) {
          break;
        }
        if (ch == CR) {
          line++;
          column = 1;
          afterCr = true;
        } else if (ch == LF) {
          if (!afterCr) {
            line++;
          }
          column = 1;
          afterCr = false;
        } else {
          column++;
          afterCr = false;
        }
        i++;
      }
      append(b, start, i - start, fieldLine, fieldColumn);
      pos = i;
      if (i == end) {
        continue;
      }
      pos++; // a quote: closing, or the first of a doubled one
      column++;
      afterCr = false;
      if (peek() == QUOTE) {
        append(b, pos, 1, fieldLine, fieldColumn);
        pos++;
        column++;
        continue;
      }
      break;
    }
    int c = peek();
    if (c == EOF) {
      return ENDED_BY_EOF;
    }
    if (c == delimiter) {
      pos++;
      column++;
      return ENDED_BY_DELIMITER;
    }
    if (c == CR || c == LF) {
      consumeLineEnd();
      return ENDED_BY_LINE_END;
    }
    if (!trailingCharacterReported) {
      trailingCharacterReported = true;
      problems.add(new CsvProblem(Severity.ERROR, ReadCodes.CSV_QUOTE_TRAILING_CHARACTER,
          "unexpected character after the closing quote of a field; expected the delimiter or a line end", line,
          column, OptionalInt.of(fields.size()), Optional.of(String.valueOf((char) c))));
    }
    return readUnquoted(fieldLine, fieldColumn, false);
  }

  /** Consumes the CR, LF or CRLF at {@code pos}. */
  private void consumeLineEnd() throws Stop {
    char ch = buffer[pos++];
    line++;
    column = 1;
    afterCr = false;
    if (ch == CR && peek() == LF) {
      pos++;
    }
  }

  private void append(char[] chars, int offset, int length, long fieldLine, long fieldColumn) throws Stop {
    if (length == 0) {
      return;
    }
    if (fieldTruncated) {
      return;
    }
    int current = field.length() + (chunkStart >= 0 ? chunkLength : 0);
    if (current + (long) length > maxFieldLength) {
      if (truncateLongFields) {
        truncate(chars, offset, fieldLine, fieldColumn);
        return;
      }
      throw stop(ReadCodes.CSV_FIELD_TOO_LONG, "field is longer than the limit of " + maxFieldLength + " characters",
          fieldLine, fieldColumn);
    }
    if (recordLength + length > maxRecordLength) {
      throw stop(ReadCodes.CSV_RECORD_TOO_LONG, "record is longer than the limit of " + maxRecordLength + " characters",
          recordLine, 1);
    }
    recordLength += length;
    if (field.length() == 0 && chunkStart < 0 && chars == buffer) {
      chunkStart = offset;
      chunkLength = length;
      return;
    }
    copyChunk();
    field.append(chars, offset, length);
  }

  /** Keeps what fits of an over-long field, reports it on the record and drops the rest of the field. */
  private void truncate(char[] chars, int offset, long fieldLine, long fieldColumn) throws Stop {
    copyChunk();
    int kept = maxFieldLength - field.length();
    if (recordLength + kept > maxRecordLength) {
      throw stop(ReadCodes.CSV_RECORD_TOO_LONG, "record is longer than the limit of " + maxRecordLength + " characters",
          recordLine, 1);
    }
    field.append(chars, offset, kept);
    recordLength += kept;
    fieldTruncated = true;
    problems.add(new CsvProblem(Severity.ERROR, ReadCodes.CSV_FIELD_TOO_LONG, "field is longer than the limit of "
        + maxFieldLength + " characters; the record is rejected and the rest of the field is skipped", fieldLine,
        fieldColumn, OptionalInt.of(fields.size()), Optional.empty()));
  }

  private int peek() throws Stop {
    if (pos >= limit && !fill()) {
      return EOF;
    }
    return buffer[pos];
  }

  /** Refills the buffer once it is used up; false at the end of the input. */
  private boolean fill() throws Stop {
    copyChunk();
    if (endOfInput) {
      return false;
    }
    int n = 0;
    try {
      for (int tries = 0; n == 0 && tries < MAX_EMPTY_READS; tries++) {
        n = in.read(buffer, 0, buffer.length);
      }
    } catch (CharacterCodingException e) {
      throw stop(ReadCodes.ENCODING, "the input is not valid text in its charset at or after this point: " + e,
          line, column);
    } catch (IOException | UncheckedIOException e) {
      throw stop(ReadCodes.IO, "the input could not be read: " + Failures.describe(e), line, column);
    }
    if (n == 0) {
      throw stop(ReadCodes.IO, "the input gave no characters in " + MAX_EMPTY_READS + " reads", line, column);
    }
    base += limit;
    if (n < 0) {
      endOfInput = true;
      pos = 0;
      limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    if (!started) {
      started = true;
      if (buffer[0] == BOM) {
        pos = 1;
        return pos < limit || fill();
      }
    }
    return true;
  }

  private static Stop stop(String code, String message, long line, long column) {
    return new Stop(new CsvProblem(Severity.FATAL, code, message, line, column, OptionalInt.empty(),
        Optional.empty()));
  }

  /** Unwinds the tokenizer to {@link #next()} on a fatal finding; never leaves this class. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient CsvProblem problem;

    Stop(CsvProblem problem) {
      super(problem.code(), null, false, false);
      this.problem = problem;
    }
  }
}

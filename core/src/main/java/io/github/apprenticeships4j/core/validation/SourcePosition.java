package io.github.apprenticeships4j.core.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Where in an input a finding was made: the source name, the 1-based line and column where the record (or value)
 * starts, the 1-based record number (header excluded; array index + 1 for JSON lists), and for structured inputs the
 * field path. Immutable and thread-safe.
 *
 * <p>A hand-written value (not an Immutables class): a reader makes one for every row it reads, so the numbers are
 * kept as primitives, and the optional views are made only when asked for.
 */
public final class SourcePosition {
  /** What an absent line, column or record is held as. */
  private static final long ABSENT = Long.MIN_VALUE;

  private final String source;
  private final long line;
  private final long column;
  private final long record;
  private final @Nullable String field;

  private SourcePosition(String source, long line, long column, long record, @Nullable String field) {
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.record = record;
    this.field = field;
  }

  /** File or resource name, as given to the reader. */
  public String source() {
    return source;
  }

  /** 1-based line, or absent when the input has no lines (e.g. a decompression error). */
  public OptionalLong line() {
    return optional(line);
  }

  /** 1-based column, when known. */
  public OptionalLong column() {
    return optional(column);
  }

  /** 1-based record number, header excluded, when the position is inside a record. */
  public OptionalLong record() {
    return optional(record);
  }

  /** Field path inside the record as written in the input, e.g. {@code duties[3].mappedSkills[0]}. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** A position somewhere in a source, e.g. for a failure to decompress it. */
  public static SourcePosition of(String source) {
    return new SourcePosition(source, ABSENT, ABSENT, ABSENT, null);
  }

  /** A position at a line and column of a source. */
  public static SourcePosition at(String source, long line, long column) {
    return new SourcePosition(source, line, column, ABSENT, null);
  }

  /** A copy of this position that points into record {@code record}. */
  public SourcePosition inRecord(long record) {
    return new SourcePosition(source, line, column, record, field);
  }

  /** A copy of this position that names a field of the record. */
  public SourcePosition atField(String field) {
    return new SourcePosition(source, line, column, record, Objects.requireNonNull(field, "field"));
  }

  private static OptionalLong optional(long value) {
    return value == ABSENT ? OptionalLong.empty() : OptionalLong.of(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SourcePosition that && source.equals(that.source) && line == that.line
        && column == that.column && record == that.record && Objects.equals(field, that.field);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, record, field);
  }

  /** For example {@code standards.json:12:5 (record 3, field duties[0])}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(source);
    if (line != ABSENT) {
      text.append(':').append(line);
    }
    if (column != ABSENT) {
      text.append(':').append(column);
    }
    if (record != ABSENT || field != null) {
      text.append(" (");
      if (record != ABSENT) {
        text.append("record ").append(record);
      }
      if (field != null) {
        text.append(record != ABSENT ? ", field " : "field ").append(field);
      }
      text.append(')');
    }
    return text.toString();
  }
}

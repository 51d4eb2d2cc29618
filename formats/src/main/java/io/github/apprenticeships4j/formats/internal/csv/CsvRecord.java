package io.github.apprenticeships4j.formats.internal.csv;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record delivered by a {@link CsvTokenizer}: its fields with the line and column where each one starts, the
 * line where the record starts, and the findings about it that did not stop the read. Immutable.
 */
public final class CsvRecord {
  private final long ordinal;
  private final long line;
  private final List<String> fields;
  /** The line of each field, or null when every field starts on {@link #line}. */
  private final long @Nullable [] fieldLines;
  private final long[] fieldColumns;
  private final boolean plain;
  private final boolean blank;
  private final List<CsvProblem> problems;

  CsvRecord(long ordinal, long line, List<String> fields, long @Nullable [] fieldLines, long[] fieldColumns,
      boolean plain,
      boolean blank, List<CsvProblem> problems) {
    this.ordinal = ordinal;
    this.line = line;
    this.fields = fields;
    this.fieldLines = fieldLines;
    this.fieldColumns = fieldColumns;
    this.plain = plain;
    this.blank = blank;
    this.problems = problems;
  }

  /** The 1-based position of this record among all records of the input, blank lines and headers included. */
  public long ordinal() {
    return ordinal;
  }

  /** The 1-based line where the record starts; a record with line breaks inside quotes spans later lines too. */
  public long line() {
    return line;
  }

  /** The fields, unquoted, in order; at least one. Unmodifiable. */
  public List<String> fields() {
    return fields;
  }

  /** The number of fields; at least one. */
  public int size() {
    return fields.size();
  }

  /** Field {@code index}, 0-based. */
  public String field(int index) {
    return fields.get(index);
  }

  /** The 1-based line where field {@code index} starts (later than {@link #line()} after a quoted line break). */
  public long fieldLine(int index) {
    checkIndex(index);
    return fieldLines == null ? line : fieldLines[index];
  }

  /** The 1-based column where field {@code index} starts, at its opening quote if it is quoted. */
  public long fieldColumn(int index) {
    checkIndex(index);
    return fieldColumns[index];
  }

  /**
   * Whether the record would come out the same from a naive {@code line.split(",")} (with the tokenizer's delimiter):
   * no field was quoted or held a quote, so none can hold the delimiter or a line break. A record with a bare quote
   * is not plain.
   */
  public boolean survivesNaiveSplit() {
    return plain;
  }

  /**
   * Whether the record is a blank line in the middle of the input: one empty, unquoted field. Blank lines at the end
   * of the input are never delivered; those in the middle are, so that each reader decides what they mean.
   */
  public boolean isBlank() {
    return blank;
  }

  /**
   * The findings about this record that did not stop the read, in input order: errors (such as a character after a
   * closing quote) and warnings (such as a bare quote). Unmodifiable.
   */
  public List<CsvProblem> problems() {
    return problems;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= fields.size()) {
      throw new IndexOutOfBoundsException("field " + index + " of a record with " + fields.size() + " fields");
    }
  }

  @Override
  public String toString() {
    return "line " + line + ": " + fields;
  }
}

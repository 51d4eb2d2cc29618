package io.github.apprenticeships4j.formats.internal.feed;

import io.github.apprenticeships4j.core.feed.FeedColumn;
import io.github.apprenticeships4j.core.feed.FeedRowText;
import io.github.apprenticeships4j.formats.internal.csv.Utf8CsvTokenizer;
import java.nio.charset.StandardCharsets;

/**
 * The values of the plain row a {@link Utf8CsvTokenizer} holds in its buffer, read in place: one reusable
 * {@link CharSequence} per column, valid until the tokenizer reads on. Not thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // the values are in an array by the column's position
final class PlainRowView implements FeedRowText {
  private final Field[] fields = new Field[FeedColumn.values().length];

  PlainRowView() {
    for (int i = 0; i < fields.length; i++) {
      fields[i] = new Field();
    }
  }

  /** Points the view at the plain row of {@code tokenizer}, whose field of each column is in {@code columns}. */
  void show(Utf8CsvTokenizer tokenizer, int[] columns) {
    byte[] buffer = tokenizer.buffer();
    for (int i = 0; i < fields.length; i++) {
      Field field = fields[i];
      field.bytes = buffer;
      field.start = tokenizer.fieldStart(columns[i]);
      field.length = tokenizer.fieldEnd(columns[i]) - field.start;
    }
  }

  @Override
  public CharSequence get(FeedColumn column) {
    return fields[column.ordinal()];
  }

  /** One value: bytes of printable ASCII, one char each. */
  private static final class Field implements CharSequence {
    private byte[] bytes = new byte[0];
    private int start;
    private int length;

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= length) {
        throw new IndexOutOfBoundsException(index);
      }
      return (char) bytes[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return toString().substring(from, to);
    }

    @Override
    public String toString() {
      return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
  }
}

package io.github.apprenticeships4j.formats.internal.feed;

import io.github.apprenticeships4j.core.feed.FeedColumn;
import io.github.apprenticeships4j.core.feed.FeedRowText;
import java.nio.charset.StandardCharsets;

/**
 * An accepted plain row (printable ASCII, no quotes) kept as a copy of its bytes, from which a lazily built
 * {@link io.github.apprenticeships4j.core.feed.FeedRecord} makes its values only when it is read. Immutable.
 */
@SuppressWarnings("EnumOrdinal") // the header's field of each FeedColumn, in an array by the column's position
final class PlainRowText implements FeedRowText {
  private final byte[] bytes;
  /** The field of each column, by the column's position; shared, never changed. */
  private final int[] columns;

  PlainRowText(byte[] bytes, int[] columns) {
    this.bytes = bytes;
    this.columns = columns;
  }

  @Override
  public CharSequence get(FeedColumn column) {
    int index = columns[column.ordinal()];
    int start = 0;
    for (int field = 0; field < index; field++) {
      start = endOfField(start) + 1;
    }
    return new String(bytes, start, endOfField(start) - start, StandardCharsets.ISO_8859_1);
  }

  private int endOfField(int start) {
    int i = start;
    while (i < bytes.length && bytes[i] != ',') {
      i++;
    }
    return i;
  }
}

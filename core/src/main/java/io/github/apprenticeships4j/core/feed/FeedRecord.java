package io.github.apprenticeships4j.core.feed;

import io.github.apprenticeships4j.core.feed.internal.ServiceText;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a bulk-upload file as the apprenticeship service sees it after parsing: the text of each of the 19
 * {@link FeedColumn}s, trimmed of surrounding white space as .NET trims (the service trims every field; in the two name columns it
 * also turns tabs into spaces first). A missing column holds {@code ""}. Values are kept as written, even when they
 * break a rule, so that {@link FeedValidator} can report every defect. Immutable and thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // the values are an array in column order, indexed by the column's position
public final class FeedRecord implements FeedRowText {
  private static final FeedColumn[] COLUMNS = FeedColumn.values();
  private static final int ORIGINAL = FeedColumn.ORIGINAL.size(); // the first 13 in template order

  /** The values, or null until the text is first read. */
  private volatile String @Nullable [] values;
  private final @Nullable FeedRowText text;

  private FeedRecord(String[] values) {
    this.values = values;
    this.text = null;
  }

  private FeedRecord(FeedRowText text) {
    this.text = text;
  }

  /**
   * A record of the values {@code text} holds, normalised as the service does when a value is first read: a reader
   * keeps a row this way, and makes a {@code String} of each value only if the record is read. {@code text} must
   * never change.
   */
  public static FeedRecord of(FeedRowText text) {
    return text instanceof FeedRecord record ? record : new FeedRecord(text);
  }

  /** The values in template order, made from the text when first asked for. */
  private String[] values() {
    String[] made = values;
    if (made == null) {
      FeedRowText from = Objects.requireNonNull(text);
      made = new String[COLUMNS.length];
      for (FeedColumn column : COLUMNS) {
        made[column.ordinal()] = normalise(column, from.get(column).toString());
      }
      values = made;
    }
    return made;
  }

  /** A record of {@code values}; columns not given are blank. Values are normalised as the service does. */
  public static FeedRecord of(Map<FeedColumn, String> values) {
    String[] normalised = new String[COLUMNS.length];
    for (FeedColumn column : COLUMNS) {
      normalised[column.ordinal()] = normalise(column, values.getOrDefault(column, ""));
    }
    return new FeedRecord(normalised);
  }

  /**
   * A record of the values of the 19 columns in the order of {@link FeedColumn#TEMPLATE_ORDER}, normalised as the
   * service does; what a reader builds from a row without a map.
   *
   * @throws IllegalArgumentException if there are not 19 values
   */
  public static FeedRecord of(List<String> valuesInTemplateOrder) {
    if (valuesInTemplateOrder.size() != COLUMNS.length) {
      throw new IllegalArgumentException("a record has " + COLUMNS.length + " values, not "
          + valuesInTemplateOrder.size());
    }
    String[] normalised = new String[COLUMNS.length];
    for (FeedColumn column : COLUMNS) {
      normalised[column.ordinal()] = normalise(column, valuesInTemplateOrder.get(column.ordinal()));
    }
    return new FeedRecord(normalised);
  }

  /** A builder of a record; columns not set are blank. */
  public static Builder builder() {
    return new Builder();
  }

  /** The text of {@code column}, trimmed; {@code ""} when blank. */
  @Override
  public String get(FeedColumn column) {
    return values()[column.ordinal()];
  }

  /** Whether {@code column} is blank. */
  public boolean isBlank(FeedColumn column) {
    return values()[column.ordinal()].isEmpty();
  }

  /**
   * Whether the service would drop this row as empty: all 13 columns of its original layout ({@link
   * FeedColumn#ORIGINAL}) are blank, whatever the prior-learning columns hold.
   */
  public boolean isEmptyRow() {
    String[] values = values();
    for (int i = 0; i < ORIGINAL; i++) {
      if (!values[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The values by column, in template order. */
  public Map<FeedColumn, String> toMap() {
    Map<FeedColumn, String> map = new EnumMap<>(FeedColumn.class);
    for (FeedColumn column : COLUMNS) {
      map.put(column, values()[column.ordinal()]);
    }
    return map;
  }

  /** A copy with {@code column} set to {@code value}, normalised. */
  public FeedRecord with(FeedColumn column, String value) {
    String[] copy = values().clone();
    copy[column.ordinal()] = normalise(column, value);
    return new FeedRecord(copy);
  }

  private static String normalise(FeedColumn column, String value) {
    Objects.requireNonNull(value, column.header());
    String text = column == FeedColumn.FAMILY_NAME || column == FeedColumn.GIVEN_NAMES ? value.replace('\t', ' ')
        : value;
    return ServiceText.trim(text);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeedRecord that && Arrays.equals(values(), that.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  /** The values in template order, comma-separated, for diagnostics (not CSV-escaped). */
  @Override
  public String toString() {
    return "FeedRecord[" + String.join(",", values()) + "]";
  }

  /** Builds a {@link FeedRecord}; not thread-safe. */
  public static final class Builder {
    private final Map<FeedColumn, String> values = new EnumMap<>(FeedColumn.class);

    private Builder() {}

    /** Sets {@code column} to {@code value}. */
    public Builder set(FeedColumn column, String value) {
      values.put(column, Objects.requireNonNull(value, column.header()));
      return this;
    }

    public FeedRecord build() {
      return of(values);
    }
  }
}

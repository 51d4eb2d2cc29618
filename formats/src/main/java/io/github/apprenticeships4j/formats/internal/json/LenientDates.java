package io.github.apprenticeships4j.formats.internal.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date part of the date-times in Skills England data, which come as {@code 2024-12-18T00:00:00},
 * {@code 2024-12-18T00:00:00Z} or, not ISO 8601, {@code 2024-12-18T00:00:00 +00:00} (a space before the offset).
 * The data's times are midnight, so the calendar date written is the date meant.
 */
public final class LenientDates {
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?");

  private LenientDates() {}

  /**
   * The date written in {@code text}; empty for blank text.
   *
   * @throws IllegalArgumentException if the text is not such a date
   */
  public static Optional<LocalDate> parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = DATE_TIME.matcher(trimmed);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a date: " + text);
    }
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a date: " + text, e);
    }
  }
}

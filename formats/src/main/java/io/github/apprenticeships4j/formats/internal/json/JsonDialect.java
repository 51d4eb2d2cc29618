package io.github.apprenticeships4j.formats.internal.json;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The finding codes and wording of one JSON format, with which a {@link JsonWalk} reports the values that do not fit:
 * what differs between the formats that share the walk. A wording holds {@code %s} where the path of the value goes.
 *
 * @param missing code of a required property that is absent or null (an error)
 * @param type code of a value of the wrong JSON type (an error)
 * @param unknown code of a property the format does not have (a warning); {@code null} if the format has none, as
 *     one that allows any property
 * @param document what a type error calls the document itself, e.g. {@code the document}
 * @param lowerCaseTypes whether a type error names the JSON type in lower case ({@code array}), not as
 *     {@link JsonValue.Type} does ({@code ARRAY})
 * @param range code of a whole number outside the range of {@code int} (an error)
 * @param rangeWording message of {@code range}
 * @param bigIntegersOutOfRange whether a whole number beyond the range of {@code long} is out of range too, rather
 *     than not a whole number
 * @param date code of a date not written yyyy-mm-dd (an error)
 * @param dateWording message of {@code date}
 */
public record JsonDialect(String missing, String type, @Nullable String unknown, String document,
    boolean lowerCaseTypes,
    String range, String rangeWording, boolean bigIntegersOutOfRange, String date, String dateWording) {

  /**
   * A dialect with these codes and no code for unknown properties, whose type errors name the document by the empty
   * path and the JSON types in upper case, and whose whole numbers out of range and malformed dates are type errors,
   * {@code "%s is out of range"} and {@code "%s must be a date, yyyy-mm-dd"}.
   */
  public static JsonDialect of(String missing, String type) {
    return new JsonDialect(missing, type, null, "", false, type, "%s is out of range", false, type,
        "%s must be a date, yyyy-mm-dd");
  }

  /** This dialect, which warns with {@code code} about a property the format does not have. */
  public JsonDialect withUnknown(String code) {
    return new JsonDialect(missing, type, code, document, lowerCaseTypes, range, rangeWording, bigIntegersOutOfRange,
        date, dateWording);
  }

  /** This dialect, whose type errors call the document itself {@code name}. */
  public JsonDialect documentCalled(String name) {
    return new JsonDialect(missing, type, unknown, name, lowerCaseTypes, range, rangeWording, bigIntegersOutOfRange,
        date, dateWording);
  }

  /** This dialect, whose type errors name the JSON types in lower case. */
  public JsonDialect withLowerCaseTypes() {
    return new JsonDialect(missing, type, unknown, document, true, range, rangeWording, bigIntegersOutOfRange, date,
        dateWording);
  }

  /**
   * This dialect, which reports a whole number outside the range of {@code int} with {@code code} and
   * {@code wording}; {@code bigIntegers}: also one beyond the range of {@code long}.
   */
  public JsonDialect withRange(String code, String wording, boolean bigIntegers) {
    return new JsonDialect(missing, type, unknown, document, lowerCaseTypes, code, wording, bigIntegers, date,
        dateWording);
  }

  /** This dialect, which reports a date not written yyyy-mm-dd with {@code code} and {@code wording}. */
  public JsonDialect withDate(String code, String wording) {
    return new JsonDialect(missing, type, unknown, document, lowerCaseTypes, range, rangeWording,
        bigIntegersOutOfRange, code, wording);
  }

  /** How a type error names the type of {@code node}. */
  String typeName(JsonValue node) {
    return lowerCaseTypes ? node.type().name().toLowerCase(Locale.ROOT) : node.type().name();
  }

  /** What a type error calls the value at {@code path}. */
  String subject(String path) {
    return path.isEmpty() ? document : path;
  }

  static String word(String wording, String path) {
    return String.format(Locale.ROOT, wording, path);
  }
}

package io.github.apprenticeships4j.formats.internal.json;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The finding codes, wording and path style of one JSON format, with which a {@link JsonWalk} reports the values that
 * do not fit: what differs between the formats that share the walk. A wording holds {@code %s} where the path of the
 * value goes (the name of the property, for {@code unknownWording}).
 *
 * @param missing code of a required property that is absent or null (an error)
 * @param type code of a value of the wrong JSON type (an error)
 * @param unknown code of a property the format does not have (a warning); {@code null} if the format has none, as
 *     one that allows any property
 * @param unknownWording message of {@code unknown}
 * @param document what a type error calls the document itself, e.g. {@code the document}
 * @param lowerCaseTypes whether a type error names the JSON type in lower case ({@code array}), not as
 *     {@link JsonValue.Type} does ({@code ARRAY})
 * @param range code of a whole number outside the range of {@code int} (an error)
 * @param rangeWording message of {@code range}
 * @param bigIntegersOutOfRange whether a whole number beyond the range of {@code long} is out of range too, rather
 *     than not a whole number
 * @param date code of a date not written yyyy-mm-dd (an error)
 * @param dateWording message of {@code date}
 * @param paths how the findings write the path of a value
 * @param nullIsAValue whether a JSON null is a value of the wrong type (as in a JSON Schema without {@code "null"}
 *     types) rather than no value
 */
public record JsonDialect(String missing, String type, @Nullable String unknown, String unknownWording,
    String document, boolean lowerCaseTypes, String range, String rangeWording, boolean bigIntegersOutOfRange,
    String date, String dateWording, PathStyle paths, boolean nullIsAValue) {

  /** How a finding writes the path of a value; the document itself is the empty path in both. */
  public enum PathStyle {
    /** Properties joined with dots and elements with their index, e.g. {@code framework.roles[2].name}. */
    DOTTED,
    /** A JSON Pointer (RFC 6901), e.g. {@code /framework/roles/2/name}, with {@code ~} and {@code /} escaped. */
    POINTER;

    /** The path of the property {@code name} of the value at {@code path}. */
    public String property(String path, String name) {
      if (this == POINTER) {
        return path + "/" + name.replace("~", "~0").replace("/", "~1");
      }
      return path.isEmpty() ? name : path + "." + name;
    }

    /** The path of element {@code i} of the array at {@code path}. */
    public String element(String path, int i) {
      return this == POINTER ? path + "/" + i : path + "[" + i + "]";
    }
  }

  /**
   * A dialect with these codes and no code for unknown properties, whose type errors name the document by the empty
   * path and the JSON types in upper case, whose whole numbers out of range and malformed dates are type errors,
   * {@code "%s is out of range"} and {@code "%s must be a date, yyyy-mm-dd"}, whose paths are
   * {@linkplain PathStyle#DOTTED dotted}, and for which a JSON null is no value.
   */
  public static JsonDialect of(String missing, String type) {
    return new JsonDialect(missing, type, null, "the format has no property '%s' here", "", false, type,
        "%s is out of range", false, type, "%s must be a date, yyyy-mm-dd", PathStyle.DOTTED, false);
  }

  /** This dialect, which warns with {@code code} about a property the format does not have. */
  public JsonDialect withUnknown(String code) {
    return withUnknown(code, unknownWording);
  }

  /** This dialect, which warns with {@code code} and {@code wording} about a property the format does not have. */
  public JsonDialect withUnknown(String code, String wording) {
    return new JsonDialect(missing, type, code, wording, document, lowerCaseTypes, range, rangeWording,
        bigIntegersOutOfRange, date, dateWording, paths, nullIsAValue);
  }

  /** This dialect, whose type errors call the document itself {@code name}. */
  public JsonDialect documentCalled(String name) {
    return new JsonDialect(missing, type, unknown, unknownWording, name, lowerCaseTypes, range, rangeWording,
        bigIntegersOutOfRange, date, dateWording, paths, nullIsAValue);
  }

  /** This dialect, whose type errors name the JSON types in lower case. */
  public JsonDialect withLowerCaseTypes() {
    return new JsonDialect(missing, type, unknown, unknownWording, document, true, range, rangeWording,
        bigIntegersOutOfRange, date, dateWording, paths, nullIsAValue);
  }

  /**
   * This dialect, which reports a whole number outside the range of {@code int} with {@code code} and
   * {@code wording}; {@code bigIntegers}: also one beyond the range of {@code long}.
   */
  public JsonDialect withRange(String code, String wording, boolean bigIntegers) {
    return new JsonDialect(missing, type, unknown, unknownWording, document, lowerCaseTypes, code, wording,
        bigIntegers, date, dateWording, paths, nullIsAValue);
  }

  /** This dialect, which reports a date not written yyyy-mm-dd with {@code code} and {@code wording}. */
  public JsonDialect withDate(String code, String wording) {
    return new JsonDialect(missing, type, unknown, unknownWording, document, lowerCaseTypes, range, rangeWording,
        bigIntegersOutOfRange, code, wording, paths, nullIsAValue);
  }

  /** This dialect, whose findings write paths as JSON Pointers. */
  public JsonDialect withPointers() {
    return new JsonDialect(missing, type, unknown, unknownWording, document, lowerCaseTypes, range, rangeWording,
        bigIntegersOutOfRange, date, dateWording, PathStyle.POINTER, nullIsAValue);
  }

  /** This dialect, for which a JSON null is a value of the wrong type, not the absence of one. */
  public JsonDialect withNullAsAValue() {
    return new JsonDialect(missing, type, unknown, unknownWording, document, lowerCaseTypes, range, rangeWording,
        bigIntegersOutOfRange, date, dateWording, paths, true);
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

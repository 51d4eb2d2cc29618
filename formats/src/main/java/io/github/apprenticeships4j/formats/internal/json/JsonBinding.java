package io.github.apprenticeships4j.formats.internal.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds field values straight from a {@link JsonParser} positioned on the value, leaving it on the value's last
 * token. The rules are those the readers have always had: JSON {@code null} is absent; a string field takes a string
 * or the text of any other scalar; a boolean field takes {@code true}, {@code false}, an integer (0 is false) or the
 * strings {@code true}, {@code True}, {@code TRUE} and their false forms (blank and {@code "null"} read as absent);
 * a list or an object field takes only a list or an object. Anything else throws {@link JsonMismatch}.
 */
public final class JsonBinding {
  private JsonBinding() {}

  /** Reads the object at the parser's current token, one property at a time. */
  @FunctionalInterface
  public interface ObjectBinder<T> {
    T bind(JsonParser p);
  }

  /** Reads one property of an object, the parser on its value; it must read or skip the whole value. */
  @FunctionalInterface
  public interface PropertyReader {
    void read(String name);
  }

  /**
   * Reads the properties of the object at the parser's current token, one at a time with {@code property}, leaving
   * the parser on the object's end (see {@link #endOfObject}).
   *
   * @throws JsonMismatch if a property has the wrong JSON type, with the property's name in its path
   */
  public static void properties(JsonParser p, PropertyReader property) {
    String name = null;
    try {
      for (name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        property.read(name);
      }
    } catch (JsonMismatch e) {
      throw e.in(String.valueOf(name));
    }
    endOfObject(p);
  }

  /** A string, or the text of a number or boolean; {@code null} for JSON null. */
  public static @Nullable String string(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != null && token.isScalarValue()) {
      return p.getString();
    }
    throw JsonMismatch.expected("a string", p);
  }

  /** As {@link #string(JsonParser)}, a JSON string taken from {@code pool}. */
  public static @Nullable String string(JsonParser p, StringPool pool) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return pool.of(p.getString());
    }
    return string(p);
  }

  /** A boolean; see the class comment for the forms accepted. */
  public static @Nullable Boolean bool(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      throw JsonMismatch.expected("true or false", p);
    }
    switch (token) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() != 0 : !"0".equals(p.getString());
      case VALUE_STRING:
        return boolFromText(p.getString());
      default:
        throw JsonMismatch.expected("true or false", p);
    }
  }

  private static @Nullable Boolean boolFromText(String text) {
    if (isBlank(text)) {
      return null;
    }
    String trimmed = text.trim();
    switch (trimmed) {
      case "true":
      case "True":
      case "TRUE":
        return Boolean.TRUE;
      case "false":
      case "False":
      case "FALSE":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        throw JsonMismatch.unrecognised("true or false", text);
    }
  }

  /** Empty or only characters up to the space, as Jackson's coercions judge blank. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > ' ') {
        return false;
      }
    }
    return true;
  }

  /** Any JSON value, kept whole; {@code null} for JSON null. */
  public static @Nullable JsonValue value(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : JsonValue.read(p);
  }

  /**
   * Any JSON value, kept whole, in which every number must be one {@link java.math.BigDecimal} can hold (an exponent
   * beyond its range is a mismatch of the whole value); {@code null} for JSON null.
   */
  public static @Nullable JsonValue exactValue(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : JsonValue.read(p, true);
  }

  /** An object bound by {@code binder}; {@code null} for JSON null. */
  public static <T> @Nullable T object(JsonParser p, ObjectBinder<T> binder) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return binder.bind(p);
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw JsonMismatch.expected("an object", p);
  }

  /**
   * A list of strings (elements as {@link #string}, null elements kept); {@code null} for JSON null. An element that is
   * itself a list whose first element is a string, number or boolean is read as Jackson's binding always read it: that
   * first element's text is taken and the list goes on inside the inner list, so that the enclosing object then finds
   * a value where it expects a property (see {@link #endOfObject}).
   */
  public static @Nullable List<@Nullable String> strings(JsonParser p) {
    return list(p, JsonBinding::stringElement);
  }

  /** As {@link #strings(JsonParser)}, each JSON string taken from {@code pool}. */
  public static @Nullable List<@Nullable String> strings(JsonParser p, StringPool pool) {
    return list(p, q -> q.currentToken() == JsonToken.START_ARRAY ? stringElement(q) : string(q, pool));
  }

  private static @Nullable String stringElement(JsonParser p) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return string(p);
    }
    JsonToken first = p.nextToken();
    if (first != null && first.isScalarValue() && first != JsonToken.VALUE_NULL) {
      return p.getString();
    }
    throw JsonMismatch.expected("a string", p);
  }

  /**
   * Checks that the parser stopped on the end of the object being bound, after its last property; otherwise (a list
   * of strings read into an inner list, see {@link #strings}) the object is a mismatch at its own path.
   */
  public static void endOfObject(JsonParser p) {
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw JsonMismatch.expected("a property name or the end of the object", p);
    }
  }

  /** A list of objects bound by {@code binder}, null elements kept; {@code null} for JSON null. */
  public static <T> @Nullable List<@Nullable T> objects(JsonParser p, ObjectBinder<T> binder) {
    return list(p, q -> object(q, binder));
  }

  private static <T> @Nullable List<@Nullable T> list(JsonParser p, Function<JsonParser, @Nullable T> element) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      throw JsonMismatch.expected("a list", p);
    }
    List<@Nullable T> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      try {
        list.add(element.apply(p));
      } catch (JsonMismatch e) {
        throw e.in(list.size());
      }
    }
    return list;
  }
}

package io.github.apprenticeships4j.formats.internal.json;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * An immutable JSON value read from a {@link JsonParser}: the small tree the readers keep where a field may hold any
 * JSON (a number or a string holding one, an object) and for the career documents. Numbers keep the text they were
 * written with, so that {@link #decimalValue()} is exact (never through {@code double}) and keeps trailing zeros. In
 * an object a repeated property keeps its first place and its last value. {@link #toString()} is the value as
 * compact JSON, to echo a rejected value; a decimal is echoed as the readers always echoed it: exactly for a value
 * read with {@code exactDecimals}, else as Java prints the nearest {@code double} ({@code 1.5E-7}, {@code 100.0}).
 */
public abstract class JsonValue {
  /** The kinds of value; the names are those the findings print. */
  public enum Type {
    OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL
  }

  private static final JsonFactory WRITER = new JsonFactory();
  private static final JsonValue NULL = new Literal(Type.NULL, false);
  private static final JsonValue TRUE = new Literal(Type.BOOLEAN, true);
  private static final JsonValue FALSE = new Literal(Type.BOOLEAN, false);

  JsonValue() {}

  public abstract Type type();

  public final boolean isNull() {
    return type() == Type.NULL;
  }

  public final boolean isObject() {
    return type() == Type.OBJECT;
  }

  public final boolean isArray() {
    return type() == Type.ARRAY;
  }

  public final boolean isString() {
    return type() == Type.STRING;
  }

  public final boolean isNumber() {
    return type() == Type.NUMBER;
  }

  public final boolean isBoolean() {
    return type() == Type.BOOLEAN;
  }

  /** Whether this is a number written without a fraction or an exponent. */
  public boolean isIntegralNumber() {
    return false;
  }

  /** The property {@code name} of an object; {@code null} if absent or if this is not an object. */
  public @Nullable JsonValue get(String name) {
    return null;
  }

  /** The properties of an object in document order; empty for other values. */
  public Map<String, JsonValue> properties() {
    return Map.of();
  }

  /** The elements of an array; empty for other values. */
  public List<JsonValue> elements() {
    return List.of();
  }

  /**
   * The text of a string, or the text of a scalar as JSON writes it ({@code 5}, {@code true}); {@code null} for null,
   * objects and arrays.
   */
  public @Nullable String asText() {
    return null;
  }

  /** The text of a string. @throws IllegalStateException if this is not a string */
  public String stringValue() {
    throw new IllegalStateException("not a string: " + type());
  }

  /** The value of a boolean. @throws IllegalStateException if this is not a boolean */
  public boolean booleanValue() {
    throw new IllegalStateException("not a boolean: " + type());
  }

  /** The number exactly as written. @throws NumberFormatException if this is not a number BigDecimal can hold */
  public BigDecimal decimalValue() {
    throw new NumberFormatException("not a number: " + type());
  }

  /** The nearest {@code double} to a number. @throws NumberFormatException if this is not a number */
  double doubleValue() {
    throw new NumberFormatException("not a number: " + type());
  }

  /** Whether this is an integral number in the range of {@code int}. */
  public boolean canConvertToInt() {
    return false;
  }

  /** Whether this is an integral number in the range of {@code long}. */
  public boolean canConvertToLong() {
    return false;
  }

  /** The value of an integral number in the range of {@code long}. @throws IllegalStateException otherwise */
  public long longValue() {
    throw new IllegalStateException("not a whole number in range: " + this);
  }

  /** The value as compact JSON. */
  @Override
  public final String toString() {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = WRITER.createGenerator(ObjectWriteContext.empty(), out)) {
      write(json);
    }
    return out.toString();
  }

  abstract void write(JsonGenerator json);

  /**
   * Reads the value at the parser's current token, with all it holds, leaving the parser on its last token.
   *
   * @throws tools.jackson.core.JacksonException if the input is malformed or exceeds a read constraint
   */
  public static JsonValue read(JsonParser p) {
    return read(p, false);
  }

  /**
   * As {@link #read(JsonParser)}; with {@code exactDecimals}, decimals are echoed exactly and a number BigDecimal
   * cannot hold (an exponent out of its range) throws {@link JsonMismatch} at its token.
   */
  static JsonValue read(JsonParser p, boolean exactDecimals) {
    JsonToken token = p.currentToken();
    if (token == null) {
      throw new IllegalStateException("no current token");
    }
    switch (token) {
      case START_OBJECT:
        Map<String, JsonValue> properties = new LinkedHashMap<>();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          properties.put(name, read(p, exactDecimals));
        }
        return new ObjectValue(properties);
      case START_ARRAY:
        List<JsonValue> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(p, exactDecimals));
        }
        return new ArrayValue(elements);
      case VALUE_STRING:
        return new StringValue(p.getString());
      case VALUE_NUMBER_INT:
        return new NumberValue(p.getString(), true, true);
      case VALUE_NUMBER_FLOAT:
        NumberValue number = new NumberValue(p.getString(), false, exactDecimals);
        if (exactDecimals) {
          try {
            number.decimalValue();
          } catch (NumberFormatException e) {
            throw JsonMismatch.outOfRange(p);
          }
        }
        return number;
      case VALUE_TRUE:
        return TRUE;
      case VALUE_FALSE:
        return FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new IllegalStateException("not at a value: " + token);
    }
  }

  private static final class ObjectValue extends JsonValue {
    private final Map<String, JsonValue> properties;

    ObjectValue(Map<String, JsonValue> properties) {
      this.properties = Collections.unmodifiableMap(properties);
    }

    @Override
    public Type type() {
      return Type.OBJECT;
    }

    @Override
    public @Nullable JsonValue get(String name) {
      return properties.get(name);
    }

    @Override
    public Map<String, JsonValue> properties() {
      return properties;
    }

    @Override
    void write(JsonGenerator json) {
      json.writeStartObject();
      for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
        json.writeName(property.getKey());
        property.getValue().write(json);
      }
      json.writeEndObject();
    }
  }

  private static final class ArrayValue extends JsonValue {
    private final List<JsonValue> elements;

    ArrayValue(List<JsonValue> elements) {
      this.elements = Collections.unmodifiableList(elements);
    }

    @Override
    public Type type() {
      return Type.ARRAY;
    }

    @Override
    public List<JsonValue> elements() {
      return elements;
    }

    @Override
    void write(JsonGenerator json) {
      json.writeStartArray();
      for (JsonValue element : elements) {
        element.write(json);
      }
      json.writeEndArray();
    }
  }

  private static final class StringValue extends JsonValue {
    private final String text;

    StringValue(String text) {
      this.text = text;
    }

    @Override
    public Type type() {
      return Type.STRING;
    }

    @Override
    public String asText() {
      return text;
    }

    @Override
    public String stringValue() {
      return text;
    }

    @Override
    void write(JsonGenerator json) {
      json.writeString(text);
    }
  }

  /** A number as written: digits only when integral, else with a fraction or an exponent. */
  private static final class NumberValue extends JsonValue {
    private final String text;
    private final boolean integral;
    private final boolean exactEcho;

    NumberValue(String text, boolean integral, boolean exactEcho) {
      this.text = text;
      this.integral = integral;
      this.exactEcho = exactEcho;
    }

    @Override
    public Type type() {
      return Type.NUMBER;
    }

    @Override
    public boolean isIntegralNumber() {
      return integral;
    }

    /**
     * Integers as digits ({@code -0} as {@code 0}); decimals as {@link BigDecimal#toString()}, or as
     * {@link Double#toString(double)} of the nearest double unless echoed exactly.
     */
    @Override
    public String asText() {
      if (integral) {
        return new BigInteger(text).toString();
      }
      if (!exactEcho) {
        return Double.toString(Double.parseDouble(text));
      }
      try {
        return new BigDecimal(text).toString();
      } catch (NumberFormatException e) {
        return text; // an exponent out of BigDecimal's range
      }
    }

    @Override
    public BigDecimal decimalValue() {
      return new BigDecimal(text);
    }

    @Override
    double doubleValue() {
      return Double.parseDouble(text);
    }

    /** Up to 9 characters (8 digits and a sign, or 9 digits) an integer is under 10^9, within an int. */
    @Override
    public boolean canConvertToInt() {
      return integral && (text.length() <= 9 || new BigInteger(text).bitLength() < Integer.SIZE);
    }

    /** Up to 18 characters an integer is under 10^18, within a long. */
    @Override
    public boolean canConvertToLong() {
      return integral && (text.length() <= 18 || new BigInteger(text).bitLength() < Long.SIZE);
    }

    @Override
    public long longValue() {
      if (!canConvertToLong()) {
        throw new IllegalStateException("not a whole number in range: " + text);
      }
      return Long.parseLong(text);
    }

    @Override
    void write(JsonGenerator json) {
      String number = asText();
      if (number.equals("Infinity") || number.equals("-Infinity")) {
        json.writeString(number); // as Jackson writes a double out of range
      } else {
        json.writeNumber(number);
      }
    }
  }

  private static final class Literal extends JsonValue {
    private final Type type;
    private final boolean value;

    Literal(Type type, boolean value) {
      this.type = type;
      this.value = value;
    }

    @Override
    public Type type() {
      return type;
    }

    @Override
    public @Nullable String asText() {
      return type == Type.NULL ? null : Boolean.toString(value);
    }

    @Override
    public boolean booleanValue() {
      if (type != Type.BOOLEAN) {
        throw new IllegalStateException("not a boolean: " + type);
      }
      return value;
    }

    @Override
    void write(JsonGenerator json) {
      if (type == Type.NULL) {
        json.writeNull();
      } else {
        json.writeBoolean(value);
      }
    }
  }
}

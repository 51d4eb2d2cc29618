package io.github.apprenticeships4j.formats.internal.json;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A value of the wrong JSON type for the field it is bound to, with the path to it ({@code knowledges[2].detail}).
 * Thrown by the binders while the parser is on the offending token; the path grows as it passes out through the
 * enclosing objects and arrays. Carries no stack trace: it is a finding about the input, not a failure of the code.
 */
public final class JsonMismatch extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Deque<Object> path = new ArrayDeque<>();

  private JsonMismatch(String message) {
    super(message, null, false, false);
  }

  /** A mismatch at the parser's current token, which is not {@code expected} (e.g. "a string"). */
  static JsonMismatch expected(String expected, JsonParser p) {
    return new JsonMismatch("expected " + expected + ", found " + found(p));
  }

  /** A mismatch at a string token whose text is not one that {@code expected} accepts. */
  static JsonMismatch unrecognised(String expected, String text) {
    return new JsonMismatch("expected " + expected + ", found the string \"" + text + "\"");
  }

  /** A mismatch at a number token whose exponent is beyond what an exact decimal can hold. */
  static JsonMismatch outOfRange(JsonParser p) {
    return new JsonMismatch("the number " + p.getString() + " is out of the range of decimals");
  }

  /** Adds the property the mismatch is in, from the inside out. */
  JsonMismatch in(String property) {
    path.addFirst(property);
    return this;
  }

  /** Adds the index of the list element the mismatch is in, from the inside out. */
  JsonMismatch in(int index) {
    path.addFirst(index);
    return this;
  }

  /** The JSON path, e.g. {@code standard.caps[0].from}. */
  public String path() {
    StringBuilder out = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer) {
        out.append('[').append(step).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(step);
      }
    }
    return out.toString();
  }

  private static String found(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        String text = p.getString();
        return text.isEmpty() ? "an empty string" : "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + p.getString();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return token.asString();
      default:
        return token.toString();
    }
  }
}

package io.github.apprenticeships4j.jackson;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import java.util.function.Function;
import java.util.function.IntFunction;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Deserialisers of the value types, from a string or a whole number, through the model's factories: a value they
 * refuse fails the read with a {@code MismatchedInputException} naming the model's finding code.
 */
final class ValueDeserializers {
  private ValueDeserializers() {}

  /** Calls {@code factory} on {@code input}; a refusal is reported as a mismatched input. */
  static <V, T> T make(DeserializationContext context, Class<T> type, V input, Function<V, T> factory) {
    try {
      return factory.apply(input);
    } catch (InvalidValueException e) {
      return context.reportInputMismatch(type, "%s (%s): %s", e.issue().message(), e.issue().code(), input);
    } catch (IllegalArgumentException e) {
      return context.reportInputMismatch(type, "%s: %s", String.valueOf(e.getMessage()), input);
    }
  }

  /** Reads a value from a string (or a whole number, written as digits). */
  static final class Text<T> extends StdDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> factory;

    Text(Class<T> type, Function<String, T> factory) {
      super(type);
      this.type = type;
      this.factory = factory;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT) {
        return context.reportInputMismatch(type, "expected a string for %s, found %s", type.getSimpleName(), token);
      }
      return make(context, type, p.getString(), factory);
    }
  }

  /** Reads a value from a whole number. */
  static final class Whole<T> extends StdDeserializer<T> {
    private final Class<T> type;
    private final IntFunction<T> factory;

    Whole(Class<T> type, IntFunction<T> factory) {
      super(type);
      this.type = type;
      this.factory = factory;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        return context.reportInputMismatch(type, "expected a whole number for %s, found %s", type.getSimpleName(),
            p.currentToken());
      }
      return make(context, type, p.getIntValue(), factory::apply);
    }
  }
}

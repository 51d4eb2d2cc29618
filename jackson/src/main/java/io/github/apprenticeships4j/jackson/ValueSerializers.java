package io.github.apprenticeships4j.jackson;

import java.util.function.Function;
import java.util.function.ToIntFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Serialisers of the value types: as a string or as a whole number. */
final class ValueSerializers {
  private ValueSerializers() {}

  /** Writes a value as the string {@code text} gives. */
  static final class Text<T> extends StdSerializer<T> {
    private final Function<T, String> text;

    Text(Class<T> type, Function<T, String> text) {
      super(type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator json, SerializationContext context) {
      json.writeString(text.apply(value));
    }
  }

  /** Writes a value as the whole number {@code number} gives. */
  static final class Whole<T> extends StdSerializer<T> {
    private final ToIntFunction<T> number;

    Whole(Class<T> type, ToIntFunction<T> number) {
      super(type);
      this.number = number;
    }

    @Override
    public void serialize(T value, JsonGenerator json, SerializationContext context) {
      json.writeNumber(number.applyAsInt(value));
    }
  }
}

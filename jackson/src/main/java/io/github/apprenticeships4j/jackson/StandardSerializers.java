package io.github.apprenticeships4j.jackson;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.CanonicalStandardsJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Standards and catalogues in the canonical format of {@link CanonicalStandardsJson}, written and read by that
 * format's own writer and reader (through its text), so that a mapper gives exactly what the format says.
 */
final class StandardSerializers {
  private static final JsonFactory FACTORY = new JsonFactory();

  private StandardSerializers() {}

  /** Copies the canonical document {@code json} to {@code out}, in the generator's own layout. */
  private static void copy(String json, JsonGenerator out) {
    try (JsonParser in = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      in.nextToken();
      out.copyCurrentStructure(in);
    }
  }

  /** The standards of the canonical document {@code json}, or a mismatch naming the findings of the first bad one. */
  private static <T> List<Standard> read(String json, DeserializationContext context, Class<T> type) {
    List<Standard> standards = new ArrayList<>();
    try (RecordReader<Standard> reader = CanonicalStandardsJson.reader().open(new ByteArrayInputStream(json.getBytes(
        StandardCharsets.UTF_8)), type.getSimpleName())) {
      for (Row<Standard> row : (Iterable<Row<Standard>>) reader.rows()::iterator) {
        if (row instanceof Row.Accepted<Standard> accepted) {
          standards.add(accepted.value());
        } else {
          return context.reportInputMismatch(type, "not a standard of %s: %s", CanonicalStandardsJson.FORMAT,
              describe(row.issues()));
        }
      }
    }
    return standards;
  }

  private static String describe(List<Issue> issues) {
    return issues.stream().map(i -> i.code() + (i.path().isEmpty() ? "" : " at " + i.path()) + ": " + i.message())
        .collect(Collectors.joining("; "));
  }

  static final class StandardWriter extends StdSerializer<Standard> {
    StandardWriter() {
      super(Standard.class);
    }

    @Override
    public void serialize(Standard value, JsonGenerator json, SerializationContext context) {
      copy(CanonicalStandardsJson.toJson(value), json);
    }
  }

  static final class CatalogueWriter extends StdSerializer<StandardCatalogue> {
    CatalogueWriter() {
      super(StandardCatalogue.class);
    }

    @Override
    public void serialize(StandardCatalogue value, JsonGenerator json, SerializationContext context) {
      copy(CanonicalStandardsJson.toJson(value), json);
    }
  }

  static final class StandardReader extends StdDeserializer<Standard> {
    StandardReader() {
      super(Standard.class);
    }

    @Override
    public Standard deserialize(JsonParser p, DeserializationContext context) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return context.reportInputMismatch(Standard.class, "a standard is a JSON object, found %s",
            p.currentToken());
      }
      return read(context.readTree(p).toString(), context, Standard.class).get(0);
    }
  }

  static final class CatalogueReader extends StdDeserializer<StandardCatalogue> {
    CatalogueReader() {
      super(StandardCatalogue.class);
    }

    @Override
    public StandardCatalogue deserialize(JsonParser p, DeserializationContext context) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return context.reportInputMismatch(StandardCatalogue.class, "a catalogue is a JSON list of standards, "
            + "found %s", p.currentToken());
      }
      return StandardCatalogue.of(read(context.readTree(p).toString(), context, StandardCatalogue.class));
    }
  }
}

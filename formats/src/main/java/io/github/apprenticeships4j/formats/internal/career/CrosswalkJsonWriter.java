package io.github.apprenticeships4j.formats.internal.career;

import io.github.apprenticeships4j.formats.internal.json.IndentedJson;
import io.github.apprenticeships4j.core.crosswalk.Alignment;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.crosswalk.Provenance;
import io.github.apprenticeships4j.formats.json.CrosswalkJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a crosswalk as a crosswalk JSON document; see {@link CrosswalkJson}. Optional values that are absent are left
 * out. Written with Jackson's streaming generator, indented as the career JSON is.
 */
public final class CrosswalkJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CrosswalkJsonWriter() {}

  /** Writes the document to {@code output} and closes it. */
  public static void write(Crosswalk crosswalk, OutputStream output) {
    try {
      try (JsonGenerator json = FACTORY.createGenerator(IndentedJson.CONTEXT, output, JsonEncoding.UTF8)) {
        document(crosswalk, json);
      }
      output.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String toJson(Crosswalk crosswalk) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(IndentedJson.CONTEXT, out)) {
      document(crosswalk, json);
    }
    return out + "\n";
  }

  private static void document(Crosswalk crosswalk, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("format", CrosswalkJson.FORMAT);
    json.writeStringProperty("standard", crosswalk.standard().value());
    crosswalk.standardVersion().ifPresent(v -> json.writeStringProperty("standardVersion", v.toString()));
    json.writeStringProperty("framework", crosswalk.framework());
    json.writeName("provenance");
    provenance(crosswalk.provenance(), json);
    json.writeArrayPropertyStart("alignments");
    crosswalk.alignments().forEach(a -> alignment(a, json));
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void provenance(Provenance provenance, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("assertedBy", provenance.assertedBy());
    json.writeStringProperty("assertedOn", provenance.assertedOn().toString());
    json.writeStringProperty("basis", provenance.basis());
    json.writeEndObject();
  }

  private static void alignment(Alignment alignment, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("ksb", alignment.ksb());
    json.writeStringProperty("skill", alignment.skill().value());
    alignment.level().ifPresent(l -> json.writeStringProperty("level", l));
    json.writeStringProperty("match", CrosswalkJsonMapper.matchName(alignment.kind()));
    alignment.reasoning().ifPresent(r -> json.writeStringProperty("reasoning", r));
    alignment.provenance().ifPresent(p -> {
      json.writeName("provenance");
      provenance(p, json);
    });
    json.writeEndObject();
  }
}

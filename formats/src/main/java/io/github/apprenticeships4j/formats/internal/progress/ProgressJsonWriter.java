package io.github.apprenticeships4j.formats.internal.progress;

import io.github.apprenticeships4j.core.progress.EnglishAndMathsStatus;
import io.github.apprenticeships4j.core.progress.GatewayRequirement;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.progress.LearningBreak;
import io.github.apprenticeships4j.core.progress.OffTheJobSession;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.formats.internal.json.IndentedJson;
import io.github.apprenticeships4j.formats.json.ProgressJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes progress records as a progress JSON document, indented as the library's other documents: one record as
 * {@code apprentice}, a list as {@code apprentices}. Optional values that are absent and empty lists are left out;
 * hours are written as plain decimals, as they were read. See {@link ProgressJson}.
 */
public final class ProgressJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ProgressJsonWriter() {}

  /** Writes the document of one record ({@code cohort} false, one record) or of a list to {@code output}. */
  public static void write(List<ProgressRecord> records, boolean cohort, OutputStream output) {
    try {
      try (JsonGenerator json = FACTORY.createGenerator(IndentedJson.CONTEXT, output, JsonEncoding.UTF8)) {
        document(records, cohort, json);
      }
      output.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document of one record ({@code cohort} false, one record) or of a list, ending with a line break: written as
   * UTF-8 bytes, as {@link #write} writes it, so a lone surrogate in a text is escaped the same way.
   */
  public static String toJson(List<ProgressRecord> records, boolean cohort) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(IndentedJson.CONTEXT, out, JsonEncoding.UTF8)) {
      document(records, cohort, json);
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  private static void document(List<ProgressRecord> records, boolean cohort, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("format", ProgressJson.FORMAT);
    if (cohort) {
      json.writeArrayPropertyStart("apprentices");
      records.forEach(r -> apprentice(r, json));
      json.writeEndArray();
    } else {
      json.writeName("apprentice");
      apprentice(records.get(0), json);
    }
    json.writeEndObject();
  }

  private static void apprentice(ProgressRecord record, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("apprenticeId", record.apprenticeId());
    json.writeStringProperty("standard", record.standardReference().value());
    json.writeStringProperty("standardVersion", record.standardVersion().toString());
    record.optionId().ifPresent(o -> json.writeStringProperty("option", o));
    json.writeStringProperty("startDate", record.startDate().toString());
    json.writeStringProperty("plannedEndDate", record.plannedEndDate().toString());
    hours("weeklyHours", record.weeklyHours(), json);
    record.ageAtStart().ifPresent(a -> json.writeNumberProperty("ageAtStart", a));
    if (!record.learningBreaks().isEmpty()) {
      json.writeArrayPropertyStart("learningBreaks");
      for (LearningBreak b : record.learningBreaks()) {
        json.writeStartObject();
        json.writeStringProperty("from", b.from().toString());
        json.writeStringProperty("to", b.to().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (!record.offTheJobSessions().isEmpty()) {
      json.writeArrayPropertyStart("offTheJob");
      for (OffTheJobSession s : record.offTheJobSessions()) {
        json.writeStartObject();
        json.writeStringProperty("date", s.date().toString());
        hours("hours", s.hours(), json);
        json.writeStringProperty("kind", ProgressJsonMapper.kindName(s.kind()));
        s.activity().ifPresent(a -> json.writeStringProperty("activity", a));
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (!record.evidence().isEmpty()) {
      json.writeArrayPropertyStart("evidence");
      for (KsbEvidence e : record.evidence()) {
        json.writeStartObject();
        json.writeStringProperty("ksb", e.ksbCode());
        json.writeStringProperty("description", e.description());
        json.writeStringProperty("date", e.date().toString());
        json.writeStringProperty("confirmedBy", e.confirmedBy());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    EnglishAndMathsStatus status = record.englishAndMaths();
    if (status.englishLevel().isPresent() || status.mathsLevel().isPresent()) {
      json.writeObjectPropertyStart("englishAndMaths");
      status.englishLevel().ifPresent(l -> json.writeNumberProperty("english", l));
      status.mathsLevel().ifPresent(l -> json.writeNumberProperty("maths", l));
      json.writeEndObject();
    }
    if (!record.gatewayRequirements().isEmpty()) {
      json.writeArrayPropertyStart("gatewayRequirements");
      for (GatewayRequirement r : record.gatewayRequirements()) {
        json.writeStartObject();
        json.writeStringProperty("id", r.id());
        json.writeBooleanProperty("met", r.isMet());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    record.gatewayDate().ifPresent(d -> json.writeStringProperty("gatewayDate", d.toString()));
    json.writeEndObject();
  }

  private static void hours(String name, BigDecimal hours, JsonGenerator json) {
    json.writeName(name);
    json.writeNumber(hours.toPlainString());
  }
}

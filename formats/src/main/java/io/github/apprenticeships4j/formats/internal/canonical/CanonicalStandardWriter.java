package io.github.apprenticeships4j.formats.internal.canonical;

import io.github.apprenticeships4j.formats.internal.json.IndentedJson;
import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.ProfessionalRecognition;
import io.github.apprenticeships4j.core.standard.Qualification;
import io.github.apprenticeships4j.core.standard.RegulatorApproval;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardOption;
import io.github.apprenticeships4j.formats.json.CanonicalStandardsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes standards in the canonical format; see {@link CanonicalStandardsJson}. Properties in the order of the
 * accessors of {@link Standard}, named after them; absent optional values left out, empty lists written as
 * {@code []}; dates ISO-8601 ({@code 2024-01-31}); the funding cap a decimal string in pounds at scale 2.
 */
public final class CanonicalStandardWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CanonicalStandardWriter() {}

  /** Writes {@code standard} as one indented UTF-8 document to {@code output}, which is closed. */
  public static void write(Standard standard, OutputStream output) {
    write(output, json -> standard(standard, json));
  }

  /** Writes {@code catalogue} as one indented UTF-8 list of standards to {@code output}, which is closed. */
  public static void write(StandardCatalogue catalogue, OutputStream output) {
    write(output, json -> catalogue(catalogue.standards(), json));
  }

  public static String toJson(Standard standard) {
    return toJson(json -> standard(standard, json));
  }

  public static String toJson(StandardCatalogue catalogue) {
    return toJson(json -> catalogue(catalogue.standards(), json));
  }

  private static void write(OutputStream output, Consumer<JsonGenerator> document) {
    try {
      try (JsonGenerator json = FACTORY.createGenerator(IndentedJson.CONTEXT, output, JsonEncoding.UTF8)) {
        document.accept(json);
      }
      output.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Written as UTF-8 bytes, as to a file: Jackson's UTF-8 generator escapes an unpaired surrogate, losing nothing. */
  private static String toJson(Consumer<JsonGenerator> document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(IndentedJson.CONTEXT, out, JsonEncoding.UTF8)) {
      document.accept(json);
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  private static void catalogue(List<Standard> standards, JsonGenerator json) {
    json.writeStartArray();
    standards.forEach(s -> standard(s, json));
    json.writeEndArray();
  }

  /** The JSON spelling of a KSB type, e.g. {@code technical-knowledge}. */
  public static String typeName(KsbType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Writes {@code standard} as one JSON object at the generator's position: the form each standard takes in a
   * document, also used by serialisers that write into a larger document.
   */
  public static void standard(Standard s, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("format", CanonicalStandardsJson.FORMAT);
    json.writeStringProperty("reference", s.reference().value());
    s.larsCode().ifPresent(c -> json.writeNumberProperty("larsCode", c.value()));
    json.writeStringProperty("version", s.version().toString());
    text(json, "versionNumber", s.versionNumber());
    json.writeStringProperty("title", s.title());
    json.writeNumberProperty("level", s.level());
    json.writeStringProperty("route", s.route());
    json.writeStringProperty("status", s.status().label());
    json.writeNumberProperty("typicalDurationMonths", s.typicalDurationMonths());
    json.writeStringProperty("maxFunding", s.maxFunding().toPlainString());
    date(json, "earliestStartDate", s.earliestStartDate());
    date(json, "latestStartDate", s.latestStartDate());
    date(json, "latestEndDate", s.latestEndDate());
    date(json, "approvedForDeliveryDate", s.approvedForDeliveryDate());
    json.writeArrayPropertyStart("options");
    s.options().forEach(o -> option(o, json));
    json.writeEndArray();
    json.writeArrayPropertyStart("duties");
    s.duties().forEach(d -> duty(d, json));
    json.writeEndArray();
    json.writeArrayPropertyStart("ksbs");
    s.ksbs().forEach(k -> ksb(k, json));
    json.writeEndArray();
    text(json, "integratedDegree", s.integratedDegree());
    text(json, "regulatedBody", s.regulatedBody());
    text(json, "eqaProvider", s.eqaProvider());
    text(json, "overviewOfRole", s.overviewOfRole());
    text(json, "occupationalSummary", s.occupationalSummary());
    strings(json, "keywords", s.keywords());
    strings(json, "typicalJobTitles", s.typicalJobTitles());
    s.minimumOffTheJobHours().ifPresent(h -> json.writeNumberProperty("minimumOffTheJobHours", h));
    s.endPointAssessmentMonths().ifPresent(m -> json.writeNumberProperty("endPointAssessmentMonths", m));
    text(json, "pathway", s.pathway());
    text(json, "clusterId", s.clusterId());
    text(json, "cluster", s.cluster());
    text(json, "clusterDescription", s.clusterDescription());
    text(json, "sectorSubjectArea", s.sectorSubjectArea());
    text(json, "sectorSubjectAreaTier2", s.sectorSubjectAreaTier2());
    text(json, "occupationCode", s.occupationCode());
    s.startsPaused().ifPresent(p -> json.writeBooleanProperty("startsPaused", p));
    text(json, "templateType", s.templateType());
    json.writeArrayPropertyStart("professionalRecognitions");
    s.professionalRecognitions().forEach(r -> recognition(r, json));
    json.writeEndArray();
    json.writeArrayPropertyStart("qualifications");
    s.qualifications().forEach(q -> qualification(q, json));
    json.writeEndArray();
    s.regulated().ifPresent(r -> json.writeBooleanProperty("regulated", r));
    json.writeArrayPropertyStart("regulatorApprovals");
    s.regulatorApprovals().forEach(a -> approval(a, json));
    json.writeEndArray();
    strings(json, "greenJobTitles", s.greenJobTitles());
    text(json, "assessmentPlanUrl", s.assessmentPlanUrl());
    text(json, "standardPageUrl", s.standardPageUrl());
    text(json, "changeNote", s.changeNote());
    date(json, "changedDate", s.changedDate());
    json.writeEndObject();
  }

  private static void recognition(ProfessionalRecognition recognition, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("body", recognition.body());
    text(json, "level", recognition.level());
    recognition.partial().ifPresent(p -> json.writeBooleanProperty("partial", p));
    text(json, "conditions", recognition.conditions());
    json.writeEndObject();
  }

  private static void qualification(Qualification qualification, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("id", qualification.id());
    json.writeStringProperty("title", qualification.title());
    text(json, "level", qualification.level());
    text(json, "additionalInformation", qualification.additionalInformation());
    strings(json, "optionIds", qualification.optionIds());
    json.writeEndObject();
  }

  private static void approval(RegulatorApproval approval, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("party", approval.party());
    approval.required().ifPresent(r -> json.writeBooleanProperty("required", r));
    text(json, "link", approval.link());
    json.writeEndObject();
  }

  private static void option(StandardOption option, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("id", option.id());
    json.writeStringProperty("title", option.title());
    json.writeEndObject();
  }

  private static void duty(Duty duty, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("id", duty.id());
    json.writeStringProperty("text", duty.text());
    json.writeBooleanProperty("isCore", duty.isCore());
    strings(json, "ksbIds", duty.ksbIds());
    strings(json, "optionIds", duty.optionIds());
    json.writeEndObject();
  }

  private static void ksb(Ksb ksb, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("type", typeName(ksb.type()));
    json.writeStringProperty("id", ksb.id());
    json.writeNumberProperty("number", ksb.number());
    json.writeStringProperty("text", ksb.text());
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, String name, Optional<String> value) {
    value.ifPresent(v -> json.writeStringProperty(name, v));
  }

  private static void date(JsonGenerator json, String name, Optional<LocalDate> value) {
    value.ifPresent(d -> json.writeStringProperty(name, d.toString()));
  }

  private static void strings(JsonGenerator json, String name, List<String> values) {
    json.writeArrayPropertyStart(name);
    values.forEach(json::writeString);
    json.writeEndArray();
  }
}

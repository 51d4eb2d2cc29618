package io.github.apprenticeships4j.formats.internal.career;

import io.github.apprenticeships4j.formats.internal.json.IndentedJson;
import io.github.apprenticeships4j.core.career.ApprenticeshipNode;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PayBand;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.formats.json.CareerJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes the model as a career JSON document; see {@link CareerJson}. Optional values that are absent are left out.
 * Written with Jackson's streaming generator, indented by its {@link DefaultPrettyPrinter}.
 */
public final class CareerJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CareerJsonWriter() {}

  /** Writes the document to {@code output} and closes it, as Jackson's {@code writeValue} always did. */
  public static void write(ProgressionGraph graph, OutputStream output) {
    try {
      try (JsonGenerator json = FACTORY.createGenerator(IndentedJson.CONTEXT, output, JsonEncoding.UTF8)) {
        document(graph, json);
      }
      output.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String toJson(ProgressionGraph graph) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(IndentedJson.CONTEXT, out)) {
      document(graph, json);
    }
    return out + "\n";
  }

  /** The JSON spelling of an edge kind, e.g. {@code management-track}. */
  public static String kindName(EdgeKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void document(ProgressionGraph graph, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("format", CareerJson.FORMAT);
    json.writeName("framework");
    framework(graph.framework(), json);
    if (!graph.apprenticeships().isEmpty()) {
      json.writeArrayPropertyStart("apprenticeships");
      graph.apprenticeships().forEach(a -> apprenticeship(a, json));
      json.writeEndArray();
    }
    if (!graph.edges().isEmpty()) {
      json.writeArrayPropertyStart("edges");
      graph.edges().forEach(e -> edge(e, json));
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void framework(Framework framework, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("name", framework.name());
    json.writeStringProperty("publisher", framework.publisher());
    framework.published().ifPresent(d -> json.writeStringProperty("published", d.toString()));
    json.writeStringProperty("source", framework.source());
    framework.licence().ifPresent(l -> json.writeStringProperty("licence", l));
    json.writeObjectPropertyStart("scale");
    json.writeStringProperty("name", framework.scale().name());
    json.writeArrayPropertyStart("levels");
    framework.scale().levels().forEach(l -> json.writeString(l.label()));
    json.writeEndArray();
    json.writeEndObject();
    json.writeArrayPropertyStart("skills");
    framework.skills().forEach(s -> skill(s, json));
    json.writeEndArray();
    json.writeArrayPropertyStart("roles");
    framework.roles().forEach(r -> role(r, json));
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void skill(Skill skill, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("id", skill.id().value());
    json.writeStringProperty("name", skill.name());
    skill.description().ifPresent(d -> json.writeStringProperty("description", d));
    if (skill.isVariant()) {
      json.writeStringProperty("identity", skill.identity().value());
    }
    skill.context().ifPresent(c -> json.writeStringProperty("context", c));
    json.writeObjectPropertyStart("levels");
    for (SkillLevel level : skill.definedLevels()) {
      json.writeStringProperty(level.label(), skill.levelDescriptions().get(level));
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void role(Role role, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("id", role.id().value());
    json.writeStringProperty("name", role.name());
    json.writeStringProperty("family", role.family());
    role.description().ifPresent(d -> json.writeStringProperty("description", d));
    role.type().ifPresent(t -> json.writeStringProperty("type", t));
    json.writeArrayPropertyStart("levels");
    role.levels().forEach(l -> level(l, json));
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void level(RoleLevel level, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("id", level.id().value());
    json.writeStringProperty("name", level.name());
    level.description().ifPresent(d -> json.writeStringProperty("description", d));
    level.rank().ifPresent(r -> json.writeNumberProperty("rank", r));
    requirements("requirements", level.requirements(), json);
    if (!level.payBands().isEmpty()) {
      json.writeArrayPropertyStart("payBands");
      level.payBands().forEach(b -> payBand(b, json));
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void requirements(String name, List<SkillRequirement> requirements, JsonGenerator json) {
    json.writeArrayPropertyStart(name);
    for (SkillRequirement r : requirements) {
      json.writeStartObject();
      json.writeStringProperty("skill", r.skill().value());
      r.level().ifPresent(l -> json.writeStringProperty("level", l.label()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void payBand(PayBand band, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("region", band.region());
    json.writeNumberProperty("minimum", band.minimum());
    json.writeNumberProperty("maximum", band.maximum());
    if (band.orMore()) {
      json.writeBooleanProperty("orMore", true);
    }
    json.writeStringProperty("source", band.source());
    json.writeEndObject();
  }

  private static void apprenticeship(ApprenticeshipNode apprenticeship, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("reference", apprenticeship.reference().value());
    json.writeStringProperty("title", apprenticeship.title());
    json.writeNumberProperty("level", apprenticeship.level());
    requirements("outcomes", apprenticeship.outcomes(), json);
    json.writeEndObject();
  }

  private static void edge(ProgressionEdge edge, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("from", edge.from().toString());
    json.writeStringProperty("to", edge.to().toString());
    json.writeStringProperty("kind", kindName(edge.kind()));
    json.writeEndObject();
  }
}

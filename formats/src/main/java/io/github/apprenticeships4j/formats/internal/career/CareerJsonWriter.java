package io.github.apprenticeships4j.formats.internal.career;

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
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes the model as a career JSON document; see {@link CareerJson}. Optional values that are absent are left out. */
public final class CareerJsonWriter {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private CareerJsonWriter() {}

  public static void write(ProgressionGraph graph, OutputStream output) {
    try {
      MAPPER.writeValue(output, tree(graph));
      output.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String toJson(ProgressionGraph graph) {
    return MAPPER.writeValueAsString(tree(graph)) + "\n";
  }

  /** The JSON spelling of an edge kind, e.g. {@code management-track}. */
  public static String kindName(EdgeKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static ObjectNode tree(ProgressionGraph graph) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("format", CareerJson.FORMAT);
    doc.set("framework", framework(graph.framework()));
    if (!graph.apprenticeships().isEmpty()) {
      ArrayNode list = doc.putArray("apprenticeships");
      graph.apprenticeships().forEach(a -> list.add(apprenticeship(a)));
    }
    if (!graph.edges().isEmpty()) {
      ArrayNode list = doc.putArray("edges");
      graph.edges().forEach(e -> list.add(edge(e)));
    }
    return doc;
  }

  private static ObjectNode framework(Framework framework) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", framework.name());
    node.put("publisher", framework.publisher());
    framework.published().ifPresent(d -> node.put("published", d.toString()));
    node.put("source", framework.source());
    framework.licence().ifPresent(l -> node.put("licence", l));
    ObjectNode scale = node.putObject("scale");
    scale.put("name", framework.scale().name());
    ArrayNode levels = scale.putArray("levels");
    framework.scale().levels().forEach(l -> levels.add(l.label()));
    ArrayNode skills = node.putArray("skills");
    framework.skills().forEach(s -> skills.add(skill(s)));
    ArrayNode roles = node.putArray("roles");
    framework.roles().forEach(r -> roles.add(role(r)));
    return node;
  }

  private static ObjectNode skill(Skill skill) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", skill.id().value());
    node.put("name", skill.name());
    skill.description().ifPresent(d -> node.put("description", d));
    if (skill.isVariant()) {
      node.put("identity", skill.identity().value());
    }
    skill.context().ifPresent(c -> node.put("context", c));
    ObjectNode levels = node.putObject("levels");
    for (SkillLevel level : skill.definedLevels()) {
      levels.put(level.label(), skill.levelDescriptions().get(level));
    }
    return node;
  }

  private static ObjectNode role(Role role) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", role.id().value());
    node.put("name", role.name());
    node.put("family", role.family());
    role.description().ifPresent(d -> node.put("description", d));
    role.type().ifPresent(t -> node.put("type", t));
    ArrayNode levels = node.putArray("levels");
    role.levels().forEach(l -> levels.add(level(l)));
    return node;
  }

  private static ObjectNode level(RoleLevel level) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", level.id().value());
    node.put("name", level.name());
    level.description().ifPresent(d -> node.put("description", d));
    level.rank().ifPresent(r -> node.put("rank", r));
    requirements(node, "requirements", level.requirements());
    if (!level.payBands().isEmpty()) {
      ArrayNode bands = node.putArray("payBands");
      level.payBands().forEach(b -> bands.add(payBand(b)));
    }
    return node;
  }

  private static void requirements(ObjectNode parent, String name, List<SkillRequirement> requirements) {
    ArrayNode list = parent.putArray(name);
    for (SkillRequirement r : requirements) {
      ObjectNode node = list.addObject();
      node.put("skill", r.skill().value());
      r.level().ifPresent(l -> node.put("level", l.label()));
    }
  }

  private static ObjectNode payBand(PayBand band) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("region", band.region());
    node.put("minimum", band.minimum());
    node.put("maximum", band.maximum());
    if (band.orMore()) {
      node.put("orMore", true);
    }
    node.put("source", band.source());
    return node;
  }

  private static ObjectNode apprenticeship(ApprenticeshipNode apprenticeship) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("reference", apprenticeship.reference().value());
    node.put("title", apprenticeship.title());
    node.put("level", apprenticeship.level());
    requirements(node, "outcomes", apprenticeship.outcomes());
    return node;
  }

  private static ObjectNode edge(ProgressionEdge edge) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("from", edge.from().toString());
    node.put("to", edge.to().toString());
    node.put("kind", kindName(edge.kind()));
    return node;
  }
}

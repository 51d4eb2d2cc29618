package io.github.apprenticeships4j.formats.internal.career;

import io.github.apprenticeships4j.core.career.ApprenticeshipNode;
import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PayBand;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.Failures;
import io.github.apprenticeships4j.formats.internal.json.DuplicateNameParser;
import io.github.apprenticeships4j.formats.internal.json.JsonDialect;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.internal.json.JsonWalk;
import io.github.apprenticeships4j.formats.json.CareerJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Maps the tree of a career JSON document onto the model, reporting every value that does not fit with its path; see
 * {@link CareerJson}.
 */
public final class CareerJsonMapper {
  /** The codes and wording of the career JSON's findings. */
  static final JsonDialect DIALECT = JsonDialect.of(ReadCodes.CAREER_JSON_FIELD_MISSING,
      ReadCodes.CAREER_JSON_FIELD_TYPE).withUnknown(ReadCodes.CAREER_JSON_FIELD_UNKNOWN).documentCalled("the document")
      .withDate(ReadCodes.CAREER_JSON_DATE_FORMAT, "a date must be written yyyy-mm-dd");
  private static final Set<String> DOCUMENT = Set.of("$schema", "format", "framework", "apprenticeships", "edges");
  private static final Set<String> FRAMEWORK = Set.of("name", "publisher", "published", "source", "licence", "scale",
      "skills", "roles");
  private static final Set<String> SCALE = Set.of("name", "levels");
  private static final Set<String> SKILL = Set.of("id", "name", "description", "identity", "context", "levels");
  private static final Set<String> ROLE = Set.of("id", "name", "family", "description", "type", "levels");
  private static final Set<String> LEVEL = Set.of("id", "name", "description", "rank", "requirements", "payBands");
  private static final Set<String> REQUIREMENT = Set.of("skill", "level");
  private static final Set<String> PAY_BAND = Set.of("region", "minimum", "maximum", "orMore", "source");
  private static final Set<String> APPRENTICESHIP = Set.of("reference", "title", "level", "outcomes");
  private static final Set<String> EDGE = Set.of("from", "to", "kind");

  private final JsonWalk walk;
  private SkillLevelScale scale = SkillLevelScale.ddat();

  private CareerJsonMapper(String source) {
    this.walk = JsonWalk.of(source, DIALECT);
  }

  /**
   * The graph of the document {@code root}, or empty if it has errors; the findings, those about property names
   * repeated in one object first, are added to {@code issues}.
   */
  public static Optional<ProgressionGraph> map(JsonValue root, DuplicateNameParser.Duplicates repeated, String source,
      List<Issue> issues) {
    CareerJsonMapper mapper = new CareerJsonMapper(source);
    mapper.walk.reportRepeated(repeated, ReadCodes.CAREER_JSON_FIELD_DUPLICATE);
    return mapper.walk.result(mapper.document(root), issues);
  }

  private Optional<ProgressionGraph> document(JsonValue root) {
    JsonValue doc = walk.document(root);
    if (doc == null) {
      return Optional.empty();
    }
    walk.onlyKnown(doc, "", DOCUMENT);
    Optional<String> format = walk.text(doc, "", "format");
    if (format.isEmpty() && doc.get("format") == null) {
      walk.report(Issue.warning(ReadCodes.CAREER_JSON_FORMAT_MISSING, "the document does not say its format, "
          + CareerJson.FORMAT), "format");
    } else if (format.isPresent() && !format.get().equals(CareerJson.FORMAT)) {
      walk.report(Issue.error(ReadCodes.CAREER_JSON_FORMAT_UNKNOWN, "this reader reads format " + CareerJson.FORMAT)
          .rejecting(format.get()), "format");
    }
    JsonValue frameworkNode = walk.requiredObject(doc, "", "framework");
    Optional<Framework> framework = frameworkNode == null ? Optional.empty() : framework(frameworkNode);
    ProgressionGraph.Builder graph = ProgressionGraph.builder();
    List<JsonValue> apprenticeships = walk.array(doc, "", "apprenticeships");
    for (int i = 0; i < apprenticeships.size(); i++) {
      apprenticeship(apprenticeships.get(i), JsonWalk.index("", "apprenticeships", i)).ifPresent(
          graph::addApprenticeships);
    }
    List<JsonValue> edges = walk.array(doc, "", "edges");
    for (int i = 0; i < edges.size(); i++) {
      edge(edges.get(i), JsonWalk.index("", "edges", i)).ifPresent(graph::addEdges);
    }
    if (framework.isEmpty() || walk.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(graph.framework(framework.get()).build());
  }

  private Optional<Framework> framework(JsonValue node) {
    String path = "framework";
    walk.onlyKnown(node, path, FRAMEWORK);
    Framework.Builder b = Framework.builder()
        .name(walk.requiredText(node, path, "name").orElse(""))
        .publisher(walk.requiredText(node, path, "publisher").orElse(""))
        .source(walk.requiredText(node, path, "source").orElse(""));
    walk.date(node, path, "published").ifPresent(b::published);
    walk.text(node, path, "licence").ifPresent(b::licence);
    JsonValue scaleNode = walk.requiredObject(node, path, "scale");
    if (scaleNode != null) {
      scale(scaleNode, JsonWalk.join(path, "scale"));
    }
    b.scale(scale);
    List<JsonValue> skills = walk.array(node, path, "skills");
    for (int i = 0; i < skills.size(); i++) {
      skill(skills.get(i), JsonWalk.index(path, "skills", i)).ifPresent(b::addSkills);
    }
    List<JsonValue> roles = walk.array(node, path, "roles");
    for (int i = 0; i < roles.size(); i++) {
      role(roles.get(i), JsonWalk.index(path, "roles", i)).ifPresent(b::addRoles);
    }
    return walk.hasErrors() ? Optional.empty() : Optional.of(b.build());
  }

  private void scale(JsonValue node, String path) {
    walk.onlyKnown(node, path, SCALE);
    String name = walk.requiredText(node, path, "name").orElse("");
    List<String> labels = new ArrayList<>();
    List<JsonValue> levels = walk.array(node, path, "levels");
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).isString()) {
        labels.add(levels.get(i).stringValue());
      } else {
        walk.report(Issue.error(ReadCodes.CAREER_JSON_FIELD_TYPE, "a level label must be a string")
            .rejecting(levels.get(i).toString()), JsonWalk.index(path, "levels", i));
      }
    }
    try {
      scale = SkillLevelScale.of(name, labels);
    } catch (IllegalArgumentException e) {
      walk.report(Issue.error(ReadCodes.CAREER_JSON_SCALE_INVALID, Failures.describe(e)), JsonWalk.join(path,
          "levels"));
    }
  }

  private Optional<Skill> skill(JsonValue element, String path) {
    JsonValue node = walk.entry(element, path, "id", SKILL);
    if (node == null) {
      return Optional.empty();
    }
    int errors = walk.issues().size();
    Skill.Builder b = Skill.builder().name(walk.requiredText(node, path, "name").orElse(""));
    walk.required(node, path, "id", SkillId::parse).ifPresent(b::id);
    walk.text(node, path, "description").ifPresent(b::description);
    walk.text(node, path, "identity").flatMap(t -> walk.parse(t, JsonWalk.join(path, "identity"), SkillId::parse))
        .ifPresent(b::identity);
    walk.text(node, path, "context").ifPresent(b::context);
    JsonValue levels = walk.object(node.get("levels"), JsonWalk.join(path, "levels"));
    if (levels != null) {
      for (Map.Entry<String, JsonValue> e : levels.properties().entrySet()) {
        String at = JsonWalk.join(JsonWalk.join(path, "levels"), e.getKey());
        Optional<SkillLevel> level = walk.parse(e.getKey(), at, scale::get);
        Optional<String> text = walk.text(levels, JsonWalk.join(path, "levels"), e.getKey());
        if (level.isPresent() && text.isPresent()) {
          b.putLevelDescription(level.get(), text.get());
        }
      }
    }
    return fine(errors) ? Optional.of(b.build()) : Optional.empty();
  }

  private Optional<Role> role(JsonValue element, String path) {
    JsonValue node = walk.entry(element, path, "id", ROLE);
    if (node == null) {
      return Optional.empty();
    }
    int errors = walk.issues().size();
    Role.Builder b = Role.builder().name(walk.requiredText(node, path, "name").orElse(""))
        .family(walk.requiredText(node, path, "family").orElse(""));
    walk.required(node, path, "id", RoleId::parse).ifPresent(b::id);
    walk.text(node, path, "description").ifPresent(b::description);
    walk.text(node, path, "type").ifPresent(b::type);
    List<JsonValue> levels = walk.array(node, path, "levels");
    for (int i = 0; i < levels.size(); i++) {
      level(levels.get(i), JsonWalk.index(path, "levels", i)).ifPresent(b::addLevels);
    }
    return fine(errors) ? Optional.of(b.build()) : Optional.empty();
  }

  private Optional<RoleLevel> level(JsonValue element, String path) {
    JsonValue node = walk.entry(element, path, "id", LEVEL);
    if (node == null) {
      return Optional.empty();
    }
    int errors = walk.issues().size();
    RoleLevel.Builder b = RoleLevel.builder().name(walk.requiredText(node, path, "name").orElse(""));
    walk.required(node, path, "id", RoleLevelId::parse).ifPresent(b::id);
    walk.text(node, path, "description").ifPresent(b::description);
    OptionalLong rank = walk.whole(node, path, "rank");
    if (rank.isPresent()) {
      if (rank.getAsLong() < Integer.MIN_VALUE || rank.getAsLong() > Integer.MAX_VALUE) {
        walk.report(Issue.error(ReadCodes.CAREER_JSON_FIELD_TYPE, "rank is out of range").rejecting(
            Long.toString(rank.getAsLong())), JsonWalk.join(path, "rank"));
      } else {
        b.rank((int) rank.getAsLong());
      }
    }
    b.addAllRequirements(requirements(node, path, "requirements"));
    List<JsonValue> bands = walk.array(node, path, "payBands");
    for (int i = 0; i < bands.size(); i++) {
      payBand(bands.get(i), JsonWalk.index(path, "payBands", i)).ifPresent(b::addPayBands);
    }
    return fine(errors) ? Optional.of(b.build()) : Optional.empty();
  }

  private List<SkillRequirement> requirements(JsonValue parent, String path, String name) {
    List<SkillRequirement> requirements = new ArrayList<>();
    List<JsonValue> elements = walk.array(parent, path, name);
    for (int i = 0; i < elements.size(); i++) {
      String at = JsonWalk.index(path, name, i);
      JsonValue node = walk.object(elements.get(i), at);
      if (node == null) {
        walk.missing(at, "skill");
        continue;
      }
      walk.onlyKnown(node, at, REQUIREMENT);
      Optional<SkillId> skill = walk.required(node, at, "skill", SkillId::parse);
      Optional<String> label = walk.text(node, at, "level");
      Optional<SkillLevel> level = label.flatMap(l -> walk.parse(l, JsonWalk.join(at, "level"), scale::get));
      if (skill.isPresent() && label.isPresent() == level.isPresent()) {
        requirements.add(new SkillRequirement(skill.get(), level));
      }
    }
    return requirements;
  }

  private Optional<PayBand> payBand(JsonValue element, String path) {
    JsonValue node = walk.entry(element, path, "region", PAY_BAND);
    if (node == null) {
      return Optional.empty();
    }
    int errors = walk.issues().size();
    String region = walk.requiredText(node, path, "region").orElse("");
    OptionalLong minimum = walk.whole(node, path, "minimum");
    OptionalLong maximum = walk.whole(node, path, "maximum");
    boolean orMore = walk.bool(node, path, "orMore").orElse(false);
    String source = walk.requiredText(node, path, "source").orElse("");
    if (minimum.isEmpty() && node.get("minimum") == null) {
      walk.missing(path, "minimum");
    }
    if (maximum.isEmpty() && node.get("maximum") == null) {
      walk.missing(path, "maximum");
    }
    return fine(errors) && minimum.isPresent() && maximum.isPresent()
        ? Optional.of(PayBand.of(region, minimum.getAsLong(), maximum.getAsLong(), orMore, source))
        : Optional.empty();
  }

  private Optional<ApprenticeshipNode> apprenticeship(JsonValue element, String path) {
    JsonValue node = walk.entry(element, path, "reference", APPRENTICESHIP);
    if (node == null) {
      return Optional.empty();
    }
    int errors = walk.issues().size();
    Optional<StandardReference> reference = walk.text(node, path, "reference")
        .flatMap(t -> walk.parse(t, JsonWalk.join(path, "reference"), StandardReference::parse));
    if (node.get("reference") == null) {
      walk.missing(path, "reference");
    }
    String title = walk.requiredText(node, path, "title").orElse("");
    OptionalLong level = walk.whole(node, path, "level");
    if (level.isEmpty() && node.get("level") == null) {
      walk.missing(path, "level");
    }
    List<SkillRequirement> outcomes = requirements(node, path, "outcomes");
    return fine(errors) && reference.isPresent() && level.isPresent()
        ? Optional.of(ApprenticeshipNode.of(reference.get(), title, (int) level.getAsLong(), outcomes))
        : Optional.empty();
  }

  private Optional<ProgressionEdge> edge(JsonValue element, String path) {
    JsonValue node = walk.entry(element, path, "from", EDGE);
    if (node == null) {
      return Optional.empty();
    }
    Optional<CareerNode> from = walk.required(node, path, "from", CareerNode::parse);
    Optional<CareerNode> to = walk.required(node, path, "to", CareerNode::parse);
    Optional<EdgeKind> kind = walk.text(node, path, "kind").flatMap(k -> kind(k, JsonWalk.join(path, "kind")));
    if (node.get("kind") == null) {
      walk.missing(path, "kind");
    }
    return from.isPresent() && to.isPresent() && kind.isPresent()
        ? Optional.of(new ProgressionEdge(from.get(), to.get(), kind.get())) : Optional.empty();
  }

  private Optional<EdgeKind> kind(String text, String path) {
    for (EdgeKind kind : EdgeKind.values()) {
      if (CareerJsonWriter.kindName(kind).equals(text)) {
        return Optional.of(kind);
      }
    }
    walk.report(Issue.error(ReadCodes.CAREER_JSON_EDGE_KIND_UNKNOWN, "kind must be one of promotion, management-track, "
        + "specialist-branch, lateral-move, apprenticeship-to-role, apprenticeship-to-apprenticeship")
        .rejecting(text), path);
    return Optional.empty();
  }

  private boolean fine(int issuesBefore) {
    return !walk.hasErrorsFrom(issuesBefore);
  }
}

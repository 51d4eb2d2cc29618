package io.github.apprenticeships4j.formats.internal.casejson;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PayBand;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.DuplicateNameParser;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.internal.json.JsonWalk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps the tree of a CASE package written by {@link CaseFrameworkWriter} (or made the same way) onto a
 * {@link Framework}, reporting every value that does not fit with its path.
 */
public final class CaseFrameworkMapper {
  private static final String DOC = "CFDocument";
  private static final List<String> KNOWN = List.of(CaseVocabulary.SKILL_LEVEL_SCALE, CaseVocabulary.SKILL_LEVEL,
      CaseVocabulary.SKILL, CaseVocabulary.SKILL_LEVEL_DESCRIPTION, CaseVocabulary.ROLE, CaseVocabulary.ROLE_LEVEL);

  private final JsonWalk walk;
  private final CaseTree tree;
  private @Nullable SkillLevelScale scale;
  private final Map<String, SkillLevel> levelsByItem = new HashMap<>();
  private final Map<String, SkillId> skillsByItem = new HashMap<>();

  private CaseFrameworkMapper(JsonWalk walk, CaseTree tree) {
    this.walk = walk;
    this.tree = tree;
  }

  /**
   * The framework of the package {@code root}, or empty if it has errors; the findings, those about property names
   * repeated in one object first, are added to {@code issues}.
   */
  public static Optional<Framework> map(JsonValue root, DuplicateNameParser.Duplicates repeated, String source,
      List<Issue> issues) {
    JsonWalk walk = JsonWalk.of(source, CaseTree.DIALECT);
    walk.reportRepeated(repeated, ReadCodes.CASE_JSON_FIELD_DUPLICATE);
    return walk.result(CaseTree.of(root, walk).flatMap(tree -> new CaseFrameworkMapper(walk, tree).framework()),
        issues);
  }

  private Optional<Framework> framework() {
    JsonValue doc = tree.document();
    Framework.Builder b = Framework.builder().name(walk.requiredText(doc, DOC, "title").orElse(""));
    b.publisher(walk.text(doc, DOC, "publisher").orElseGet(() -> walk.requiredText(doc, DOC, "creator").orElse("")));
    b.source(walk.text(doc, DOC, "officialSourceURL").orElseGet(() -> walk.text(doc, DOC, "uri").orElse("")));
    JsonValue ext = walk.object(doc.get("extensions"), DOC + ".extensions");
    if (ext != null) {
      walk.date(ext, DOC + ".extensions", "published").ifPresent(b::published);
      walk.text(ext, DOC + ".extensions", "licence").ifPresent(b::licence);
    }
    scale();
    for (CaseTree.Item item : tree.items()) {
      if (!KNOWN.contains(item.type())) {
        walk.report(Issue.warning(ReadCodes.CASE_JSON_ITEM_TYPE_UNKNOWN, "a career framework has no place for an "
            + "item of type '" + item.type() + "'; it is ignored").rejecting(item.type()), JsonWalk.join(item.path(),
                "CFItemType"));
      }
    }
    SkillLevelScale levels = scale;
    if (levels == null) {
      return Optional.empty();
    }
    b.scale(levels);
    skills().forEach(b::addSkills);
    for (CaseTree.Item item : tree.items(CaseVocabulary.ROLE)) {
      role(item, levels).ifPresent(b::addRoles);
    }
    tree.items(CaseVocabulary.ROLE_LEVEL).stream().filter(l -> tree.parent(l, CaseVocabulary.ROLE).isEmpty())
        .forEach(l -> parentMissing(l, CaseVocabulary.ROLE));
    return walk.hasErrors() ? Optional.empty() : Optional.of(b.build());
  }

  private void scale() {
    List<CaseTree.Item> scales = tree.items(CaseVocabulary.SKILL_LEVEL_SCALE);
    if (scales.isEmpty()) {
      walk.report(Issue.error(ReadCodes.CASE_JSON_SCALE_INVALID, "the package has no item of type '"
          + CaseVocabulary.SKILL_LEVEL_SCALE + "'"), "CFItems");
      return;
    }
    CaseTree.Item scaleItem = scales.get(0);
    String name = walk.requiredText(scaleItem.node(), scaleItem.path(), "fullStatement").orElse("");
    List<CaseTree.Item> levelItems = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (CaseTree.Item level : tree.items(CaseVocabulary.SKILL_LEVEL)) {
      if (tree.parent(level, CaseVocabulary.SKILL_LEVEL_SCALE).filter(p -> p.equals(scaleItem)).isPresent()) {
        levelItems.add(level);
        labels.add(walk.requiredText(level.node(), level.path(), "fullStatement").orElse(""));
      } else {
        parentMissing(level, CaseVocabulary.SKILL_LEVEL_SCALE);
      }
    }
    try {
      SkillLevelScale made = SkillLevelScale.of(name, labels);
      for (int i = 0; i < levelItems.size(); i++) {
        levelsByItem.put(levelItems.get(i).identifier(), made.levels().get(i));
      }
      scale = made;
    } catch (IllegalArgumentException e) {
      walk.report(Issue.error(ReadCodes.CASE_JSON_SCALE_INVALID, "the skill levels do not make a scale: " + e
          .getMessage()).rejecting(labels.toString()), scaleItem.path());
    }
  }

  private List<Skill> skills() {
    Map<String, Skill.Builder> builders = new LinkedHashMap<>();
    for (CaseTree.Item item : tree.items(CaseVocabulary.SKILL)) {
      Optional<SkillId> id = code(item, SkillId::parse);
      if (id.isEmpty()) {
        continue;
      }
      skillsByItem.put(item.identifier(), id.get());
      Skill.Builder skill = Skill.builder().id(id.get());
      named(item, skill::name, skill::description);
      JsonValue ext = walk.object(item.node().get("extensions"), JsonWalk.join(item.path(), "extensions"));
      if (ext != null) {
        String path = JsonWalk.join(item.path(), "extensions");
        walk.text(ext, path, "identity").flatMap(i -> walk.parse(i, JsonWalk.join(path, "identity"), SkillId::parse))
            .ifPresent(skill::identity);
        walk.text(ext, path, "context").ifPresent(skill::context);
      }
      builders.put(item.identifier(), skill);
    }
    for (CaseTree.Item item : tree.items(CaseVocabulary.SKILL_LEVEL_DESCRIPTION)) {
      Optional<CaseTree.Item> parent = tree.parent(item, CaseVocabulary.SKILL);
      Skill.Builder skill = parent.map(p -> builders.get(p.identifier())).orElse(null);
      if (parent.isEmpty()) {
        parentMissing(item, CaseVocabulary.SKILL);
      }
      Optional<SkillLevel> level = level(item);
      String text = walk.requiredText(item.node(), item.path(), "fullStatement").orElse("");
      if (skill != null && level.isPresent()) {
        skill.putLevelDescription(level.get(), text);
      }
    }
    List<Skill> skills = new ArrayList<>();
    builders.values().forEach(s -> skills.add(s.build()));
    return skills;
  }

  /** The scale's level that a skill level description {@code hasSkillLevel}. */
  private Optional<SkillLevel> level(CaseTree.Item item) {
    List<CaseTree.Association> links = tree.from(item, CaseVocabulary.HAS_SKILL_LEVEL);
    if (links.isEmpty()) {
      walk.report(Issue.error(ReadCodes.CASE_JSON_PARENT_MISSING, "a skill level description needs a "
          + CaseVocabulary.HAS_SKILL_LEVEL + " association to a level of the scale"), item.path());
      return Optional.empty();
    }
    CaseTree.Association link = links.get(0);
    SkillLevel level = levelsByItem.get(link.destination());
    if (level != null) {
      return Optional.of(level);
    }
    SkillLevelScale levels = scale;
    return levels == null ? Optional.empty()
        : walk.parse(link.destinationTitle(), JsonWalk.join(link.path(), "destinationNodeURI"), levels::get);
  }

  private Optional<Role> role(CaseTree.Item item, SkillLevelScale levels) {
    Optional<RoleId> id = code(item, RoleId::parse);
    Role.Builder role = Role.builder();
    named(item, role::name, role::description);
    JsonValue ext = walk.object(item.node().get("extensions"), JsonWalk.join(item.path(), "extensions"));
    String path = JsonWalk.join(item.path(), "extensions");
    role.family(ext == null ? "" : walk.text(ext, path, "family").orElse(""));
    if (ext != null) {
      walk.text(ext, path, "type").ifPresent(role::type);
    }
    for (CaseTree.Item level : tree.items(CaseVocabulary.ROLE_LEVEL)) {
      if (tree.parent(level, CaseVocabulary.ROLE).filter(p -> p.equals(item)).isPresent()) {
        roleLevel(level, levels).ifPresent(role::addLevels);
      }
    }
    return id.map(i -> role.id(i).build());
  }

  private Optional<RoleLevel> roleLevel(CaseTree.Item item, SkillLevelScale levels) {
    Optional<RoleLevelId> id = code(item, RoleLevelId::parse);
    RoleLevel.Builder level = RoleLevel.builder();
    named(item, level::name, level::description);
    walk.text(item.node(), item.path(), "listEnumeration").ifPresent(rank -> {
      try {
        level.rank(Integer.parseInt(rank));
      } catch (NumberFormatException e) {
        walk.report(Issue.error(ReadCodes.CASE_JSON_FIELD_TYPE, "the rank of a role level must be a whole number")
            .rejecting(rank), JsonWalk.join(item.path(), "listEnumeration"));
      }
    });
    JsonValue ext = walk.object(item.node().get("extensions"), JsonWalk.join(item.path(), "extensions"));
    if (ext != null) {
      String path = JsonWalk.join(item.path(), "extensions");
      List<JsonValue> bands = walk.array(ext, path, "payBands");
      for (int i = 0; i < bands.size(); i++) {
        payBand(bands.get(i), JsonWalk.index(path, "payBands", i)).ifPresent(level::addPayBands);
      }
    }
    for (CaseTree.Association a : tree.from(item, CaseVocabulary.IS_RELATED_TO)) {
      requirement(a, levels).ifPresent(level::addRequirements);
    }
    return id.map(i -> level.id(i).build());
  }

  private Optional<SkillRequirement> requirement(CaseTree.Association a, SkillLevelScale levels) {
    SkillId skill = skillsByItem.get(a.destination());
    if (skill == null) {
      walk.report(Issue.warning(ReadCodes.CASE_JSON_NODE_UNKNOWN, "the skill of this requirement is not in the "
          + "package; its title is kept as the skill's id").rejecting(a.destination()), JsonWalk.join(a.path(),
              "destinationNodeURI"));
      Optional<SkillId> named = walk.parse(a.destinationTitle(), JsonWalk.join(JsonWalk.join(a.path(),
          "destinationNodeURI"), "title"),
          SkillId::parse);
      if (named.isEmpty()) {
        return Optional.empty();
      }
      skill = named.get();
    }
    JsonValue ext = walk.object(a.node().get("extensions"), JsonWalk.join(a.path(), "extensions"));
    Optional<String> label = ext == null ? Optional.empty()
        : walk.text(ext, JsonWalk.join(a.path(), "extensions"), "level");
    if (label.isEmpty()) {
      return Optional.of(SkillRequirement.unrated(skill));
    }
    SkillId required = skill;
    return walk.parse(label.get(), JsonWalk.join(JsonWalk.join(a.path(), "extensions"), "level"), levels::get)
        .map(l -> SkillRequirement.of(required, l));
  }

  private Optional<PayBand> payBand(JsonValue element, String path) {
    JsonValue node = walk.element(element, path);
    if (node == null) {
      return Optional.empty();
    }
    String region = walk.requiredText(node, path, "region").orElse("");
    OptionalLong minimum = walk.whole(node, path, "minimum");
    OptionalLong maximum = walk.whole(node, path, "maximum");
    boolean orMore = walk.bool(node, path, "orMore").orElse(false);
    String source = walk.requiredText(node, path, "source").orElse("");
    if (minimum.isEmpty() || maximum.isEmpty()) {
      if (JsonWalk.absent(node, "minimum")) {
        walk.missing(path, "minimum");
      }
      if (JsonWalk.absent(node, "maximum")) {
        walk.missing(path, "maximum");
      }
      return Optional.empty();
    }
    return Optional.of(PayBand.of(region, minimum.getAsLong(), maximum.getAsLong(), orMore, source));
  }

  /** The item's code ({@code humanCodingScheme}) made an id by {@code factory}. */
  private <T> Optional<T> code(CaseTree.Item item, Function<String, T> factory) {
    String code = walk.requiredText(item.node(), item.path(), "humanCodingScheme").orElse("");
    return code.isEmpty() && item.node().get("humanCodingScheme") == null ? Optional.empty()
        : walk.parse(code, JsonWalk.join(item.path(), "humanCodingScheme"), factory);
  }

  /**
   * Sets the name and description of an item: with an abbreviated statement, that is the name and the full statement
   * the description; without one, the full statement is the name.
   */
  private void named(CaseTree.Item item, Consumer<String> name,
      Consumer<String> description) {
    String full = walk.requiredText(item.node(), item.path(), "fullStatement").orElse("");
    Optional<String> abbreviated = walk.text(item.node(), item.path(), "abbreviatedStatement");
    if (abbreviated.isPresent()) {
      name.accept(abbreviated.get());
      description.accept(full);
    } else {
      name.accept(full);
    }
  }

  private void parentMissing(CaseTree.Item item, String parentType) {
    walk.report(Issue.error(ReadCodes.CASE_JSON_PARENT_MISSING, "an item of type '" + item.type() + "' must be "
        + CaseVocabulary.IS_CHILD_OF + " an item of type '" + parentType + "'"), item.path());
  }
}

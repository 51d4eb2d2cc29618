package io.github.apprenticeships4j.formats.internal.casejson;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PayBand;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a career framework as a CASE 1.1 package. Under the document: one skill level scale item with its levels as
 * children; the skills, each with one child item per level it describes, tied to the scale's level by
 * {@code hasSkillLevel}; the roles, each with its role levels as children. A role level's requirements are
 * {@code isRelatedTo} associations to the skills, the level required in their {@code extensions}. See
 * {@code CaseJson} and the README, "CASE 1.1".
 */
public final class CaseFrameworkWriter {
  private CaseFrameworkWriter() {}

  /** Writes the package of {@code framework} to {@code output} and closes it. */
  public static void write(Framework framework, OutputStream output) {
    build(framework).write(output);
  }

  /** The package of {@code framework} as text. */
  public static String toJson(Framework framework) {
    return build(framework).toJson();
  }

  private static CasePackage build(Framework framework) {
    CasePackage pack = new CasePackage("framework/" + framework.publisher() + "/" + framework.name(),
        framework.name(), framework.publisher(), CaseVocabulary.dateTime(framework.published().orElse(
            CaseVocabulary.UNKNOWN_CHANGE)));
    Map<String, Object> doc = pack.document();
    doc.put("officialSourceURL", framework.source());
    doc.put("publisher", framework.publisher());
    doc.put("language", "en");
    doc.put("caseVersion", CaseVocabulary.CASE_VERSION);
    Map<String, Object> docExtensions = extensions(doc);
    framework.published().ifPresent(d -> docExtensions.put("published", d.toString()));
    framework.licence().ifPresent(l -> docExtensions.put("licence", l));
    Map<String, Object> top = pack.documentLink();

    int position = 0;
    Map<String, Object> scale = pack.item(pack.identifier("scale", null), CaseVocabulary.SKILL_LEVEL_SCALE,
        framework.scale().name());
    pack.associate(CaseVocabulary.IS_CHILD_OF, CasePackage.link(scale), top, ++position);
    Map<SkillLevel, Map<String, Object>> levels = new HashMap<>();
    for (SkillLevel level : framework.scale().levels()) {
      Map<String, Object> item = pack.item(pack.identifier("scale/" + level.rank(), null),
          CaseVocabulary.SKILL_LEVEL, level.label());
      item.put("humanCodingScheme", level.label());
      item.put("listEnumeration", Integer.toString(level.rank()));
      levels.put(level, item);
      pack.associate(CaseVocabulary.IS_CHILD_OF, CasePackage.link(item), CasePackage.link(scale), level.rank() + 1);
    }

    Map<String, Map<String, Object>> skills = new HashMap<>();
    for (Skill skill : framework.skills()) {
      Map<String, Object> item = named(pack, "skill/" + skill.id(), CaseVocabulary.SKILL, skill.id().value(),
          skill.name(), skill.description());
      if (skill.isVariant()) {
        extensions(item).put("identity", skill.identity().value());
      }
      skill.context().ifPresent(c -> extensions(item).put("context", c));
      skills.putIfAbsent(skill.id().value(), item);
      pack.associate(CaseVocabulary.IS_CHILD_OF, CasePackage.link(item), top, ++position);
      List<Map.Entry<SkillLevel, String>> described = new ArrayList<>(skill.levelDescriptions().entrySet());
      described.sort(Map.Entry.comparingByKey());
      for (Map.Entry<SkillLevel, String> entry : described) {
        SkillLevel level = entry.getKey();
        Map<String, Object> description = pack.item(pack.identifier("skill/" + skill.id() + "/" + level.rank(), null),
            CaseVocabulary.SKILL_LEVEL_DESCRIPTION, entry.getValue());
        description.put("humanCodingScheme", skill.id() + " " + level.label());
        pack.associate(CaseVocabulary.IS_CHILD_OF, CasePackage.link(description), CasePackage.link(item),
            level.rank() + 1);
        Map<String, Object> scaleLevel = levels.get(level);
        pack.associate(CaseVocabulary.HAS_SKILL_LEVEL, CasePackage.link(description), scaleLevel != null
            ? CasePackage.link(scaleLevel) : CasePackage.link(level.label(), level.label()), 1);
      }
    }

    for (Role role : framework.roles()) {
      Map<String, Object> item = named(pack, "role/" + role.id(), CaseVocabulary.ROLE, role.id().value(),
          role.name(), role.description());
      extensions(item).put("family", role.family());
      role.type().ifPresent(t -> extensions(item).put("type", t));
      pack.associate(CaseVocabulary.IS_CHILD_OF, CasePackage.link(item), top, ++position);
      List<RoleLevel> roleLevels = role.levels();
      for (int i = 0; i < roleLevels.size(); i++) {
        RoleLevel level = roleLevels.get(i);
        Map<String, Object> levelItem = named(pack, "role-level/" + level.id(), CaseVocabulary.ROLE_LEVEL,
            level.id().value(), level.name(), level.description());
        level.rank().ifPresent(r -> levelItem.put("listEnumeration", Integer.toString(r)));
        if (!level.payBands().isEmpty()) {
          extensions(levelItem).put("payBands", payBands(level.payBands()));
        }
        pack.associate(CaseVocabulary.IS_CHILD_OF, CasePackage.link(levelItem), CasePackage.link(item), i + 1);
        List<SkillRequirement> requirements = level.requirements();
        for (int j = 0; j < requirements.size(); j++) {
          SkillRequirement requirement = requirements.get(j);
          String id = requirement.skill().value();
          Map<String, Object> skill = skills.get(id);
          Map<String, Object> association = pack.associate(CaseVocabulary.IS_RELATED_TO,
              CasePackage.link(levelItem), skill != null ? CasePackage.link(skill) : CasePackage.link(id, id), j + 1);
          association.put("notes", "requires " + framework.skillName(requirement.skill())
              + requirement.level().map(l -> " at " + l.label()).orElse(" (no level given)"));
          requirement.level().ifPresent(l -> extensions(association).put("level", l.label()));
        }
      }
    }
    return pack;
  }

  /**
   * An item with code {@code code}: a statement of {@code name}, or, with a description, the description with the
   * name as its abbreviated statement.
   */
  private static Map<String, Object> named(CasePackage pack, String local, String type, String code, String name,
      Optional<String> description) {
    Map<String, Object> item = pack.item(pack.identifier(local, null), type, description.orElse(name));
    item.put("humanCodingScheme", code);
    if (description.isPresent()) {
      item.put("abbreviatedStatement", name);
    }
    return item;
  }

  private static List<Object> payBands(List<PayBand> bands) {
    List<Object> list = new ArrayList<>();
    for (PayBand band : bands) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("region", band.region());
      map.put("minimum", band.minimum());
      map.put("maximum", band.maximum());
      map.put("orMore", band.orMore());
      map.put("source", band.source());
      list.add(map);
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> extensions(Map<String, Object> node) {
    return (Map<String, Object>) node.computeIfAbsent("extensions", k -> new LinkedHashMap<String, Object>());
  }
}

package io.github.apprenticeships4j.formats.internal.ddat;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Joins the rows of the two DDaT files into one {@link Framework}, reporting what does not agree. */
public final class DdatAssembly {
  private static final Map<String, List<List<String>>> ORDER = loadOrder();

  private final List<Issue> issues = new ArrayList<>();

  private DdatAssembly() {}

  /** The framework of the accepted rows; the findings of the joining are added to {@code issues}. */
  public static Framework assemble(List<Row.Accepted<DdatCsv.SkillEntry>> skills,
      List<Row.Accepted<DdatCsv.RoleEntry>> roles, List<Issue> issues) {
    DdatAssembly assembly = new DdatAssembly();
    Framework framework = assembly.build(skills, roles);
    issues.addAll(assembly.issues);
    return framework;
  }

  private Framework build(List<Row.Accepted<DdatCsv.SkillEntry>> skillRows,
      List<Row.Accepted<DdatCsv.RoleEntry>> roleRows) {
    Framework.Builder framework = Framework.builder()
        .name("Government Digital and Data Profession Capability Framework")
        .publisher("Central Digital and Data Office (CDDO)")
        .source("https://ddat-capability-framework.service.gov.uk/ (role-content.csv, skill-description-content.csv)")
        .licence("Open Government Licence v3.0")
        .scale(SkillLevelScale.ddat());
    Map<String, DdatCsv.SkillEntry> skillsByName = new LinkedHashMap<>();
    for (Row.Accepted<DdatCsv.SkillEntry> row : skillRows) {
      skillsByName.putIfAbsent(key(row.value().skill().name()), row.value());
      framework.addSkills(row.value().skill());
    }

    Map<String, RoleDraft> drafts = new LinkedHashMap<>();
    Map<String, Set<String>> rolesOfSkill = new LinkedHashMap<>();
    for (Row.Accepted<DdatCsv.RoleEntry> row : roleRows) {
      DdatCsv.RoleEntry entry = row.value();
      RoleDraft role = drafts.computeIfAbsent(key(entry.role()), k -> new RoleDraft(entry));
      role.add(entry, row.position());
      rolesOfSkill.computeIfAbsent(key(entry.skillName()), k -> new LinkedHashSet<>()).add(entry.role());
      DdatCsv.SkillEntry skill = skillsByName.get(key(entry.skillName()));
      if (skill != null) {
        compareTexts(entry, skill.skill(), row.position());
      }
    }
    for (DdatCsv.SkillEntry skill : skillsByName.values()) {
      Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      used.addAll(rolesOfSkill.getOrDefault(key(skill.skill().name()), Set.of()));
      Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      listed.addAll(skill.roles());
      if (!used.equals(listed)) {
        issues.add(Issue.warning(ReadCodes.DDAT_SKILL_ROLES_DIFFER, "\"Roles that require Skill\" lists " + listed
            + " but role-content.csv has " + skill.skill().name() + " in " + used).about(skill.skill().id().value()));
      }
    }
    drafts.values().forEach(d -> framework.addRoles(d.build()));
    return framework.build();
  }

  private void compareTexts(DdatCsv.RoleEntry entry, Skill skill, SourcePosition at) {
    if (entry.skillDescription().isPresent() && skill.description().isPresent()
        && !entry.skillDescription().get().equals(skill.description().get())) {
      issues.add(Issue.warning(ReadCodes.DDAT_SKILL_TEXT_DIFFERS, "the skill description of " + skill.name()
          + " differs from skill-description-content.csv").at("skillDescription").locatedAt(at));
    }
    entry.requirement().level().ifPresent(level -> {
      String described = skill.levelDescriptions().get(level);
      if (described != null && entry.skillLevelDescription().isPresent()
          && !entry.skillLevelDescription().get().equals(described)) {
        issues.add(Issue.warning(ReadCodes.DDAT_SKILL_TEXT_DIFFERS, "the description of " + skill.name() + " at "
            + level
            + " differs from skill-description-content.csv").at("skillLevelDescription").locatedAt(at));
      }
    });
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** One role as its rows arrive. */
  private final class RoleDraft {
    private final DdatCsv.RoleEntry first;
    private final Map<String, LevelDraft> levels = new LinkedHashMap<>();

    RoleDraft(DdatCsv.RoleEntry first) {
      this.first = first;
    }

    void add(DdatCsv.RoleEntry entry, SourcePosition at) {
      if (!entry.family().equals(first.family()) || !entry.roleDescription().equals(first.roleDescription())
          || !entry.roleType().equals(first.roleType())) {
        issues.add(Issue.warning(ReadCodes.DDAT_ROLE_INCONSISTENT, "the family, description or type of " + entry.role()
            + " differs from its first row").locatedAt(at));
      }
      LevelDraft level = levels.computeIfAbsent(key(entry.roleLevel()), k -> new LevelDraft(entry));
      level.add(entry, at);
    }

    Role build() {
      RoleId id = RoleId.ofName(first.role());
      Role.Builder role = Role.builder().id(id).name(first.role()).family(first.family());
      first.roleDescription().ifPresent(role::description);
      first.roleType().ifPresent(role::type);
      Map<String, Integer> ranks = ranks();
      for (LevelDraft level : levels.values()) {
        Integer rank = ranks.get(key(level.first.roleLevel()));
        if (rank == null && levels.size() > 1) {
          issues.add(Issue.warning(ReadCodes.DDAT_ROLE_LEVEL_ORDER_UNKNOWN, "the order of " + level.first.roleLevel()
              + " among the levels of " + first.role() + " is not in " + DdatCsv.ORDER_RESOURCE)
              .about(RoleLevelId.ofName(level.first.roleLevel()).value()));
        }
        role.addLevels(level.build(rank));
      }
      return role.build();
    }

    private Map<String, Integer> ranks() {
      Map<String, Integer> ranks = new LinkedHashMap<>();
      List<List<String>> order = ORDER.get(key(first.role()));
      if (order == null) {
        return ranks;
      }
      for (int i = 0; i < order.size(); i++) {
        for (String level : order.get(i)) {
          ranks.put(key(level), i + 1);
          if (!levels.containsKey(key(level))) {
            issues.add(Issue.warning(ReadCodes.DDAT_ROLE_LEVEL_ORDER_STALE, DdatCsv.ORDER_RESOURCE + " orders a level "
                + level + " that " + first.role() + " does not have").about(RoleId.ofName(first.role()).value()));
          }
        }
      }
      return ranks;
    }
  }

  /** One role level as its rows arrive. */
  private final class LevelDraft {
    private final DdatCsv.RoleEntry first;
    private final Map<String, DdatCsv.RoleEntry> requirements = new LinkedHashMap<>();

    LevelDraft(DdatCsv.RoleEntry first) {
      this.first = first;
    }

    void add(DdatCsv.RoleEntry entry, SourcePosition at) {
      if (!Objects.equals(entry.roleLevelDescription(), first.roleLevelDescription())) {
        issues.add(Issue.warning(ReadCodes.DDAT_ROLE_INCONSISTENT, "the description of " + entry.roleLevel()
            + " differs from its first row").locatedAt(at));
      }
      DdatCsv.RoleEntry earlier = requirements.putIfAbsent(entry.requirement().skill().value(), entry);
      if (earlier != null) {
        boolean same = earlier.requirement().equals(entry.requirement());
        issues.add(Issue.warning(ReadCodes.DDAT_REQUIREMENT_DUPLICATE, entry.roleLevel() + " lists " + entry.skillName()
            + " again" + (same ? " at the same level; merged" : " at " + entry.requirement().level()
                .map(Object::toString).orElse("no level") + "; the first row's level is kept"))
            .about(RoleLevelId.ofName(entry.roleLevel()).value()).locatedAt(at));
      }
    }

    RoleLevel build(@Nullable Integer rank) {
      RoleLevel.Builder level = RoleLevel.builder().id(RoleLevelId.ofName(first.roleLevel()))
          .name(first.roleLevel());
      first.roleLevelDescription().ifPresent(level::description);
      if (rank != null) {
        level.rank(rank);
      }
      requirements.values().forEach(e -> level.addRequirements(e.requirement()));
      return level.build();
    }
  }

  private static Map<String, List<List<String>>> loadOrder() {
    Map<String, List<List<String>>> order = new LinkedHashMap<>();
    try (InputStream in = DdatCsv.class.getResourceAsStream(DdatCsv.ORDER_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DdatCsv.ORDER_RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\|", 2);
        List<List<String>> ranks = new ArrayList<>();
        for (String rank : parts[1].split("<", -1)) {
          List<String> parallel = new ArrayList<>();
          for (String level : rank.split("=", -1)) {
            parallel.add(level.strip());
          }
          ranks.add(List.copyOf(parallel));
        }
        order.put(key(parts[0]), List.copyOf(ranks));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return order;
  }
}

package io.github.apprenticeships4j.formats.internal.ddat;

import io.github.apprenticeships4j.core.career.CareerCodes;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import java.io.Reader;
import java.util.List;
import java.util.Optional;

/** Reads {@code role-content.csv}: one skill requirement of one role level a record. */
public final class DdatRolesSource extends DdatCsvSource<DdatCsv.RoleEntry> {
  public static final String FAMILY = "Role Family";
  public static final String ROLE = "Role";
  public static final String ROLE_DESCRIPTION = "Role Description";
  public static final String LEVEL = "Role Level";
  public static final String LEVEL_DESCRIPTION = "Role Level Description";
  public static final String SKILL = "Skill Name";
  public static final String SKILL_DESCRIPTION = "Skill Description";
  public static final String SKILL_LEVEL = "Skill Level";
  public static final String SKILL_LEVEL_DESCRIPTION = "Skill Level Description";
  public static final String TYPE = "Role Type";
  static final List<String> COLUMNS = List.of(FAMILY, ROLE, ROLE_DESCRIPTION, LEVEL, LEVEL_DESCRIPTION, SKILL,
      SKILL_DESCRIPTION, SKILL_LEVEL, SKILL_LEVEL_DESCRIPTION, TYPE);
  static final String NOT_IN_USE = "NOT IN USE";
  static final String MISSING = "MISSING";

  private final Entries entries;

  /** A reader of {@code input}, which it owns, making each accepted record's entry with {@code entries}. */
  public DdatRolesSource(Reader input, String source, CsvSettings settings, Entries entries) {
    super(input, source, settings, COLUMNS);
    this.entries = entries;
  }

  /** Makes the entry of one record from its values, in the order of the columns of the file. */
  @FunctionalInterface
  public interface Entries {
    /** The entry of one record. */
    DdatCsv.RoleEntry entry(String family, String role, Optional<String> roleDescription, String roleLevel,
        Optional<String> roleLevelDescription, String skillName, SkillRequirement requirement,
        Optional<String> skillDescription, Optional<String> skillLevelDescription, Optional<String> roleType);
  }

  @Override
  Row<DdatCsv.RoleEntry> map(Fields fields, List<Issue> issues) {
    String family = fields.text(FAMILY, "family", true, issues);
    String role = fields.text(ROLE, "role", true, issues);
    String level = fields.text(LEVEL, "roleLevel", true, issues);
    String skillName = fields.text(SKILL, "skill", true, issues);
    String skillLevel = fields.text(SKILL_LEVEL, "level", true, issues);
    if (family.isEmpty() || role.isEmpty() || level.isEmpty() || skillName.isEmpty() || skillLevel.isEmpty()) {
      return new Row.Rejected<>(fields.position(), fields.raw(), issues);
    }
    if (level.equalsIgnoreCase(NOT_IN_USE)) {
      issues.add(Issue.warning(ReadCodes.DDAT_ROLE_LEVEL_NOT_IN_USE, "the level of " + role + " is written \"" + level
          + "\"; read as one level named after the role").at("roleLevel").locatedAt(fields.at(LEVEL)));
      level = role;
    }
    SkillId skill;
    try {
      skill = SkillId.ofName(skillName);
    } catch (InvalidValueException e) {
      issues.add(e.issue().at("skill").locatedAt(fields.at(SKILL)));
      return new Row.Rejected<>(fields.position(), fields.raw(), issues);
    }
    SkillRequirement requirement;
    if (skillLevel.equalsIgnoreCase(NOT_IN_USE)) {
      issues.add(Issue.warning(ReadCodes.DDAT_SKILL_LEVEL_NOT_IN_USE, level + " requires " + skillName
          + " at level \"" + skillLevel + "\"; read as a requirement without a level").at("level")
          .locatedAt(fields.at(SKILL_LEVEL)));
      requirement = SkillRequirement.unrated(skill);
    } else {
      Optional<SkillLevel> parsed = SkillLevelScale.ddat().find(skillLevel);
      if (parsed.isEmpty()) {
        issues.add(Issue.error(CareerCodes.SKILL_LEVEL_UNKNOWN, "Skill Level must be Awareness, Working, Practitioner "
            + "or Expert").at("level").rejecting(skillLevel).locatedAt(fields.at(SKILL_LEVEL)));
        return new Row.Rejected<>(fields.position(), fields.raw(), issues);
      }
      requirement = SkillRequirement.of(skill, parsed.get());
    }
    String skillDescription = fields.text(SKILL_DESCRIPTION, "skillDescription", false, issues);
    if (skillDescription.equals(MISSING)) {
      issues.add(Issue.warning(ReadCodes.DDAT_SKILL_DESCRIPTION_MISSING, "the skill description of " + skillName
          + " is written \"MISSING\"").at("skillDescription").locatedAt(fields.at(SKILL_DESCRIPTION)));
    } else if (skillDescription.isEmpty()) {
      issues.add(Issue.of(Severity.INFO, ReadCodes.DDAT_SKILL_DESCRIPTION_BLANK, "the skill description of " + skillName
          + " is blank").at("skillDescription").locatedAt(fields.at(SKILL_DESCRIPTION)));
    }
    DdatCsv.RoleEntry entry = entries.entry(family, role,
        present(fields.text(ROLE_DESCRIPTION, "roleDescription", false, issues)), level,
        present(fields.text(LEVEL_DESCRIPTION, "roleLevelDescription", false, issues)), skillName, requirement,
        present(skillDescription.equals(MISSING) ? "" : skillDescription),
        present(fields.text(SKILL_LEVEL_DESCRIPTION, "skillLevelDescription", false, issues))
            .filter(t -> !t.equalsIgnoreCase(NOT_IN_USE)),
        present(fields.text(TYPE, "type", false, issues)));
    return new Row.Accepted<>(fields.position(), entry, issues);
  }

  private static Optional<String> present(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}

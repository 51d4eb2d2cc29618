package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.Loading;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.internal.ddat.DdatAssembly;
import io.github.apprenticeships4j.formats.internal.ddat.DdatRolesSource;
import io.github.apprenticeships4j.formats.internal.ddat.DdatSkillsSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the two CSV downloads of the Government Digital and Data Profession Capability Framework (DDaT),
 * {@code skill-description-content.csv} (one skill a record) and {@code role-content.csv} (one skill requirement of
 * one role level a record), with the contract of every CSV reader of this package, and joins them into one
 * {@link Framework} ({@link #readFramework}). What the published data does is reported, not hidden, with the
 * {@code ddat.*} codes of {@link ReadCodes}; a blank name or level cell, or a skill level that is none of the four,
 * rejects its record. The order of role levels is not in the files: it comes from the resource
 * {@value #ORDER_RESOURCE} of this module, written by the library. The reader maps;
 * {@link io.github.apprenticeships4j.core.career.CareerValidator} checks the framework.
 */
public final class DdatCsv {
  /** The resource that ranks the role levels of each role. */
  public static final String ORDER_RESOURCE = "/io/github/apprenticeships4j/formats/csv/ddat-role-level-order.txt";

  private static final CsvSettings DEFAULTS = CsvSettings.DEFAULTS.withMaxPreambleLines(0);
  private static final CsvOptions<RecordReader<SkillEntry>> SKILLS =
      CsvReaderOptions.of(DdatSkillsSource::new, DEFAULTS);
  private static final CsvOptions<RecordReader<RoleEntry>> ROLES = CsvReaderOptions.of((input, source,
      settings) -> new DdatRolesSource(input, source, settings, RoleEntry::new), DEFAULTS);

  private DdatCsv() {}

  /**
   * The options of a reader of {@code skill-description-content.csv}, at their defaults: UTF-8, the header on the
   * first line, 1,000,000 characters a field, 10,000,000 a record.
   */
  public static CsvOptions<RecordReader<SkillEntry>> skillsReader() {
    return SKILLS;
  }

  /** The options of a reader of {@code role-content.csv}, at the defaults of {@link #skillsReader()}. */
  public static CsvOptions<RecordReader<RoleEntry>> rolesReader() {
    return ROLES;
  }

  /**
   * Reads both files with the default options and joins what they accepted into a framework; rejected records do not
   * stop the load.
   *
   * @throws IOException if a file cannot be opened
   * @throws LoadException if a file cannot be read to its end (an unclosed quote, a missing column, ...)
   */
  public static Loaded<Framework> readFramework(Path roleContent, Path skillDescriptions) throws IOException {
    try (RecordReader<RoleEntry> roles = rolesReader().open(roleContent);
        RecordReader<SkillEntry> skills = skillsReader().open(skillDescriptions)) {
      return readFramework(roles, skills);
    }
  }

  /**
   * Reads both readers to their end, closes them, and joins what they accepted into a framework. The summaries are
   * those of the role content, then of the skill descriptions; so are the findings, those of the joining last.
   *
   * @throws LoadException if a reader stops before the end of its input
   */
  public static Loaded<Framework> readFramework(RecordReader<RoleEntry> roles, RecordReader<SkillEntry> skills)
      throws LoadException {
    Loading.Rows<RoleEntry> roleRows;
    Loading.Rows<SkillEntry> skillRows;
    try (skills) {
      roleRows = Loading.readAll(roles, List::of);
      skillRows = Loading.readAll(skills, List::of);
    }
    List<ReadSummary> summaries = List.of(roleRows.summary(), skillRows.summary());
    List<Issue> issues = new ArrayList<>(roleRows.issues());
    issues.addAll(skillRows.issues());
    Loading.requireComplete(summaries, issues);
    Framework framework = DdatAssembly.assemble(skillRows.accepted(), roleRows.accepted(), issues);
    List<Row.Rejected<?>> rejected = new ArrayList<>(roleRows.rejected());
    rejected.addAll(skillRows.rejected());
    return new Loaded<>(framework, summaries, rejected, issues);
  }

  /**
   * One record of {@code skill-description-content.csv}.
   *
   * @param skill the skill, with the levels where it is defined; a name with a parenthesised suffix, e.g.
   *     "Programming and build (data science)", is a variant of the identity of its stem
   * @param roles the names in "Roles that require Skill"
   */
  public record SkillEntry(Skill skill, List<String> roles) {
    public SkillEntry {
      Objects.requireNonNull(skill, "skill");
      roles = List.copyOf(roles);
    }
  }

  /** One record of {@code role-content.csv}: one skill requirement of one role level. Immutable. */
  public static final class RoleEntry {
    private final String family;
    private final String role;
    private final Optional<String> roleDescription;
    private final String roleLevel;
    private final Optional<String> roleLevelDescription;
    private final String skillName;
    private final SkillRequirement requirement;
    private final Optional<String> skillDescription;
    private final Optional<String> skillLevelDescription;
    private final Optional<String> roleType;

    RoleEntry(String family, String role, Optional<String> roleDescription, String roleLevel,
        Optional<String> roleLevelDescription, String skillName, SkillRequirement requirement,
        Optional<String> skillDescription, Optional<String> skillLevelDescription, Optional<String> roleType) {
      this.family = Objects.requireNonNull(family, "family");
      this.role = Objects.requireNonNull(role, "role");
      this.roleDescription = Objects.requireNonNull(roleDescription, "roleDescription");
      this.roleLevel = Objects.requireNonNull(roleLevel, "roleLevel");
      this.roleLevelDescription = Objects.requireNonNull(roleLevelDescription, "roleLevelDescription");
      this.skillName = Objects.requireNonNull(skillName, "skillName");
      this.requirement = Objects.requireNonNull(requirement, "requirement");
      this.skillDescription = Objects.requireNonNull(skillDescription, "skillDescription");
      this.skillLevelDescription = Objects.requireNonNull(skillLevelDescription, "skillLevelDescription");
      this.roleType = Objects.requireNonNull(roleType, "roleType");
    }

    /** The role family. */
    public String family() {
      return family;
    }

    /** The role name. */
    public String role() {
      return role;
    }

    /** The role's description. */
    public Optional<String> roleDescription() {
      return roleDescription;
    }

    /** The level name (the role name where the file says "NOT IN USE"). */
    public String roleLevel() {
      return roleLevel;
    }

    /** The level's description. */
    public Optional<String> roleLevelDescription() {
      return roleLevelDescription;
    }

    /** The skill's name as written. */
    public String skillName() {
      return skillName;
    }

    /** The skill requirement. */
    public SkillRequirement requirement() {
      return requirement;
    }

    /** The file's copy of the skill's description, absent if blank or "MISSING". */
    public Optional<String> skillDescription() {
      return skillDescription;
    }

    /** The file's copy of the skill's description at the level. */
    public Optional<String> skillLevelDescription() {
      return skillLevelDescription;
    }

    /** The role type, e.g. {@code Senior Civil Service}. */
    public Optional<String> roleType() {
      return roleType;
    }

    private List<Object> values() {
      return List.of(family, role, roleDescription, roleLevel, roleLevelDescription, skillName, requirement,
          skillDescription, skillLevelDescription, roleType);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof RoleEntry that && values().equals(that.values());
    }

    @Override
    public int hashCode() {
      return values().hashCode();
    }

    @Override
    public String toString() {
      return "RoleEntry[family=" + family + ", role=" + role + ", roleLevel=" + roleLevel + ", skillName=" + skillName
          + ", requirement=" + requirement + "]";
    }
  }
}

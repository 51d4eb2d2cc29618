package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.Loading;
import io.github.apprenticeships4j.formats.internal.ddat.DdatAssembly;
import io.github.apprenticeships4j.formats.internal.ddat.DdatRolesSource;
import io.github.apprenticeships4j.formats.internal.ddat.DdatSkillsSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the two CSV downloads of the Government Digital and Data Profession Capability Framework (DDaT):
 * {@code skill-description-content.csv} (one skill a record: name, description, the four level descriptions, the
 * roles that require it) and {@code role-content.csv} (one requirement a record: role family, role, role level, skill
 * and skill level, with their descriptions), and joins them into one {@link Framework} ({@link #load}).
 *
 * <pre>{@code
 * Loaded<Framework> ddat = DdatCsv.load(Path.of("role-content.csv"), Path.of("skill-description-content.csv"));
 * ddat.issues().forEach(System.out::println);
 * Framework framework = ddat.value();
 * }</pre>
 *
 * <p>Both files are UTF-8, RFC 4180 (quoted cells hold line breaks), with a header naming the columns in any order.
 * Every record ends as one row, accepted or rejected; nothing is dropped. What the published data does is reported,
 * not hidden:
 * <ul>
 *   <li>{@value ReadCodes#DDAT_SKILL_LEVEL_NOT_DEFINED} (info): a skill's level cell says "This skill level is currently not
 *       defined"; the skill is kept without that level;
 *   <li>{@value ReadCodes#DDAT_SKILL_UNSCALED} (warning): a skill is described at no level (the Senior Civil Service skills);
 *   <li>{@value ReadCodes#DDAT_SKILL_DESCRIPTION_BLANK} (warning in the skill file, info in the role file): no description;
 *   <li>{@value ReadCodes#DDAT_SKILL_DESCRIPTION_MISSING} (warning): the role file writes "MISSING" for the skill description;
 *   <li>{@value ReadCodes#DDAT_ROLE_LEVEL_NOT_IN_USE} (warning): the role level is "NOT IN USE" (the four chief roles); read as
 *       one level named after the role;
 *   <li>{@value ReadCodes#DDAT_SKILL_LEVEL_NOT_IN_USE} (warning): the skill level is "NOT IN USE"; read as a requirement without a
 *       level;
 *   <li>{@value ReadCodes#DDAT_TEXT_PADDED} (info): a cell has white space around it (a level "End user computing engineer ");
 *       stripped;
 *   <li>{@value ReadCodes#DDAT_FIELD_BLANK} (error, the record is rejected): a name or level cell is blank; and
 *       {@code career.skill-level.unknown} (error) for a skill level that is none of the four;
 *   <li>when joining: {@value ReadCodes#DDAT_REQUIREMENT_DUPLICATE} (warning, the first is kept), {@value ReadCodes#DDAT_ROLE_INCONSISTENT}
 *       (warning), {@value ReadCodes#DDAT_SKILL_TEXT_DIFFERS} (warning: the role file's copy of a skill text differs from the skill
 *       file), {@value ReadCodes#DDAT_SKILL_ROLES_DIFFER} (warning: the "Roles that require Skill" cell does not match the role
 *       file), {@value ReadCodes#DDAT_ROLE_LEVEL_ORDER_UNKNOWN} (warning: a level of a role with several levels that the order
 *       resource does not rank), {@value ReadCodes#DDAT_ROLE_LEVEL_ORDER_STALE} (warning: the resource ranks a level the role does
 *       not have);
 *   <li>the structural codes of {@link ReadCodes} (unclosed quotes, missing header columns, field counts, ...).
 * </ul>
 * The order of role levels is not in the files; it comes from the documented resource {@value #ORDER_RESOURCE} of
 * this module, written by the library. The reader maps; {@link io.github.apprenticeships4j.core.career.CareerValidator}
 * checks the framework.
 */
public final class DdatCsv {
  /** The resource that ranks the role levels of each role. */
  public static final String ORDER_RESOURCE = "/io/github/apprenticeships4j/formats/csv/ddat-role-level-order.txt";

  private DdatCsv() {}

  /**
   * Opens {@code skill-description-content.csv}.
   *
   * @throws IOException if the file cannot be opened
   */
  public static RecordReader<SkillEntry> skills(Path file) throws IOException {
    return skills(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Reads skill descriptions from {@code reader}, which the reader closes; {@code sourceName} names it. */
  public static RecordReader<SkillEntry> skills(Reader reader, String sourceName) {
    return new DdatSkillsSource(reader, sourceName);
  }

  /**
   * Opens {@code role-content.csv}.
   *
   * @throws IOException if the file cannot be opened
   */
  public static RecordReader<RoleEntry> roles(Path file) throws IOException {
    return roles(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Reads role content from {@code reader}, which the reader closes; {@code sourceName} names it. */
  public static RecordReader<RoleEntry> roles(Reader reader, String sourceName) {
    return new DdatRolesSource(reader, sourceName);
  }

  /**
   * Reads both files and joins what they accepted into a framework; rejected records do not stop the load.
   *
   * @throws IOException if a file cannot be opened
   * @throws LoadException if a file cannot be read to its end (an unclosed quote, a missing column, ...)
   */
  public static Loaded<Framework> load(Path roleContent, Path skillDescriptions) throws IOException {
    try (RecordReader<RoleEntry> roles = roles(roleContent);
        RecordReader<SkillEntry> skills = skills(skillDescriptions)) {
      return load(roles, skills);
    }
  }

  /**
   * Reads both readers to their end, closes them, and joins what they accepted into a framework. The summaries are
   * those of the role content, then of the skill descriptions; so are the findings, those of the joining last.
   *
   * @throws LoadException if a reader stops before the end of its input
   */
  public static Loaded<Framework> load(RecordReader<RoleEntry> roles, RecordReader<SkillEntry> skills)
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

  /**
   * One record of {@code role-content.csv}: one skill requirement of one role level.
   *
   * @param family the role family
   * @param role the role name
   * @param roleDescription the role's description
   * @param roleLevel the level name (the role name where the file says "NOT IN USE")
   * @param roleLevelDescription the level's description
   * @param skillName the skill's name as written
   * @param requirement the skill requirement
   * @param skillDescription the file's copy of the skill's description, absent if blank or "MISSING"
   * @param skillLevelDescription the file's copy of the skill's description at the level
   * @param roleType e.g. {@code Senior Civil Service}
   */
  public record RoleEntry(String family, String role, Optional<String> roleDescription, String roleLevel,
      Optional<String> roleLevelDescription, String skillName, SkillRequirement requirement,
      Optional<String> skillDescription, Optional<String> skillLevelDescription, Optional<String> roleType) {}
}

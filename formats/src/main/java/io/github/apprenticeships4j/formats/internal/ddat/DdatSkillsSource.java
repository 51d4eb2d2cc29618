package io.github.apprenticeships4j.formats.internal.ddat;

import io.github.apprenticeships4j.core.career.ImmutableSkill;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads {@code skill-description-content.csv}: one skill a record. */
public final class DdatSkillsSource extends DdatCsvSource<DdatCsv.SkillEntry> {
  public static final String NAME = "Skill Name";
  public static final String DESCRIPTION = "Skill Description";
  public static final String ROLES = "Roles that require Skill";
  private static final List<String> LEVELS = List.of("Awareness", "Working", "Practitioner", "Expert");
  static final List<String> COLUMNS = List.of(NAME, DESCRIPTION, "Awareness", "Working", "Practitioner", "Expert",
      ROLES);
  /** "Programming and build (software engineering)": a variant of "Programming and build". */
  private static final Pattern VARIANT = Pattern.compile("(.+?)\\s+\\(([^()]+)\\)");
  static final String NOT_DEFINED = "this skill level is currently not defined";

  public DdatSkillsSource(Reader reader, String source) {
    super(reader, source, COLUMNS);
  }

  @Override
  Row<DdatCsv.SkillEntry> map(Fields fields, List<Issue> issues) {
    String name = fields.text(NAME, "name", true, issues);
    if (name.isEmpty()) {
      return new Row.Rejected<>(fields.position(), fields.raw(), issues);
    }
    ImmutableSkill.Builder skill = Skill.builder().name(name);
    try {
      skill.id(SkillId.fromName(name));
      Matcher variant = VARIANT.matcher(name);
      if (variant.matches()) {
        skill.identity(SkillId.fromName(variant.group(1))).context(variant.group(2));
      }
    } catch (InvalidValueException e) {
      issues.add(e.issue().at("id").locatedAt(fields.at(NAME)));
      return new Row.Rejected<>(fields.position(), fields.raw(), issues);
    }
    String description = fields.text(DESCRIPTION, "description", false, issues);
    if (description.isEmpty()) {
      issues.add(Issue.warning(DdatCsv.SKILL_DESCRIPTION_BLANK, name + " has no description").at("description")
          .locatedAt(fields.at(DESCRIPTION)));
    } else {
      skill.description(description);
    }
    int defined = 0;
    for (String label : LEVELS) {
      SkillLevel level = SkillLevelScale.ddat().get(label);
      String text = fields.text(label, "levelDescriptions." + label, false, issues);
      String path = "levelDescriptions." + label;
      if (text.toLowerCase(Locale.ROOT).startsWith(NOT_DEFINED)) {
        issues.add(Issue.of(Severity.INFO, DdatCsv.SKILL_LEVEL_NOT_DEFINED, name + " is not defined at " + label
            + ": \"" + text + "\"").at(path).locatedAt(fields.at(label)));
      } else if (!text.isEmpty()) {
        skill.putLevelDescription(level, text);
        defined++;
      }
    }
    if (defined == 0) {
      issues.add(Issue.warning(DdatCsv.SKILL_UNSCALED, name + " is described at no skill level"
          + (LEVELS.stream().allMatch(l -> fields.get(l).isBlank()) ? " (all four level cells are blank)" : ""))
          .at("levelDescriptions").locatedAt(fields.position()));
    }
    String roles = fields.text(ROLES, "roles", false, issues);
    List<String> roleNames = roles.isEmpty() ? List.of()
        : Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).collect(Collectors.toList());
    return new Row.Accepted<>(fields.position(), new DdatCsv.SkillEntry(skill.build(), roleNames), issues);
  }
}

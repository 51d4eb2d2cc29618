package io.github.apprenticeships4j.formats.internal.ddat;

import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads {@code skill-description-content.csv}: one skill a record. */
public final class DdatSkillsSource extends DdatCsvSource<DdatCsv.SkillEntry> {
  public static final String NAME = "Skill Name";
  public static final String DESCRIPTION = "Skill Description";
  public static final String ROLES = "Roles that require Skill";
  private static final List<String> LEVELS = List.of("Awareness", "Working", "Practitioner", "Expert");
  static final List<String> COLUMNS = List.of(NAME, DESCRIPTION, "Awareness", "Working", "Practitioner", "Expert",
      ROLES);
  static final String NOT_DEFINED = "this skill level is currently not defined";

  /** A reader of {@code input}, which it owns. */
  public DdatSkillsSource(Reader input, String source, CsvSettings settings) {
    super(input, source, settings, COLUMNS);
  }

  @Override
  Row<DdatCsv.SkillEntry> map(Fields fields, List<Issue> issues) {
    String name = fields.text(NAME, "name", true, issues);
    if (name.isEmpty()) {
      return new Row.Rejected<>(fields.position(), fields.raw(), issues);
    }
    Skill.Builder skill = Skill.builder().name(name);
    try {
      skill.id(SkillId.ofName(name));
      Optional<Variant> variant = variant(name);
      if (variant.isPresent()) {
        skill.identity(SkillId.ofName(variant.get().identity())).context(variant.get().context());
      }
    } catch (InvalidValueException e) {
      issues.add(e.issue().at("id").locatedAt(fields.at(NAME)));
      return new Row.Rejected<>(fields.position(), fields.raw(), issues);
    }
    String description = fields.text(DESCRIPTION, "description", false, issues);
    if (description.isEmpty()) {
      issues.add(Issue.warning(ReadCodes.DDAT_SKILL_DESCRIPTION_BLANK, name + " has no description").at("description")
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
        issues.add(Issue.of(Severity.INFO, ReadCodes.DDAT_SKILL_LEVEL_NOT_DEFINED, name + " is not defined at " + label
            + ": \"" + text + "\"").at(path).locatedAt(fields.at(label)));
      } else if (!text.isEmpty()) {
        skill.putLevelDescription(level, text);
        defined++;
      }
    }
    if (defined == 0) {
      issues.add(Issue.warning(ReadCodes.DDAT_SKILL_UNSCALED, name + " is described at no skill level"
          + (LEVELS.stream().allMatch(l -> fields.get(l).isBlank()) ? " (all four level cells are blank)" : ""))
          .at("levelDescriptions").locatedAt(fields.position()));
    }
    String roles = fields.text(ROLES, "roles", false, issues);
    List<String> roleNames = roles.isEmpty() ? List.of()
        : Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).collect(Collectors.toList());
    return new Row.Accepted<>(fields.position(), new DdatCsv.SkillEntry(skill.build(), roleNames), issues);
  }

  /** The skill a name is a variant of, and the context of the variant. */
  record Variant(String identity, String context) {}

  /**
   * "Programming and build (software engineering)": a variant of "Programming and build" in the context "software
   * engineering". The name ends with a parenthesis that holds text and no other parenthesis, after white space; the
   * identity is the text before that white space (at least one character, without a line break). This is what the
   * regular expression {@code (.+?)\s+\(([^()]+)\)} matched, found in one backward pass: the expression backtracked
   * quadratically on a name padded with white space (40,000 spaces took 4.4 s).
   */
  static Optional<Variant> variant(String name) {
    int close = name.length() - 1;
    if (close < 0 || name.charAt(close) != ')') {
      return Optional.empty();
    }
    int open = close - 1;
    while (open >= 0 && name.charAt(open) != '(') {
      if (name.charAt(open) == ')') {
        return Optional.empty();
      }
      open--;
    }
    if (open < 0 || open == close - 1) {
      return Optional.empty();
    }
    int space = open;
    while (space > 0 && isSpace(name.charAt(space - 1))) {
      space--;
    }
    int end = Math.max(1, space);
    if (end >= open) {
      return Optional.empty();
    }
    for (int i = 0; i < end; i++) {
      if (isLineTerminator(name.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(new Variant(name.substring(0, end), name.substring(open + 1, close)));
  }

  /** {@code \s} of a regular expression: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** The characters {@code .} of a regular expression does not match. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}

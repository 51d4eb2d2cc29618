package io.github.apprenticeships4j.core.standard;

import io.github.apprenticeships4j.core.internal.RuleFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The policy figures {@link StandardValidator} judges a published standard by, with the dates they are in force, read
 * from {@code standard-rules.txt} beside this class (each line cites its source). Kept in this package rather than
 * in the funding rules so that {@code core.standard} does not depend on {@code core.funding}.
 */
final class StandardRules {
  /** The fewest off-the-job hours a standard may publish. */
  static final String OFF_THE_JOB_MINIMUM_HOURS = "off-the-job.minimum-hours";
  /** The weekly hours above which, over the whole typical duration, a published minimum is implausible. */
  static final String OFF_THE_JOB_MAXIMUM_WEEKLY_HOURS = "off-the-job.maximum-weekly-hours";

  private static final String RESOURCE = "standard-rules.txt";
  private static final String LAYOUT = "key | from | to | value | basis | source";
  private static final StandardRules DEFAULTS = load();

  private final List<Rule> rules;

  private record Rule(String key, LocalDate from, LocalDate to, int value) {}

  private StandardRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules bundled with the library. */
  static StandardRules defaults() {
    return DEFAULTS;
  }

  /** The value of {@code key} in force on {@code date}; empty when no rule is. */
  OptionalInt on(String key, LocalDate date) {
    return rules.stream().filter(r -> r.key().equals(key) && !date.isBefore(r.from()) && !date.isAfter(r.to()))
        .mapToInt(Rule::value).reduce((first, later) -> later);
  }

  /** Parses the rules; a malformed line is a defect of the library's own data, so it throws. */
  static StandardRules parse(BufferedReader reader) throws IOException {
    return new StandardRules(RuleFile.parse(reader, RESOURCE, LAYOUT, StandardRules::rule));
  }

  private static StandardRules load() {
    return new StandardRules(RuleFile.load(StandardRules.class, RESOURCE, LAYOUT, StandardRules::rule));
  }

  private static Rule rule(String[] cells) {
    return new Rule(cells[0], LocalDate.parse(cells[1]), cells[2].isEmpty() ? LocalDate.MAX
        : LocalDate.parse(cells[2]), Integer.parseInt(cells[3]));
  }
}

package io.github.apprenticeships4j.core.progress;

import io.github.apprenticeships4j.core.internal.RuleFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The off-the-job and English and maths rules {@link ProgressCheck} applies, with the dates they are in force, read
 * from {@code progress-rules.txt} beside this class (each line cites its source). Kept in this package rather than in
 * the funding rules so that {@code core.progress} does not depend on {@code core.funding}.
 */
final class ProgressRules {
  /** Share of contracted hours to spend off the job (starts to July 2022). */
  static final String SHARE_OF_HOURS = "off-the-job.share-of-hours";
  /** Weekly off-the-job hours of a full-time apprentice (starts August 2022 to July 2025). */
  static final String FULL_TIME_WEEKLY_HOURS = "off-the-job.full-time-weekly-hours";
  /** Contracted hours of a full-time week; fewer are pro rata. */
  static final String FULL_TIME_WEEK = "off-the-job.full-time-week";
  /** The fewest hours a standard publishes, used when it publishes none (starts from August 2025). */
  static final String PUBLISHED_MINIMUM_FLOOR = "off-the-job.published-minimum-floor";
  /** English and maths level required, qualified by the apprenticeship's level. */
  static final String ENGLISH_AND_MATHS_LEVEL = "english-and-maths.required-level";
  /** The oldest age at start at which English and maths are mandatory; no rule: mandatory at every age. */
  static final String ENGLISH_AND_MATHS_MAXIMUM_AGE = "english-and-maths.mandatory-maximum-age";

  static final String ANY = "*";
  private static final String RESOURCE = "progress-rules.txt";
  private static final String LAYOUT = "key | qualifier | from | to | value | basis | source";
  private static final ProgressRules DEFAULTS = load();

  private final List<Rule> rules;

  private record Rule(String key, String qualifier, LocalDate from, LocalDate to, BigDecimal value) {
    boolean appliesOn(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }

  private ProgressRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules bundled with the library. */
  static ProgressRules defaults() {
    return DEFAULTS;
  }

  /** The value of {@code key} for any qualifier in force on {@code date}; empty when no rule is. */
  Optional<BigDecimal> on(String key, LocalDate date) {
    return on(key, ANY, date);
  }

  /**
   * The value of {@code key} in force on {@code date} for {@code qualifier}: a rule with that exact qualifier beats
   * one with {@code *}; of several, the latest to come into force wins. Empty when no rule is in force.
   */
  Optional<BigDecimal> on(String key, String qualifier, LocalDate date) {
    return rules.stream()
        .filter(r -> r.key().equals(key) && r.appliesOn(date)
            && (r.qualifier().equals(qualifier) || r.qualifier().equals(ANY)))
        .max(Comparator.comparing((Rule r) -> r.qualifier().equals(qualifier) && !ANY.equals(qualifier))
            .thenComparing(Rule::from))
        .map(Rule::value);
  }

  /** Parses the rules; a malformed line is a defect of the library's own data, so it throws. */
  static ProgressRules parse(BufferedReader reader) throws IOException {
    return new ProgressRules(RuleFile.parse(reader, RESOURCE, LAYOUT, ProgressRules::rule));
  }

  private static ProgressRules load() {
    return new ProgressRules(RuleFile.load(ProgressRules.class, RESOURCE, LAYOUT, ProgressRules::rule));
  }

  private static Rule rule(String[] cells) {
    if (cells[1].isEmpty()) {
      throw new IllegalArgumentException("the qualifier is empty; write * for any");
    }
    return new Rule(cells[0], cells[1], LocalDate.parse(cells[2]),
        cells[3].isEmpty() ? LocalDate.MAX : LocalDate.parse(cells[3]), new BigDecimal(cells[4]));
  }
}

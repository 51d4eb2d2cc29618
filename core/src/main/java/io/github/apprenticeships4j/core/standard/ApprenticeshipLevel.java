package io.github.apprenticeships4j.core.standard;

import java.util.Optional;

/**
 * The level of an apprenticeship, 2 to 7, with its name and the education level it is equivalent to.
 *
 * <p>The names and equivalents are policy, held as data with their sources in the library's table
 * {@code level-equivalents.txt}: names from GOV.UK, "Become an apprentice", section "Apprenticeship levels"
 * (https://www.gov.uk/become-apprentice/apprenticeship-levels): intermediate (2), advanced (3), higher (4 to 7),
 * degree (6 and 7), this type naming levels 4 and 5 "Higher" and 6 and 7 "Degree", as most readers expect; the
 * equivalents from GOV.UK, "What qualification levels mean"
 * (https://www.gov.uk/what-different-qualification-levels-mean/list-of-qualification-levels). {@link #source()}
 * gives each level's citation.
 */
public enum ApprenticeshipLevel {
  LEVEL_2(2),
  LEVEL_3(3),
  LEVEL_4(4),
  LEVEL_5(5),
  LEVEL_6(6),
  LEVEL_7(7);

  private final int number;

  ApprenticeshipLevel(int number) {
    this.number = number;
  }

  /** The level numbered {@code number}, or empty outside 2 to 7. */
  public static Optional<ApprenticeshipLevel> of(int number) {
    return number >= 2 && number <= 7 ? Optional.of(values()[number - 2]) : Optional.empty();
  }

  /** The level as a number, 2 to 7. */
  public int number() {
    return number;
  }

  /** "Intermediate", "Advanced", "Higher" or "Degree". */
  public String displayName() {
    return LevelEquivalents.of(number).name();
  }

  /** The education level this apprenticeship level is equivalent to, e.g. "A level". */
  public String equivalentEducationLevel() {
    return LevelEquivalents.of(number).equivalent();
  }

  /** Where the name and the equivalent come from: the document, its section and its address. */
  public String source() {
    return LevelEquivalents.of(number).source();
  }

  /** For example {@code Level 6 (Degree, equivalent to Bachelor's degree)}. */
  public String describe() {
    return "Level " + number() + " (" + displayName() + ", equivalent to " + equivalentEducationLevel() + ")";
  }
}

package io.github.apprenticeships4j.core.standard;

import java.util.Optional;

/**
 * The level of an apprenticeship, 2 to 7, with its name and the education level it is equivalent to.
 *
 * <p>Source: GOV.UK, "Become an apprentice", section "Apprenticeship levels"
 * (https://www.gov.uk/become-apprentice/apprenticeship-levels): intermediate (2) ~ GCSE, advanced (3) ~ A level,
 * higher (4 to 7) ~ foundation degree and above, degree (6 and 7) ~ bachelor's or master's degree. This type names
 * levels 4 and 5 "higher" and 6 and 7 "degree", as most readers expect.
 */
public enum ApprenticeshipLevel {
  LEVEL_2(2, "Intermediate", "GCSE"),
  LEVEL_3(3, "Advanced", "A level"),
  LEVEL_4(4, "Higher", "Higher national certificate (HNC)"),
  LEVEL_5(5, "Higher", "Foundation degree or higher national diploma (HND)"),
  LEVEL_6(6, "Degree", "Bachelor's degree"),
  LEVEL_7(7, "Degree", "Master's degree");

  private final int number;
  private final String displayName;
  private final String equivalentEducationLevel;

  ApprenticeshipLevel(int number, String displayName, String equivalentEducationLevel) {
    this.number = number;
    this.displayName = displayName;
    this.equivalentEducationLevel = equivalentEducationLevel;
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
    return displayName;
  }

  /** The education level this apprenticeship level is equivalent to, e.g. "A level". */
  public String equivalentEducationLevel() {
    return equivalentEducationLevel;
  }

  /** For example {@code Level 6 (Degree, equivalent to Bachelor's degree)}. */
  public String describe() {
    return "Level " + number + " (" + displayName + ", equivalent to " + equivalentEducationLevel + ")";
  }
}

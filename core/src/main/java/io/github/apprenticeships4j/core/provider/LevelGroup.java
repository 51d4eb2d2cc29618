package io.github.apprenticeships4j.core.provider;

import java.util.Optional;

/**
 * The grouped apprenticeship level of a row of the national achievement rates tables
 * ({@code Apprenticeship_Level_Grouped}), with the values DfE's importer maps: 2, 3, 4+ and All Levels.
 */
public enum LevelGroup {
  LEVEL_2("2"),
  LEVEL_3("3"),
  /** Levels 4 to 7 together. */
  LEVEL_4_PLUS("4+"),
  ALL_LEVELS("All Levels");

  private final String label;

  LevelGroup(String label) {
    this.label = label;
  }

  /** As the tables write it, e.g. {@code 4+}. */
  public String label() {
    return label;
  }

  /** The group written {@code text}, ignoring case and surrounding white space. */
  public static Optional<LevelGroup> tryParse(String text) {
    String wanted = text.strip();
    for (LevelGroup group : values()) {
      if (group.label.equalsIgnoreCase(wanted)) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /**
   * The group a standard of {@code level} belongs to.
   *
   * @throws IllegalArgumentException unless 2 &le; level &le; 7
   */
  public static LevelGroup ofLevel(int level) {
    if (level < 2 || level > 7) {
      throw new IllegalArgumentException("apprenticeship levels are 2 to 7: " + level);
    }
    if (level == 2) {
      return LEVEL_2;
    }
    return level == 3 ? LEVEL_3 : LEVEL_4_PLUS;
  }

  @Override
  public String toString() {
    return label;
  }
}

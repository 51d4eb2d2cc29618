package io.github.apprenticeships4j.core.provider;

import java.util.Optional;

/**
 * The age band of a row of the national achievement rates tables ({@code Age_Band}), with the values DfE's importer
 * maps (das-apim-endpoints {@code NationalAchievementRateCsv}).
 */
public enum AgeBand {
  AGE_16_18("16-18"),
  AGE_19_23("19-23"),
  AGE_24_PLUS("24+"),
  /** Every age. */
  ALL_AGES("All Age");

  private final String label;

  AgeBand(String label) {
    this.label = label;
  }

  /** As the tables write it, e.g. {@code 24+}. */
  public String label() {
    return label;
  }

  /** The band written {@code text}, ignoring case and surrounding white space ({@code "All ages"} too). */
  public static Optional<AgeBand> tryParse(String text) {
    String wanted = text.strip();
    if (wanted.equalsIgnoreCase("All Ages")) {
      return Optional.of(ALL_AGES);
    }
    for (AgeBand band : values()) {
      if (band.label.equalsIgnoreCase(wanted)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label;
  }
}

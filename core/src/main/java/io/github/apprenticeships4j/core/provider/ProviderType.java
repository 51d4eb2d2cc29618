package io.github.apprenticeships4j.core.provider;

import java.util.Locale;
import java.util.Optional;

/**
 * The route a training organisation is registered on in the apprenticeship provider and assessment register (APAR,
 * formerly RoATP). Named, never numbered: DfE's services number them differently (das-roatp-api: main 1, employer 2,
 * supporting 3; das-download-service: main 1, supporting 2, employer 3).
 */
public enum ProviderType {
  /** Trains apprentices for any employer; the only type the Find apprenticeship training service lists. */
  MAIN("Main provider"),
  /** Trains its own employees, and those of connected companies. */
  EMPLOYER("Employer provider"),
  /** Delivers part of the training as a subcontractor of a main or employer provider. */
  SUPPORTING("Supporting provider");

  private final String label;

  ProviderType(String label) {
    this.label = label;
  }

  /** The label of the APAR CSV download, e.g. {@code Main provider}. */
  public String label() {
    return label;
  }

  /**
   * The type written {@code text}: the label of the APAR CSV ({@code Main provider}) or the name of the APAR API
   * ({@code MainProvider}), ignoring case, spaces, hyphens and underscores; or {@code main}, {@code employer},
   * {@code supporting}.
   */
  public static Optional<ProviderType> tryParse(String text) {
    String squashed = text.replaceAll("[\\s_-]+", "").toLowerCase(Locale.ROOT);
    for (ProviderType type : values()) {
      String name = type.name().toLowerCase(Locale.ROOT);
      if (squashed.equals(name) || squashed.equals(name + "provider")) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label;
  }
}

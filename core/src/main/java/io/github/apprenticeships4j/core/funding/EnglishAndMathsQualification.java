package io.github.apprenticeships4j.core.funding;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an {@link EnglishAndMathsAim} leads to, as the {@code english-and-maths.rate} rules tell the rates apart from
 * 1 January 2024 (before then one rate paid for every aim). Each has the qualifier of its rule.
 */
public enum EnglishAndMathsQualification {
  /** Entry level, level 1 or level 2 English (functional skills). */
  ENGLISH("english"),
  /** Entry-level maths. */
  MATHS_ENTRY("maths-entry"),
  /** Level 1 or level 2 maths (functional skills). */
  MATHS("maths"),
  /** GCSE English. */
  GCSE_ENGLISH("gcse-english"),
  /** GCSE maths. */
  GCSE_MATHS("gcse-maths");

  private final String qualifier;

  EnglishAndMathsQualification(String qualifier) {
    this.qualifier = qualifier;
  }

  /** The qualifier of its {@code english-and-maths.rate} rules, e.g. {@code gcse-maths}. */
  public String qualifier() {
    return qualifier;
  }

  /** The qualification whose qualifier is {@code qualifier}, if there is one. */
  public static Optional<EnglishAndMathsQualification> findByQualifier(String qualifier) {
    return Arrays.stream(values()).filter(q -> q.qualifier.equals(qualifier)).findFirst();
  }
}

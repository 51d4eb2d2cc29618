package io.github.apprenticeships4j.core.standard;

/**
 * The kind of a knowledge, skill or behaviour (KSB) item, with the prefix of its positional code. Apprenticeship
 * standards have knowledge, skills and behaviours; foundation apprenticeships have technical knowledge, technical
 * skills and employability skills and behaviours.
 *
 * <p>Prefixes as in DfE's Courses API, {@code SFA.DAS.Courses.Domain/Entities/Ksb.cs}.
 */
public enum KsbType {
  KNOWLEDGE("K"),
  SKILL("S"),
  BEHAVIOUR("B"),
  TECHNICAL_KNOWLEDGE("TK"),
  TECHNICAL_SKILL("TS"),
  EMPLOYABILITY_SKILL_AND_BEHAVIOUR("ESB");

  private final String prefix;

  KsbType(String prefix) {
    this.prefix = prefix;
  }

  /** The prefix of codes of this type: K, S, B, TK, TS or ESB. */
  public String prefix() {
    return prefix;
  }
}

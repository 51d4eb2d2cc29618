package io.github.apprenticeships4j.core.progress;

import org.immutables.value.Value;

/**
 * A gateway requirement of the assessment plan beyond the KSBs, off-the-job hours and English and maths, e.g. a
 * portfolio of evidence or a project proposal, and whether it is met. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GatewayRequirement implements WithGatewayRequirement {
  GatewayRequirement() {}

  /** The requirement in the user's own words, e.g. {@code portfolio}; it locates the finding when not met. */
  public abstract String id();

  /** Whether the employer and provider confirm it is met. */
  public abstract boolean isMet();

  /** The requirement {@code id}, met or not. */
  public static GatewayRequirement of(String id, boolean met) {
    return ImmutableGatewayRequirement.builder().id(id).isMet(met).build();
  }

  @Override
  public String toString() {
    return id() + (isMet() ? " (met)" : " (not met)");
  }
}

package io.github.apprenticeships4j.core.standard;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a party to a regulated standard, the training provider or the end-point assessment organisation, must be
 * approved by the occupation's regulator (one item of Skills England's {@code regulationDetail}). For example, the
 * General Dental Council must approve both for ST0108 1.1. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RegulatorApproval implements WithRegulatorApproval {
  RegulatorApproval() {}

  /** The party as the source names it (Skills England {@code name}), e.g. "Training provider" or "EPAO". */
  public abstract String party();

  /**
   * Whether the regulator must approve the party (Skills England {@code approved}); absent when the record does not
   * say (11 items of the national catalogue of August 2026).
   */
  public abstract Optional<Boolean> required();

  /** Where the regulator explains its approval (Skills England {@code webLink}), as published; often absent. */
  public abstract Optional<String> link();

  /** A builder of a regulator approval. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link RegulatorApproval#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableRegulatorApproval.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return party() + required().map(r -> r ? " must be approved by the regulator"
        : " need not be approved by the regulator").orElse(": approval by the regulator not stated");
  }
}

package io.github.apprenticeships4j.core.standard;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A professional body's recognition of the apprenticeship (one item of Skills England's
 * {@code professionalRecognition}), e.g. BCS, The Chartered Institute for IT, Advanced RITTech, in full for ST1398.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProfessionalRecognition implements WithProfessionalRecognition {
  ProfessionalRecognition() {}

  /** The professional body (Skills England {@code bodyName}), e.g. "BCS, The Chartered Institute for IT". */
  public abstract String body();

  /** The registration or membership it leads to (Skills England {@code level}), e.g. "Advanced RITTech". */
  public abstract Optional<String> level();

  /**
   * Whether the apprenticeship gives only part of the recognition (Skills England {@code isPartial} "partial"); false
   * for "full"; absent when the source leaves it blank or writes something else.
   */
  public abstract Optional<Boolean> partial();

  /**
   * What else a partial recognition needs (Skills England {@code partialFreeText}), e.g. "subject to 3 years
   * qualifying work experience".
   */
  public abstract Optional<String> conditions();

  /** A builder of a professional recognition. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link ProfessionalRecognition#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableProfessionalRecognition.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return body() + level().map(l -> ", " + l).orElse("");
  }
}

package io.github.apprenticeships4j.core.crosswalk;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Where an alignment comes from: who asserted it, when, and from what (the documents or data read). Immutable and
 * thread-safe; build one with {@link #builder()} or {@link #of(String, LocalDate, String)}.
 */
@Value.Immutable
public abstract class Provenance implements WithProvenance {
  Provenance() {}

  /** A builder of a {@code Provenance}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Provenance#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }

  /** The provenance of an assertion by {@code assertedBy} on {@code assertedOn}, from {@code basis}. */
  public static Provenance of(String assertedBy, LocalDate assertedOn, String basis) {
    return builder().assertedBy(assertedBy).assertedOn(assertedOn).basis(basis).build();
  }

  /** Who asserted the alignment: a person, an organisation or a tool. */
  public abstract String assertedBy();

  /** When it was asserted. */
  public abstract LocalDate assertedOn();

  /** What it was asserted from, e.g. the KSB texts of ST1398 v1.0 and the DDaT skill descriptions of 2025-10-15. */
  public abstract String basis();

  @Override
  public String toString() {
    return assertedBy() + ", " + assertedOn() + ", from " + basis();
  }
}

package io.github.apprenticeships4j.core.provider;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A training provider's entry in the apprenticeship provider and assessment register (APAR, formerly the register
 * of apprenticeship training providers, RoATP): who it is, on which route, since when, and whether it may take on new
 * apprentices. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class RegisterEntry implements WithRegisterEntry {
  RegisterEntry() {}

  /** A builder of a {@code RegisterEntry}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link RegisterEntry#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableRegisterEntry.Builder {
    Builder() {}
  }

  public abstract Ukprn ukprn();

  /** The provider's legal name as registered. */
  public abstract String name();

  public abstract ProviderType type();

  /** The day the provider joined the register on this route. */
  public abstract Optional<LocalDate> startDate();

  /** The day its application was determined (decided). */
  public abstract Optional<LocalDate> determinedDate();

  /**
   * Whether the provider is "not currently starting new apprentices": on the register, but barred from new starts
   * (APAR status {@code Not Currently Starting New Apprentices}).
   */
  @Value.Default
  public boolean notCurrentlyStartingNewApprentices() {
    return false;
  }

  /** Whether new apprentices may start with the provider. */
  public final boolean isStartingNewApprentices() {
    return !notCurrentlyStartingNewApprentices();
  }

  @Override
  public String toString() {
    return ukprn() + " " + name() + " (" + type() + (notCurrentlyStartingNewApprentices()
        ? ", not currently starting new apprentices)" : ")");
  }
}

package io.github.apprenticeships4j.core.funding;

import java.time.LocalDate;
import org.immutables.value.Value;

/** The apprentice as the funding rules see them. Immutable and thread-safe. */
@Value.Immutable
public abstract class Apprentice implements WithApprentice {
  Apprentice() {}

  /** A builder of an apprentice. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Apprentice#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableApprentice.Builder {
    Builder() {}
  }

  /** An apprentice born on {@code dateOfBirth}, with no EHC plan and not a care leaver. */
  public static Apprentice bornOn(LocalDate dateOfBirth) {
    return builder().dateOfBirth(dateOfBirth).build();
  }

  /** The date of birth, which gives the age at the start. */
  public abstract LocalDate dateOfBirth();

  /** Whether the apprentice has an education, health and care (EHC) plan. */
  @Value.Default
  public boolean hasEhcPlan() {
    return false;
  }

  /** Whether the apprentice is a care leaver, which can give full funding, extra payments and the bursary. */
  @Value.Default
  public boolean careLeaver() {
    return false;
  }

  /** Whether a care leaver agrees that the employer is told (rule P130); without it the employer gets no payment. */
  @Value.Default
  public boolean consentsToTellEmployer() {
    return false;
  }

  /**
   * Whether the apprentice is serving or has served a custodial sentence (a prisoner or prison leaver), which widens
   * the ages a foundation apprenticeship is funded for.
   */
  @Value.Default
  public boolean custodialSentence() {
    return false;
  }
}

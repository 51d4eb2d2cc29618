package io.github.apprenticeships4j.core.feed;

import io.github.apprenticeships4j.core.provider.Ukprn;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A cohort the apprenticeship service holds, as far as its bulk-upload rules read it (das-commitments
 * {@code ValidateCohortRef.cs}, {@code ValidateStartDate.cs}): what a provider sees on the cohort's page. A row whose
 * {@code CohortRef} names it is checked against it; a {@code CohortRef} naming no cohort of the context is
 * {@value FeedCodes#COHORT_REF_INVALID}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cohort implements WithCohort {
  Cohort() {}

  /** A builder of a cohort; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Cohort#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableCohort.Builder {
    Builder() {}
  }

  /** Who has the cohort now ({@code Cohort.WithParty}). */
  public enum Party {
    /** The training provider: apprentices can be added. */
    PROVIDER,
    /** The employer. */
    EMPLOYER,
    /** The employer sending the transfer that funds it. */
    TRANSFER_SENDER
  }

  /** The cohort reference, e.g. {@code VLB8N4}, matched to a row's {@code CohortRef} ignoring letter case. */
  public abstract String reference();

  /**
   * The public agreement id of the employer the cohort belongs to; compared with the row's {@code AgreementID} as
   * written, letter case included, as the service compares them.
   */
  public abstract String agreementId();

  /** The provider of the cohort, if not the context's own ({@link FeedContext#ukprn()}); another's is refused. */
  public abstract Optional<Ukprn> provider();

  /** Who has the cohort; default the provider. */
  @Value.Default
  public Party withParty() {
    return Party.PROVIDER;
  }

  /** Whether a transfer from another employer funds it (the cohort has a transfer sender). */
  @Value.Default
  public boolean transferFunded() {
    return false;
  }

  /** Whether it belongs to a change-of-party request (a change of employer or provider). */
  @Value.Default
  public boolean changeOfParty() {
    return false;
  }

  /** The ULNs of the draft apprentices already in it, compared as written. */
  public abstract Set<String> ulns();

  /** The email addresses of the draft apprentices already in it, compared as written, letter case included. */
  public abstract Set<String> emailAddresses();

  /** Whether a draft apprentice in it lacks a name, date of birth, dates, course, price, ULN or email address. */
  @Value.Default
  public boolean incompleteRecords() {
    return false;
  }

  /** Whether a draft apprentice in it has training dates overlapping another apprenticeship of the same ULN. */
  @Value.Default
  public boolean overlappingTrainingDates() {
    return false;
  }

  /** Whether a draft apprentice in it has an email address overlapping another apprenticeship's. */
  @Value.Default
  public boolean overlappingEmails() {
    return false;
  }
}

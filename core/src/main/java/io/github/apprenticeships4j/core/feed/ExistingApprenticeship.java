package io.github.apprenticeships4j.core.feed;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An apprenticeship the apprenticeship service already holds that a new row's dates must not overlap: an approved
 * apprenticeship, or a draft in a cohort with its transfer sender (das-commitments {@code UlnUtilisationService},
 * stored procedure {@code CheckForOverlappingEmailsForTable}). Its ULN is matched as written, its email address
 * ignoring letter case (assumed: the service's database compares with SQL Server's default, case-insensitive
 * collation). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExistingApprenticeship implements WithExistingApprenticeship {
  ExistingApprenticeship() {}

  /** A builder of an existing apprenticeship; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link ExistingApprenticeship#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableExistingApprenticeship.Builder {
    Builder() {}
  }

  /** The state of its payments, as far as the overlap rules read it ({@code PaymentStatus}). */
  public enum Status {
    /** Waiting to start, live or paused: it ends on its planned end date. */
    LIVE,
    /** Stopped (withdrawn): it ends on its stop date; stopped on its start date, it never overlaps. */
    STOPPED,
    /** Completed: it ends on its completion date, if that is before its planned end date. */
    COMPLETED
  }

  /** The apprentice's ULN. */
  public abstract String uln();

  /** The apprentice's email address, if the service holds one. */
  public abstract Optional<String> emailAddress();

  /** The start date. */
  public abstract LocalDate startDate();

  /** The planned end date. */
  public abstract LocalDate endDate();

  /** The state of its payments; default live. */
  @Value.Default
  public Status status() {
    return Status.LIVE;
  }

  /** The stop date, required when {@linkplain Status#STOPPED stopped}. */
  public abstract Optional<LocalDate> stopDate();

  /** The completion date, when {@linkplain Status#COMPLETED completed}. */
  public abstract Optional<LocalDate> completionDate();

  /** Checks that a stopped apprenticeship has its stop date. */
  @Value.Check
  protected void check() {
    if (status() == Status.STOPPED && stopDate().isEmpty()) {
      throw new IllegalArgumentException("a stopped apprenticeship needs its stop date: " + this);
    }
  }
}

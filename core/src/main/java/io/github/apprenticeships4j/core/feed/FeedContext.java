package io.github.apprenticeships4j.core.feed;

import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.LarsCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the apprenticeship service knows when it checks a feed and a library cannot: the date of the check, the
 * courses it knows, the employers' agreements (signed, levy status, the provider's permission), the provider's
 * declared standards, its cohorts, the apprenticeships it already holds, the reservations service's verdicts, and its
 * configured limits. Rules
 * that need a fact the context does not give are not checked, and {@link FeedValidator#notChecked()} says which; the
 * library never guesses them. Immutable and thread-safe; build one with {@link #builder()}, or
 * {@link #on(LocalDate)} for a context that knows only the date.
 *
 * <p>The limits default to the values the service is believed to use (its configuration is not public; see each
 * one).
 */
@Value.Immutable
public abstract class FeedContext implements WithFeedContext {
  FeedContext() {}

  /** A builder of a {@code FeedContext}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link FeedContext#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableFeedContext.Builder {
    Builder() {}
  }

  /** A context that knows only the date of the check, with the default limits. */
  public static FeedContext on(LocalDate validationDate) {
    return builder().validationDate(validationDate).build();
  }

  /**
   * The day of the check ("today" for the service): it sets the current academic year, and so the latest start date
   * allowed (no later than one year after the end of the current teaching year).
   */
  public abstract LocalDate validationDate();

  /** The courses the service knows; without them {@code StdCode} is checked for form only. */
  public abstract Optional<KnownStandards> standards();

  /**
   * The public agreement ids of the employers the service knows (e.g. {@code XEGE5X}), compared ignoring letter
   * case; without them an AgreementID is checked for form only.
   */
  public abstract Optional<Set<String>> agreementIds();

  /** Of {@link #agreementIds()}, those whose employer has not accepted the agreement with the DfE. */
  public abstract Set<String> unsignedAgreementIds();

  /**
   * Of {@link #agreementIds()}, those whose employer pays the levy (the others do not); without them
   * {@value FeedCodes#COHORT_NO_PERMISSION} is not checked. Compared ignoring letter case.
   */
  public abstract Optional<Set<String>> levyPayerAgreementIds();

  /**
   * The agreement ids whose employer has given the provider permission to add apprentices (das-provider-relationships'
   * {@code CreateCohort} operation); without them {@value FeedCodes#COHORT_NO_PERMISSION} is not checked. Compared
   * ignoring letter case.
   */
  public abstract Optional<Set<String>> permittedAgreementIds();

  /**
   * The cohorts the service holds; without them a {@code CohortRef} is checked for length only, and the rules
   * {@code COHORT_REF.*} and {@value FeedCodes#START_DATE_TRANSFER_BEFORE_MAY_2018} are not checked. With them, a
   * {@code CohortRef} naming none of them is {@value FeedCodes#COHORT_REF_INVALID}.
   */
  public abstract Optional<List<Cohort>> cohorts();

  /**
   * The apprenticeships the service already holds, for the overlap rules ({@code ULN.OVERLAP_*},
   * {@code EMAIL.OVERLAP_*}); without them those rules are not checked.
   */
  public abstract Optional<List<ExistingApprenticeship>> existingApprenticeships();

  /**
   * What the reservations service says against rows, by the row's number in the service's error table (1 for the
   * first row under the header, rows the service drops as empty not counted): each reason is reported as given, as
   * the service reports it ({@value FeedCodes#RESERVATION_INVALID}). The reservations service's own rules are not
   * public, so they are given here, not computed; without them reservations are not checked. Only a
   * {@link FeedValidator.Session} knows row numbers.
   */
  public abstract Optional<Map<Integer, List<String>>> reservationErrors();

  /** The LARS codes the provider has declared it delivers; without them that rule is not checked. */
  public abstract Optional<Set<LarsCode>> declaredStandards();

  /** The provider, named in the service's message about undeclared standards. */
  public abstract Optional<Ukprn> ukprn();

  /** The service's course management link, named in the message about undeclared standards. */
  public abstract Optional<String> courseManagementLink();

  /**
   * The funding rules for the library's advice on minimum duration; default {@link FundingRules#defaults()}.
   */
  @Value.Default
  public FundingRules fundingRules() {
    return FundingRules.defaults();
  }

  /** The minimum age at the start of training: 15 for every course type (the service's course types). */
  @Value.Default
  public int minimumAge() {
    return 15;
  }

  /** The apprentice must be younger than this at the start of an apprenticeship: 115. */
  @Value.Default
  public int maximumAge() {
    return 115;
  }

  /** The apprentice must be younger than this at the start of a foundation apprenticeship: 25. */
  @Value.Default
  public int maximumAgeFoundation() {
    return 25;
  }

  /** The apprentice must be younger than this at the start of a level 7 apprenticeship from 2026-01-01: 25. */
  @Value.Default
  public int maximumAgeLevel7() {
    return 25;
  }

  /** Minimum off-the-job training hours by course; courses not listed take {@link #minimumOffTheJobHours()}. */
  public abstract Map<LarsCode, Integer> offTheJobHoursByCourse();

  /** Minimum off-the-job training hours when the course has none: by default 187, the service's default. */
  @Value.Default
  public int minimumOffTheJobHours() {
    return 187;
  }

  /** The most off-the-job hours prior learning may remove: assumed 999 (the service's test value). */
  @Value.Default
  public int maximumTrainingHoursReduction() {
    return 999;
  }

  /** The smallest price reduction for prior learning, in pounds: assumed 100 (the service's test value). */
  @Value.Default
  public int minimumPriceReduction() {
    return 100;
  }

  /**
   * The most lines a file may have, header included: assumed 100, so 99 apprentices (the service's pages say "Your
   * CSV file should not have more than 100 rows").
   */
  @Value.Default
  public long maxFileLines() {
    return 100;
  }

  /** The largest file, in KB of 1024 bytes: assumed 50000 (the constant before the limit became configuration). */
  @Value.Default
  public long maxFileSizeKb() {
    return 50_000;
  }

  /** The minimum off-the-job hours of the course with LARS code {@code code}. */
  public final int minimumOffTheJobHours(Optional<LarsCode> code) {
    return code.map(offTheJobHoursByCourse()::get).orElse(minimumOffTheJobHours());
  }

  /**
   * Whether the context holds facts of the service's state beyond the employers' agreements and the courses: cohorts,
   * existing apprenticeships, the provider's permissions or reservation verdicts. Rows are then checked by the rules
   * that read them, which a check reading only a row's own fields cannot do.
   */
  public final boolean knowsServiceState() {
    return cohorts().isPresent() || existingApprenticeships().isPresent() || permittedAgreementIds().isPresent()
        || reservationErrors().isPresent();
  }

  /**
   * Checks the limits, and holds copies of the optional collections (the builder keeps them as given, the caller's
   * own, which the caller could change later).
   */
  @Value.Check
  protected FeedContext normalize() {
    if (minimumAge() < 0 || maximumAge() <= minimumAge() || maxFileLines() < 1 || maxFileSizeKb() < 1) {
      throw new IllegalArgumentException("limits out of range: " + this);
    }
    if (agreementIds().isEmpty() && !unsignedAgreementIds().isEmpty()) {
      throw new IllegalArgumentException("unsignedAgreementIds needs agreementIds");
    }
    // Set.copyOf and List.copyOf return a collection of their own unchanged, so a copy is normalised no further
    Optional<Set<String>> agreements = agreementIds().map(Set::copyOf);
    Optional<Set<LarsCode>> declared = declaredStandards().map(Set::copyOf);
    Optional<Set<String>> levy = levyPayerAgreementIds().map(Set::copyOf);
    Optional<Set<String>> permitted = permittedAgreementIds().map(Set::copyOf);
    Optional<List<Cohort>> cohorts = cohorts().map(List::copyOf);
    Optional<List<ExistingApprenticeship>> existing = existingApprenticeships().map(List::copyOf);
    Optional<Map<Integer, List<String>>> reservations = reservationErrors().map(FeedContext::copyOf);
    if (isSame(agreements, agreementIds()) && isSame(declared, declaredStandards()) && isSame(levy,
        levyPayerAgreementIds()) && isSame(permitted, permittedAgreementIds()) && isSame(cohorts, cohorts())
        && isSame(existing, existingApprenticeships()) && isSame(reservations, reservationErrors())) {
      return this;
    }
    return withAgreementIds(agreements).withDeclaredStandards(declared).withLevyPayerAgreementIds(levy)
        .withPermittedAgreementIds(permitted).withCohorts(cohorts).withExistingApprenticeships(existing)
        .withReservationErrors(reservations);
  }

  private static Map<Integer, List<String>> copyOf(Map<Integer, List<String>> map) {
    boolean copied = map.values().stream().allMatch(reasons -> List.copyOf(reasons) == reasons);
    if (copied && Map.copyOf(map) == map) {
      return map;
    }
    Map<Integer, List<String>> copy = new HashMap<>();
    map.forEach((row, reasons) -> copy.put(row, List.copyOf(reasons)));
    return Map.copyOf(copy);
  }

  private static boolean isSame(Optional<?> copy, Optional<?> given) {
    return copy.isEmpty() || copy.get() == given.get();
  }
}

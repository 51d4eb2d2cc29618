package io.github.apprenticeships4j.core.feed;

import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.LarsCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the apprenticeship service knows when it checks a feed and a library cannot: the date of the check, the
 * courses it knows, the employers' agreements, the provider's declared standards, and its configured limits. Rules
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
   * Checks the limits, and holds copies of the optional sets (the builder keeps them as given, the caller's own
   * sets, which the caller could change later).
   */
  @Value.Check
  protected FeedContext normalize() {
    if (minimumAge() < 0 || maximumAge() <= minimumAge() || maxFileLines() < 1 || maxFileSizeKb() < 1) {
      throw new IllegalArgumentException("limits out of range: " + this);
    }
    if (agreementIds().isEmpty() && !unsignedAgreementIds().isEmpty()) {
      throw new IllegalArgumentException("unsignedAgreementIds needs agreementIds");
    }
    // Set.copyOf returns a set of its own unchanged, so a copy is normalised no further
    Optional<Set<String>> agreements = agreementIds().map(Set::copyOf);
    Optional<Set<LarsCode>> declared = declaredStandards().map(Set::copyOf);
    if (isSame(agreements, agreementIds()) && isSame(declared, declaredStandards())) {
      return this;
    }
    return withAgreementIds(agreements).withDeclaredStandards(declared);
  }

  private static boolean isSame(Optional<? extends Set<?>> copy, Optional<? extends Set<?>> given) {
    return copy.isEmpty() || copy.get() == given.get();
  }
}

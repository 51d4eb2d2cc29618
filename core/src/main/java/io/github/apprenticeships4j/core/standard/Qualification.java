package io.github.apprenticeships4j.core.standard;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A qualification an apprentice on the standard must take (one item of Skills England's {@code qualifications}),
 * e.g. "AAT Level 3 Diploma in Accounting" at level 3. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Qualification implements WithQualification {
  Qualification() {}

  /** The qualification's id in the source (Skills England {@code qualificationId}), a GUID; empty when none. */
  public abstract String id();

  /** The qualification's name (Skills England {@code title}), e.g. "AAT Level 3 Diploma in Accounting". */
  public abstract String title();

  /**
   * The level as published (Skills England {@code level}), which the source writes in several ways: "3", "Three",
   * "6 (integrated degree)" or "SixIntegratedDegree"; absent when blank.
   */
  public abstract Optional<String> level();

  /** Notes on the qualification (Skills England {@code anyAdditionalInformation}), e.g. what it supersedes. */
  public abstract Optional<String> additionalInformation();

  /** Ids of the options the qualification belongs to (Skills England {@code mappedOptions}); empty for all. */
  public abstract List<String> optionIds();

  /** A builder of a qualification. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Qualification#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableQualification.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return title() + level().map(l -> ", level " + l).orElse("");
  }
}

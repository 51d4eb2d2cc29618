package io.github.apprenticeships4j.core.progress;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One piece of evidence of one KSB: which KSB (its code, e.g. {@code K1}, {@code S3}, {@code B2}), what the evidence
 * is, when, and who confirmed it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KsbEvidence implements WithKsbEvidence {
  KsbEvidence() {}

  /** A builder of an evidence item. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link KsbEvidence#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableKsbEvidence.Builder {
    Builder() {}
  }

  /** The KSB's code as the standard numbers it ({@code Ksb.code()}), e.g. {@code S3}; matched ignoring case. */
  public abstract String ksbCode();

  /** What the evidence is, e.g. "Project report: churn model, section 2". */
  public abstract String description();

  /** The day of the evidence. */
  public abstract LocalDate date();

  /** Who confirmed it, e.g. the workplace mentor or the tutor. */
  public abstract String confirmedBy();
}

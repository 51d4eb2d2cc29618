package io.github.apprenticeships4j.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The time one employer employs the apprentice: from the start or a {@link EmployerChange}, the employer, whether it
 * is fully funded and the government's share, and the split of the part of the funded price it pays for: the
 * payments falling due while it employs the apprentice (the last employer takes the rest of the funded price).
 * Immutable and thread-safe; made by the {@link FundingCalculator}.
 */
public final class EmployerPeriod {
  private final LocalDate from;
  private final Employer employer;
  private final Figure<FullFundingReason> fullFunding;
  private final Figure<BigDecimal> governmentShare;
  private final FundingSplit split;

  EmployerPeriod(LocalDate from, Employer employer, Figure<FullFundingReason> fullFunding,
      Figure<BigDecimal> governmentShare, FundingSplit split) {
    this.from = Objects.requireNonNull(from, "from");
    this.employer = Objects.requireNonNull(employer, "employer");
    this.fullFunding = Objects.requireNonNull(fullFunding, "fullFunding");
    this.governmentShare = Objects.requireNonNull(governmentShare, "governmentShare");
    this.split = Objects.requireNonNull(split, "split");
  }

  /** The first day with this employer: the start date, or the day a change of employer takes effect. */
  public LocalDate from() {
    return from;
  }

  /** The employer. */
  public Employer employer() {
    return employer;
  }

  /** Whether the government pays all of this employer's part, and why, with the rules applied. */
  public Figure<FullFundingReason> fullFunding() {
    return fullFunding;
  }

  /** The government's share of what this employer's levy funds do not cover: 1 when fully funded. */
  public Figure<BigDecimal> governmentShare() {
    return governmentShare;
  }

  /** This employer's part of the funded price, split between its levy funds, the government and itself. */
  public FundingSplit split() {
    return split;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EmployerPeriod that && from.equals(that.from) && employer.equals(that.employer)
        && fullFunding.equals(that.fullFunding) && governmentShare.equals(that.governmentShare)
        && split.equals(that.split);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, employer, fullFunding, governmentShare, split);
  }

  /** For example {@code EmployerPeriod[from=2025-09-01, levyPayer=false, fullFunding=..., split=...]}. */
  @Override
  public String toString() {
    return "EmployerPeriod[from=" + from + ", levyPayer=" + employer.levyPayer() + ", fullFunding="
        + fullFunding.value() + ", governmentShare=" + governmentShare.value() + ", split=" + split + "]";
  }
}

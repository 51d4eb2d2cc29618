package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One version's entry in a standard's {@link CapHistory}: its maximum funding and the start dates it applies to.
 * Made by {@link CapHistory}; immutable and thread-safe.
 */
public final class VersionCap {
  private final StandardReference reference;
  private final StandardVersion version;
  private final LocalDate from;
  private final Optional<LocalDate> to;
  private final BigDecimal maxFunding;

  VersionCap(StandardReference reference, StandardVersion version, LocalDate from, Optional<LocalDate> to,
      BigDecimal maxFunding) {
    this.reference = reference;
    this.version = version;
    this.from = from;
    this.to = to;
    this.maxFunding = Money.pounds(maxFunding);
  }

  /** The standard, e.g. {@code ST0116}. */
  public StandardReference reference() {
    return reference;
  }

  /** The version whose maximum funding this is, e.g. {@code 1.2}. */
  public StandardVersion version() {
    return version;
  }

  /** The first start date it applies to: the version's earliest start date. */
  public LocalDate from() {
    return from;
  }

  /**
   * The last start date it applies to: the version's latest start date, else the day before the next approved
   * version's earliest start date; absent while open-ended.
   */
  public Optional<LocalDate> to() {
    return to;
  }

  /** The version's maximum funding in pounds at scale 2; 0 when the version has none (no cap). */
  public BigDecimal maxFunding() {
    return maxFunding;
  }

  /** Whether the version has a cap: a positive maximum funding. */
  public boolean hasCap() {
    return maxFunding.signum() > 0;
  }

  /** Whether {@code date} is one of the start dates it applies to. */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(from) && to.map(last -> !date.isAfter(last)).orElse(true);
  }

  /**
   * The cap as a {@link RuleKey#FUNDING_CAP} rule over the same start dates, citing e.g. "Skills England ST0116 v1.2
   * maximum funding"; empty when the version has no cap.
   */
  public Optional<FundingRule> rule() {
    if (!hasCap()) {
      return Optional.empty();
    }
    return Optional.of(FundingRule.builder().key(RuleKey.FUNDING_CAP).qualifier(reference.toString())
        .effectiveFrom(from).effectiveTo(to).value(maxFunding.toPlainString()).basis(RuleBasis.OFFICIAL)
        .source("Skills England " + reference + " v" + version + " maximum funding").build());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VersionCap that && reference.equals(that.reference) && version.equals(that.version)
        && from.equals(that.from) && to.equals(that.to) && maxFunding.equals(that.maxFunding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, version, from, to, maxFunding);
  }

  /** For example {@code ST0116 v1.2 2025-12-10.. 18000.00}. */
  @Override
  public String toString() {
    return reference + " v" + version + " " + from + ".." + to.map(String::valueOf).orElse("") + " "
        + maxFunding.toPlainString();
  }
}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One apprenticeship funding band: its number within its structure (15 bands for starts before 1 August 2018, 30
 * bands from then), its upper limit, the start dates its structure applies to, and where it comes from. Immutable
 * and thread-safe.
 */
public final class FundingBand {
  private final String structure;
  private final int number;
  private final BigDecimal maximum;
  private final Optional<LocalDate> from;
  private final Optional<LocalDate> to;
  private final String source;

  private FundingBand(String structure, int number, BigDecimal maximum, Optional<LocalDate> from,
      Optional<LocalDate> to, String source) {
    this.structure = structure;
    this.number = number;
    this.maximum = maximum;
    this.from = from;
    this.to = to;
    this.source = source;
  }

  /**
   * Band {@code number} of {@code structure} (e.g. {@code 30-band}) with upper limit {@code maximum} pounds, for
   * starts from {@code from} (absent: since the first) to {@code to} (absent: open-ended), citing {@code source}.
   *
   * @throws InvalidValueException {@code funding.band.invalid} for a number below 1, a maximum not above 0 or a window
   *     that ends before it starts; {@code funding.amount.scale} for a maximum with more than two decimal places
   */
  public static FundingBand of(String structure, int number, BigDecimal maximum, Optional<LocalDate> from,
      Optional<LocalDate> to, String source) {
    BigDecimal pounds = Money.checked(maximum, "maximum", true);
    String problem = number < 1 ? "a band number must be 1 or more"
        : pounds.signum() <= 0 ? "a band's maximum must be above 0"
        : from.isPresent() && to.isPresent() && to.get().isBefore(from.get())
            ? "a band's window must not end before it starts" : "";
    if (!problem.isEmpty()) {
      throw new InvalidValueException(Issue.error(FundingCodes.BAND_INVALID, problem)
          .rejecting(structure + " band " + number + " " + maximum.toPlainString() + " " + from.map(String::valueOf)
              .orElse("") + ".." + to.map(String::valueOf).orElse("")));
    }
    return new FundingBand(structure.strip(), number, pounds, from, to, source.strip());
  }

  /** The band structure, e.g. {@code 30-band}. */
  public String structure() {
    return structure;
  }

  /** The band's number within its structure, from 1. */
  public int number() {
    return number;
  }

  /** The upper limit (the most funding pays for a standard in the band), pounds at scale 2. */
  public BigDecimal maximum() {
    return maximum;
  }

  /** The first start date the structure applies to; absent when it applies to every start before {@link #to()}. */
  public Optional<LocalDate> from() {
    return from;
  }

  /** The last start date the structure applies to; absent while it applies. */
  public Optional<LocalDate> to() {
    return to;
  }

  /** Where the band comes from. */
  public String source() {
    return source;
  }

  /** Whether the band applies to a start on {@code date}. */
  public boolean isInForceOn(LocalDate date) {
    return from.map(first -> !date.isBefore(first)).orElse(true) && to.map(last -> !date.isAfter(last)).orElse(true);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FundingBand that && structure.equals(that.structure) && number == that.number
        && maximum.equals(that.maximum) && from.equals(that.from) && to.equals(that.to) && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(structure, number, maximum, from, to, source);
  }

  /** For example {@code 30-band 25 (2018-08-01..) 22000.00}. */
  @Override
  public String toString() {
    return structure + " " + number + " (" + from.map(String::valueOf).orElse("") + ".." + to.map(String::valueOf)
        .orElse("") + ") " + maximum.toPlainString();
  }
}

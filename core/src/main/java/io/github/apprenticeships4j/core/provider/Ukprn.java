package io.github.apprenticeships4j.core.provider;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;

/**
 * The UK Provider Reference Number of a learning provider, given by the UK Register of Learning Providers (UKRLP):
 * eight digits, 10000000 to 99999999 (ILR specification, {@code xs:int minInclusive 10000000 maxInclusive
 * 99999999}). Immutable and thread-safe; ordered by number.
 */
public final class Ukprn implements Comparable<Ukprn> {
  /** Code of the finding for a number or text that is not a UKPRN. */
  public static final String RANGE_CODE = "ukprn.range";

  private static final long MIN = 10_000_000L;
  private static final long MAX = 99_999_999L;

  private final long value;

  private Ukprn(long value) {
    this.value = value;
  }

  /**
   * The UKPRN {@code value}.
   *
   * @throws InvalidValueException with code {@value #RANGE_CODE} unless 10000000 &le; value &le; 99999999
   */
  public static Ukprn of(long value) {
    if (value < MIN || value > MAX) {
      throw new InvalidValueException(Issue.error(RANGE_CODE, "a UKPRN is 8 digits, 10000000 to 99999999")
          .rejecting(Long.toString(value)));
    }
    return new Ukprn(value);
  }

  /**
   * The UKPRN written in {@code text}, e.g. {@code "10000560"}; white space around it is ignored.
   *
   * @throws InvalidValueException with code {@value #RANGE_CODE} if the text is not 8 digits from 10000000 to
   *     99999999
   */
  public static Ukprn parse(String text) {
    String digits = text.strip();
    if (digits.length() != 8 || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.charAt(0) == '0') {
      throw new InvalidValueException(Issue.error(RANGE_CODE, "a UKPRN is 8 digits, 10000000 to 99999999")
          .rejecting(text));
    }
    return new Ukprn(Long.parseLong(digits));
  }

  public long value() {
    return value;
  }

  @Override
  public int compareTo(Ukprn other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ukprn && value == ((Ukprn) other).value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}

package io.github.apprenticeships4j.core.standard;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;

/**
 * The LARS standard code by which funding and the ILR identify a standard ({@code StdCode}), e.g. 795 for ST1398
 * Machine learning engineer. It is not the number of the standard's reference. A positive integer of up to five digits
 * (ILR specification, {@code StdCode}); the source data writes 0 for "no code yet", which is not a LARS code.
 * Immutable and thread-safe.
 */
public final class LarsCode implements Comparable<LarsCode> {
  /** Code of the finding for a number that is not a LARS code. */
  public static final String RANGE_CODE = "lars-code.range";

  private static final int MAX = 99_999;

  private final int value;

  private LarsCode(int value) {
    this.value = value;
  }

  /**
   * The LARS code {@code value}.
   *
   * @throws InvalidValueException with code {@value #RANGE_CODE} unless 1 &le; value &le; 99999
   */
  public static LarsCode of(int value) {
    if (value < 1 || value > MAX) {
      throw new InvalidValueException(Issue.error(RANGE_CODE, "LARS code must be between 1 and 99999")
          .rejecting(Integer.toString(value)));
    }
    return new LarsCode(value);
  }

  /**
   * The LARS code written in {@code text}, e.g. {@code "795"}; white space around it is ignored.
   *
   * @throws InvalidValueException with code {@value #RANGE_CODE} if the text is not such a number
   */
  public static LarsCode parse(String text) {
    String digits = text.strip();
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException(Issue.error(RANGE_CODE, "LARS code must be a number between 1 and 99999")
          .rejecting(text));
    }
    return of(Integer.parseInt(digits));
  }

  /** The code as a number, 1 to 99999, e.g. 795. */
  public int value() {
    return value;
  }

  @Override
  public int compareTo(LarsCode other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LarsCode that && value == that.value;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}

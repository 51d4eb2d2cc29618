package io.github.apprenticeships4j.core.standard;

import static io.github.apprenticeships4j.core.standard.StandardCodes.LARS_CODE_RANGE;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.core.validation.internal.ValueText;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The LARS standard code by which funding and the ILR identify a standard ({@code StdCode}), e.g. 795 for ST1398
 * Machine learning engineer. It is not the number of the standard's reference. A positive integer of up to five digits
 * (ILR specification, {@code StdCode}); the source data writes 0 for "no code yet", which is not a LARS code.
 * Immutable and thread-safe.
 */
public final class LarsCode implements Comparable<LarsCode> {
  private static final int MAX = 99_999;

  private static final ValueText<LarsCode> TEXT = ValueText.of(LarsCode::read, LarsCode::refusal);

  private final int value;

  private LarsCode(int value) {
    this.value = value;
  }

  /**
   * The LARS code {@code value}.
   *
   * @throws InvalidValueException with code {@value StandardCodes#LARS_CODE_RANGE} unless 1 &le; value &le; 99999
   */
  public static LarsCode of(int value) {
    if (value < 1 || value > MAX) {
      throw new InvalidValueException(Issue.error(LARS_CODE_RANGE, "LARS code must be between 1 and 99999")
          .rejecting(Integer.toString(value)));
    }
    return new LarsCode(value);
  }

  /**
   * The LARS code written in {@code text}, e.g. {@code "795"}; white space around it is ignored.
   *
   * @throws InvalidValueException with code {@value StandardCodes#LARS_CODE_RANGE} if the text is not such a number
   */
  public static LarsCode parse(CharSequence text) {
    return TEXT.parse(text);
  }

  /** The LARS code written in {@code text} (white space around it ignored), or empty if it is not one. */
  public static Optional<LarsCode> tryParse(CharSequence text) {
    return TEXT.tryParse(text);
  }

  /** Whether {@code text} (white space around it ignored) is a LARS code, 1 to 99999. */
  public static boolean isValid(CharSequence text) {
    return TEXT.isValid(text);
  }

  /**
   * The findings about {@code text} as a LARS code: none if it is one, otherwise one error,
   * {@value StandardCodes#LARS_CODE_RANGE}. Never throws.
   */
  public static ValidationReport check(CharSequence text) {
    return TEXT.check(text);
  }

  private static @Nullable LarsCode read(String digits) {
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    int value = Integer.parseInt(digits);
    return value < 1 ? null : new LarsCode(value);
  }

  private static Issue refusal(String text) {
    return Issue.error(LARS_CODE_RANGE, "LARS code must be a number between 1 and 99999").rejecting(text);
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

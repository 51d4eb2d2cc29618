package io.github.apprenticeships4j.core.learner;

import static io.github.apprenticeships4j.core.learner.LearnerCodes.ULN_CHECK_DIGIT;
import static io.github.apprenticeships4j.core.learner.LearnerCodes.ULN_FORMAT;
import static io.github.apprenticeships4j.core.learner.LearnerCodes.ULN_REQUIRED;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.core.validation.internal.ValueText;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A unique learner number (ULN): ten ASCII digits, the first not 0, whose last digit is the ESFA check digit, e.g.
 * {@code 1748529632}. Immutable and thread-safe; ordered by number.
 *
 * <p><b>The check.</b> As the apprenticeship service checks it (SkillsFundingAgency/das-shared-packages,
 * {@code SFA.DAS.Learners/Validators/UlnValidator.cs}): the sum of digit<sub>i</sub> &times; (10 &minus; i) for
 * i = 0..9 (weights 10, 9, ..., 1) must leave 10 when divided by 11. So the check digit is
 * (10 &minus; S<sub>9</sub>) mod 11, where S<sub>9</sub> is the weighted sum of the first nine digits; when that is
 * 10, no ULN has that prefix. The ILR's rule ULN_04 (derived data DD01) is the same check, except that the ILR accepts
 * its temporary ULN {@value #ILR_TEMPORARY} ({@link #passesIlrUln04(CharSequence)}); the apprenticeship service does
 * not.
 *
 * <p><b>Findings</b> ({@link #check(CharSequence)}, {@link InvalidValueException#issue()}), all errors:
 * {@value LearnerCodes#ULN_REQUIRED} for blank text, {@value LearnerCodes#ULN_FORMAT} for text that is not ten digits
 * with the first not 0, {@value LearnerCodes#ULN_CHECK_DIGIT} for a wrong check digit.
 */
public final class Uln implements Comparable<Uln> {
  /** The ILR's temporary ULN, accepted by ILR rule ULN_04 but not by the apprenticeship service. */
  public static final String ILR_TEMPORARY = "9999999999";

  private static final long MIN = 1_000_000_000L;
  private static final long MAX = 9_999_999_999L;
  private static final int LENGTH = 10;

  private static final ValueText<Uln> TEXT = ValueText.of(Uln::accepts, Uln::read, Uln::refusal);

  private final long value;

  private Uln(long value) {
    this.value = value;
  }

  /**
   * The ULN {@code value}.
   *
   * @throws InvalidValueException with code {@value LearnerCodes#ULN_FORMAT} unless the value has ten digits, or
   *     {@value LearnerCodes#ULN_CHECK_DIGIT} if its check digit is wrong
   */
  public static Uln of(long value) {
    if (value < MIN || value > MAX) {
      throw new InvalidValueException(formatIssue(Long.toString(value)));
    }
    return parse(Long.toString(value));
  }

  /**
   * The ULN written in {@code text}; white space around it is ignored.
   *
   * @throws InvalidValueException with the code of the first finding of {@link #check(CharSequence)}
   */
  public static Uln parse(CharSequence text) {
    return TEXT.parse(text);
  }

  /** The ULN written in {@code text} (white space around it ignored), or empty if it is not a valid one. */
  public static Optional<Uln> tryParse(CharSequence text) {
    return TEXT.tryParse(text);
  }

  /** Whether {@code text} (white space around it ignored) is a valid ULN. */
  public static boolean isValid(CharSequence text) {
    return TEXT.isValid(text);
  }

  /**
   * The findings about {@code text} as a ULN (white space around it ignored): none if it is valid, otherwise exactly
   * one error, {@value LearnerCodes#ULN_REQUIRED}, {@value LearnerCodes#ULN_FORMAT} or
   * {@value LearnerCodes#ULN_CHECK_DIGIT}. Never throws.
   */
  public static ValidationReport check(CharSequence text) {
    return TEXT.check(text);
  }

  /**
   * The check digit of the ULNs that start with {@code prefix}, nine ASCII digits the first not 0; empty when no ULN
   * starts with it (about one prefix in eleven).
   *
   * @throws IllegalArgumentException if {@code prefix} is not nine digits with the first not 0
   */
  public static OptionalInt checkDigit(CharSequence prefix) {
    String digits = prefix.toString();
    if (digits.length() != LENGTH - 1 || digits.charAt(0) == '0' || !allAsciiDigits(digits)) {
      throw new IllegalArgumentException("a ULN prefix is nine digits, the first not 0: " + prefix);
    }
    int digit = (int) ((10 - weightedSum(digits, LENGTH - 1) % 11) % 11);
    return digit == 10 ? OptionalInt.empty() : OptionalInt.of(digit);
  }

  /**
   * The ILR's derived data DD01 for {@code text}: the expected check digit ({@code "0"} to {@code "9"}), {@code "Y"}
   * for the temporary ULN {@value #ILR_TEMPORARY}, or {@code "N"} when no check digit can be computed (not ten
   * digits, or the weighted sum of the first nine leaves 0 when divided by 11). From
   * SkillsFundingAgency/DC-ILR-2021-ValidationService, {@code Rules/Derived/DerivedData_01Rule.cs}.
   */
  public static String ilrDerivedData01(CharSequence text) {
    String digits = text.toString();
    if (digits.equals(ILR_TEMPORARY)) {
      return "Y";
    }
    if (digits.length() != LENGTH || !allAsciiDigits(digits)) {
      return "N";
    }
    long remainder = weightedSum(digits, LENGTH - 1) % 11;
    return remainder == 0 ? "N" : Long.toString(10 - remainder);
  }

  /**
   * Whether {@code text} passes ILR rule ULN_04 ("The Unique learner number does not pass the checksum
   * calculation"): DD01 is {@code Y}, or a digit equal to the tenth digit.
   */
  public static boolean passesIlrUln04(CharSequence text) {
    String dd01 = ilrDerivedData01(text);
    return dd01.equals("Y") || (!dd01.equals("N") && dd01.charAt(0) == text.charAt(LENGTH - 1));
  }

  public long value() {
    return value;
  }

  @Override
  public int compareTo(Uln other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Uln that && value == that.value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /** The ten digits. */
  @Override
  public String toString() {
    return Long.toString(value);
  }

  private static boolean accepts(String digits) {
    return hasTenDigitForm(digits) && weightedSum(digits, LENGTH) % 11 == 10;
  }

  private static @Nullable Uln read(String digits) {
    return accepts(digits) ? new Uln(Long.parseLong(digits)) : null;
  }

  private static Issue refusal(String text) {
    String digits = text.strip();
    if (digits.isEmpty()) {
      return Issue.error(ULN_REQUIRED, "enter a unique learner number of 10 digits");
    }
    if (!hasTenDigitForm(digits)) {
      return formatIssue(text);
    }
    return Issue.error(ULN_CHECK_DIGIT, "the check digit of the unique learner number is wrong").rejecting(text);
  }

  private static Issue formatIssue(String text) {
    return Issue.error(ULN_FORMAT, "a unique learner number is 10 digits, the first not 0").rejecting(text);
  }

  private static boolean hasTenDigitForm(String digits) {
    return digits.length() == LENGTH && digits.charAt(0) != '0' && allAsciiDigits(digits);
  }

  private static boolean allAsciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Σ digit(i) × (10 − i) over the first {@code count} digits. */
  private static long weightedSum(String digits, int count) {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += (digits.charAt(i) - '0') * (long) (10 - i);
    }
    return sum;
  }
}

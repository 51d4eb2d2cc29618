package io.github.apprenticeships4j.core.provider;

import static io.github.apprenticeships4j.core.provider.ProviderCodes.UKPRN_FORMAT;
import static io.github.apprenticeships4j.core.provider.ProviderCodes.UKPRN_REQUIRED;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.core.validation.internal.ValueText;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A UK provider reference number (UKPRN) of the UK Register of Learning Providers: eight digits, from 10000000 to
 * 99999999, e.g. {@code 10000055}. UKPRNs carry no check digit. Immutable and thread-safe; ordered by number.
 *
 * <p><b>Findings</b>, errors: {@value ProviderCodes#UKPRN_REQUIRED} for blank text, {@value ProviderCodes#UKPRN_FORMAT}
 * for anything else that is not eight ASCII digits from 10000000 to 99999999.
 */
public final class Ukprn implements Comparable<Ukprn> {
  private static final int MIN = 10_000_000;
  private static final int MAX = 99_999_999;

  private static final ValueText<Ukprn> TEXT = ValueText.of(Ukprn::accepts, Ukprn::read, Ukprn::refusal);

  private final int value;

  private Ukprn(int value) {
    this.value = value;
  }

  /**
   * The UKPRN {@code value}.
   *
   * @throws InvalidValueException with code {@value ProviderCodes#UKPRN_FORMAT} unless 10000000 &le; value &le;
   *     99999999
   */
  public static Ukprn of(long value) {
    if (value < MIN || value > MAX) {
      throw new InvalidValueException(formatIssue(Long.toString(value)));
    }
    return new Ukprn((int) value);
  }

  /**
   * The UKPRN written in {@code text}; white space around it is ignored.
   *
   * @throws InvalidValueException with code {@value ProviderCodes#UKPRN_REQUIRED} or
   *     {@value ProviderCodes#UKPRN_FORMAT}
   */
  public static Ukprn parse(CharSequence text) {
    return TEXT.parse(text);
  }

  /** The UKPRN written in {@code text}, or empty if it is not one. */
  public static Optional<Ukprn> tryParse(CharSequence text) {
    return TEXT.tryParse(text);
  }

  /** Whether {@code text} (white space around it ignored) is a UKPRN. */
  public static boolean isValid(CharSequence text) {
    return TEXT.isValid(text);
  }

  /** The findings about {@code text} as a UKPRN: none, or one error. Never throws. */
  public static ValidationReport check(CharSequence text) {
    return TEXT.check(text);
  }

  public int value() {
    return value;
  }

  @Override
  public int compareTo(Ukprn other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ukprn that && value == that.value;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }

  private static boolean accepts(String digits) {
    if (digits.length() != 8 || digits.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Ukprn read(String digits) {
    return accepts(digits) ? new Ukprn(Integer.parseInt(digits)) : null;
  }

  private static Issue refusal(String text) {
    return text.isBlank() ? Issue.error(UKPRN_REQUIRED, "enter a UKPRN of 8 digits") : formatIssue(text);
  }

  private static Issue formatIssue(String text) {
    return Issue.error(UKPRN_FORMAT, "a UKPRN is 8 digits, from 10000000 to 99999999").rejecting(text);
  }
}

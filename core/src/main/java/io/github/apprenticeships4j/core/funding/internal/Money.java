package io.github.apprenticeships4j.core.funding.internal;

import io.github.apprenticeships4j.core.funding.FundingCodes;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The rounding policy of the funding package (see its package documentation), in one place. */
public final class Money {
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  private static final int PENCE = 2;

  private Money() {}

  /** {@code amount} at scale 2; it must have at most two decimal places. */
  public static BigDecimal pounds(BigDecimal amount) {
    return amount.setScale(PENCE, RoundingMode.UNNECESSARY);
  }

  /**
   * {@code amount}, the component {@code name} of a value type, at scale 2: the check of the package's money values.
   *
   * @throws InvalidValueException {@code funding.amount.scale} if it has more than two decimal places;
   *     {@code funding.amount.negative} if it is negative and {@code mayBeNegative} is false
   * @throws NullPointerException if it is null
   */
  public static BigDecimal checked(BigDecimal amount, String name, boolean mayBeNegative) {
    Objects.requireNonNull(amount, name);
    if (!isPence(amount)) {
      throw new InvalidValueException(Issue.error(FundingCodes.AMOUNT_SCALE, name
          + " must be pounds with at most 2 decimal places").at(name).rejecting(amount.toPlainString()));
    }
    if (!mayBeNegative && amount.signum() < 0) {
      throw new InvalidValueException(Issue.error(FundingCodes.AMOUNT_NEGATIVE, name + " must not be negative")
          .at(name).rejecting(amount.toPlainString()));
    }
    return pounds(amount);
  }

  /** Whether {@code amount} has at most two decimal places (once trailing zeros are dropped). */
  public static boolean isPence(BigDecimal amount) {
    // A scale of at most 2 needs no stripping (stripping only lowers it); only a longer one may end in zeros.
    return amount.scale() <= PENCE || amount.stripTrailingZeros().scale() <= PENCE;
  }

  /** {@code rate} of {@code amount}, rounded to the penny half-even. */
  public static BigDecimal share(BigDecimal amount, BigDecimal rate) {
    return amount.multiply(rate).setScale(PENCE, RoundingMode.HALF_EVEN);
  }

  /** {@code rate} of {@code amount}, rounded down to the penny: for maxima. */
  public static BigDecimal shareDown(BigDecimal amount, BigDecimal rate) {
    return amount.multiply(rate).setScale(PENCE, RoundingMode.DOWN);
  }

  /**
   * {@code total} in {@code count} instalments: each rounded down to the penny, the last taking the remaining pennies.
   * The instalments add up to {@code total} exactly; none is negative when {@code total} is not.
   */
  public static List<BigDecimal> spread(BigDecimal total, int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("cannot spread over " + count + " instalments");
    }
    BigDecimal each = spreadEach(total, count);
    List<BigDecimal> parts = new ArrayList<>(count);
    parts.addAll(Collections.nCopies(count - 1, each));
    parts.add(spreadLast(total, each, count));
    return parts;
  }

  /** Each but the last of {@link #spread spread(total, count)}: {@code total / count} rounded down to the penny. */
  public static BigDecimal spreadEach(BigDecimal total, int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("cannot spread over " + count + " instalments");
    }
    return total.divide(BigDecimal.valueOf(count), PENCE, RoundingMode.DOWN);
  }

  /** The last of {@link #spread spread(total, count)}: {@code total} less {@code count - 1} times {@code each}. */
  public static BigDecimal spreadLast(BigDecimal total, BigDecimal each, int count) {
    return total.subtract(each.multiply(BigDecimal.valueOf(count - 1L))).setScale(PENCE, RoundingMode.UNNECESSARY);
  }
}

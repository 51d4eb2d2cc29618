package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * What an apprenticeship service account's statement says happened, month by month: the funds that entered it, the
 * payments made from it for the employer's own apprentices, and the transfers paid from it to other employers. A
 * negative amount is an adjustment or a refund. {@link LevyAccount#expiry(LevyLedger)} computes its expiry and
 * {@link LevyAccount#forecast(YearMonth, YearMonth, LevyLedger, java.util.List, java.util.List)} continues it.
 * Amounts are pounds with at most two decimal places. Immutable and thread-safe.
 *
 * <pre>{@code
 * LevyLedger ledger = LevyLedger.builder()
 *     .putFundsIn(YearMonth.of(2026, 5), new BigDecimal("2750"))
 *     .putFundsOut(YearMonth.of(2026, 6), new BigDecimal("1500"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LevyLedger implements WithLevyLedger {
  LevyLedger() {}

  /** A builder of a ledger; each month of a map is put once. */
  public static Builder builder() {
    return new Builder();
  }

  /** An empty ledger. */
  public static LevyLedger empty() {
    return builder().build();
  }

  /** What {@link LevyLedger#builder()} gives: put the months, then {@code build()}. */
  public static final class Builder extends ImmutableLevyLedger.Builder {
    Builder() {}
  }

  /** Funds entering the account by month: the English levy and its top-up (negative for an adjustment). */
  public abstract Map<YearMonth, BigDecimal> fundsIn();

  /** Payments from the account for the employer's own apprentices by month (negative for a refund). */
  public abstract Map<YearMonth, BigDecimal> fundsOut();

  /** Transfers paid from the account to receiving employers by month (negative for a refund). */
  public abstract Map<YearMonth, BigDecimal> transfersOut();

  /** This ledger and {@code other} together: the amounts of a month that both have are added. */
  public LevyLedger plus(LevyLedger other) {
    Builder sum = builder();
    sum.putAllFundsIn(added(fundsIn(), other.fundsIn()));
    sum.putAllFundsOut(added(fundsOut(), other.fundsOut()));
    sum.putAllTransfersOut(added(transfersOut(), other.transfersOut()));
    return sum.build();
  }

  private static Map<YearMonth, BigDecimal> added(Map<YearMonth, BigDecimal> a, Map<YearMonth, BigDecimal> b) {
    Map<YearMonth, BigDecimal> sum = new TreeMap<>(a);
    b.forEach((month, amount) -> sum.merge(month, amount, BigDecimal::add));
    return sum;
  }

  /**
   * Refuses an amount with more than two decimal places.
   *
   * @throws InvalidValueException {@code funding.amount.scale}, located at the map and month
   */
  @Value.Check
  protected void check() {
    check("fundsIn", fundsIn());
    check("fundsOut", fundsOut());
    check("transfersOut", transfersOut());
  }

  private static void check(String name, Map<YearMonth, BigDecimal> amounts) {
    amounts.forEach((month, amount) -> {
      if (!Money.isPence(amount)) {
        throw new InvalidValueException(Issue.error(FundingCodes.AMOUNT_SCALE,
            "amounts must be pounds with at most 2 decimal places").at(name + "." + month)
            .rejecting(amount.toPlainString()));
      }
    });
  }
}

package io.github.apprenticeships4j.core.funding.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The expiry of a levy account's funds from its whole history, computed as das-employer-finance computes it
 * ({@code ExpiredFunds.GetExpiringFunds} run per expiry cohort by {@code ExpireFundsExtensions.GetExpiredFunds}):
 *
 * <ol>
 *   <li>each negative amount (an adjustment of funds in, a refund of funds out) is netted against the positive amounts
 *       of its own and earlier months, newest first; what is left of it is dropped;
 *   <li>the funds-in months are split into cohorts by the expiry period in force for them (24 months, then 12), each
 *       cohort netted on its own and processed oldest cohort first;
 *   <li>each month's funds in expire that many months later, less the funds out of months up to and including the
 *       expiry month, which are used oldest first and shared between the cohorts, the older cohort first.
 * </ol>
 *
 * <p>Funds out are netted once, before the first cohort; DfE's code nets them again for the second cohort, which
 * counts a refund twice when the first cohort leaves part of the refunded month unused.
 */
public final class LedgerExpiry {
  private LedgerExpiry() {}

  /**
   * The funds expiring in each month (an entry, maybe zero, for each month funds entered).
   *
   * @param fundsIn funds in by month
   * @param fundsOut payments and transfers out by month
   * @param expiryMonths the expiry period in force for funds entering in a month
   */
  public static SortedMap<YearMonth, BigDecimal> expiring(Map<YearMonth, BigDecimal> fundsIn,
      Map<YearMonth, BigDecimal> fundsOut, Function<YearMonth, Integer> expiryMonths) {
    NavigableMap<YearMonth, BigDecimal> out = new TreeMap<>(fundsOut);
    net(out);
    NavigableMap<YearMonth, BigDecimal> in = new TreeMap<>(fundsIn);
    List<NavigableMap<YearMonth, BigDecimal>> cohorts = new ArrayList<>();
    List<Integer> periods = new ArrayList<>();
    for (Map.Entry<YearMonth, BigDecimal> e : in.entrySet()) {
      int period = expiryMonths.apply(e.getKey());
      if (periods.isEmpty() || periods.get(periods.size() - 1).intValue() != period) {
        periods.add(period);
        cohorts.add(new TreeMap<>());
      }
      cohorts.get(cohorts.size() - 1).put(e.getKey(), e.getValue());
    }
    SortedMap<YearMonth, BigDecimal> expiring = new TreeMap<>();
    for (int i = 0; i < cohorts.size(); i++) {
      NavigableMap<YearMonth, BigDecimal> cohort = cohorts.get(i);
      net(cohort);
      for (Map.Entry<YearMonth, BigDecimal> e : cohort.entrySet()) {
        YearMonth expiryMonth = e.getKey().plusMonths(periods.get(i));
        BigDecimal due = e.getValue().max(BigDecimal.ZERO);
        BigDecimal left = due.signum() > 0 ? spend(out, expiryMonth, due) : BigDecimal.ZERO;
        expiring.merge(expiryMonth, left, BigDecimal::add);
      }
    }
    return Collections.unmodifiableSortedMap(expiring);
  }

  /** Nets each negative month against the positive months up to it, newest first; drops what is left. */
  private static void net(NavigableMap<YearMonth, BigDecimal> amounts) {
    for (Map.Entry<YearMonth, BigDecimal> adjustment : new ArrayList<>(amounts.entrySet())) {
      if (adjustment.getValue().signum() >= 0) {
        continue;
      }
      take(amounts.headMap(adjustment.getKey(), true).descendingMap().entrySet(), adjustment.getValue().negate());
    }
  }

  /** Uses the funds out of months up to {@code expiryMonth}, oldest first, against {@code due}; returns what is left. */
  private static BigDecimal spend(NavigableMap<YearMonth, BigDecimal> out, YearMonth expiryMonth, BigDecimal due) {
    return take(out.headMap(expiryMonth, true).entrySet(), due);
  }

  /**
   * Takes {@code amount} from the positive amounts of {@code entries}, in their order, reducing them; returns what
   * could not be taken.
   */
  private static BigDecimal take(Iterable<Map.Entry<YearMonth, BigDecimal>> entries, BigDecimal amount) {
    BigDecimal left = amount;
    for (Map.Entry<YearMonth, BigDecimal> e : entries) {
      if (left.signum() == 0) {
        break;
      }
      if (e.getValue().signum() <= 0) {
        continue;
      }
      BigDecimal taken = e.getValue().min(left);
      e.setValue(e.getValue().subtract(taken));
      left = left.subtract(taken);
    }
    return left;
  }

}

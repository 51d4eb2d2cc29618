package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The employers of an apprenticeship through its changes of employer: the employer in post on each day, whom a payment
 * falling due that day is for, and the funded price split employer by employer, each part by that employer's terms
 * (its levy funds, full funding and government share). An employer's part is the payments from the funded price
 * falling due while it employs the apprentice; the last employer's part is the rest of the funded price, so the parts
 * add up to it.
 */
final class ChangedEmployers {
  private final List<LocalDate> froms;
  private final List<Employer> employers;
  private List<EmployerPeriod> periods = List.of();

  private ChangedEmployers(List<LocalDate> froms, List<Employer> employers) {
    this.froms = froms;
    this.employers = employers;
  }

  /** No employer: payments worked out on their own, e.g. an aim's, are for no employer. */
  static ChangedEmployers none() {
    return new ChangedEmployers(List.of(), List.of());
  }

  /** {@code first}, employer from {@code start}, then the employers of {@code changes}. */
  static ChangedEmployers of(Employer first, LocalDate start, List<EmployerChange> changes) {
    if (changes.isEmpty()) {
      return new ChangedEmployers(List.of(start), List.of(first));
    }
    List<LocalDate> froms = new ArrayList<>(changes.size() + 1);
    List<Employer> employers = new ArrayList<>(changes.size() + 1);
    froms.add(start);
    employers.add(first);
    for (EmployerChange change : changes) {
      froms.add(change.effectiveFrom());
      employers.add(change.employer());
    }
    return new ChangedEmployers(List.copyOf(froms), List.copyOf(employers));
  }

  /** The employer in post on {@code date}: the first one before the start; null for {@link #none()}. */
  @Nullable
  Employer on(LocalDate date) {
    return employers.isEmpty() ? null : employers.get(indexOn(date));
  }

  private int indexOn(LocalDate date) {
    int i = froms.size() - 1;
    while (i > 0 && date.isBefore(froms.get(i))) {
      i--;
    }
    return i;
  }

  /**
   * Splits {@code funded} between the employers by the {@code payments} falling due while each employs the apprentice.
   *
   * @param terms the terms of an employer, told whether it came by a change
   */
  void split(BiFunction<Employer, Boolean, EmployerTerms> terms, List<Payment> payments, BigDecimal funded) {
    int last = froms.size() - 1;
    BigDecimal[] parts = new BigDecimal[froms.size()];
    BigDecimal earlier = Money.ZERO;
    for (int i = 0; i < last; i++) {
      parts[i] = Money.ZERO;
    }
    if (last > 0) {
      for (Payment payment : payments) {
        int i = indexOn(payment.dueDate());
        if (i < last && payment.kind().isFromFundedPrice()) { // the last part is the rest, set below
          parts[i] = parts[i].add(payment.amount());
          earlier = earlier.add(payment.amount());
        }
      }
    }
    parts[last] = Money.pounds(funded).subtract(earlier);
    List<EmployerPeriod> split = new ArrayList<>(froms.size());
    for (int i = 0; i < froms.size(); i++) {
      EmployerTerms t = terms.apply(employers.get(i), i > 0);
      split.add(new EmployerPeriod(froms.get(i), employers.get(i), t.fullFunding(), t.governmentShare(),
          FundingSplit.of(parts[i], t.levyAvailable(), t.governmentShare().value())));
    }
    periods = List.copyOf(split);
  }

  /** The employers in date order, the first from the start, once {@link #split} has run. */
  List<EmployerPeriod> periods() {
    return periods;
  }

  /** The total of one share of the employers' splits. */
  BigDecimal total(Function<FundingSplit, BigDecimal> share) {
    BigDecimal total = Money.ZERO;
    for (EmployerPeriod period : periods) {
      total = total.add(share.apply(period.split()));
    }
    return total;
  }

  /** The rules of the employers' government shares, each once, in order. */
  List<FundingRule> shareRules() {
    if (periods.size() == 1 && isDistinct(periods.get(0).governmentShare().rules())) {
      return periods.get(0).governmentShare().rules(); // a figure's rules are unmodifiable
    }
    Set<FundingRule> rules = new LinkedHashSet<>();
    periods.forEach(p -> rules.addAll(p.governmentShare().rules()));
    return List.copyOf(rules);
  }

  private static boolean isDistinct(List<FundingRule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        if (rules.get(i).equals(rules.get(j))) {
          return false;
        }
      }
    }
    return true;
  }
}

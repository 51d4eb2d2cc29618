package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The employers of an apprenticeship through its changes of employer: each payment for the employer in post on its
 * due date, and the funded price split employer by employer, each part by that employer's terms (its levy funds,
 * full funding and government share). An employer's part is the payments from the funded price falling due while it
 * employs the apprentice; the last employer's part is the rest of the funded price, so the parts add up to it.
 */
final class ChangedEmployers {
  private final List<Payment> payments;
  private final List<EmployerPeriod> periods;

  private ChangedEmployers(List<Payment> payments, List<EmployerPeriod> periods) {
    this.payments = payments;
    this.periods = periods;
  }

  /**
   * Splits {@code funded} between {@code first}, employer from {@code start}, and the employers of {@code changes},
   * and marks each of {@code payments} with its employer.
   *
   * @param terms the terms of an employer, told whether it came by a change
   */
  static ChangedEmployers of(BiFunction<Employer, Boolean, EmployerTerms> terms, Employer first, LocalDate start,
      List<EmployerChange> changes, List<Payment> payments, BigDecimal funded) {
    List<LocalDate> froms = new ArrayList<>(List.of(start));
    List<Employer> employers = new ArrayList<>(List.of(first));
    for (EmployerChange change : changes) {
      froms.add(change.effectiveFrom());
      employers.add(change.employer());
    }
    List<Payment> marked = new ArrayList<>(payments.size());
    List<BigDecimal> parts = new ArrayList<>();
    for (int i = 0; i < froms.size(); i++) {
      parts.add(Money.ZERO);
    }
    for (Payment payment : payments) {
      int i = froms.size() - 1;
      while (i > 0 && payment.dueDate().isBefore(froms.get(i))) {
        i--;
      }
      marked.add(payment.forEmployer(employers.get(i)));
      if (i < froms.size() - 1 && payment.kind().isFromFundedPrice()) { // the last part is the rest, set below
        parts.set(i, parts.get(i).add(payment.amount()));
      }
    }
    BigDecimal earlier = Money.ZERO;
    for (int i = 0; i < parts.size() - 1; i++) {
      earlier = earlier.add(parts.get(i));
    }
    parts.set(parts.size() - 1, Money.pounds(funded).subtract(earlier));
    List<EmployerPeriod> periods = new ArrayList<>();
    for (int i = 0; i < froms.size(); i++) {
      EmployerTerms t = terms.apply(employers.get(i), i > 0);
      periods.add(new EmployerPeriod(froms.get(i), employers.get(i), t.fullFunding(), t.governmentShare(),
          FundingSplit.of(parts.get(i), t.levyAvailable(), t.governmentShare().value())));
    }
    // the payments are copied once, in date order, by the PaymentProfile made of them
    return new ChangedEmployers(Collections.unmodifiableList(marked), List.copyOf(periods));
  }

  /** The payments, each marked with its employer. */
  List<Payment> payments() {
    return payments;
  }

  /** The employers in date order, the first from the start. */
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

package io.github.apprenticeships4j.core.funding;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The payments of one apprenticeship in date order (payments of one date in {@link PaymentKind} order).
 *
 * @param payments the payments
 */
public record PaymentProfile(List<Payment> payments) {
  private static final Comparator<Payment> IN_DATE_ORDER = (p, q) -> {
    int byDate = p.dueDate().compareTo(q.dueDate());
    return byDate != 0 ? byDate : p.kind().compareTo(q.kind());
  };

  public PaymentProfile {
    Payment[] sorted = payments.toArray(new Payment[0]);
    Arrays.sort(sorted, IN_DATE_ORDER); // stable, as the stream's sort was
    payments = List.of(sorted);
  }

  /** The payments of the given kinds, in date order. */
  public List<Payment> ofKind(PaymentKind... kinds) {
    List<PaymentKind> wanted = Arrays.asList(kinds);
    return payments.stream().filter(p -> wanted.contains(p.kind())).collect(Collectors.toUnmodifiableList());
  }

  /** The total of the payments of the given kinds, pounds at scale 2. */
  public BigDecimal total(PaymentKind... kinds) {
    return ofKind(kinds).stream().map(Payment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /**
   * The total of the payments that are part of the funded price ({@link PaymentKind#isFromFundedPrice()}):
   * instalments, balancing and completion, and a unit's milestone payment.
   */
  public BigDecimal fundedPriceTotal() {
    return payments.stream().filter(p -> p.kind().isFromFundedPrice()).map(Payment::amount)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}

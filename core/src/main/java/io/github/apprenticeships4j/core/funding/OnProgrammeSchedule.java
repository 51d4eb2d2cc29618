package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The on-programme instalments of an apprenticeship through its breaks in learning and price changes, taken in date
 * order as das-funding-apprenticeship-earnings {@code OnProgramPayments} does: what is earned before each event is
 * kept and the rest of the on-programme total is spread over the census dates left to the planned end. On a price
 * change the new agreed price is capped again at the maximum price of the start date, the on-programme total and the
 * completion amount come from the new funded price, and the spread starts in the month the new price takes effect
 * (or on the return from a break it falls in). One object per calculation; not thread-safe.
 */
final class OnProgrammeSchedule {
  /** Room left in the list of instalments for the payments added after them: completion and incentives. */
  private static final int ROOM_AFTER = 12;
  private final BigDecimal maximum;
  private final BigDecimal onProgrammeShare;
  private final List<FundingRule> rules;
  private final ChangedEmployers employers;
  private List<Payment> instalments;
  private LocalDate plannedEnd;
  private BigDecimal fundedPrice;
  /** {@code onProgrammeShare} of the funded price. */
  private BigDecimal fundedShare;
  private BigDecimal onProgrammeTotal;
  private LocalDate resume;

  private OnProgrammeSchedule(LocalDate start, LocalDate plannedEnd, BigDecimal maximum, BigDecimal agreed,
      BigDecimal onProgrammeShare, List<FundingRule> rules, ChangedEmployers employers) {
    this.maximum = maximum;
    this.onProgrammeShare = onProgrammeShare;
    this.rules = rules;
    this.employers = employers;
    this.plannedEnd = plannedEnd;
    this.resume = start;
    this.fundedPrice = agreed.min(maximum);
    this.fundedShare = Money.share(fundedPrice, onProgrammeShare);
    this.onProgrammeTotal = fundedShare;
    // room for the completion payment and the incentives after the instalments
    this.instalments = new ArrayList<>(Schedules.censusCountOrOne(start, plannedEnd) + ROOM_AFTER);
    Schedules.spread(PaymentKind.INSTALMENT, onProgrammeTotal, start, plannedEnd, rules, employers, instalments);
  }

  /**
   * The schedule of an apprenticeship starting on {@code start} at the {@code agreed} price, capped at
   * {@code maximum}, with {@code onProgrammeShare} of the funded price paid in instalments, through the breaks and
   * price changes of {@code progress}, each instalment for the employer in post on its date.
   *
   * @param rules the rules of the instalments, shared by them: unmodifiable
   */
  static OnProgrammeSchedule of(LocalDate start, LocalDate plannedEnd, BigDecimal maximum, BigDecimal agreed,
      BigDecimal onProgrammeShare, List<FundingRule> rules, Progress progress, ChangedEmployers employers) {
    OnProgrammeSchedule schedule = new OnProgrammeSchedule(start, plannedEnd, maximum, agreed, onProgrammeShare,
        rules, employers);
    List<BreakInLearning> breaks = progress.breaks();
    List<PriceChange> prices = progress.priceChanges();
    int b = 0;
    int p = 0;
    while (b < breaks.size() || p < prices.size()) {
      // a break counts from its first day out, and goes first when a price takes effect that day
      if (p == prices.size() || (b < breaks.size()
          && !breaks.get(b).lastDayInLearning().plusDays(1).isAfter(prices.get(p).effectiveFrom()))) {
        schedule.resumeAfter(breaks.get(b++));
      } else {
        schedule.changePrice(prices.get(p++));
      }
    }
    return schedule;
  }

  private void resumeAfter(BreakInLearning b) {
    plannedEnd = b.newPlannedEndDate().orElse(plannedEnd);
    List<Payment> kept = Schedules.onOrBefore(instalments, b.lastDayInLearning(),
        Schedules.censusCountOrOne(b.returnDate(), plannedEnd) + ROOM_AFTER);
    Schedules.spread(PaymentKind.INSTALMENT, onProgrammeTotal.subtract(Schedules.sum(kept)), b.returnDate(),
        plannedEnd, rules, employers, kept);
    instalments = kept;
    resume = b.returnDate();
  }

  private void changePrice(PriceChange change) {
    fundedPrice = Money.pounds(change.agreedPrice()).min(maximum);
    BigDecimal total = Money.share(fundedPrice, onProgrammeShare);
    fundedShare = total;
    LocalDate from = change.effectiveFrom().isBefore(resume) ? resume : change.effectiveFrom();
    List<Payment> kept = Schedules.onOrBefore(instalments, change.effectiveFrom().minusDays(1),
        Schedules.censusCountOrOne(from, plannedEnd) + ROOM_AFTER);
    BigDecimal earned = Schedules.sum(kept);
    if (earned.compareTo(total) > 0) {
      onProgrammeTotal = earned;
    } else {
      onProgrammeTotal = total;
      Schedules.spread(PaymentKind.INSTALMENT, total.subtract(earned), from, plannedEnd, rules, employers, kept);
    }
    instalments = kept;
  }

  /**
   * The instalments through every break and price change, in date order: a list of this schedule's own, with room for
   * the payments that follow them, which the caller may add to.
   */
  List<Payment> instalments() {
    return instalments;
  }

  /** The planned end date after the breaks that changed it. */
  LocalDate plannedEnd() {
    return plannedEnd;
  }

  /**
   * The on-programme total: {@code onProgrammeShare} of the last funded price, or what was already earned when a price
   * change left less (see {@link #notRecovered()}).
   */
  BigDecimal onProgrammeTotal() {
    return onProgrammeTotal;
  }

  /** The completion amount: the last funded price less its on-programme share. */
  BigDecimal completionAmount() {
    return fundedPrice.subtract(fundedShare);
  }

  /** The instalments earned above the on-programme share of the last funded price, which DfE would recover. */
  Optional<BigDecimal> notRecovered() {
    BigDecimal excess = onProgrammeTotal.subtract(fundedShare);
    return excess.signum() > 0 ? Optional.of(excess) : Optional.empty();
  }
}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Census dates, instalment schedules and milestone dates; package-private helpers of the calculator. */
final class Schedules {
  private Schedules() {}

  static LocalDate monthEnd(LocalDate date) {
    return date.with(TemporalAdjusters.lastDayOfMonth());
  }

  /**
   * Census dates (last day of each month) from the month of {@code from} to the last payment month: the month of
   * {@code plannedEnd} if it is the last day of its month, else the month before (das-funding-apprenticeship-earnings
   * OnProgramPayments).
   */
  static List<LocalDate> censusDates(LocalDate from, LocalDate plannedEnd) {
    long first = monthNumber(from);
    int count = censusCount(from, plannedEnd);
    LocalDate[] dates = new LocalDate[count];
    for (int i = 0; i < count; i++) {
      dates[i] = monthEnd(first + i);
    }
    return Arrays.asList(dates); // a fixed-size view of the array, which no caller changes; List.of would copy it
  }

  /** The first month whose last day {@link #MONTH_ENDS} holds: January 2000. */
  private static final long FIRST_KEPT_MONTH = 2000 * 12L;
  /**
   * The last days of the months from January 2000 to December 2099, made once: the census dates of nearly every
   * schedule, which would otherwise be made anew for each instalment.
   */
  private static final LocalDate[] MONTH_ENDS = new LocalDate[100 * 12];

  static {
    for (int i = 0; i < MONTH_ENDS.length; i++) {
      MONTH_ENDS[i] = computedMonthEnd(FIRST_KEPT_MONTH + i);
    }
  }

  /** The last day of month {@code month}, counted as {@link #monthNumber} counts. */
  private static LocalDate monthEnd(long month) {
    long kept = month - FIRST_KEPT_MONTH;
    return kept >= 0 && kept < MONTH_ENDS.length ? MONTH_ENDS[(int) kept] : computedMonthEnd(month);
  }

  private static LocalDate computedMonthEnd(long month) {
    int year = Math.toIntExact(Math.floorDiv(month, 12));
    Month m = Month.of(Math.floorMod(month, 12) + 1);
    return LocalDate.of(year, m, m.length(Year.isLeap(year)));
  }

  /** How many {@link #censusDates} there are from {@code from} to {@code plannedEnd}. */
  static int censusCount(LocalDate from, LocalDate plannedEnd) {
    long last = monthNumber(plannedEnd) - (plannedEnd.getDayOfMonth() == plannedEnd.lengthOfMonth() ? 0 : 1);
    return (int) Math.max(0, last - monthNumber(from) + 1);
  }

  /** Months since January of year 0. */
  private static long monthNumber(LocalDate date) {
    return date.getYear() * 12L + date.getMonthValue() - 1;
  }

  /** Census dates, or the end of the month of {@code from} when there are none. */
  static List<LocalDate> censusDatesOrOne(LocalDate from, LocalDate plannedEnd) {
    List<LocalDate> dates = censusDates(from, plannedEnd);
    return dates.isEmpty() ? List.of(monthEnd(from)) : dates;
  }

  /** How many {@link #censusDatesOrOne} there are: at least one. */
  static int censusCountOrOne(LocalDate from, LocalDate plannedEnd) {
    return Math.max(1, censusCount(from, plannedEnd));
  }

  /**
   * Adds to {@code into} {@code total} as payments of {@code kind} on the {@link #censusDatesOrOne census dates} from
   * {@code from} to {@code plannedEnd}, penny-exact ({@link Money#spread}), each for the employer in post on its date.
   *
   * @param rules the rules of the payments, shared by them: unmodifiable
   */
  static void spread(PaymentKind kind, BigDecimal total, LocalDate from, LocalDate plannedEnd,
      List<FundingRule> rules, ChangedEmployers employers, List<Payment> into) {
    int count = censusCountOrOne(from, plannedEnd);
    BigDecimal each = Money.spreadEach(total, count);
    long first = monthNumber(from);
    for (int i = 0; i < count; i++) {
      LocalDate date = monthEnd(first + i);
      into.add(Payment.forEmployer(kind, date, i < count - 1 ? each : Money.spreadLast(total, each, count), rules,
          employers.on(date)));
    }
  }

  static BigDecimal sum(List<Payment> payments) {
    BigDecimal sum = Money.ZERO;
    for (Payment payment : payments) {
      sum = sum.add(payment.amount());
    }
    return sum;
  }

  /** The payments due on or before {@code date}, in a new list with room for {@code more} payments after them. */
  static List<Payment> onOrBefore(List<Payment> payments, LocalDate date, int more) {
    List<Payment> kept = new ArrayList<>(payments.size() + more);
    for (Payment payment : payments) {
      if (!payment.dueDate().isAfter(date)) {
        kept.add(payment);
      }
    }
    return kept;
  }

  /**
   * The date of day {@code day} in learning (day 1 = {@code start}), moved back by the days out of every break that
   * began before it (das-funding-apprenticeship-earnings IncentivePayments.AdjustForBreaks).
   */
  static LocalDate milestone(LocalDate start, int day, List<BreakInLearning> breaks) {
    LocalDate date = start.plusDays(day - 1L);
    for (BreakInLearning b : breaks) {
      if (b.lastDayInLearning().isBefore(date)) {
        date = date.plusDays(b.daysOut());
      }
    }
    return date;
  }

  /** Days in learning from {@code start} to {@code lastDay}, both included, less the days out on breaks. */
  static long daysInLearning(LocalDate start, LocalDate lastDay, List<BreakInLearning> breaks) {
    long days = ChronoUnit.DAYS.between(start, lastDay) + 1;
    for (BreakInLearning b : breaks) {
      if (b.lastDayInLearning().isBefore(lastDay)) {
        days -= Math.min(b.daysOut(), ChronoUnit.DAYS.between(b.lastDayInLearning(), lastDay));
      }
    }
    return days;
  }

  /** The planned end date after the breaks that changed it. */
  static LocalDate finalPlannedEnd(LocalDate plannedEnd, List<BreakInLearning> breaks) {
    LocalDate end = plannedEnd;
    for (BreakInLearning b : breaks) {
      end = b.newPlannedEndDate().orElse(end);
    }
    return end;
  }

  static Optional<LocalDate> last(List<Payment> payments) {
    return payments.isEmpty() ? Optional.empty() : Optional.of(payments.get(payments.size() - 1).dueDate());
  }
}

package io.github.apprenticeships4j.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The off-the-job hours of an apprentice on a day: the minimum and the rule that gave it, the hours logged and
 * planned, the hours still needed and the weekly rate that would meet the minimum by the planned end date (moved on
 * by breaks in learning). Hours are decimal hours; the minimum is whole hours, rounded up. Immutable and thread-safe;
 * made by {@link ProgressCheck}.
 */
@Value.Immutable
public abstract class OffTheJobHours {
  OffTheJobHours() {}

  /** The rule that gave the minimum. */
  public abstract OffTheJobBasis basis();

  /**
   * The weekly hours the rule asks of this apprentice, e.g. 3.00 for 15 contracted hours under the 6-hours-a-week
   * rule; absent when the minimum is a published total.
   */
  public abstract Optional<BigDecimal> ruleWeeklyHours();

  /** The minimum over the apprenticeship, whole hours. */
  public abstract BigDecimal required();

  /**
   * Hours done: {@link OffTheJobKind#ACTUAL} sessions dated on or before the day of the check, rejected ones (negative
   * or out of range) left out.
   */
  public abstract BigDecimal logged();

  /** Hours planned from the day of the check on ({@link OffTheJobKind#PLANNED} sessions). */
  public abstract BigDecimal plannedAhead();

  /** The minimum less the hours logged; never negative. */
  public abstract BigDecimal stillNeeded();

  /** The planned end date moved on by the days of every break in learning. */
  public abstract LocalDate plannedEndAfterBreaks();

  /**
   * Hours a week (to 2 decimal places, rounded up) to log from the day of the check, over the days in learning left
   * to {@link #plannedEndAfterBreaks()}, to meet the minimum; zero when met, absent when hours are still needed and no day
   * in learning is left.
   */
  public abstract Optional<BigDecimal> weeklyRateNeeded();

  /** Whether the hours logged reach the minimum. */
  public final boolean isMet() {
    return stillNeeded().signum() == 0;
  }
}

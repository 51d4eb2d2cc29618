package io.github.apprenticeships4j.core.funding;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A break in learning: the apprentice's last day in learning before it, the day they return, and the planned end date
 * agreed on return, if it changed.
 *
 * @param lastDayInLearning last day in learning before the break
 * @param returnDate first day back in learning
 * @param newPlannedEndDate the planned end date agreed on return; absent when unchanged
 */
public record BreakInLearning(LocalDate lastDayInLearning, LocalDate returnDate,
    Optional<LocalDate> newPlannedEndDate) {
  /** A break that leaves the planned end date as it was. */
  public static BreakInLearning of(LocalDate lastDayInLearning, LocalDate returnDate) {
    return new BreakInLearning(lastDayInLearning, returnDate, Optional.empty());
  }

  /** Days out of learning: {@code (returnDate - lastDayInLearning) - 1}, as DfE's code counts them. */
  public long daysOut() {
    return java.time.temporal.ChronoUnit.DAYS.between(lastDayInLearning, returnDate) - 1;
  }
}

package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The census dates of a schedule: the last day of each month, kept made or made anew, the same dates. */
class SchedulesTest {
  @Test
  void censusDates_areTheLastDayOfEachMonth_acrossTheMonthsKeptMadeAndBeyond() {
    for (LocalDate from : List.of(LocalDate.of(1998, 11, 15), LocalDate.of(2023, 12, 1), LocalDate.of(2099, 10, 3))) {
      LocalDate end = from.plusMonths(40);
      List<LocalDate> expected = new ArrayList<>();
      for (LocalDate month = from; !month.isAfter(end.minusMonths(1)); month = month.plusMonths(1)) {
        expected.add(month.with(TemporalAdjusters.lastDayOfMonth()));
      }
      assertThat(Schedules.censusDates(from, end)).as("from %s", from).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void censusDates_includeLeapDays() {
    assertThat(Schedules.censusDates(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31)))
        .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31));
    assertThat(Schedules.censusDates(LocalDate.of(2100, 2, 1), LocalDate.of(2100, 3, 31)))
        .containsExactly(LocalDate.of(2100, 2, 28), LocalDate.of(2100, 3, 31));
  }
}

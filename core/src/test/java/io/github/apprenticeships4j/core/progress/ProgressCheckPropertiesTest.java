package io.github.apprenticeships4j.core.progress;

import static io.github.apprenticeships4j.core.standard.StandardFixtures.ML_ENGINEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.apprenticeships4j.core.standard.StandardOption;
import io.github.apprenticeships4j.core.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of {@link ProgressCheck} over generated records on the ST1398 fixture, across every rule period. */
class ProgressCheckPropertiesTest {
  static final LocalDate FIRST = LocalDate.of(2016, 6, 1);
  static final List<String> CODES = List.of("K1", "K2", "K3", "S1", "S2", "S3", "B1", "B2", "k1", " s3", "K9", "X");
  static final List<String> OPTIONS = List.of("", "opt-data", "opt-vision", "opt-none");

  /**
   * A record from generated parts; every part may be odd (negative hours, reversed dates, unknown codes, sessions and
   * breaks before the start, overlapping breaks, breaks after the end, evidence dated after the day of the check).
   */
  static Gen<ProgressRecord> records() {
    Gen<int[]> dates = integers().between(0, 4000).zip(integers().between(-30, 1500), integers().between(-1, 60),
        integers().between(0, 3), (start, days, weekly, option) -> new int[] {start, days, weekly, option});
    Gen<List<Integer>> evidence = lists().of(integers().between(0, CODES.size() - 1)).ofSizeBetween(0, 14);
    Gen<List<Integer>> hours = lists().of(integers().between(-20, 120)).ofSizeBetween(0, 12);
    Gen<List<int[]>> breaks = lists().of(integers().between(-40, 1600).zip(integers().between(-10, 90),
        (offset, days) -> new int[] {offset, days})).ofSizeBetween(0, 4);
    Gen<int[]> other = integers().between(15, 70).zip(integers().between(0, 3), integers().between(0, 3),
        integers().between(0, 7), (age, english, maths, requirements) -> new int[] {age, english, maths,
            requirements});
    return dates.zip(evidence, hours, breaks, (d, e, h, b) -> new Object[] {d, e, h, b}).zip(other, (parts, o) -> {
      int[] d = (int[]) parts[0];
      LocalDate start = FIRST.plusDays(d[0]);
      ProgressRecord.Builder builder = ProgressRecord.builder().apprenticeId("A").standardReference(
          ML_ENGINEER.reference()).standardVersion(ML_ENGINEER.version()).startDate(start)
          .plannedEndDate(start.plusDays(d[1])).weeklyHours(BigDecimal.valueOf(d[2]).divide(BigDecimal.valueOf(2)))
          .ageAtStart(o[0]).englishAndMaths(EnglishAndMathsStatus.builder().englishLevel(o[1]).mathsLevel(o[2])
              .build());
      if (!OPTIONS.get(d[3]).isEmpty()) {
        builder.optionId(OPTIONS.get(d[3]));
      }
      @SuppressWarnings("unchecked") List<Integer> evidenceCodes = (List<Integer>) parts[1];
      evidenceCodes.forEach(c -> builder.addEvidence(KsbEvidence.builder().ksbCode(CODES.get(c)).description("e")
          .date(start.plusDays(60L * c)).confirmedBy("m").build()));
      @SuppressWarnings("unchecked") List<Integer> sessions = (List<Integer>) parts[2];
      for (int i = 0; i < sessions.size(); i++) {
        builder.addOffTheJobSession(OffTheJobSession.of(start.plusDays(40L * i - 30), BigDecimal.valueOf(sessions.get(
            i)),
            i % 3 == 0 ? OffTheJobKind.PLANNED : OffTheJobKind.ACTUAL));
      }
      @SuppressWarnings("unchecked") List<int[]> breakSpans = (List<int[]>) parts[3];
      for (int[] span : breakSpans) {
        LocalDate from = start.plusDays(span[0]);
        builder.addLearningBreak(LearningBreak.of(from, from.plusDays(span[1])));
      }
      for (int i = 0; i < o[3]; i++) {
        builder.addGatewayRequirement(GatewayRequirement.of("r" + i, (o[3] + i) % 3 != 0));
      }
      return builder.build();
    });
  }

  static Gen<LocalDate> days() {
    return integers().between(0, 5000).map(FIRST::plusDays);
  }

  static Stream<Coverage> coverages(ProgressReport report) {
    List<Coverage> all = new ArrayList<>(report.coverage().byType().values());
    all.add(report.coverage().overall());
    report.coverage().byDuty().forEach(d -> all.add(d.coverage()));
    return all.stream();
  }

  @Test
  void coverage_neverExceeds100PerCent_andIs100OnlyWhenNothingIsMissing() {
    qt().withFixedSeed(1601).withExamples(2000).forAll(records(), days()).checkAssert((record, today) -> {
      ProgressReport report = ProgressCheck.check(record, ML_ENGINEER, today);
      coverages(report).forEach(c -> {
        assertThat(c.percent()).isBetween(0, 100);
        assertThat(c.evidenced()).isSubsetOf(c.required());
        assertThat(c.percent() == 100).isEqualTo(c.missing().isEmpty());
      });
    });
  }

  @Test
  void hoursStillNeeded_areNeverNegative_andAreTheMinimumLessTheHoursDoneByToday() {
    qt().withFixedSeed(1602).withExamples(2000).forAll(records(), days()).checkAssert((record, today) -> {
      OffTheJobHours hours = ProgressCheck.check(record, ML_ENGINEER, today).offTheJobHours();
      BigDecimal doneByToday = BigDecimal.ZERO;
      for (OffTheJobSession s : record.offTheJobSessions()) {
        if (s.kind() == OffTheJobKind.ACTUAL && s.hours().signum() >= 0 && !s.date().isAfter(today)) {
          doneByToday = doneByToday.add(s.hours());
        }
      }
      assertThat(hours.logged()).isEqualByComparingTo(doneByToday);
      assertThat(hours.stillNeeded().signum()).isNotNegative();
      assertThat(hours.stillNeeded()).isEqualByComparingTo(hours.required().subtract(doneByToday)
          .max(BigDecimal.ZERO));
      hours.weeklyRateNeeded().ifPresent(rate -> assertThat(rate.signum()).isNotNegative());
    });
  }

  @Test
  void thePlannedEnd_movesOnByEachDayOutOfLearningOnce_fromTheStart_andNeverMore() {
    qt().withFixedSeed(1605).withExamples(2000).forAll(records()).checkAssert(record -> {
      Set<LocalDate> daysOut = new HashSet<>();
      boolean anyAfterEnd = false;
      for (LearningBreak b : record.learningBreaks()) {
        for (LocalDate d = b.from(); !d.isAfter(b.to()); d = d.plusDays(1)) {
          if (!d.isBefore(record.startDate())) {
            daysOut.add(d);
          }
        }
        anyAfterEnd |= !b.to().isBefore(b.from()) && b.from().isAfter(record.plannedEndDate());
      }
      long moved = ChronoUnit.DAYS.between(record.plannedEndDate(), ProgressCheck.plannedEndAfterBreaks(record));
      assertThat(moved).isBetween(0L, (long) daysOut.size());
      if (!anyAfterEnd) {
        assertThat(moved).isEqualTo(daysOut.size());
      }
    });
  }

  /** Any BigDecimal, from tiny to huge scales either way. */
  static Gen<BigDecimal> anyDecimals() {
    return longs().all().zip(integers().all(), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /** Any day a LocalDate can hold, with the extremes themselves more often. */
  static Gen<LocalDate> anyDays() {
    return longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay)
        .mix(integers().between(0, 3).map(i -> List.of(LocalDate.MIN, LocalDate.MAX, FIRST, FIRST.plusYears(9))
            .get(i)), 40);
  }

  @Test
  void check_neverThrows_onExtremeHoursAndDates_andFlagsWhatItRejects() {
    qt().withFixedSeed(1606).withExamples(3000).forAll(anyDecimals(), anyDecimals(),
        anyDays().zip(anyDays(), (start, end) -> List.of(start, end)), anyDays())
        .checkAssert((weekly, session, startAndEnd, today) -> {
          LocalDate start = startAndEnd.get(0);
          LocalDate end = startAndEnd.get(1);
          ProgressRecord record = ProgressCheckTest.ready().build().withWeeklyHours(weekly).withStartDate(start)
              .withPlannedEndDate(end).withGatewayDate(end)
              .withLearningBreaks(LearningBreak.of(start, end), LearningBreak.of(end, end))
              .withOffTheJobSessions(OffTheJobSession.of(today, session, OffTheJobKind.ACTUAL),
                  OffTheJobSession.of(end, session, OffTheJobKind.PLANNED));

          ProgressReport report = ProgressCheck.check(record, ML_ENGINEER, today);

          boolean weeklyInRange = weekly.signum() > 0 && weekly.compareTo(BigDecimal.valueOf(168)) <= 0
              && weekly.scale() <= 6;
          assertThat(ProgressCheckTest.codes(report).stream().anyMatch(c -> c.startsWith("progress.weekly-hours.")))
              .isEqualTo(!weeklyInRange);
          boolean datesInRange = start.getYear() >= 1900 && start.getYear() <= 9999 && end.getYear() >= 1900
              && end.getYear() <= 9999;
          assertThat(ProgressCheckTest.codes(report).contains(ProgressCodes.DATES_RANGE)).isEqualTo(!datesInRange);
          assertThat(report.isReadyForGateway()).isEqualTo(report.blockers().isEmpty());
        });
  }

  @Test
  void anApprenticeIsReady_exactlyWhenNoFindingIsABlocker() {
    qt().withFixedSeed(1603).withExamples(2000).forAll(records(), days()).checkAssert((record, today) -> {
      ProgressReport report = ProgressCheck.check(record, ML_ENGINEER, today);
      boolean blocked = report.findings().issues().stream().anyMatch(i -> i.severity() == Severity.ERROR);
      assertThat(report.isReadyForGateway()).isEqualTo(!blocked);
      assertThat(report.blockers().isEmpty()).isEqualTo(report.isReadyForGateway());
      assertThat(report.coverage().overall().isComplete() || !report.isReadyForGateway()).isTrue();
      assertThat(report.offTheJobHours().isMet() || !report.isReadyForGateway()).isTrue();
      assertThat(report.findings().issues()).allSatisfy(i -> assertThat(i.subject()).hasValue("A"));
    });
  }

  @Test
  void aReadyRecord_staysReady_whenMoreEvidenceOfItsOwnKsbsOrMoreHoursAreAdded() {
    StandardOption data = ML_ENGINEER.options().get(0);
    qt().withFixedSeed(1604).withExamples(500).forAll(integers().between(0, 5), integers().between(0, 200))
        .checkAssert((ksb, extra) -> {
          ProgressRecord ready = ProgressCheckTest.ready().build();
          ProgressRecord more = ready.withEvidence(Stream.concat(ready.evidence().stream(), Stream.of(
              ProgressCheckTest.evidence(ML_ENGINEER.ksbsFor(data).get(ksb).code()))).toList())
              .withOffTheJobSessions(Stream.concat(ready.offTheJobSessions().stream(),
                  Stream.of(ProgressCheckTest.actual(String.valueOf(extra)))).toList());
          assertThat(ProgressCheck.check(more, ML_ENGINEER, ProgressCheckTest.TODAY).isReadyForGateway()).isTrue();
        });
  }
}

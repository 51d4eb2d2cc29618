package io.github.apprenticeships4j.core.progress;

import static io.github.apprenticeships4j.core.standard.StandardFixtures.DATA;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.ML_ENGINEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link ProgressCheck} on the ST1398 fixture (core K1, K2, S1, B1; option data K3, S3). */
class ProgressCheckTest {
  static final LocalDate START = LocalDate.of(2025, 9, 1);
  static final LocalDate END = LocalDate.of(2027, 8, 31);
  static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

  static ProgressRecord.Builder record(LocalDate start, LocalDate end, String weeklyHours) {
    return ProgressRecord.builder().apprenticeId("A-001").standardReference(ML_ENGINEER.reference())
        .standardVersion(ML_ENGINEER.version()).startDate(start).plannedEndDate(end)
        .weeklyHours(new BigDecimal(weeklyHours));
  }

  static KsbEvidence evidence(String code) {
    return KsbEvidence.builder().ksbCode(code).description("Evidence of " + code).date(LocalDate.of(2026, 3, 1))
        .confirmedBy("Mentor").build();
  }

  static OffTheJobSession actual(String hours) {
    return OffTheJobSession.of(LocalDate.of(2026, 1, 5), new BigDecimal(hours), OffTheJobKind.ACTUAL);
  }

  static List<String> codes(ProgressReport report) {
    return report.findings().issues().stream().map(Issue::code).toList();
  }

  static Issue only(ProgressReport report, String code) {
    return report.findings().withCode(code).stream().reduce((a, b) -> {
      throw new AssertionError("more than one " + code);
    }).orElseThrow(() -> new AssertionError("no " + code + " in " + report.findings()));
  }

  /** A record ready for the gateway on the data option: everything evidenced, hours met, requirements met. */
  static ProgressRecord.Builder ready() {
    return record(START, END, "37.5").optionId(DATA.id()).ageAtStart(17)
        .addEvidence(evidence("K1"), evidence("K2"), evidence("K3"), evidence("S1"), evidence("S3"), evidence("B1"))
        .addOffTheJobSession(actual("418")).englishAndMaths(EnglishAndMathsStatus.bothAt(2))
        .addGatewayRequirement(GatewayRequirement.of("portfolio", true));
  }

  @Test
  void partTimeApprentice_from2022_hasSixHoursAWeekProRata_threeHoursAt15ContractedHours() {
    LocalDate start = LocalDate.of(2023, 9, 1);
    LocalDate end = LocalDate.of(2024, 8, 31); // 366 days (2024 is a leap year)

    OffTheJobHours partTime = ProgressCheck.check(record(start, end, "15").build(), ML_ENGINEER, start)
        .offTheJobHours();
    OffTheJobHours fullTime = ProgressCheck.check(record(start, end, "37.5").build(), ML_ENGINEER, start)
        .offTheJobHours();

    assertThat(partTime.basis()).isEqualTo(OffTheJobBasis.FULL_TIME_WEEKLY_HOURS);
    assertThat(partTime.ruleWeeklyHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("3"));
    assertThat(partTime.required()).isEqualByComparingTo("157"); // 3 x 366 / 7 = 156.86, rounded up
    assertThat(fullTime.ruleWeeklyHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("6"));
    assertThat(fullTime.required()).isEqualByComparingTo("314"); // 6 x 366 / 7 = 313.71
  }

  @Test
  void startBeforeAugust2022_needsTwentyPerCentOfContractedHours_withNoFullTimeCap() {
    LocalDate start = LocalDate.of(2021, 9, 1);

    OffTheJobHours hours = ProgressCheck.check(record(start, start.plusDays(364), "37.5").build(), ML_ENGINEER,
        start).offTheJobHours();

    assertThat(hours.basis()).isEqualTo(OffTheJobBasis.SHARE_OF_HOURS);
    assertThat(hours.ruleWeeklyHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("7.5"));
    assertThat(hours.required()).isEqualByComparingTo("392"); // 7.5 x 365 / 7 = 391.07, rounded up
  }

  @Test
  void startFromAugust2025_needsTheStandardsPublishedMinimum_whateverTheHours() {
    ProgressReport report = ProgressCheck.check(record(START, END, "15").build(), ML_ENGINEER, TODAY);

    assertThat(report.offTheJobHours().basis()).isEqualTo(OffTheJobBasis.PUBLISHED_MINIMUM);
    assertThat(report.offTheJobHours().required()).isEqualByComparingTo("418");
    assertThat(report.offTheJobHours().ruleWeeklyHours()).isEmpty();
  }

  @Test
  void startFromAugust2025_onAStandardPublishingNoMinimum_usesThe187HourFloor_andWarns() {
    Standard unpublished = ML_ENGINEER.withMinimumOffTheJobHours(OptionalInt.empty());

    ProgressReport report = ProgressCheck.check(ready().build(), unpublished, TODAY);

    assertThat(report.offTheJobHours().basis()).isEqualTo(OffTheJobBasis.MINIMUM_FLOOR);
    assertThat(report.offTheJobHours().required()).isEqualByComparingTo("187");
    assertThat(only(report, ProgressCodes.OFF_THE_JOB_MINIMUM_UNPUBLISHED).severity()).isEqualTo(Severity.WARNING);
    assertThat(report.isReadyForGateway()).isTrue();
  }

  @Test
  void aBreakInLearning_extendsThePlannedEndDateByItsDays_andIsLeftOutOfTheDaysToLogIn() {
    LearningBreak january = LearningBreak.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));
    ProgressRecord record = record(START, END, "37.5").addLearningBreak(january).addOffTheJobSession(actual("100"))
        .build();

    ProgressReport report = ProgressCheck.check(record, ML_ENGINEER, TODAY);

    assertThat(ProgressCheck.plannedEndAfterBreaks(record)).isEqualTo(LocalDate.of(2027, 10, 1));
    assertThat(report.offTheJobHours().plannedEndAfterBreaks()).isEqualTo(LocalDate.of(2027, 10, 1));
    // 318 hours still needed over 2026-09-01..2027-10-01 (396 days) less the 31 days of the break: 365 days
    assertThat(report.offTheJobHours().stillNeeded()).isEqualByComparingTo("318");
    assertThat(report.offTheJobHours().weeklyRateNeeded())
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("6.10")); // 318 x 7 / 365 = 6.0986
  }

  @Test
  void hoursShort_isABlockerLocatedByTheHoursShort() {
    ProgressReport report = ProgressCheck.check(ready().build().withOffTheJobSessions(actual("400.5"),
        OffTheJobSession.of(TODAY.plusDays(7), new BigDecimal("6"), OffTheJobKind.PLANNED)), ML_ENGINEER,
        TODAY);

    Issue shortBy = only(report, ProgressCodes.OFF_THE_JOB_SHORT);
    assertThat(shortBy.severity()).isEqualTo(Severity.ERROR);
    assertThat(shortBy.rejectedValue()).hasValue("17.5");
    assertThat(shortBy.subject()).hasValue("A-001");
    assertThat(shortBy.message()).isEqualTo("17.5 off-the-job hours short of the minimum of 418 (400.5 logged)");
    assertThat(report.offTheJobHours().logged()).isEqualByComparingTo("400.5");
    assertThat(report.offTheJobHours().plannedAhead()).isEqualByComparingTo("6");
    assertThat(report.isReadyForGateway()).isFalse();
  }

  @Test
  void hoursStillNeededAfterThePlannedEnd_haveNoWeeklyRate_andMetHoursNeedNone() {
    ProgressReport late = ProgressCheck.check(record(START, END, "37.5").build(), ML_ENGINEER,
        END.plusDays(1));
    ProgressReport met = ProgressCheck.check(ready().build(), ML_ENGINEER, TODAY);

    assertThat(late.offTheJobHours().weeklyRateNeeded()).isEmpty();
    assertThat(met.offTheJobHours().weeklyRateNeeded()).hasValueSatisfying(r -> assertThat(r).isZero());
    assertThat(met.offTheJobHours().isMet()).isTrue();
  }

  @Test
  void anOptionsKsbs_areCountedWithTheCoreOnes_byDutyAndByKind() {
    ProgressReport report = ProgressCheck.check(record(START, END, "37.5").optionId(DATA.id())
        .addEvidence(evidence("K1"), evidence("s3"), evidence("S1")).build(), ML_ENGINEER, TODAY);

    KsbCoverage coverage = report.coverage();
    assertThat(coverage.overall().required()).containsExactly("K1", "K2", "K3", "S1", "S3", "B1");
    assertThat(coverage.overall().evidenced()).containsExactly("K1", "S1", "S3");
    assertThat(coverage.overall().missing()).containsExactly("K2", "K3", "B1");
    assertThat(coverage.overall().percent()).isEqualTo(50);
    assertThat(coverage.byDuty()).extracting(DutyCoverage::dutyId, DutyCoverage::isCore, d -> d.coverage().toString())
        .containsExactly(tuple("d1", true, "1/3 (33%)"),
            tuple("d2", true, "2/2 (100%)"),
            tuple("d3", false, "1/2 (50%)"));
    assertThat(coverage.byType()).containsOnlyKeys(KsbType.KNOWLEDGE, KsbType.SKILL, KsbType.BEHAVIOUR);
    assertThat(coverage.byType().get(KsbType.SKILL).isComplete()).isTrue();
    assertThat(coverage.byType().get(KsbType.BEHAVIOUR).percent()).isZero();
    assertThat(report.option()).hasValue("Data engineering");
    assertThat(report.findings().withCode(ProgressCodes.KSB_NO_EVIDENCE)).extracting(i -> i.rejectedValue().get())
        .containsExactly("K2", "K3", "B1");
  }

  @Test
  void evidenceOfAnotherOptionsKsb_orOfNoKsb_isAWarning_andNotCounted() {
    ProgressReport report = ProgressCheck.check(ready().addEvidence(evidence("S2"), evidence("K99")).build(),
        ML_ENGINEER, TODAY);

    assertThat(report.findings().withCode(ProgressCodes.EVIDENCE_KSB_UNKNOWN))
        .extracting(Issue::path, i -> i.rejectedValue().get(), Issue::severity)
        .containsExactly(tuple("evidence[6].ksbCode", "S2", Severity.WARNING),
            tuple("evidence[7].ksbCode", "K99", Severity.WARNING));
    assertThat(report.coverage().overall().required()).doesNotContain("S2");
    assertThat(report.isReadyForGateway()).isTrue();
  }

  @Test
  void aReadyApprentice_hasNoBlocker_andTheLatestAssessmentDateIsTheGatewayPlusTheAssessmentPeriod() {
    ProgressReport report = ProgressCheck.check(ready().gatewayDate(LocalDate.of(2027, 9, 1)).build(), ML_ENGINEER,
        TODAY);

    assertThat(report.findings().issues()).isEmpty();
    assertThat(report.blockers()).isEmpty();
    assertThat(report.isReadyForGateway()).isTrue();
    assertThat(report.latestAssessmentDate()).hasValue(LocalDate.of(2027, 12, 31)); // both ends inclusive
    assertThat(report.standardKey()).isEqualTo("ST1398_1.0");
    assertThat(report.englishAndMathsLevelRequired()).hasValue(2);
  }

  @Test
  void aGatewayRequirementNotMet_isABlockerLocatedByItsId() {
    ProgressReport report = ProgressCheck.check(ready().addGatewayRequirement(GatewayRequirement.of("project"
        + " proposal", false)).build(), ML_ENGINEER, TODAY);

    Issue notMet = only(report, ProgressCodes.GATEWAY_REQUIREMENT_NOT_MET);
    assertThat(notMet.path()).isEqualTo("gatewayRequirements[1]");
    assertThat(notMet.rejectedValue()).hasValue("project proposal");
    assertThat(report.blockers()).containsExactly(notMet);
  }

  @Test
  void englishAndMaths_level2AboveLevel2Apprenticeships_level1AtLevel2_optionalFor19PlusFromFebruary2025() {
    ProgressRecord noneHeld = ready().build().withEnglishAndMaths(EnglishAndMathsStatus.builder().mathsLevel(1)
        .build());
    Standard level2 = ML_ENGINEER.withLevel(2);

    ProgressReport young = ProgressCheck.check(noneHeld, ML_ENGINEER, TODAY);
    ProgressReport adult = ProgressCheck.check(noneHeld.withAgeAtStart(19), ML_ENGINEER, TODAY);
    ProgressReport adultBefore = ProgressCheck.check(noneHeld.withAgeAtStart(19), ML_ENGINEER,
        LocalDate.of(2025, 2, 10));
    ProgressReport ageUnknown = ProgressCheck.check(ready().build().withAgeAtStart(OptionalInt.empty())
        .withEnglishAndMaths(EnglishAndMathsStatus.none()), ML_ENGINEER, TODAY);
    ProgressReport levelTwoApprenticeship = ProgressCheck.check(noneHeld, level2, TODAY);

    assertThat(only(young, ProgressCodes.ENGLISH_MISSING).message())
        .isEqualTo("English at level 2 is required before the gateway; none is recorded");
    Issue maths = only(young, ProgressCodes.MATHS_MISSING);
    assertThat(maths.path()).isEqualTo("englishAndMaths.mathsLevel");
    assertThat(maths.rejectedValue()).hasValue("1");
    assertThat(adult.englishAndMathsLevelRequired()).isEmpty();
    assertThat(codes(adult)).doesNotContain(ProgressCodes.ENGLISH_MISSING, ProgressCodes.MATHS_MISSING);
    assertThat(adultBefore.englishAndMathsLevelRequired()).hasValue(2);
    assertThat(codes(ageUnknown)).contains(ProgressCodes.ENGLISH_MISSING, ProgressCodes.MATHS_MISSING);
    assertThat(levelTwoApprenticeship.englishAndMathsLevelRequired()).hasValue(1);
    assertThat(codes(levelTwoApprenticeship)).contains(ProgressCodes.ENGLISH_MISSING)
        .doesNotContain(ProgressCodes.MATHS_MISSING);
  }

  @Test
  void badInput_givesLocatedErrors_notExceptions() {
    ProgressRecord bad = ready().addLearningBreak(LearningBreak.of(TODAY, TODAY.minusDays(3)))
        .addOffTheJobSession(actual("-2")).build().withStandardVersion(StandardVersion.of(2, 0))
        .withOptionId("opt-none").withPlannedEndDate(START.minusDays(1)).withWeeklyHours(BigDecimal.ZERO);

    ProgressReport report = ProgressCheck.check(bad, ML_ENGINEER, TODAY);

    assertThat(report.findings().issues()).extracting(Issue::code, Issue::path).contains(
        tuple(ProgressCodes.STANDARD_MISMATCH, "standardReference"),
        tuple(ProgressCodes.OPTION_UNKNOWN, "optionId"),
        tuple(ProgressCodes.DATES_ORDER, "plannedEndDate"),
        tuple(ProgressCodes.DATES_ORDER, "learningBreaks[0]"),
        tuple(ProgressCodes.WEEKLY_HOURS_NOT_POSITIVE, "weeklyHours"),
        tuple(ProgressCodes.OFF_THE_JOB_HOURS_NEGATIVE, "offTheJobSessions[1].hours"));
    assertThat(only(report, ProgressCodes.STANDARD_MISMATCH).rejectedValue()).hasValue("ST1398_2.0");
    assertThat(report.offTheJobHours().logged()).isEqualByComparingTo("418");
    assertThat(report.coverage().overall().required()).containsExactly("K1", "K2", "S1", "B1");
    assertThat(report.option()).isEmpty();
    assertThat(report.isReadyForGateway()).isFalse();
  }

  @Test
  void aStartBeforeMay2017_hasNoOffTheJobRule_andNoOptionOnAStandardWithOptionsIsABlocker() {
    LocalDate start = LocalDate.of(2016, 9, 1);
    ProgressReport report = ProgressCheck.check(record(start, start.plusYears(1), "30").build(), ML_ENGINEER,
        start);

    assertThat(report.offTheJobHours().basis()).isEqualTo(OffTheJobBasis.NONE);
    assertThat(report.offTheJobHours().required()).isZero();
    assertThat(only(report, ProgressCodes.OFF_THE_JOB_RULE_MISSING).severity()).isEqualTo(Severity.ERROR);
    assertThat(only(report, ProgressCodes.OPTION_MISSING).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aGatewayDateOnAStandardWithoutAnAssessmentPeriod_hasNoLatestDate_andWarns() {
    Standard noPeriod = ML_ENGINEER.withEndPointAssessmentMonths(OptionalInt.empty());

    ProgressReport report = ProgressCheck.check(ready().gatewayDate(TODAY).build(), noPeriod, TODAY);

    assertThat(report.latestAssessmentDate()).isEmpty();
    assertThat(only(report, ProgressCodes.ASSESSMENT_PERIOD_UNPUBLISHED).severity()).isEqualTo(Severity.WARNING);
    assertThat(ProgressCheck.latestAssessmentDate(ML_ENGINEER, LocalDate.of(2027, 10, 31)))
        .hasValue(LocalDate.of(2028, 2, 28));
    assertThat(ProgressCheck.latestAssessmentDate(ML_ENGINEER, LocalDate.MAX)).isEmpty();
  }

  @Test
  void aStandardWithoutDuties_asksForEveryKsb() {
    Standard noDuties = ML_ENGINEER.withDuties(List.of()).withOptions(List.of());

    ProgressReport report = ProgressCheck.check(ready().build().withOptionId(Optional.empty()), noDuties,
        TODAY);

    assertThat(report.coverage().overall().required()).containsExactly("K1", "K2", "K3", "S1", "S2", "S3", "B1",
        "B2");
    assertThat(report.coverage().byDuty()).isEmpty();
  }

  @Test
  void sessionsAndEvidenceDatedAfterToday_areNotCounted_soAReadyRecordCheckedBeforeThemIsNotReady() {
    LocalDate before = LocalDate.of(2025, 12, 1); // before the 418 hours (2026-01-05) and the evidence (2026-03-01)

    ProgressReport report = ProgressCheck.check(ready().build(), ML_ENGINEER, before);

    assertThat(report.isReadyForGateway()).isFalse();
    assertThat(report.offTheJobHours().logged()).isZero();
    assertThat(report.coverage().overall().evidenced()).isEmpty();
    assertThat(report.findings().withCode(ProgressCodes.EVIDENCE_DATE_AFTER_TODAY))
        .extracting(Issue::path, i -> i.rejectedValue().get(), Issue::severity)
        .contains(tuple("evidence[0].date", "2026-03-01", Severity.WARNING)).hasSize(6);
    assertThat(ProgressCheck.check(ready().build(), ML_ENGINEER, LocalDate.of(2026, 3, 1)).isReadyForGateway())
        .isTrue();
  }

  @Test
  void noOptionOnAStandardWithOptions_blocksTheGateway_evenWithEveryCoreKsbEvidenced() {
    ProgressReport report = ProgressCheck.check(ready().build().withOptionId(Optional.empty()), ML_ENGINEER, TODAY);

    assertThat(only(report, ProgressCodes.OPTION_MISSING).severity()).isEqualTo(Severity.ERROR);
    assertThat(report.coverage().overall().isComplete()).isTrue();
    assertThat(report.isReadyForGateway()).isFalse();
  }

  @Test
  void dutiesThatMapNoKsb_askForEveryKsbOfTheStandard() {
    Standard unmapped = ML_ENGINEER.withDuties(Duty.builder().id("d1").text("Build and deploy models").isCore(true)
        .build()).withOptions(List.of());

    ProgressReport report = ProgressCheck.check(ready().build().withOptionId(Optional.empty()), unmapped, TODAY);

    assertThat(report.coverage().overall().required()).containsExactly("K1", "K2", "K3", "S1", "S2", "S3", "B1",
        "B2");
  }

  @Test
  void theWeeklyRateNeeded_beforeTheStart_isCountedFromTheStart() {
    ProgressReport report = ProgressCheck.check(record(START, END, "37.5").build(), ML_ENGINEER,
        START.minusDays(100));

    // 418 hours over 2025-09-01..2027-08-31 (730 days): 418 x 7 / 730 = 4.008
    assertThat(report.offTheJobHours().weeklyRateNeeded())
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("4.01"));
  }

  @Test
  void overlappingBreaksInLearning_areAnError_andTheirCommonDaysMoveTheEndOnce() {
    ProgressRecord record = record(START, END, "37.5")
        .addLearningBreak(LearningBreak.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)))
        .addLearningBreak(LearningBreak.of(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 14))).build();

    ProgressReport report = ProgressCheck.check(record, ML_ENGINEER, TODAY);

    assertThat(report.findings().withCode(ProgressCodes.DATES_ORDER)).extracting(Issue::path)
        .containsExactly("learningBreaks[1]");
    // 2027-01-01..2027-02-14 is 45 days out of learning
    assertThat(ProgressCheck.plannedEndAfterBreaks(record)).isEqualTo(LocalDate.of(2027, 10, 15));
    // 418 hours over 2026-09-01..2027-10-15 (410 days) less the 45: 418 x 7 / 365 = 8.016
    assertThat(report.offTheJobHours().weeklyRateNeeded())
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("8.02"));
  }

  @Test
  void breaksBeforeTheStart_orAfterTheEndAsMovedByEarlierBreaks_areErrors_andCountOnlyTheirDaysInLearning() {
    ProgressRecord record = record(START, END, "37.5")
        .addLearningBreak(LearningBreak.of(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 10))) // 10 days counted
        .addLearningBreak(LearningBreak.of(LocalDate.of(2027, 9, 5), LocalDate.of(2027, 9, 6))) // before 09-10
        .addLearningBreak(LearningBreak.of(LocalDate.of(2027, 9, 20), LocalDate.of(2027, 9, 30))) // after 09-12
        .build();

    ProgressReport report = ProgressCheck.check(record, ML_ENGINEER, TODAY);

    assertThat(report.findings().withCode(ProgressCodes.DATES_ORDER)).extracting(Issue::path)
        .containsExactly("learningBreaks[0].from", "learningBreaks[2].from");
    assertThat(report.offTheJobHours().plannedEndAfterBreaks()).isEqualTo(LocalDate.of(2027, 9, 12));
  }

  @Test
  void aPublishedMinimumBelowThe187HourFloor_isRaisedToTheFloor() {
    Standard low = ML_ENGINEER.withMinimumOffTheJobHours(150);

    OffTheJobHours hours = ProgressCheck.check(ready().build(), low, TODAY).offTheJobHours();

    assertThat(hours.required()).isEqualByComparingTo("187");
    assertThat(hours.basis()).isEqualTo(OffTheJobBasis.MINIMUM_FLOOR);
  }

  @Test
  void hugeOrOverPreciseHours_areLocatedErrors_echoedAsWritten_andLeftOutOfTheSums() {
    ProgressRecord record = ready().build().withWeeklyHours(new BigDecimal("1E+2147483647"))
        .withOffTheJobSessions(actual("418"), actual("1E+20000000"), actual("10000.5"), actual("1.0000001"),
            actual("-1E+2147483647"));

    ProgressReport report = ProgressCheck.check(record, ML_ENGINEER, TODAY);

    assertThat(only(report, ProgressCodes.WEEKLY_HOURS_RANGE).rejectedValue()).hasValue("1E+2147483647");
    assertThat(report.findings().withCode(ProgressCodes.OFF_THE_JOB_HOURS_RANGE))
        .extracting(Issue::path, i -> i.rejectedValue().get())
        .containsExactly(tuple("offTheJobSessions[1].hours", "1E+20000000"),
            tuple("offTheJobSessions[2].hours", "10000.5"), tuple("offTheJobSessions[3].hours", "1.0000001"));
    assertThat(only(report, ProgressCodes.OFF_THE_JOB_HOURS_NEGATIVE).rejectedValue()).hasValue("-1E+2147483647");
    assertThat(report.offTheJobHours().logged()).isEqualByComparingTo("418");
    assertThat(codes(ProgressCheck.check(ready().build().withWeeklyHours(new BigDecimal("168.5")), ML_ENGINEER,
        TODAY))).contains(ProgressCodes.WEEKLY_HOURS_RANGE);
    assertThat(codes(ProgressCheck.check(ready().build().withWeeklyHours(new BigDecimal("168")), ML_ENGINEER,
        TODAY))).doesNotContain(ProgressCodes.WEEKLY_HOURS_RANGE);
  }

  @Test
  void extremeDates_areLocatedErrors_notExceptions() {
    ProgressRecord record = ready().build().withPlannedEndDate(LocalDate.MAX)
        .withLearningBreaks(LearningBreak.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
        .withGatewayDate(LocalDate.MAX);

    ProgressReport report = ProgressCheck.check(record, ML_ENGINEER, LocalDate.MAX);

    assertThat(report.findings().withCode(ProgressCodes.DATES_RANGE)).extracting(Issue::path)
        .containsExactly("plannedEndDate", "gatewayDate");
    assertThat(report.offTheJobHours().plannedEndAfterBreaks()).isEqualTo(LocalDate.MAX);
    assertThat(report.latestAssessmentDate()).isEmpty();
    assertThat(codes(ProgressCheck.check(record.withStartDate(LocalDate.MIN), ML_ENGINEER, LocalDate.MIN)))
        .contains(ProgressCodes.DATES_RANGE);
  }
}

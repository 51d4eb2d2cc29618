package io.github.apprenticeships4j.core.standard;

import static io.github.apprenticeships4j.core.standard.StandardFixtures.CORE_BUILD;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.CORE_EVALUATE;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.DATA_ANALYST;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.DATA_DUTY;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.K1;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.K2;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.ML_ENGINEER;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.S1;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.VISION_DUTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandardValidatorTest {
  /** ST1398 1.0 retired on 2024-12-17, followed by 1.1 approved from the next day: a valid chain. */
  private static final Standard V1_0 = ML_ENGINEER.withStatus(StandardStatus.RETIRED)
      .withEarliestStartDate(LocalDate.of(2023, 1, 1)).withLatestStartDate(LocalDate.of(2024, 12, 17));
  private static final Standard V1_1 = ML_ENGINEER.withVersion(StandardVersion.of(1, 1))
      .withVersionNumber("1.1").withEarliestStartDate(LocalDate.of(2024, 12, 18))
      .withLatestStartDate(Optional.empty());

  private static Issue onlyIssue(ValidationReport report) {
    assertThat(report.issues()).hasSize(1);
    return report.issues().get(0);
  }

  // --- one version --------------------------------------------------------------------------------------------

  @Test
  void validate_aValidStandard_givesAnEmptyReport() {
    ValidationReport report = StandardValidator.validate(ML_ENGINEER);

    assertThat(report.issues()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void validate_aValidCatalogue_givesAnEmptyReport() {
    ValidationReport report = StandardValidator.validate(StandardCatalogue.of(List.of(V1_1, DATA_ANALYST, V1_0)));

    assertThat(report.issues()).isEmpty();
  }

  @Test
  void offTheJobHoursBelow187_inAStandardApprovedFromAugust2025_isBelowMinimum_aWarning() {
    Standard late = ML_ENGINEER.withApprovedForDeliveryDate(LocalDate.of(2025, 8, 1)).withMinimumOffTheJobHours(186);

    Issue issue = onlyIssue(StandardValidator.validate(late));

    assertThat(issue.code()).isEqualTo(StandardCodes.OFF_THE_JOB_HOURS_BELOW_MINIMUM);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.path()).isEqualTo("minimumOffTheJobHours");
    assertThat(issue.rejectedValue()).contains("186");
    assertThat(issue.message()).contains("187");
    assertThat(StandardValidator.validate(late.withMinimumOffTheJobHours(187)).issues()).isEmpty();
  }

  @Test
  void offTheJobHoursBelow187_inAVersionClosedToStartsBeforeAugust2025_isNotJudged() {
    Standard early = ML_ENGINEER.withApprovedForDeliveryDate(LocalDate.of(2023, 1, 5))
        .withLatestStartDate(LocalDate.of(2025, 7, 31)).withMinimumOffTheJobHours(150);

    assertThat(StandardValidator.validate(early).issues()).isEmpty();
  }

  @Test
  void offTheJobHoursBelow187_inAVersionApprovedEarlier_butTakingStartsFromAugust2025_isBelowMinimum() {
    Standard early = ML_ENGINEER.withApprovedForDeliveryDate(LocalDate.of(2023, 1, 5)).withMinimumOffTheJobHours(150);
    Standard stillOpen = early.withLatestStartDate(LocalDate.of(2025, 8, 1));

    assertThat(StandardValidator.validate(early).issues()).extracting(Issue::code)
        .containsExactly(StandardCodes.OFF_THE_JOB_HOURS_BELOW_MINIMUM);
    assertThat(onlyIssue(StandardValidator.validate(stillOpen)).message()).contains("up to 2025-08-01");
  }

  @Test
  void offTheJobHours_withoutApprovalDate_areJudgedOnTheEarliestStartDate() {
    Standard noApproval = ML_ENGINEER.withEarliestStartDate(LocalDate.of(2025, 9, 1)).withMinimumOffTheJobHours(100);

    assertThat(StandardValidator.validate(noApproval).issues()).extracting(Issue::code)
        .containsExactly(StandardCodes.OFF_THE_JOB_HOURS_BELOW_MINIMUM);
    assertThat(StandardValidator.validate(noApproval.withEarliestStartDate(Optional.empty())).issues()).isEmpty();
  }

  @Test
  void machineLearningEngineer418HoursOver24Months_raisesNothing_thoughBelowSixHoursAWeek() {
    // 6 hours a week over 24 months would be 624 hours; that rule applied to starts 2022-08..2025-07, never to the
    // published figure
    Standard ml = ML_ENGINEER.withApprovedForDeliveryDate(LocalDate.of(2026, 6, 9));

    assertThat(ml.minimumOffTheJobHours()).hasValue(418);
    assertThat(StandardValidator.validate(ml).issues()).isEmpty();
  }

  @Test
  void offTheJobHoursAboveEveryHourOfA30HourWeek_overTheDuration_areImplausible_aWarning() {
    // 30 hours x 52 weeks / 12 months x 24 months = 3,120 hours
    Standard atBound = ML_ENGINEER.withMinimumOffTheJobHours(3_120);
    Standard beyond = ML_ENGINEER.withMinimumOffTheJobHours(3_121);

    assertThat(StandardValidator.validate(atBound).issues()).isEmpty();
    Issue issue = onlyIssue(StandardValidator.validate(beyond));
    assertThat(issue.code()).isEqualTo(StandardCodes.OFF_THE_JOB_HOURS_IMPLAUSIBLE);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.message()).contains("3120 hours");
    assertThat(StandardValidator.validate(beyond.withTypicalDurationMonths(0)).issues()).extracting(Issue::code)
        .as("no duration to judge by").containsExactly(StandardCodes.DURATION_MISSING);
  }

  @Test
  void approvedStandardWithoutEpaPeriod_isEpaPeriodMissing_anInfo() {
    Standard noEpa = ML_ENGINEER.withEndPointAssessmentMonths(java.util.OptionalInt.empty());

    Issue issue = onlyIssue(StandardValidator.validate(noEpa));

    assertThat(issue.code()).isEqualTo(StandardCodes.EPA_PERIOD_MISSING);
    assertThat(issue.severity()).isEqualTo(Severity.INFO);
    assertThat(issue.path()).isEqualTo("endPointAssessmentMonths");
    assertThat(StandardValidator.validate(noEpa.withStatus(StandardStatus.IN_DEVELOPMENT)).issues())
        .extracting(Issue::code).doesNotContain(StandardCodes.EPA_PERIOD_MISSING);
  }

  @Test
  void versionNumberDifferentFromVersion_onceApproved_isS1007() {
    Issue issue = onlyIssue(StandardValidator.validate(ML_ENGINEER.withVersionNumber("1.1")));

    assertThat(issue.code()).isEqualTo("standard.version-number.mismatch").isEqualTo(
        StandardCodes.VERSION_NUMBER_MISMATCH);
    assertThat(issue.path()).isEqualTo("versionNumber");
    assertThat(issue.subject()).contains("ST1398_1.0");
    assertThat(issue.rejectedValue()).contains("1.1");
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void versionNumberEmpty_onARetiredVersion_isS1007() {
    Issue issue = onlyIssue(StandardValidator.validate(V1_0.withVersionNumber("")));

    assertThat(issue.code()).isEqualTo("standard.version-number.mismatch");
  }

  @Test
  void versionNumberDifferent_inDevelopment_isAccepted() {
    Standard inDevelopment = ML_ENGINEER.withVersion(StandardVersion.of(1, 1)).withVersionNumber("")
        .withStatus(StandardStatus.IN_DEVELOPMENT);

    assertThat(StandardValidator.validate(inDevelopment).issues()).isEmpty();
  }

  @Test
  void versionNumberWithSurroundingSpace_isAccepted() {
    assertThat(StandardValidator.validate(ML_ENGINEER.withVersionNumber(" 1.0 ")).issues()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", " Machine learning engineer", "\tData"})
  void titleEmptyOrStartingWithSpace_isS1008(String title) {
    Issue issue = onlyIssue(StandardValidator.validate(ML_ENGINEER.withTitle(title)));

    assertThat(issue.code()).isEqualTo("standard.title.format").isEqualTo(StandardCodes.TITLE_FORMAT);
    assertThat(issue.path()).isEqualTo("title");
  }

  @Test
  void unknownStatus_isS1009() {
    Standard potential = ML_ENGINEER.withVersion(StandardVersion.of(0, 0)).withVersionNumber("")
        .withStatus(StandardStatus.of("PotentialStandard"));

    Issue issue = onlyIssue(StandardValidator.validate(potential));

    assertThat(issue.code()).isEqualTo("standard.status.unknown").isEqualTo(StandardCodes.STATUS_UNKNOWN);
    assertThat(issue.path()).isEqualTo("status");
    assertThat(issue.rejectedValue()).contains("PotentialStandard");
    assertThat(issue.subject()).contains("ST1398_0.0");
  }

  @Test
  void firstVersionNotApproved_isW1002_aWarning() {
    ValidationReport report = StandardValidator.validate(ML_ENGINEER.withStatus(StandardStatus.IN_DEVELOPMENT));

    Issue issue = onlyIssue(report);
    assertThat(issue.code()).isEqualTo("standard.first-version.not-approved").isEqualTo(
        StandardCodes.FIRST_VERSION_NOT_APPROVED);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.path()).isEqualTo("status");
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void firstVersionWithdrawn_isAccepted() {
    assertThat(StandardValidator.validate(ML_ENGINEER.withStatus(StandardStatus.WITHDRAWN)).issues()).isEmpty();
  }

  @Test
  void dutyMappedToAMissingKsb_isAnError_atItsPath() {
    Duty broken = CORE_EVALUATE.withKsbIds("s1-id", "k1-id", "no-such-ksb");
    Standard standard = ML_ENGINEER.withDuties(CORE_BUILD, broken, DATA_DUTY, VISION_DUTY);

    Issue issue = onlyIssue(StandardValidator.validate(standard));

    assertThat(issue.code()).isEqualTo("standard.duty.ksb-unresolved")
        .isEqualTo(StandardCodes.DUTY_KSB_UNRESOLVED);
    assertThat(issue.path()).isEqualTo("duties[1].ksbIds[2]");
    assertThat(issue.rejectedValue()).contains("no-such-ksb");
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void dutiesMappedToMissingKsbs_reportEachReference() {
    Standard standard = ML_ENGINEER.withDuties(CORE_BUILD.withKsbIds("x"), CORE_EVALUATE,
        DATA_DUTY.withKsbIds("s3-id", "y", "z"));

    assertThat(StandardValidator.validate(standard).issues())
        .extracting(Issue::code, Issue::path)
        .containsExactly(
            tuple(StandardCodes.DUTY_KSB_UNRESOLVED, "duties[0].ksbIds[0]"),
            tuple(StandardCodes.DUTY_KSB_UNRESOLVED, "duties[2].ksbIds[1]"),
            tuple(StandardCodes.DUTY_KSB_UNRESOLVED, "duties[2].ksbIds[2]"));
  }

  @Test
  void dutyMappedToAMissingOption_isAnError_atItsPath() {
    Standard standard = ML_ENGINEER.withDuties(CORE_BUILD, CORE_EVALUATE, DATA_DUTY,
        VISION_DUTY.withOptionIds("opt-vision", "opt-robotics"));

    Issue issue = onlyIssue(StandardValidator.validate(standard));

    assertThat(issue.code()).isEqualTo("standard.duty.option-unresolved")
        .isEqualTo(StandardCodes.DUTY_OPTION_UNRESOLVED);
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.path()).isEqualTo("duties[3].optionIds[1]");
    assertThat(issue.rejectedValue()).contains("opt-robotics");
  }

  @Test
  void twoKsbsWithOneId_isAnError_atTheSecond() {
    Ksb s4SameIdAsK2 = Ksb.of(KsbType.SKILL, K2.id(), 4, "Explain a model to a non-specialist");
    Standard standard = ML_ENGINEER.withKsbs(K1, K2, StandardFixtures.K3, S1, StandardFixtures.S2,
        StandardFixtures.S3, s4SameIdAsK2, StandardFixtures.B1, StandardFixtures.B2);

    Issue issue = onlyIssue(StandardValidator.validate(standard));

    assertThat(issue.code()).isEqualTo("standard.ksb.duplicate-id").isEqualTo(StandardCodes.KSB_DUPLICATE_ID);
    assertThat(issue.path()).isEqualTo("ksbs[6].id");
    assertThat(issue.rejectedValue()).contains("k2-id");
  }

  @ParameterizedTest(name = "[{index}] level {0}")
  @ValueSource(ints = {0, 1, 8, 9})
  void levelOutsideTwoToSeven_isStandardLevelRange(int level) {
    Issue issue = onlyIssue(StandardValidator.validate(ML_ENGINEER.withLevel(level)));

    assertThat(issue.code()).isEqualTo("standard.level.range");
    assertThat(issue.path()).isEqualTo("level");
    assertThat(issue.rejectedValue()).contains(Integer.toString(level));
    assertThat(issue.subject()).contains("ST1398_1.0");
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
  }

  @ParameterizedTest(name = "[{index}] level {0}")
  @ValueSource(ints = {2, 7})
  void levelAtTheBounds_isAccepted(int level) {
    assertThat(StandardValidator.validate(ML_ENGINEER.withLevel(level)).issues()).isEmpty();
  }

  @Test
  void negativeFunding_isStandardFundingNegative() {
    Issue issue = onlyIssue(StandardValidator.validate(ML_ENGINEER.withMaxFunding(new BigDecimal("-3"))));

    assertThat(issue.code()).isEqualTo("standard.funding.negative");
    assertThat(issue.path()).isEqualTo("maxFunding");
    assertThat(issue.rejectedValue()).contains("-3.00");
  }

  @Test
  void zeroFunding_onAnApprovedStandard_isStandardFundingMissing() {
    Issue issue = onlyIssue(StandardValidator.validate(ML_ENGINEER.withMaxFunding(BigDecimal.ZERO)));

    assertThat(issue.code()).isEqualTo("standard.funding.missing").isEqualTo(StandardCodes.FUNDING_MISSING);
    assertThat(issue.path()).isEqualTo("maxFunding");
  }

  @Test
  void zeroFundingAndDuration_onARetiredStandard_areAccepted() {
    Standard retired = V1_0.withMaxFunding(BigDecimal.ZERO).withTypicalDurationMonths(0);

    assertThat(StandardValidator.validate(retired).issues()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0} months")
  @ValueSource(ints = {-1, 73, 120})
  void durationOutsideZeroTo72_isStandardDurationRange(int months) {
    Issue issue = onlyIssue(StandardValidator.validate(ML_ENGINEER.withTypicalDurationMonths(months)));

    assertThat(issue.code()).isEqualTo("standard.duration.range");
    assertThat(issue.path()).isEqualTo("typicalDurationMonths");
  }

  @Test
  void durationOf72_isAccepted() {
    assertThat(StandardValidator.validate(ML_ENGINEER.withTypicalDurationMonths(72)).issues()).isEmpty();
  }

  @Test
  void zeroDuration_onAnApprovedStandard_isStandardDurationMissing() {
    Issue issue = onlyIssue(StandardValidator.validate(ML_ENGINEER.withTypicalDurationMonths(0)));

    assertThat(issue.code()).isEqualTo("standard.duration.missing").isEqualTo(StandardCodes.DURATION_MISSING);
    assertThat(issue.path()).isEqualTo("typicalDurationMonths");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "   "})
  void blankRoute_isStandardRouteMissing(String route) {
    Issue issue = onlyIssue(StandardValidator.validate(ML_ENGINEER.withRoute(route)));

    assertThat(issue.code()).isEqualTo("standard.route.missing").isEqualTo(StandardCodes.ROUTE_MISSING);
    assertThat(issue.path()).isEqualTo("route");
  }

  @Test
  void latestStartBeforeEarliest_isStandardStartDatesOrder() {
    Issue issue = onlyIssue(StandardValidator.validate(ML_ENGINEER.withLatestStartDate(LocalDate.of(2024, 12, 17))));

    assertThat(issue.code()).isEqualTo("standard.start-dates.order").isEqualTo(StandardCodes.START_DATES_ORDER);
    assertThat(issue.path()).isEqualTo("latestStartDate");
  }

  @Test
  void latestStartOnTheEarliestDay_isAccepted() {
    assertThat(StandardValidator.validate(ML_ENGINEER.withLatestStartDate(LocalDate.of(2024, 12, 18))).issues())
        .isEmpty();
  }

  @Test
  void blankKsbText_isReportedThroughTheStandard() {
    Standard standard = ML_ENGINEER.withKsbs(K1, K2.withText(" "),
        StandardFixtures.K3, S1, StandardFixtures.S2, StandardFixtures.S3, StandardFixtures.B1, StandardFixtures.B2);

    Issue issue = onlyIssue(StandardValidator.validate(standard));

    assertThat(issue.code()).isEqualTo("standard.ksb.text.blank");
    assertThat(issue.path()).isEqualTo("ksbs[1].text");
  }

  @Test
  void everyFinding_isAboutTheVersion() {
    Standard broken = ML_ENGINEER.withLevel(0).withRoute("").withTitle("");

    ValidationReport report = StandardValidator.validate(broken);

    assertThat(report.issues()).extracting(Issue::code)
        .containsExactlyInAnyOrder("standard.level.range", "standard.route.missing", "standard.title.format");
    assertThat(report.issues()).allSatisfy(i -> assertThat(i.subject()).contains("ST1398_1.0"));
  }

  // --- catalogue: chains of versions and across standards ----------------------------------------------------

  @Test
  void twoApprovedVersions_isS1002_aboutTheReference() {
    Standard approved1_0 = V1_0.withStatus(StandardStatus.APPROVED_FOR_DELIVERY);

    Issue issue = onlyIssue(StandardValidator.validate(StandardCatalogue.of(List.of(approved1_0, V1_1))));

    assertThat(issue.code()).isEqualTo("standard.approved-version.not-unique").isEqualTo(
        StandardCodes.APPROVED_VERSION_NOT_UNIQUE);
    assertThat(issue.subject()).contains("ST1398");
  }

  @Test
  void versionGap_1Point0Then1Point2_isS1003() {
    Standard v1_2 = V1_1.withVersion(StandardVersion.of(1, 2)).withVersionNumber("1.2");

    Issue issue = onlyIssue(StandardValidator.validate(StandardCatalogue.of(List.of(V1_0, v1_2))));

    assertThat(issue.code()).isEqualTo("standard.version.gap").isEqualTo(StandardCodes.VERSION_GAP);
    assertThat(issue.subject()).contains("ST1398");
  }

  @Test
  void nextMajorVersion_isNotAGap() {
    Standard v2_0 = V1_1.withVersion(StandardVersion.of(2, 0)).withVersionNumber("2.0");

    assertThat(StandardValidator.validate(StandardCatalogue.of(List.of(V1_0, v2_0))).issues()).isEmpty();
  }

  @Test
  void startDatesNotContiguous_isS1004() {
    Standard late = V1_1.withEarliestStartDate(LocalDate.of(2024, 12, 19));

    Issue issue = onlyIssue(StandardValidator.validate(StandardCatalogue.of(List.of(V1_0, late))));

    assertThat(issue.code()).isEqualTo("standard.start-dates.not-contiguous").isEqualTo(
        StandardCodes.START_DATES_NOT_CONTIGUOUS);
    assertThat(issue.subject()).contains("ST1398");
  }

  @Test
  void overlappingStartDates_isS1004() {
    Standard early = V1_1.withEarliestStartDate(LocalDate.of(2024, 12, 17));

    assertThat(StandardValidator.validate(StandardCatalogue.of(List.of(V1_0, early))).issues())
        .extracting(Issue::code).containsExactly("standard.start-dates.not-contiguous");
  }

  @Test
  void sameLarsCodeOnTwoReferences_isE1004_forEachReference() {
    Standard clash = DATA_ANALYST.withLarsCode(LarsCode.of(795));

    ValidationReport report = StandardValidator.validate(StandardCatalogue.of(List.of(ML_ENGINEER, clash)));

    assertThat(report.issues()).extracting(Issue::code, Issue::path, i -> i.subject().orElse(""))
        .containsExactly(
            tuple("standard.lars-code.duplicate", "larsCode", "ST0118"),
            tuple("standard.lars-code.duplicate", "larsCode", "ST1398"));
    assertThat(StandardCodes.LARS_CODE_DUPLICATE).isEqualTo("standard.lars-code.duplicate");
  }

  @Test
  void sameLarsCodeOnVersionsOfOneReference_isAccepted() {
    assertThat(StandardValidator.validate(StandardCatalogue.of(List.of(V1_0, V1_1))).withCode(
        "standard.lars-code.duplicate")).isEmpty();
  }

  @Test
  void sameVersionTwice_isStandardVersionDuplicate_andNoGap() {
    ValidationReport report = StandardValidator.validate(StandardCatalogue.of(List.of(V1_0, V1_1, V1_1)));

    Issue issue = onlyIssue(report);
    assertThat(issue.code()).isEqualTo("standard.version.duplicate").isEqualTo(StandardCodes.VERSION_DUPLICATE);
    assertThat(issue.subject()).contains("ST1398_1.1");
  }

  @Test
  void catalogueReport_includesTheFindingsOfEachVersion() {
    ValidationReport report = StandardValidator.validate(StandardCatalogue.of(List.of(V1_0, V1_1.withLevel(9))));

    Issue issue = onlyIssue(report);
    assertThat(issue.code()).isEqualTo("standard.level.range");
    assertThat(issue.subject()).contains("ST1398_1.1");
  }
}

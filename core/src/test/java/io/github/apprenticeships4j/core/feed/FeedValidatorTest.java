package io.github.apprenticeships4j.core.feed;

import static io.github.apprenticeships4j.core.feed.FeedFixtures.CONTEXT;
import static io.github.apprenticeships4j.core.feed.FeedFixtures.TODAY;
import static io.github.apprenticeships4j.core.feed.FeedFixtures.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row rule of the service, with its exact message: the message is the product. */
class FeedValidatorTest {
  private static final FeedValidator VALIDATOR = FeedValidator.of(CONTEXT);
  private static final String LONG_101 = "a".repeat(101);

  private static List<Issue> errors(FeedRecord record) {
    return VALIDATOR.validate(record).atLeast(Severity.ERROR);
  }

  @Test
  void theFixture_isValid_withoutAnyFinding() {
    assertThat(VALIDATOR.validate(VALID).issues()).isEmpty();
  }

  static Stream<Arguments> oneBadValue() {
    String tenDigits = "Enter a 10-digit <b>unique learner number</b>";
    String price = "Enter the <b>total cost</b> of training in whole pounds using numbers only";
    String startFormat = "Enter the <b>start date</b> using the format yyyy-mm-dd, for example 2017-09-01";
    String dobFormat =
        "Enter the apprentice's <b>date of birth</b> using the format yyyy-mm-dd, for example 2001-04-23";
    String endFormat = "Enter the <b>end date</b> using the format yyyy-mm, for example 2019-02";
    return Stream.of(
        arguments(FeedColumn.AGREEMENT_ID, "", "AGREEMENT_ID.REQUIRED", "AgreementId",
            "<b>Agreement ID</b> must be entered"),
        arguments(FeedColumn.AGREEMENT_ID, "XEG-5X", "AGREEMENT_ID.INVALID", "AgreementId",
            "Enter a valid <b>Agreement ID</b>"),
        arguments(FeedColumn.AGREEMENT_ID, "XEGE5XX", "AGREEMENT_ID.INVALID", "AgreementId",
            "Enter a valid <b>Agreement ID</b>"),
        arguments(FeedColumn.AGREEMENT_ID, "ABCDEF", "AGREEMENT_ID.INVALID", "AgreementId",
            "Enter a valid <b>Agreement ID</b>"),
        arguments(FeedColumn.AGREEMENT_ID, "v7yk9p", "AGREEMENT_ID.NOT_SIGNED", "LegalAgreementId",
            "You cannot add apprentices for this employer as they need to <b>accept the agreement</b> with the DfE."),
        arguments(FeedColumn.COHORT_REF, "C".repeat(21), "COHORT_REF.INVALID", "CohortRef",
            "Enter a valid <b>Cohort Ref</b>"),
        arguments(FeedColumn.ULN, "", "ULN.REQUIRED", "Uln", tenDigits),
        arguments(FeedColumn.ULN, "123456789", "ULN.NOT_TEN_DIGITS", "Uln", tenDigits),
        arguments(FeedColumn.ULN, "0112233669", "ULN.NOT_TEN_DIGITS", "Uln", tenDigits),
        arguments(FeedColumn.ULN, "1748529631", "ULN.CHECK_DIGIT", "Uln",
            "The <b>unique learner number</b> of 1748529631 isn't valid"),
        arguments(FeedColumn.FAMILY_NAME, "", "FAMILY_NAME.REQUIRED", "FamilyName", "<b>Last name</b> must be entered"),
        arguments(FeedColumn.FAMILY_NAME, LONG_101, "FAMILY_NAME.TOO_LONG", "FamilyName",
            "Enter a <b>last name</b> that is not longer than 100 characters"),
        arguments(FeedColumn.GIVEN_NAMES, "\t", "GIVEN_NAMES.REQUIRED", "GivenName",
            "<b>First name</b> must be entered"),
        arguments(FeedColumn.GIVEN_NAMES, LONG_101, "GIVEN_NAMES.TOO_LONG", "GivenName",
            "Enter a <b>first name</b> that is not longer than 100 characters"),
        arguments(FeedColumn.DATE_OF_BIRTH, "", "DOB.FORMAT", "DateOfBirth", dobFormat),
        arguments(FeedColumn.DATE_OF_BIRTH, "02/03/2004", "DOB.FORMAT", "DateOfBirth", dobFormat),
        arguments(FeedColumn.DATE_OF_BIRTH, "2004-02-30", "DOB.FORMAT", "DateOfBirth", dobFormat),
        arguments(FeedColumn.DATE_OF_BIRTH, "2011-09-02", "DOB.MIN_AGE", "DateOfBirth",
            "The apprentice's <b>date of birth</b> must show that they are at least 15 years old at the start of their "
                + "training"),
        arguments(FeedColumn.DATE_OF_BIRTH, "1911-08-31", "DOB.MAX_AGE", "DateOfBirth",
            "The apprentice's <b>date of birth</b> must show that they are not older than 115 years old at the start of "
                + "their training"),
        arguments(FeedColumn.EMAIL_ADDRESS, "", "EMAIL.REQUIRED", "EmailAddress",
            "<b>Email address</b> must be entered"),
        arguments(FeedColumn.EMAIL_ADDRESS, "joe@home", "EMAIL.INVALID", "EmailAddress",
            "Enter a valid <b>email address</b>"),
        arguments(FeedColumn.STD_CODE, "", "STD_CODE.REQUIRED", "CourseCode", "<b>Standard code</b> must be entered"),
        arguments(FeedColumn.STD_CODE, "ST1398", "STD_CODE.NOT_NUMERIC", "CourseCode",
            "Enter a valid <b>standard code</b>. Apprenticeship units must be added by ILR upload"),
        arguments(FeedColumn.STD_CODE, "795.0", "STD_CODE.NOT_NUMERIC", "CourseCode",
            "Enter a valid <b>standard code</b>. Apprenticeship units must be added by ILR upload"),
        arguments(FeedColumn.STD_CODE, "000795", "STD_CODE.TOO_LONG", "CourseCode",
            "Enter a valid <b>standard code</b>"),
        arguments(FeedColumn.STD_CODE, "-5", "STD_CODE.UNKNOWN", "CourseCode", "Enter a valid <b>standard code</b>"),
        arguments(FeedColumn.STD_CODE, "796", "STD_CODE.UNKNOWN", "CourseCode", "Enter a valid <b>standard code</b>"),
        arguments(FeedColumn.START_DATE, "", "START_DATE.FORMAT", "StartDate", startFormat),
        arguments(FeedColumn.START_DATE, "14/09/2026", "START_DATE.FORMAT", "StartDate", startFormat),
        arguments(FeedColumn.START_DATE, "2026-09-31", "START_DATE.INVALID_DATE", "StartDate",
            "You must enter the <b>start date</b>, for example 2017-09-01"),
        arguments(FeedColumn.START_DATE, "2028-08-01", "START_DATE.TOO_FAR_AHEAD", "StartDate",
            "The <b>start date</b> must be no later than one year after the end of the current teaching year"),
        arguments(FeedColumn.START_DATE, "2024-11-30", "START_DATE.BEFORE_STANDARD_EFFECTIVE_FROM", "StartDate",
            "This training course is only available to apprentices with a <b>start date</b> after 11  2024"),
        arguments(FeedColumn.END_DATE, "", "END_DATE.FORMAT", "EndDate", endFormat),
        arguments(FeedColumn.END_DATE, "2028-09-30", "END_DATE.FORMAT", "EndDate", endFormat),
        arguments(FeedColumn.END_DATE, "2028-13", "END_DATE.FORMAT", "EndDate", endFormat),
        arguments(FeedColumn.END_DATE, "2026-09", "END_DATE.NOT_AFTER_START", "EndDate",
            "Enter an <b>end date</b> that is after the start date"),
        arguments(FeedColumn.TOTAL_PRICE, "", "TOTAL_PRICE.FORMAT", "TotalPrice", price),
        arguments(FeedColumn.TOTAL_PRICE, "1500.50", "TOTAL_PRICE.FORMAT", "TotalPrice", price),
        arguments(FeedColumn.TOTAL_PRICE, "£1500", "TOTAL_PRICE.FORMAT", "TotalPrice", price),
        arguments(FeedColumn.TOTAL_PRICE, "1,500", "TOTAL_PRICE.FORMAT", "TotalPrice", price),
        arguments(FeedColumn.TOTAL_PRICE, "1e3", "TOTAL_PRICE.FORMAT", "TotalPrice", price),
        arguments(FeedColumn.TOTAL_PRICE, "-500", "TOTAL_PRICE.FORMAT", "TotalPrice", price),
        arguments(FeedColumn.TOTAL_PRICE, "+1500", "TOTAL_PRICE.FORMAT", "TotalPrice", price),
        arguments(FeedColumn.TOTAL_PRICE, "007", "TOTAL_PRICE.FORMAT", "TotalPrice", price),
        arguments(FeedColumn.TOTAL_PRICE, "2147483648", "TOTAL_PRICE.FORMAT", "TotalPrice", price),
        arguments(FeedColumn.TOTAL_PRICE, "0", "TOTAL_PRICE.ZERO", "TotalPrice",
            "The <b>total cost</b> must be more than £0"),
        arguments(FeedColumn.TOTAL_PRICE, "00", "TOTAL_PRICE.ZERO", "TotalPrice",
            "The <b>total cost</b> must be more than £0"),
        arguments(FeedColumn.TOTAL_PRICE, "100001", "TOTAL_PRICE.TOO_HIGH", "TotalPrice",
            "The <b>total cost</b> must be £100,000 or less"),
        arguments(FeedColumn.PROVIDER_REF, "P".repeat(21), "PROVIDER_REF.TOO_LONG", "ProviderRef",
            "The <b>Provider Ref</b> must not be longer than 20 characters"),
        arguments(FeedColumn.EPA_ORG_ID, "EPA00011", "EPAO_ID.TOO_LONG", "EPAOrgId",
            "The <b>EPAO ID</b> must not be longer than 7 characters"),
        arguments(FeedColumn.TRAINING_TOTAL_HOURS, "400", "TRAINING_TOTAL_HOURS.WITHOUT_RPL", "TrainingTotalHours",
            "Total <b>off-the-job training time</b> cannot be set when there is no prior learning"),
        arguments(FeedColumn.TRAINING_HOURS_REDUCTION, "40", "TRAINING_HOURS_REDUCTION.WITHOUT_RPL",
            "TrainingTotalHours",
            "Total <b>reduction in off-the-job training time</b> due to RPL must be a number between 1 and 999"),
        arguments(FeedColumn.PRICE_REDUCED_BY, "500", "PRICE_REDUCED_BY.WITHOUT_RPL", "PriceReducedBy",
            "The <b>price this apprenticeship has been reduced by</b> due to prior learning should not be entered when "
                + "recognise prior learning is false"));
  }

  @ParameterizedTest(name = "[{index}] {0}=\"{1}\" -> {2}")
  @MethodSource("oneBadValue")
  void oneBadValue_givesExactlyTheServicesError(FeedColumn column, String value, String code, String path,
      String message) {
    assertThat(errors(VALID.with(column, value))).extracting(Issue::code, Issue::path, Issue::message)
        .containsExactly(tuple(code, path, message));
  }

  @Test
  void valuesTheServiceAccepts_giveNoError() {
    assertThat(errors(VALID.with(FeedColumn.TOTAL_PRICE, " 2500 "))).isEmpty();
    assertThat(errors(VALID.with(FeedColumn.TOTAL_PRICE, "100000"))).isEmpty();
    assertThat(errors(VALID.with(FeedColumn.TOTAL_PRICE, "1"))).isEmpty();
    assertThat(errors(VALID.with(FeedColumn.STD_CODE, "0795"))).isEmpty();
    assertThat(errors(VALID.with(FeedColumn.START_DATE, "2028-07-31"))).isEmpty(); // latest allowed
    assertThat(errors(VALID.with(FeedColumn.EPA_ORG_ID, "EPA0001"))).isEmpty();
    assertThat(errors(VALID.with(FeedColumn.AGREEMENT_ID, "xege5x"))).isEmpty();
    for (String rpl : List.of("TRUE", "1", "yes", "False", "0", "NO")) {
      assertThat(errors(VALID.with(FeedColumn.RECOGNISE_PRIOR_LEARNING, rpl))).as(rpl).isEmpty();
    }
    for (String email : List.of("joe@home.org", "o'reilly@there.com", "joe+bob@bob.com", "a@abc-xyz.london")) {
      assertThat(errors(VALID.with(FeedColumn.EMAIL_ADDRESS, email))).as(email).isEmpty();
    }
  }

  @Test
  void megabyteEmailsAndPrices_areAnsweredWithinASecond_withTheirRules() {
    int megabyte = 1 << 20;
    FeedRecord dots = VALID.with(FeedColumn.EMAIL_ADDRESS, "a" + ".b".repeat(megabyte / 2) + "@example.com");
    FeedRecord labels = VALID.with(FeedColumn.EMAIL_ADDRESS, "a@" + "b.".repeat(megabyte / 2) + "com");
    FeedRecord zeros = VALID.with(FeedColumn.TOTAL_PRICE, "0".repeat(megabyte) + "1500");
    FeedRecord groups = VALID.with(FeedColumn.TOTAL_PRICE, "1" + ",000".repeat(megabyte / 4));

    List<FeedRecord> records = List.of(dots, labels, zeros, groups);
    List<List<String>> codes = assertTimeoutPreemptively(Duration.ofSeconds(1),
        () -> records.stream().map(r -> errors(r).stream().map(Issue::code).toList()).toList());

    assertThat(codes).containsExactly(List.of("EMAIL.TOO_LONG"), List.of("EMAIL.INVALID", "EMAIL.TOO_LONG"),
        List.of("TOTAL_PRICE.FORMAT"), List.of("TOTAL_PRICE.FORMAT"));
  }

  @Test
  void emailsTheServiceRefuses() {
    for (String email : List.of("joe", "joe@home", "a@b.c", "joe.@bob.com", ".joe@bob.com", "john..doe@bob.com",
        "john.doe@bob..com", "joe@his.home.com.", "a@192.168.0.1", "b o b@example.com")) {
      assertThat(errors(VALID.with(FeedColumn.EMAIL_ADDRESS, email))).as(email).extracting(Issue::code)
          .containsExactly("EMAIL.INVALID");
    }
  }

  @Test
  void emailTooLong_isIndependentOfInvalid() {
    String longValid = "a".repeat(190) + "@example.com";
    assertThat(errors(VALID.with(FeedColumn.EMAIL_ADDRESS, longValid))).extracting(Issue::code, Issue::message)
        .containsExactly(tuple("EMAIL.TOO_LONG",
            "Enter an <b>email address</b> that is not longer than 200 characters"));
    assertThat(errors(VALID.with(FeedColumn.EMAIL_ADDRESS, "a".repeat(201)))).extracting(Issue::code)
        .containsExactly("EMAIL.INVALID", "EMAIL.TOO_LONG");
  }

  @Test
  void criticalAgreementError_stopsTheRow() {
    FeedRecord bad = VALID.with(FeedColumn.AGREEMENT_ID, "").with(FeedColumn.ULN, "x").with(FeedColumn.TOTAL_PRICE, "");
    assertThat(errors(bad)).extracting(Issue::code).containsExactly("AGREEMENT_ID.REQUIRED");
  }

  @Test
  void errors_comeInTheServicesOrder() {
    FeedRecord bad = VALID.with(FeedColumn.TOTAL_PRICE, "0").with(FeedColumn.ULN, "1").with(FeedColumn.COHORT_REF,
        "C".repeat(21)).with(FeedColumn.FAMILY_NAME, "").with(FeedColumn.END_DATE, "x");
    assertThat(errors(bad)).extracting(Issue::code).containsExactly("COHORT_REF.INVALID", "ULN.NOT_TEN_DIGITS",
        "FAMILY_NAME.REQUIRED", "END_DATE.FORMAT", "TOTAL_PRICE.ZERO");
  }

  @Test
  void startDay_isDiscarded_forAge() {
    // DOB 2011-12-05, start written 2026-12-31: the start is 2026-12-01, so the apprentice is 14
    FeedRecord record = VALID.with(FeedColumn.DATE_OF_BIRTH, "2011-12-05").with(FeedColumn.START_DATE, "2026-12-31");
    assertThat(errors(record)).extracting(Issue::code).containsExactly("DOB.MIN_AGE");
    assertThat(errors(record.with(FeedColumn.DATE_OF_BIRTH, "2011-12-01"))).isEmpty();
  }

  @Test
  void ageChecks_needAValidStartDate() {
    FeedRecord record = VALID.with(FeedColumn.DATE_OF_BIRTH, "2020-01-01").with(FeedColumn.START_DATE, "x");
    assertThat(errors(record)).extracting(Issue::code).containsExactly("START_DATE.FORMAT");
  }

  @Test
  void level7_refusesApprenticesOf25OrOver_fromJanuary2026() {
    FeedRecord level7 = VALID.with(FeedColumn.STD_CODE, "81").with(FeedColumn.DATE_OF_BIRTH, "2001-09-01");
    assertThat(errors(level7)).extracting(Issue::code, Issue::message).containsExactly(tuple("DOB.MAX_AGE_LEVEL7",
        "The apprentice's <b>date of birth</b> must show that they are not older than 25 years old at the start of "
            + "their training"));
    assertThat(errors(level7.with(FeedColumn.DATE_OF_BIRTH, "2001-09-02"))).isEmpty(); // 24 on 2026-09-01
    assertThat(errors(level7.with(FeedColumn.START_DATE, "2025-12-31").with(FeedColumn.END_DATE, "2027-12")))
        .isEmpty();
  }

  @Test
  void foundationApprenticeship_refusesApprenticesOf25OrOver() {
    FeedRecord fa = VALID.with(FeedColumn.STD_CODE, "9001").with(FeedColumn.DATE_OF_BIRTH, "2001-09-01")
        .with(FeedColumn.TOTAL_PRICE, "5000");
    assertThat(errors(fa)).extracting(Issue::code, Issue::message).containsExactly(tuple("DOB.MAX_AGE",
        "The apprentice's <b>date of birth</b> must show that they are not older than 25 years old at the start of "
            + "their training"));
  }

  @Test
  void closedCourse_givesTheEffectiveToMessage_withTwoSpaces() {
    FeedRecord closed = VALID.with(FeedColumn.STD_CODE, "80").with(FeedColumn.TOTAL_PRICE, "5000");
    assertThat(errors(closed)).extracting(Issue::code, Issue::message).containsExactly(tuple(
        "START_DATE.AFTER_STANDARD_EFFECTIVE_TO",
        "This training course is only available to apprentices with a <b>start date</b> before 6  2021"));
  }

  @Test
  void startBeforeMay2017() {
    FeedRecord early = VALID.with(FeedColumn.STD_CODE, "80").with(FeedColumn.START_DATE, "2017-04-30")
        .with(FeedColumn.DATE_OF_BIRTH, "1990-01-01")
        .with(FeedColumn.END_DATE, "2018-06").with(FeedColumn.RECOGNISE_PRIOR_LEARNING, "")
        .with(FeedColumn.TOTAL_PRICE, "5000");
    assertThat(errors(early)).extracting(Issue::code, Issue::message).containsExactly(tuple(
        "START_DATE.BEFORE_MAY_2017", "The <b>start date</b> must not be earlier than May 2017"));
  }

  @Test
  void recognisePriorLearning_rules() {
    String notBoolean = "Enter whether <b>prior learning</b> is recognised as 'true' or 'false'.";
    String required = "Enter whether <b>prior learning</b> is recognised.";
    assertThat(errors(VALID.with(FeedColumn.RECOGNISE_PRIOR_LEARNING, ""))).extracting(Issue::code, Issue::message)
        .containsExactly(tuple("RPL.NOT_BOOLEAN", notBoolean), tuple("RPL.REQUIRED", required));
    assertThat(errors(VALID.with(FeedColumn.RECOGNISE_PRIOR_LEARNING, "maybe")
        .with(FeedColumn.PRICE_REDUCED_BY, "500"))).extracting(Issue::code)
        .containsExactly("RPL.NOT_BOOLEAN", "RPL.REQUIRED", "PRICE_REDUCED_BY.WITHOUT_RPL");
    FeedRecord before = VALID.with(FeedColumn.STD_CODE, "80").with(FeedColumn.START_DATE, "2020-09-01")
        .with(FeedColumn.END_DATE, "2021-12").with(FeedColumn.TOTAL_PRICE, "5000");
    assertThat(errors(before)).extracting(Issue::code, Issue::message).containsExactly(tuple(
        "RPL.NOT_ALLOWED_BEFORE_AUG_2022",
        "<b>RPL data</b> should not be entered when the start date is before 1 August 2022."));
    assertThat(errors(before.with(FeedColumn.RECOGNISE_PRIOR_LEARNING, ""))).isEmpty();
    assertThat(errors(before.with(FeedColumn.RECOGNISE_PRIOR_LEARNING, "maybe"))).isEmpty();
  }

  @Test
  void priorLearningValues_whenRecognised() {
    FeedRecord rpl = VALID.with(FeedColumn.RECOGNISE_PRIOR_LEARNING, "true");
    assertThat(errors(rpl)).isEmpty(); // every reduction field may be blank
    assertThat(errors(rpl.with(FeedColumn.TRAINING_TOTAL_HOURS, "400").with(FeedColumn.TRAINING_HOURS_REDUCTION, "40")
        .with(FeedColumn.PRICE_REDUCED_BY, "1000"))).isEmpty();

    String total = "Total <b>off-the-job training time</b> for this apprenticeship standard must be ";
    assertThat(messages(rpl.with(FeedColumn.TRAINING_TOTAL_HOURS, "many"))).containsExactly(tuple(
        "TRAINING_TOTAL_HOURS.NOT_NUMBER", total + "a number between 187 and 9,999"));
    assertThat(messages(rpl.with(FeedColumn.TRAINING_TOTAL_HOURS, "10000"))).containsExactly(tuple(
        "TRAINING_TOTAL_HOURS.TOO_HIGH", total + "9,999 hours or less"));
    assertThat(messages(rpl.with(FeedColumn.TRAINING_TOTAL_HOURS, "186"))).containsExactly(tuple(
        "TRAINING_TOTAL_HOURS.BELOW_MINIMUM", total + "187 hours or more"));

    String reduction = "Total <b>reduction in off-the-job training time</b> due to RPL must be ";
    FeedRecord withTotal = rpl.with(FeedColumn.TRAINING_TOTAL_HOURS, "400");
    assertThat(messages(withTotal.with(FeedColumn.TRAINING_HOURS_REDUCTION, "x"))).containsExactly(tuple(
        "TRAINING_HOURS_REDUCTION.NOT_NUMBER", reduction + "a number between 1 and 999"));
    assertThat(messages(rpl.with(FeedColumn.TRAINING_HOURS_REDUCTION, "1000"))).containsExactly(tuple(
        "TRAINING_HOURS_REDUCTION.TOO_HIGH", reduction + "999 hours or less"));
    assertThat(messages(rpl.with(FeedColumn.TRAINING_HOURS_REDUCTION, "0"))).containsExactly(tuple(
        "TRAINING_HOURS_REDUCTION.TOO_LOW", reduction + "1 hour or more"));
    assertThat(messages(withTotal.with(FeedColumn.TRAINING_HOURS_REDUCTION, "401"))).containsExactly(
        tuple("TRAINING_HOURS_REDUCTION.NOT_LOWER_THAN_TOTAL",
            reduction + "lower than the total off-the-job training time for this apprenticeship standard"),
        tuple("TRAINING_HOURS_REDUCTION.REMAINING_BELOW_MINIMUM", "The remaining off-the-job training is below the "
            + "minimum 187 hours required for funding. Check if the <b>RPL reduction</b> is too high"));

    String price = "Total <b>price reduction</b> due to RPL must be ";
    assertThat(messages(rpl.with(FeedColumn.PRICE_REDUCED_BY, "£5"))).containsExactly(tuple(
        "PRICE_REDUCED_BY.NOT_NUMBER", price + "a number between 100 and 18,000"));
    assertThat(messages(rpl.with(FeedColumn.PRICE_REDUCED_BY, "18001"))).containsExactly(tuple(
        "PRICE_REDUCED_BY.TOO_HIGH", price + "18,000 or less"));
    assertThat(messages(rpl.with(FeedColumn.PRICE_REDUCED_BY, "99"))).containsExactly(tuple(
        "PRICE_REDUCED_BY.TOO_LOW", price + "100 pounds or more"));
  }

  @Test
  void injectedLimits_appearInTheMessages() {
    FeedValidator custom = FeedValidator.of(CONTEXT.withMinimumPriceReduction(1500)
        .withMaximumTrainingHoursReduction(1200).withMinimumAge(16));
    FeedRecord rpl = VALID.with(FeedColumn.RECOGNISE_PRIOR_LEARNING, "true");
    assertThat(custom.validate(rpl.with(FeedColumn.PRICE_REDUCED_BY, "1000")).issues()).extracting(Issue::message)
        .containsExactly("Total <b>price reduction</b> due to RPL must be 1,500 pounds or more");
    assertThat(custom.validate(rpl.with(FeedColumn.TRAINING_HOURS_REDUCTION, "1300")).issues())
        .extracting(Issue::message)
        .containsExactly("Total <b>reduction in off-the-job training time</b> due to RPL must be 1,200 hours or less");
    assertThat(custom.validate(VALID.with(FeedColumn.DATE_OF_BIRTH, "2010-09-02")).issues()).extracting(Issue::message)
        .containsExactly("The apprentice's <b>date of birth</b> must show that they are at least 16 years old at the "
            + "start of their training");
  }

  @Test
  void undeclaredStandard_namesTheLinkAndProvider() {
    FeedValidator v = FeedValidator.of(CONTEXT.withDeclaredStandards(java.util.Set.of()));
    assertThat(v.validate(VALID).issues()).extracting(Issue::code, Issue::message).containsExactly(tuple(
        "STD_CODE.NOT_DECLARED", "Enter a valid <b>standard code.</b> You have not told us that you deliver this "
            + "training course. You must assign the course to your account in the <a href=https://example.org/courses/"
            + "10000055/review-your-details class='govuk - link'>Your standards and training venues</a> section."));
  }

  @Test
  void withoutInjectedFacts_theirRulesAreNotChecked_andListed() {
    FeedValidator bare = FeedValidator.of(FeedContext.on(TODAY));
    FeedRecord unknown = VALID.with(FeedColumn.AGREEMENT_ID, "ZZZZZZ").with(FeedColumn.STD_CODE, "99999");
    assertThat(bare.validate(unknown).issues()).isEmpty();
    assertThat(bare.notChecked()).containsKeys("STD_CODE.UNKNOWN", "AGREEMENT_ID.NOT_SIGNED", "RESERVATION.INVALID");
    assertThat(VALIDATOR.notChecked()).doesNotContainKey("STD_CODE.UNKNOWN").containsKey("RESERVATION.INVALID");
  }

  @Test
  void session_flagsLaterDuplicates_ofUlnAndEmail_caseSensitive() {
    FeedValidator.Session file = VALIDATOR.newSession();
    assertThat(file.validate(VALID).issues()).isEmpty();
    FeedRecord again = VALID.with(FeedColumn.ULN, "9999999998");
    assertThat(file.validate(again).issues()).extracting(Issue::code, Issue::message).containsExactly(tuple(
        "EMAIL.DUPLICATE_IN_FILE", "The <b>email address</b> has already been used for an apprentice in this file"));
    assertThat(file.validate(again.with(FeedColumn.EMAIL_ADDRESS, "JO.SMITH@example.com")).issues())
        .extracting(Issue::code, Issue::message).containsExactly(tuple("ULN.DUPLICATE_IN_FILE",
            "The <b>unique learner number</b> has already been used for an apprentice in this file"));
    // an invalid ULN is compared too, and both findings appear
    FeedRecord bad = VALID.with(FeedColumn.ULN, "1748529631").with(FeedColumn.EMAIL_ADDRESS, "x@example.com");
    file.validate(bad);
    assertThat(file.validate(bad.with(FeedColumn.EMAIL_ADDRESS, "y@example.com")).atLeast(Severity.ERROR))
        .extracting(Issue::code).containsExactly("ULN.CHECK_DIGIT", "ULN.DUPLICATE_IN_FILE");
    assertThat(file.rows()).isEqualTo(5);
  }

  @Test
  void session_remembersRowsWithCriticalErrors() {
    FeedValidator.Session file = VALIDATOR.newSession();
    file.validate(VALID.with(FeedColumn.AGREEMENT_ID, ""));
    assertThat(file.validate(VALID).atLeast(Severity.ERROR)).extracting(Issue::code)
        .containsExactly("ULN.DUPLICATE_IN_FILE", "EMAIL.DUPLICATE_IN_FILE");
  }

  @Test
  void session_warnsOnce_whenItCanRememberNoMore() {
    FeedValidator.Session file = VALIDATOR.withMaxTrackedValues(2).newSession();
    file.validate(VALID);
    ValidationReport second = file.validate(VALID.with(FeedColumn.ULN, "9999999998")
        .with(FeedColumn.EMAIL_ADDRESS, "b@example.com"));
    assertThat(second.withCode(FeedCodes.DUPLICATES_NOT_TRACKED)).hasSize(1);
    assertThat(file.validate(VALID.with(FeedColumn.ULN, "1000000000").with(FeedColumn.EMAIL_ADDRESS,
        "c@example.com")).issues()).isEmpty();
  }

  @Test
  void advice_priceAboveCap() {
    ValidationReport report = VALIDATOR.validate(VALID.with(FeedColumn.TOTAL_PRICE, "23500"));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.issues()).extracting(Issue::severity, Issue::code, Issue::path, Issue::message)
        .containsExactly(tuple(Severity.WARNING, "feed.price.above-cap", "TotalPrice", "The total price of £23,500 is "
            + "above the funding band maximum of £22,000 for ST1398 on the start date: the employer pays the £1,500 "
            + "above it, which levy funds cannot pay"));
  }

  @Test
  void advice_durationBelowMinimum_citesTheIlrRuleInForce() {
    ValidationReport after = VALIDATOR.validate(VALID.with(FeedColumn.END_DATE, "2027-04"));
    assertThat(after.issues()).extracting(Issue::severity, Issue::code, Issue::message).containsExactly(tuple(
        Severity.WARNING, "feed.duration.below-minimum", "The planned duration of 7 months, from the start month to "
            + "the end month, is below the minimum of 8 months for apprenticeships starting on 2026-09-01; the ILR "
            + "will report DateOfBirth_57: The planned duration of the programme does not reach the required minimum "
            + "duration for an apprenticeship standard"));
    assertThat(VALIDATOR.validate(VALID.with(FeedColumn.END_DATE, "2027-05")).issues()).isEmpty();

    FeedRecord before = VALID.with(FeedColumn.START_DATE, "2025-03-01").with(FeedColumn.END_DATE, "2026-02");
    assertThat(VALIDATOR.validate(before).withCode("feed.duration.below-minimum")).extracting(Issue::message)
        .singleElement().asString().contains("minimum of 12 months").contains("DateOfBirth_46");
    // ILR rules DateOfBirth_46/57 concern learners aged 16 or over at the start
    assertThat(VALIDATOR.validate(VALID.with(FeedColumn.END_DATE, "2027-04").with(FeedColumn.DATE_OF_BIRTH,
        "2011-03-01")).withCode("feed.duration.below-minimum")).isEmpty();
  }

  @Test
  void advice_ilrUln04_nextToTheCheckDigitError() {
    assertThat(VALIDATOR.validate(VALID.with(FeedColumn.ULN, "1748529631")).issues())
        .extracting(Issue::severity, Issue::code, Issue::message).containsExactly(
            tuple(Severity.ERROR, "ULN.CHECK_DIGIT", "The <b>unique learner number</b> of 1748529631 isn't valid"),
            tuple(Severity.WARNING, "feed.uln.ilr-uln04",
                "ILR rule ULN_04: The Unique learner number does not pass the checksum calculation"));
    assertThat(VALIDATOR.validate(VALID.with(FeedColumn.ULN, "9999999999")).issues()).extracting(Issue::code)
        .containsExactly("ULN.CHECK_DIGIT", "feed.uln.ilr-temporary");
  }

  @Test
  void durationReductionColumns_areIgnoredByTheService_info() {
    assertThat(VALIDATOR.validate(VALID.with(FeedColumn.IS_DURATION_REDUCED_BY_RPL, "true")).issues())
        .extracting(Issue::severity, Issue::code).containsExactly(tuple(Severity.INFO,
            "feed.rpl.duration-reduction-ignored"));
  }

  @Test
  void rowWithOnlyPriorLearningColumns_isDroppedByTheService() {
    FeedRecord onlyRpl = FeedRecord.of(Map.of(FeedColumn.RECOGNISE_PRIOR_LEARNING, "true"));
    assertThat(onlyRpl.isEmptyRow()).isTrue();
    assertThat(errors(onlyRpl)).extracting(Issue::code).containsExactly("feed.row.dropped-by-service");
  }

  @Test
  void latestStart_isOneYearAfterTheEndOfTheAcademicYear() {
    assertThat(FeedValidator.latestStart(LocalDate.of(2026, 8, 1))).isEqualTo(LocalDate.of(2028, 7, 31));
    assertThat(FeedValidator.latestStart(LocalDate.of(2027, 7, 31))).isEqualTo(LocalDate.of(2028, 7, 31));
    assertThat(FeedValidator.latestStart(LocalDate.of(2027, 8, 1))).isEqualTo(LocalDate.of(2029, 7, 31));
  }

  @Test
  void ageOn_mapsLeapDays_asTheServiceDoes() {
    assertThat(FeedValidator.ageOn(LocalDate.of(2008, 2, 29), LocalDate.of(2023, 2, 1))).isEqualTo(14);
    assertThat(FeedValidator.ageOn(LocalDate.of(2008, 2, 29), LocalDate.of(2023, 3, 1))).isEqualTo(15);
  }

  private static List<org.assertj.core.groups.Tuple> messages(FeedRecord record) {
    return errors(record).stream().map(i -> tuple(i.code(), i.message())).toList();
  }
}

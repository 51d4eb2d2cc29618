package io.github.apprenticeships4j.core.feed;

import static io.github.apprenticeships4j.core.feed.FeedFixtures.CONTEXT;
import static io.github.apprenticeships4j.core.feed.FeedFixtures.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service's rules that read its state (cohorts, permissions, existing apprenticeships, reservations). */
class ServiceStateRulesTest {
  private static final String NEW_COHORT = "You need to <b>add this learner to a different or new cohort.</b>";

  private static final Cohort OPEN = Cohort.builder().reference("VLB8N4").agreementId("XEGE5X").build();

  private static List<Issue> errors(FeedContext context, FeedRecord record) {
    return FeedValidator.of(context).validate(record).atLeast(Severity.ERROR);
  }

  private static FeedContext withCohorts(Cohort... cohorts) {
    return CONTEXT.withCohorts(List.of(cohorts));
  }

  private static FeedContext withExisting(ExistingApprenticeship... existing) {
    return CONTEXT.withExistingApprenticeships(List.of(existing));
  }

  private static ExistingApprenticeship.Builder existing(String start, String end) {
    return existing(VALID.get(FeedColumn.ULN), start, end);
  }

  private static ExistingApprenticeship.Builder existing(String uln, String start, String end) {
    return ExistingApprenticeship.builder().uln(uln).startDate(LocalDate.parse(start)).endDate(LocalDate.parse(end));
  }

  private static FeedRecord dates(String start, String end) {
    return VALID.with(FeedColumn.START_DATE, start).with(FeedColumn.END_DATE, end);
  }

  @Test
  void withoutServiceState_theRulesAreListedAsNotChecked_andTheRowIsValid() {
    FeedValidator validator = FeedValidator.of(CONTEXT);
    assertThat(CONTEXT.knowsServiceState()).isFalse();
    assertThat(validator.notChecked()).containsKeys("COHORT.NO_PERMISSION", "RESERVATION.INVALID",
        "START_DATE.TRANSFER_BEFORE_MAY_2018", "ULN.OVERLAP_START, ULN.OVERLAP_END, EMAIL.OVERLAP_START, "
            + "EMAIL.OVERLAP_END");
    assertThat(validator.validate(VALID.with(FeedColumn.COHORT_REF, "NOSUCH")).issues()).isEmpty();
  }

  @Test
  void withEveryFact_nothingOfTheServiceIsLeftNotChecked() {
    FeedContext context = withCohorts(OPEN).withExistingApprenticeships(List.of())
        .withLevyPayerAgreementIds(Set.of("XEGE5X")).withPermittedAgreementIds(Set.of("XEGE5X"))
        .withReservationErrors(Map.of());
    assertThat(context.knowsServiceState()).isTrue();
    assertThat(FeedValidator.of(context).notChecked()).isEmpty();
    assertThat(errors(context, VALID.with(FeedColumn.COHORT_REF, "VLB8N4"))).isEmpty();
  }

  @Test
  void aCohortRefNamingNoCohort_isInvalid_withTheServiceMessage_andNothingElseAboutTheCohort() {
    assertThat(errors(withCohorts(OPEN.withWithParty(Cohort.Party.EMPLOYER)), VALID.with(FeedColumn.COHORT_REF,
        "NOSUCH"))).extracting(Issue::code, Issue::path, Issue::message)
        .containsExactly(tuple("COHORT_REF.INVALID", "CohortRef", "Enter a valid <b>Cohort Ref</b>"));
  }

  @Test
  void aCohortRef_isMatchedIgnoringCase_butItsAgreementIdAsWritten() {
    FeedContext context = withCohorts(OPEN);
    assertThat(errors(context, VALID.with(FeedColumn.COHORT_REF, "vlb8n4"))).isEmpty();
    assertThat(errors(context, VALID.with(FeedColumn.COHORT_REF, "VLB8N4").with(FeedColumn.AGREEMENT_ID, "xege5x")))
        .extracting(Issue::code).containsExactly("COHORT_REF.INVALID");
  }

  @Test
  void aCohortOfAnotherProvider_isInvalid() {
    FeedContext context = withCohorts(OPEN.withProvider(Ukprn.of(10_000_001L)));
    assertThat(errors(context, VALID.with(FeedColumn.COHORT_REF, "VLB8N4"))).extracting(Issue::code)
        .containsExactly("COHORT_REF.INVALID");
  }

  @Test
  void aCohortThatCannotTakeApprentices_givesEveryReason_inTheServiceOrder() {
    Cohort busy = OPEN.withWithParty(Cohort.Party.TRANSFER_SENDER).withChangeOfParty(true)
        .withUlns(VALID.get(FeedColumn.ULN)).withEmailAddresses(VALID.get(FeedColumn.EMAIL_ADDRESS))
        .withIncompleteRecords(true).withOverlappingTrainingDates(true).withOverlappingEmails(true);
    List<Issue> found = errors(withCohorts(busy), VALID.with(FeedColumn.COHORT_REF, "VLB8N4"));
    assertThat(found).extracting(Issue::code, Issue::message).containsExactly(
        tuple("COHORT_REF.WITH_TRANSFER_SENDER", "You cannot add apprentices to this cohort, as it is with the "
            + "transfer sending employer. " + NEW_COHORT),
        tuple("COHORT_REF.CHANGE_OF_PARTY", "You cannot add apprentices to this cohort. " + NEW_COHORT),
        tuple("COHORT_REF.ULN_IN_COHORT",
            "The <b>unique learner number</b> has already been used for an apprentice in this cohort."),
        tuple("COHORT_REF.EMAIL_IN_COHORT",
            "The <b>email address</b> has already been used for an apprentice in this cohort."),
        tuple("COHORT_REF.INCOMPLETE_RECORDS", "You cannot add apprentices to VLB8N4, as this cohort contains "
            + "incomplete records. You need to <b>complete all details</b> before you can add into this cohort."),
        tuple("COHORT_REF.OVERLAPPING_DATES", "You cannot add apprentices to VLB8N4, as this cohort contains an "
            + "overlapping training date. You need to <b>resolve any overlapping training date errors</b> before you "
            + "can add into this cohort."),
        tuple("COHORT_REF.OVERLAPPING_EMAIL", "You cannot add apprentices to VLB8N4 as it contains an overlapping "
            + "email address. You need to <b>enter a unique email address</b> before you can add into this cohort."));
    assertThat(found).extracting(Issue::path).containsOnly("CohortRef");
    assertThat(errors(withCohorts(OPEN.withWithParty(Cohort.Party.EMPLOYER)), VALID.with(FeedColumn.COHORT_REF,
        "VLB8N4"))).extracting(Issue::code, Issue::message).containsExactly(tuple("COHORT_REF.WITH_EMPLOYER",
            "You cannot add apprentices to this cohort, as it is with the employer. " + NEW_COHORT));
  }

  @Test
  void aTransferFundedCohort_refusesStartsBeforeMay2018_butNotBeforeMay2017_whichHasItsOwnRule() {
    FeedContext context = withCohorts(OPEN.withTransferFunded(true));
    FeedRecord row = dates("2018-04-30", "2019-09").with(FeedColumn.COHORT_REF, "VLB8N4");
    assertThat(errors(context, row)).extracting(Issue::code, Issue::path, Issue::message).contains(tuple(
        "START_DATE.TRANSFER_BEFORE_MAY_2018", "StartDate",
        "The <b>start date</b> for apprenticeships funded through a transfer must not be earlier than May 2018"));
    assertThat(errors(context, row.with(FeedColumn.START_DATE, "2018-05-01"))).extracting(Issue::code)
        .doesNotContain("START_DATE.TRANSFER_BEFORE_MAY_2018");
    assertThat(errors(context, row.with(FeedColumn.START_DATE, "2017-04-01"))).extracting(Issue::code)
        .contains("START_DATE.BEFORE_MAY_2017").doesNotContain("START_DATE.TRANSFER_BEFORE_MAY_2018");
    assertThat(errors(withCohorts(OPEN), row)).extracting(Issue::code)
        .doesNotContain("START_DATE.TRANSFER_BEFORE_MAY_2018");
  }

  @Test
  void aBlankCohortRef_asksForANewCohort_whichNoTransferFunds_evenIfTheContextHoldsABlankReference() {
    FeedContext context = withCohorts(OPEN.withReference("").withTransferFunded(true));
    FeedRecord row = dates("2018-04-30", "2019-09").with(FeedColumn.COHORT_REF, "");
    assertThat(errors(context, row)).extracting(Issue::code).doesNotContain("START_DATE.TRANSFER_BEFORE_MAY_2018");
  }

  @Test
  void withoutPermission_aNewCohortIsRefused_critically_withTheMessageOfTheEmployersLevyStatus() {
    FeedContext levy = CONTEXT.withLevyPayerAgreementIds(Set.of("XEGE5X")).withPermittedAgreementIds(Set.of());
    FeedRecord bad = VALID.with(FeedColumn.ULN, "");
    assertThat(errors(levy, bad)).extracting(Issue::code, Issue::path, Issue::message).containsExactly(tuple(
        "COHORT.NO_PERMISSION", "CohortRefPermission",
        "The <b>employer must give you permission</b> to add apprentices on their behalf"));
    FeedContext nonLevy = CONTEXT.withLevyPayerAgreementIds(Set.of()).withPermittedAgreementIds(Set.of("V7YK9P"));
    assertThat(errors(nonLevy, bad)).extracting(Issue::code, Issue::message).containsExactly(tuple(
        "COHORT.NO_PERMISSION", "You do not have permission to <b>add apprentice records</b> for this employer, so "
            + "you cannot <b>reserve funds</b> on their behalf"));
    assertThat(errors(nonLevy.withPermittedAgreementIds(Set.of("xege5x")), VALID)).isEmpty();
  }

  @Test
  void permission_isNotNeeded_forALevyPayersExistingCohort_norACohortFundedByATransfer() {
    FeedContext levy = withCohorts(OPEN, OPEN.withReference("TRANS1").withTransferFunded(true))
        .withLevyPayerAgreementIds(Set.of("XEGE5X")).withPermittedAgreementIds(Set.of());
    assertThat(errors(levy, VALID.with(FeedColumn.COHORT_REF, "VLB8N4"))).isEmpty();
    FeedContext nonLevy = levy.withLevyPayerAgreementIds(Set.of());
    assertThat(errors(nonLevy, VALID.with(FeedColumn.COHORT_REF, "VLB8N4"))).extracting(Issue::code)
        .containsExactly("COHORT.NO_PERMISSION");
    assertThat(errors(nonLevy, VALID.with(FeedColumn.COHORT_REF, "TRANS1"))).isEmpty();
    // without the cohorts, whether a transfer funds it is unknown: not checked
    assertThat(errors(nonLevy.withCohorts(java.util.Optional.empty()), VALID.with(FeedColumn.COHORT_REF, "TRANS1")))
        .isEmpty();
  }

  @Test
  void aUlnWithALiveApprenticeship_overlapsAtTheMonthsInsideIt() {
    FeedContext context = withExisting(existing("2026-01-10", "2027-06-30").build());
    String start = "The <b>start date</b> overlaps with existing training dates for the same apprentice";
    String end = "The <b>end date</b> overlaps with existing training dates for the same apprentice";
    assertThat(errors(context, dates("2026-09-01", "2028-09"))).extracting(Issue::code, Issue::path, Issue::message)
        .containsExactly(tuple("ULN.OVERLAP_START", "Uln", start));
    assertThat(errors(context, dates("2025-09-01", "2026-09"))).extracting(Issue::code, Issue::message)
        .containsExactly(tuple("ULN.OVERLAP_END", end));
    assertThat(errors(context, dates("2026-02-01", "2027-05"))).extracting(Issue::code)
        .containsExactly("ULN.OVERLAP_START", "ULN.OVERLAP_END");
    // embracing it, or sharing its first month: both
    assertThat(errors(context, dates("2025-12-01", "2027-07"))).extracting(Issue::code)
        .containsExactly("ULN.OVERLAP_START", "ULN.OVERLAP_END");
    assertThat(errors(context, dates("2026-01-01", "2028-01"))).extracting(Issue::code)
        .containsExactly("ULN.OVERLAP_START", "ULN.OVERLAP_END");
    // starting in its last month, or ending in its first month: no overlap
    assertThat(errors(context, dates("2027-06-01", "2028-09"))).isEmpty();
    assertThat(errors(context, dates("2025-06-01", "2026-01"))).isEmpty();
  }

  @Test
  void anApprenticeshipStopped_endsOnItsStopDate_andOneStoppedOnItsStartNeverOverlaps() {
    ExistingApprenticeship stopped = existing("2025-01-10", "2027-06-30").status(ExistingApprenticeship.Status.STOPPED)
        .stopDate(LocalDate.parse("2026-03-15")).build();
    assertThat(errors(withExisting(stopped), dates("2026-04-01", "2028-04"))).isEmpty();
    assertThat(errors(withExisting(stopped), dates("2026-02-01", "2028-04"))).extracting(Issue::code)
        .containsExactly("ULN.OVERLAP_START");
    ExistingApprenticeship cancelled = stopped.withStopDate(LocalDate.parse("2025-01-10"));
    assertThat(errors(withExisting(cancelled), dates("2025-03-01", "2026-04"))).isEmpty();
    assertThatThrownBy(() -> existing("2025-01-10", "2027-06-30").status(ExistingApprenticeship.Status.STOPPED)
        .build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anApprenticeshipCompleted_endsOnItsCompletionDate() {
    ExistingApprenticeship completed = existing("2024-01-10", "2027-06-30")
        .status(ExistingApprenticeship.Status.COMPLETED).completionDate(LocalDate.parse("2026-05-20")).build();
    assertThat(errors(withExisting(completed), dates("2026-06-01", "2028-04"))).isEmpty();
    assertThat(errors(withExisting(completed), dates("2026-04-01", "2028-04"))).extracting(Issue::code)
        .containsExactly("ULN.OVERLAP_START");
  }

  @Test
  void anInvalidUln_isNotComparedWithExistingApprenticeships() {
    FeedContext context = withExisting(existing("1748529631", "2026-01-10", "2027-06-30").build());
    assertThat(errors(context, dates("2026-09-01", "2028-09").with(FeedColumn.ULN, "1748529631")))
        .extracting(Issue::code).containsExactly("ULN.CHECK_DIGIT");
  }

  @Test
  void anEmailOfAnExistingApprenticeship_overlaps_ignoringCase_withTheServiceMessages() {
    ExistingApprenticeship other = existing("1000000000", "2026-01-10", "2027-06-30")
        .emailAddress("JO.SMITH@example.com").build();
    FeedContext context = withExisting(other);
    String start = "The <b>start date</b> overlaps with existing training dates for an apprentice with the same "
        + "email address";
    String end = "The <b>end date</b> overlaps with existing training dates for an apprentice with the same email "
        + "address";
    assertThat(errors(context, dates("2026-09-01", "2028-09"))).extracting(Issue::code, Issue::path, Issue::message)
        .containsExactly(tuple("EMAIL.OVERLAP_START", "EmailAddress", start));
    assertThat(errors(context, dates("2025-09-01", "2026-09"))).extracting(Issue::code, Issue::message)
        .containsExactly(tuple("EMAIL.OVERLAP_END", end));
    assertThat(errors(context, dates("2025-09-01", "2028-09"))).extracting(Issue::code)
        .containsExactly("EMAIL.OVERLAP_START", "EMAIL.OVERLAP_END");
    assertThat(errors(context, dates("2027-06-01", "2028-09"))).isEmpty();
  }

  @Test
  void anEmailLongerThan200_isNotComparedWithExistingApprenticeships() {
    String email = "a".repeat(190) + "@example.com";
    FeedContext context = withExisting(existing("1000000000", "2026-01-10", "2027-06-30").emailAddress(email)
        .build());
    assertThat(errors(context, dates("2026-09-01", "2028-09").with(FeedColumn.EMAIL_ADDRESS, email)))
        .extracting(Issue::code).doesNotContain("EMAIL.OVERLAP_START");
  }

  @Test
  void reservationReasons_areReportedOnTheirRow_asTheServiceNumbersRows() {
    FeedContext context = CONTEXT.withReservationErrors(Map.of(2, List.of("The reservation has expired")));
    FeedValidator.Session file = FeedValidator.of(context).newSession();
    assertThat(file.validate(VALID).issues()).isEmpty();
    // a row the service drops as empty is not numbered
    file.validate(FeedRecord.builder().set(FeedColumn.PRICE_REDUCED_BY, "5").build());
    assertThat(file.validate(VALID.with(FeedColumn.ULN, "1000000000").with(FeedColumn.EMAIL_ADDRESS, "b@example.com"))
        .issues()).extracting(Issue::code, Issue::path, Issue::message)
        .containsExactly(tuple("RESERVATION.INVALID", "ReservationId", "The reservation has expired"));
  }

  @Test
  void theContext_holdsItsOwnCopies_ofTheCollectionsItIsGiven() {
    List<Cohort> cohorts = new java.util.ArrayList<>(List.of(OPEN));
    Map<Integer, List<String>> reservations = new java.util.HashMap<>();
    reservations.put(1, new java.util.ArrayList<>(List.of("No")));
    FeedContext context = CONTEXT.withCohorts(cohorts).withReservationErrors(reservations);
    cohorts.clear();
    reservations.get(1).add("Changed");
    reservations.clear();
    assertThat(context.cohorts()).contains(List.of(OPEN));
    assertThat(context.reservationErrors()).contains(Map.of(1, List.of("No")));
  }
}

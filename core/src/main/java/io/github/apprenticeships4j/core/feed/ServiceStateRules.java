package io.github.apprenticeships4j.core.feed;

import static io.github.apprenticeships4j.core.feed.FeedCodes.*;

import io.github.apprenticeships4j.core.validation.Issue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The service's rules that read its state, given by a {@link FeedContext}: permission to add apprentices, the cohort
 * of a {@code CohortRef}, overlaps with existing apprenticeships, transfer funding and reservations (das-commitments
 * {@code 4e16a2df}: {@code BulkUploadValidateCommandHandler.cs}, {@code ValidateCohortRef.cs}, {@code ValidateUln.cs},
 * {@code ValidateEmailAddress.cs}, {@code ValidateStartDate.cs}, {@code ValidateReservation.cs},
 * {@code CourseDateRange.cs}, SQL {@code CourseDatesOverlap} and {@code CheckForOverlappingEmailsForTable}). Each
 * method is one step of the row check, called where the service takes it; a rule whose facts the context lacks adds
 * nothing. Immutable and thread-safe.
 */
final class ServiceStateRules {
  /** No transfer-funded start before this date ({@code Constants.TransferFeatureStartDate}). */
  private static final LocalDate TRANSFER_START = LocalDate.of(2018, 5, 1);
  private static final String NEW_COHORT = "You need to <b>add this learner to a different or new cohort.</b>";

  private final FeedContext context;
  private final @Nullable Set<String> levyPayers;
  private final @Nullable Set<String> permitted;
  private final @Nullable Map<String, Cohort> cohorts;
  private final @Nullable Map<String, List<ExistingApprenticeship>> byUln;
  private final @Nullable Map<String, List<ExistingApprenticeship>> byEmail;

  ServiceStateRules(FeedContext context) {
    this.context = context;
    this.levyPayers = context.levyPayerAgreementIds().map(ServiceStateRules::upperCase).orElse(null);
    this.permitted = context.permittedAgreementIds().map(ServiceStateRules::upperCase).orElse(null);
    this.cohorts = context.cohorts().map(list -> {
      Map<String, Cohort> map = new HashMap<>();
      list.forEach(c -> map.putIfAbsent(c.reference().toUpperCase(Locale.ROOT), c));
      return map;
    }).orElse(null);
    this.byUln = context.existingApprenticeships().map(list -> {
      Map<String, List<ExistingApprenticeship>> map = new HashMap<>();
      list.forEach(a -> map.computeIfAbsent(a.uln(), k -> new java.util.ArrayList<>()).add(a));
      return map;
    }).orElse(null);
    this.byEmail = context.existingApprenticeships().map(list -> {
      Map<String, List<ExistingApprenticeship>> map = new HashMap<>();
      list.forEach(a -> a.emailAddress().ifPresent(e -> map.computeIfAbsent(e.toLowerCase(Locale.ROOT),
          k -> new java.util.ArrayList<>()).add(a)));
      return map;
    }).orElse(null);
  }

  boolean knowsPermissions() {
    return levyPayers != null && permitted != null;
  }

  boolean knowsCohorts() {
    return cohorts != null;
  }

  boolean knowsExistingApprenticeships() {
    return byUln != null;
  }

  /**
   * The critical check after a known, signed AgreementID: a row for a non-levy employer, or with a blank CohortRef,
   * needs the employer's permission unless its cohort is funded by a transfer. A CohortRef naming no cohort counts as
   * not funded by a transfer (the service dereferences the missing cohort there and fails).
   */
  void permission(FeedRecord r, List<Issue> issues) {
    if (levyPayers == null || permitted == null) {
      return;
    }
    String agreement = r.get(FeedColumn.AGREEMENT_ID).toUpperCase(Locale.ROOT);
    boolean levy = levyPayers.contains(agreement);
    String cohortRef = r.get(FeedColumn.COHORT_REF);
    if (levy && !cohortRef.isEmpty()) {
      return;
    }
    if (!cohortRef.isEmpty()) {
      if (cohorts == null) {
        return; // whether a transfer funds the cohort is unknown
      }
      Cohort cohort = cohorts.get(cohortRef.toUpperCase(Locale.ROOT));
      if (cohort != null && cohort.transferFunded()) {
        return;
      }
    }
    if (!permitted.contains(agreement)) {
      issues.add(Issue.error(COHORT_NO_PERMISSION, levy
          ? "The <b>employer must give you permission</b> to add apprentices on their behalf"
          : "You do not have permission to <b>add apprentice records</b> for this employer, so you cannot "
              + "<b>reserve funds</b> on their behalf").at("CohortRefPermission"));
    }
  }

  /** The CohortRef against the context's cohorts; false if the context has none, and nothing was checked. */
  boolean cohortRef(FeedRecord r, List<Issue> issues) {
    if (cohorts == null) {
      return false;
    }
    String ref = r.get(FeedColumn.COHORT_REF);
    if (ref.isEmpty()) {
      return true;
    }
    Cohort cohort = cohorts.get(ref.toUpperCase(Locale.ROOT));
    if (cohort == null) {
      cohortError(COHORT_REF_INVALID, "Enter a valid <b>Cohort Ref</b>", issues);
      return true;
    }
    boolean otherProvider = cohort.provider().isPresent() && context.ukprn().isPresent()
        && !cohort.provider().get().equals(context.ukprn().get());
    if (ref.length() > 20 || !cohort.agreementId().equals(r.get(FeedColumn.AGREEMENT_ID)) || otherProvider) {
      cohortError(COHORT_REF_INVALID, "Enter a valid <b>Cohort Ref</b>", issues);
    }
    if (cohort.withParty() == Cohort.Party.EMPLOYER) {
      cohortError(COHORT_REF_WITH_EMPLOYER, "You cannot add apprentices to this cohort, as it is with the employer. "
          + NEW_COHORT, issues);
    }
    if (cohort.withParty() == Cohort.Party.TRANSFER_SENDER) {
      cohortError(COHORT_REF_WITH_TRANSFER_SENDER, "You cannot add apprentices to this cohort, as it is with the "
          + "transfer sending employer. " + NEW_COHORT, issues);
    }
    if (cohort.changeOfParty()) {
      cohortError(COHORT_REF_CHANGE_OF_PARTY, "You cannot add apprentices to this cohort. " + NEW_COHORT, issues);
    }
    if (cohort.ulns().contains(r.get(FeedColumn.ULN))) {
      cohortError(COHORT_REF_ULN_IN_COHORT,
          "The <b>unique learner number</b> has already been used for an apprentice in this cohort.", issues);
    }
    if (cohort.emailAddresses().contains(r.get(FeedColumn.EMAIL_ADDRESS))) {
      cohortError(COHORT_REF_EMAIL_IN_COHORT,
          "The <b>email address</b> has already been used for an apprentice in this cohort.", issues);
    }
    if (cohort.incompleteRecords()) {
      cohortError(COHORT_REF_INCOMPLETE_RECORDS, "You cannot add apprentices to " + ref + ", as this cohort contains "
          + "incomplete records. You need to <b>complete all details</b> before you can add into this cohort.", issues);
    }
    if (cohort.overlappingTrainingDates()) {
      cohortError(COHORT_REF_OVERLAPPING_DATES, "You cannot add apprentices to " + ref + ", as this cohort contains "
          + "an overlapping training date. You need to <b>resolve any overlapping training date errors</b> before you "
          + "can add into this cohort.", issues);
    }
    if (cohort.overlappingEmails()) {
      cohortError(COHORT_REF_OVERLAPPING_EMAIL, "You cannot add apprentices to " + ref + " as it contains an "
          + "overlapping email address. You need to <b>enter a unique email address</b> before you can add into this "
          + "cohort.", issues);
    }
    return true;
  }

  private static void cohortError(String code, String message, List<Issue> issues) {
    issues.add(Issue.error(code, message).at(FeedColumn.COHORT_REF.property()));
  }

  /**
   * Overlaps of a valid ULN's dates (start month, end month) with the existing apprenticeships of that ULN
   * ({@code OverlapCheckService.CheckForOverlaps}, {@code CourseDateRange.DetermineOverlap}).
   */
  void ulnOverlaps(String uln, Optional<LocalDate> start, FeedRecord r, List<Issue> issues) {
    Optional<LocalDate> end = FeedValidator.endMonth(r.get(FeedColumn.END_DATE));
    if (byUln == null || start.isEmpty() || end.isEmpty()) {
      return;
    }
    boolean overlapsStart = false;
    boolean overlapsEnd = false;
    for (ExistingApprenticeship a : byUln.getOrDefault(uln, List.of())) {
      Overlap overlap = courseOverlap(a, YearMonth.from(start.get()), YearMonth.from(end.get()));
      overlapsStart |= overlap.start;
      overlapsEnd |= overlap.end;
    }
    if (overlapsStart) {
      issues.add(Issue.error(ULN_OVERLAP_START, "The <b>start date</b> overlaps with existing training dates for the "
          + "same apprentice").at(FeedColumn.ULN.property()));
    }
    if (overlapsEnd) {
      issues.add(Issue.error(ULN_OVERLAP_END, "The <b>end date</b> overlaps with existing training dates for the "
          + "same apprentice").at(FeedColumn.ULN.property()));
    }
  }

  /** {@code CourseDateRange.DetermineOverlap} of an existing apprenticeship with a new range of months. */
  private static Overlap courseOverlap(ExistingApprenticeship a, YearMonth from, YearMonth to) {
    LocalDate endDate = switch (a.status()) {
      case STOPPED -> a.stopDate().orElse(a.endDate());
      case COMPLETED -> earliest(a.endDate(), a.completionDate(), a.stopDate());
      case LIVE -> a.endDate();
    };
    if (a.status() == ExistingApprenticeship.Status.STOPPED && endDate.equals(a.startDate())) {
      return Overlap.NONE; // stopped on its start date: completely cancelled
    }
    YearMonth existingFrom = YearMonth.from(a.startDate());
    YearMonth existingTo = YearMonth.from(endDate);
    boolean start = existingFrom.isBefore(from) && existingTo.isAfter(from);
    boolean end = existingFrom.isBefore(to) && existingTo.isAfter(to);
    if (start || end) {
      return new Overlap(start, end);
    }
    boolean embrace = (from.isBefore(existingFrom) && to.isAfter(existingTo))
        || (!from.equals(to) && (from.equals(existingFrom) || to.equals(existingTo)));
    return embrace ? Overlap.BOTH : Overlap.NONE;
  }

  private static LocalDate earliest(LocalDate end, Optional<LocalDate> completion, Optional<LocalDate> stop) {
    LocalDate min = end;
    if (completion.isPresent() && completion.get().isBefore(min)) {
      min = completion.get();
    }
    return stop.isPresent() && stop.get().isBefore(min) ? stop.get() : min;
  }

  /**
   * Overlaps of an email address of at most 200 characters with the first existing apprenticeship of that address
   * whose dates overlap ({@code CheckForOverlappingEmailsForTable}, {@code CourseDatesOverlap}).
   */
  void emailOverlaps(String email, Optional<LocalDate> start, FeedRecord r, List<Issue> issues) {
    Optional<LocalDate> end = FeedValidator.endMonth(r.get(FeedColumn.END_DATE));
    if (byEmail == null || start.isEmpty() || end.isEmpty()) {
      return;
    }
    for (ExistingApprenticeship a : byEmail.getOrDefault(email.toLowerCase(Locale.ROOT), List.of())) {
      Overlap overlap = datesOverlap(a, YearMonth.from(start.get()), YearMonth.from(end.get()));
      if (overlap.start || overlap.end) {
        if (overlap.start) {
          issues.add(Issue.error(EMAIL_OVERLAP_START, "The <b>start date</b> overlaps with existing training dates "
              + "for an apprentice with the same email address").at(FeedColumn.EMAIL_ADDRESS.property()));
        }
        if (overlap.end) {
          issues.add(Issue.error(EMAIL_OVERLAP_END, "The <b>end date</b> overlaps with existing training dates for "
              + "an apprentice with the same email address").at(FeedColumn.EMAIL_ADDRESS.property()));
        }
        return;
      }
    }
  }

  /** SQL {@code CourseDatesOverlap} of an existing apprenticeship with a new range of months. */
  private static Overlap datesOverlap(ExistingApprenticeship a, YearMonth newStart, YearMonth newEnd) {
    if (a.stopDate().isPresent() && a.stopDate().get().equals(a.startDate())) {
      return Overlap.NONE;
    }
    LocalDate endDate = a.endDate();
    if (a.status() == ExistingApprenticeship.Status.STOPPED) {
      endDate = a.stopDate().orElse(endDate);
    } else if (a.status() == ExistingApprenticeship.Status.COMPLETED && a.completionDate().isPresent()
        && !a.completionDate().get().isAfter(endDate)) {
      endDate = a.completionDate().get();
    }
    YearMonth start = YearMonth.from(a.startDate());
    YearMonth end = YearMonth.from(endDate);
    if ((!newStart.isAfter(start) && !newEnd.isAfter(start)) || (!newStart.isBefore(end) && !newEnd.isBefore(end))) {
      return Overlap.NONE;
    }
    boolean startOverlaps = newStart.isAfter(start) && newStart.isBefore(end);
    boolean endOverlaps = newEnd.isAfter(start) && newEnd.isBefore(end);
    return startOverlaps || endOverlaps ? new Overlap(startOverlaps, endOverlaps) : Overlap.BOTH;
  }

  /**
   * A start month before May 2018 for a cohort funded by a transfer; checked only when the start is not before May
   * 2017.
   */
  void transferStart(FeedRecord r, LocalDate start, List<Issue> issues) {
    String reference = r.get(FeedColumn.COHORT_REF);
    if (cohorts == null || reference.isEmpty() || !start.isBefore(TRANSFER_START)) {
      return; // a blank CohortRef asks for a new cohort, which no transfer funds
    }
    Cohort cohort = cohorts.get(reference.toUpperCase(Locale.ROOT));
    if (cohort != null && cohort.transferFunded()) {
      issues.add(Issue.error(START_DATE_TRANSFER_BEFORE_MAY_2018, "The <b>start date</b> for apprenticeships funded "
          + "through a transfer must not be earlier than May 2018").at(FeedColumn.START_DATE.property()));
    }
  }

  /** The reservations service's reasons against the row numbered {@code row} as the service numbers rows. */
  void reservation(long row, List<Issue> issues) {
    if (context.reservationErrors().isEmpty() || row < 1 || row > Integer.MAX_VALUE) {
      return;
    }
    for (String reason : context.reservationErrors().get().getOrDefault((int) row, List.of())) {
      issues.add(Issue.error(RESERVATION_INVALID, reason).at("ReservationId"));
    }
  }

  private static Set<String> upperCase(Set<String> ids) {
    Set<String> upper = new HashSet<>();
    ids.forEach(id -> upper.add(id.toUpperCase(Locale.ROOT)));
    return upper;
  }

  /** Whether a new range overlaps an existing one at its start month, its end month, or both (embracing it). */
  private record Overlap(boolean start, boolean end) {
    static final Overlap NONE = new Overlap(false, false);
    static final Overlap BOTH = new Overlap(true, true);
  }
}

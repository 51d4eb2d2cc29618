package io.github.apprenticeships4j.core.feed;

import static io.github.apprenticeships4j.core.feed.FeedCodes.*;

import io.github.apprenticeships4j.core.funding.FundingRule;
import io.github.apprenticeships4j.core.funding.RuleKey;
import io.github.apprenticeships4j.core.feed.internal.EmailAddresses;
import io.github.apprenticeships4j.core.feed.internal.LongHashSet;
import io.github.apprenticeships4j.core.feed.internal.ServiceText;
import io.github.apprenticeships4j.core.learner.LearnerCodes;
import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks bulk-upload rows with the rules of the apprenticeship service ({@code BulkUploadValidateCommandHandler} of
 * das-commitments), in its order and with its exact messages, plus the library's advice. Immutable and thread-safe;
 * a {@link Session} adds the rules across the rows of one file (duplicate ULNs and email addresses) and is not.
 *
 * <pre>{@code
 * FeedValidator validator = FeedValidator.of(FeedContext.builder().validationDate(today)
 *     .standards(KnownStandards.of(catalogue)).build());
 * FeedValidator.Session file = validator.newSession();
 * ValidationReport report = file.validate(record);   // one call per row, in file order
 * }</pre>
 *
 * <p><b>How the service checks a row</b> (das-commitments {@code BulkUploadValidateCommandHandler}). The AgreementID
 * comes first: if it is missing, malformed, unknown or its agreement is not signed, or the provider lacks the
 * employer's permission to add apprentices, nothing else on the row is checked. Otherwise every field is checked, in
 * the order CohortRef, ULN, FamilyName, GivenNames, DateOfBirth, EmailAddress, StdCode, StartDate, EndDate,
 * TotalPrice, ProviderRef, EPAOrgID, the reservation, RecognisePriorLearning, TrainingTotalHours,
 * TrainingHoursReduction, PriceReducedBy, and every finding is reported. What a rule needs and the
 * {@link FeedContext} does not give is not checked ({@link #notChecked()}); the rules that read the service's state
 * (cohorts, existing apprenticeships, permissions, reservations) run when the context gives it
 * ({@link FeedContext#knowsServiceState()}).
 *
 * <p><b>Dates.</b> The day of the start date is discarded: the start is the first of its month, and ages are taken
 * on that day (so a date of birth of 2011-12-05 is 14 for a start written 2026-12-31). The end date is a month,
 * {@code yyyy-mm}. The latest start allowed is one year after the end of the academic year (1 August to 31 July) of
 * {@link FeedContext#validationDate()}. The service's own dates are fixed: no start before 1 May 2017, when it opened;
 * prior learning recorded for starts from 1 August 2022; the level 7 age limit for starts from 1 January 2026. The
 * advice on minimum duration names ILR rule DateOfBirth_46 for starts before 1 August 2025 and DateOfBirth_57 from
 * then.
 *
 * <p><b>Advice</b>, warnings the service does not give: {@value FeedCodes#PRICE_ABOVE_CAP},
 * {@value FeedCodes#DURATION_BELOW_MINIMUM}, {@value FeedCodes#ULN_ILR_ULN04}, {@value FeedCodes#ULN_ILR_TEMPORARY};
 * and {@value FeedCodes#RPL_DURATION_REDUCTION_IGNORED} (info).
 */
public final class FeedValidator {
  /** The first start date of the apprenticeship service ({@code Constants.DasStartDate}). */
  static final LocalDate SERVICE_START = LocalDate.of(2017, 5, 1);
  /** From this start date prior learning must be recorded ({@code RecognisePriorLearningBecomesRequiredOn}). */
  static final LocalDate RPL_REQUIRED_FROM = LocalDate.of(2022, 8, 1);
  /** From this start date the service refuses apprentices too old for level 7. */
  static final LocalDate LEVEL7_AGE_LIMIT_FROM = LocalDate.of(2026, 1, 1);
  /** The ILR's minimum-duration rules change from DateOfBirth_46 to DateOfBirth_57 for starts on this date. */
  private static final LocalDate ILR_DATE_OF_BIRTH_57_FROM = LocalDate.of(2025, 8, 1);
  private static final int DEFAULT_MAX_TRACKED_VALUES = 1 << 20;

  static final int MAX_PRICE = 100_000;
  static final int MAX_TRAINING_HOURS = 9_999;
  static final int MAX_PRICE_REDUCTION = 18_000;
  /** The longest CohortRef and ProviderRef, EPAOrgID, family and given names, and email address. */
  static final int MAX_REF = 20;
  static final int MAX_EPAO_ID = 7;
  static final int MAX_NAME = 100;
  static final int MAX_EMAIL = 200;
  static final int MAX_AGREEMENT_ID = 6;
  /**
   * The service's price expression. Its nested repetition backtracks exponentially on a long run of digits, so it is
   * only applied to text that {@code tryParseInt} read as 1 to 100,000: at most six significant digits, and text
   * with a leading zero, sign or space fails at its first character.
   */
  private static final Pattern PRICE = Pattern.compile("^([1-9]{1}([0-9]{1,2})?)+(,[0-9]{3})*$|^[1-9]{1}[0-9]*$");

  private final FeedContext context;
  private final int maxTrackedValues;
  private final ServiceStateRules state;
  private final boolean fastPath;
  /** The known agreement ids in upper case, if the context gives them; and those not signed. */
  private final @Nullable Set<String> agreementsUpper;
  private final Set<String> unsignedUpper;

  private FeedValidator(FeedContext context, int maxTrackedValues, ServiceStateRules state, boolean fastPath) {
    this.context = context;
    this.maxTrackedValues = maxTrackedValues;
    this.state = state;
    // The shortcut for clean rows reads every fact of the context but the service's state (cohorts, existing
    // apprenticeships, permissions, reservations), which only the full checks read: with it, every row is checked in full.
    this.fastPath = fastPath && !context.knowsServiceState();
    this.agreementsUpper = context.agreementIds().map(FeedValidator::upperCase).orElse(null);
    this.unsignedUpper = upperCase(context.unsignedAgreementIds());
  }

  /** A validator for the given context. */
  public static FeedValidator of(FeedContext context) {
    return new FeedValidator(context, DEFAULT_MAX_TRACKED_VALUES, new ServiceStateRules(context), true);
  }

  /**
   * A copy that checks every row with the full rules, never with the shortcut for rows that are certainly clean;
   * for the tests that compare the two.
   */
  FeedValidator withoutFastPath() {
    return new FeedValidator(context, maxTrackedValues, state, false);
  }

  private static Set<String> upperCase(Set<String> ids) {
    Set<String> upper = new HashSet<>();
    for (String id : ids) {
      upper.add(id.toUpperCase(Locale.ROOT));
    }
    return Set.copyOf(upper);
  }

  public FeedContext context() {
    return context;
  }

  /**
   * How many distinct ULNs, and as many email addresses, a {@link Session} remembers to find duplicates; by default
   * 1,048,576 (2<sup>20</sup>).
   */
  public int maxTrackedValues() {
    return maxTrackedValues;
  }

  /**
   * A copy that remembers at most {@code max} ULNs and {@code max} email addresses per session (about 16 bytes each,
   * so 32 MiB at the default); beyond, duplicates are not found, and a {@value FeedCodes#DUPLICATES_NOT_TRACKED}
   * warning says so once.
   */
  public FeedValidator withMaxTrackedValues(int max) {
    if (max < 1 || max > (1 << 29)) {
      throw new IllegalArgumentException("max must be from 1 to 2^29: " + max);
    }
    return new FeedValidator(context, max, state, fastPath);
  }

  /** The findings about one row on its own, without the rules across rows. Never throws for any value. */
  public ValidationReport validate(FeedRecord record) {
    return ValidationReport.of(new RowCheck(record, null).run());
  }

  /** A session for the rows of one file, which also finds duplicate ULNs and email addresses. */
  public Session newSession() {
    return new Session();
  }

  /**
   * The service's rules this validator cannot check with its context, by code, with what is missing: those whose
   * facts (agreements, known or declared standards, permissions and levy status, cohorts, existing apprenticeships,
   * reservations) the context does not give.
   */
  public Map<String, String> notChecked() {
    Map<String, String> missing = new LinkedHashMap<>();
    if (context.agreementIds().isEmpty()) {
      missing.put(AGREEMENT_ID_INVALID + " (unknown)", "the employers' agreement ids");
      missing.put(AGREEMENT_ID_NOT_SIGNED, "the employers' agreement ids");
    }
    if (!state.knowsPermissions()) {
      missing.put(COHORT_NO_PERMISSION, "the provider's permissions and the employers' levy status");
    }
    if (!state.knowsCohorts()) {
      missing.put(COHORT_REF_INVALID + " (unknown cohort) and COHORT_REF.*", "the cohorts");
    }
    if (!state.knowsExistingApprenticeships()) {
      missing.put(ULN_OVERLAP_START + ", " + ULN_OVERLAP_END + ", " + EMAIL_OVERLAP_START + ", " + EMAIL_OVERLAP_END,
          "existing apprenticeships");
    }
    if (context.standards().isEmpty()) {
      missing.put(STD_CODE_UNKNOWN, "the known standards");
      missing.put(START_DATE_BEFORE_STANDARD_EFFECTIVE_FROM + ", " + START_DATE_AFTER_STANDARD_EFFECTIVE_TO,
          "the known standards");
      missing.put(DOB_MAX_AGE_LEVEL7 + ", " + DOB_MAX_AGE + " (foundation apprenticeships)", "the known standards");
      missing.put(PRICE_ABOVE_CAP, "the known standards");
    }
    if (context.declaredStandards().isEmpty()) {
      missing.put(STD_CODE_NOT_DECLARED + ", " + PROVIDER_NO_DECLARED_STANDARDS, "the provider's declared standards");
    }
    if (!state.knowsCohorts()) {
      missing.put(START_DATE_TRANSFER_BEFORE_MAY_2018, "the cohorts' transfer funding");
    }
    if (context.reservationErrors().isEmpty()) {
      missing.put(RESERVATION_INVALID, "the reservations");
    }
    return missing;
  }

  /**
   * The rows of one file, validated in order: the rules of a single row plus duplicate ULNs and email addresses
   * (equal, letter case included, to an earlier row's; the first is not flagged). Memory stays bounded: ULNs of up to
   * 18 digits are kept as numbers, other ULNs and email addresses as 64-bit hashes (a false duplicate has a chance
   * of about n<sup>2</sup>/2<sup>65</sup> in n rows, 3 in 100 million for a million rows), at most
   * {@link #maxTrackedValues()} of each. Not thread-safe.
   */
  public final class Session {
    private final LongHashSet ulnNumbers = new LongHashSet(maxTrackedValues);
    private final LongHashSet ulnHashes = new LongHashSet(maxTrackedValues);
    private final LongHashSet emailHashes = new LongHashSet(maxTrackedValues);
    private final @Nullable CleanRowCheck clean = fastPath ? new CleanRowCheck(FeedValidator.this, this) : null;
    private boolean fullReported;
    private long rows;
    private long serviceRows; // numbered as the service numbers them: rows it drops as empty not counted
    private long shortcutRows;

    private Session() {}

    /**
     * The findings about the next row of the file. Never throws for any value. A row on which no rule can find
     * anything is recognised on its text without building a finding, and gets an empty report.
     */
    public ValidationReport validate(FeedRecord record) {
      rows++;
      serviceRows += record.isEmptyRow() ? 0 : 1;
      @Nullable List<Issue> issues = null;
      if (clean != null && clean.isClean(record)) {
        shortcutRows++;
      } else {
        issues = new RowCheck(record, this).run();
      }
      if (!fullReported && (ulnNumbers.isFull() || ulnHashes.isFull() || emailHashes.isFull())) {
        fullReported = true;
        issues = issues == null ? new ArrayList<>(1) : issues;
        issues.add(Issue.warning(DUPLICATES_NOT_TRACKED, "duplicate ULNs and email addresses are not checked after "
            + "row " + rows + ": the limit of " + maxTrackedValues + " remembered values was reached"));
      }
      return issues == null ? ValidationReport.empty() : ValidationReport.of(issues);
    }

    /**
     * Validates {@code row}, the next row of the file, on its text in place (without a {@code String} per value) if
     * it is certainly clean: true if {@link #validate(FeedRecord)} would find nothing at all about it, and the row is
     * then counted and its ULN and email address remembered as {@code validate} would; false if it may have findings
     * (or the shortcut cannot be sure, or is off because the context knows the service's state), and then nothing
     * changed: the caller validates the row's {@link FeedRecord}. The text should hold the values as a record holds
     * them (trimmed, without tabs in names); a row whose text does not is never clean here.
     */
    public boolean validateIfClean(FeedRowText row) {
      if (clean == null || !CleanRowCheck.isNormalised(row)
          || (!fullReported && (nearlyFull(ulnNumbers) || nearlyFull(ulnHashes) || nearlyFull(emailHashes)))) {
        return false; // a row that fills a set gets the warning that duplicates are no longer tracked
      }
      if (!clean.isClean(row)) {
        return false;
      }
      rows++;
      serviceRows++;
      shortcutRows++;
      return true;
    }

    private boolean nearlyFull(LongHashSet values) {
      return values.size() + 1 >= maxTrackedValues;
    }

    /** The number of rows validated. */
    public long rows() {
      return rows;
    }

    /** The number of rows found clean without the full checks. */
    long shortcutRows() {
      return shortcutRows;
    }

    /** Whether an earlier row had {@code uln}; remembers it. */
    boolean seenUln(CharSequence uln) {
      if (isUlnNumber(uln)) {
        long number = Long.parseLong(uln, 0, uln.length(), 10);
        return !ulnNumbers.add(number) && ulnNumbers.contains(number);
      }
      long hash = LongHashSet.hash(uln);
      return !ulnHashes.add(hash) && ulnHashes.contains(hash);
    }

    /** Whether an earlier row had {@code uln}, without remembering it. */
    boolean knowsUln(CharSequence uln) {
      return isUlnNumber(uln) ? ulnNumbers.contains(Long.parseLong(uln, 0, uln.length(), 10))
          : ulnHashes.contains(LongHashSet.hash(uln));
    }

    /** Whether an earlier row had the email address of hash {@code hash}, without remembering it. */
    boolean knowsEmail(long hash) {
      return emailHashes.contains(hash);
    }

    /** Remembers the email address of hash {@code hash}, as {@link #seenEmail(String)} does. */
    void rememberEmail(long hash) {
      emailHashes.add(hash);
    }

    /** Whether {@code uln} matches {@code [1-9][0-9]{0,17}}: it fits a long. */
    private boolean isUlnNumber(CharSequence uln) {
      int n = uln.length();
      if (n == 0 || n > 18 || uln.charAt(0) < '1' || uln.charAt(0) > '9') {
        return false;
      }
      for (int i = 1; i < n; i++) {
        if (uln.charAt(i) < '0' || uln.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    /** Whether an earlier row had {@code email}; remembers it. */
    boolean seenEmail(String email) {
      long hash = LongHashSet.hash(email);
      return !emailHashes.add(hash) && emailHashes.contains(hash);
    }
  }

  /** The checks of one row; collects its findings. */
  private final class RowCheck {
    private final FeedRecord r;
    private final @Nullable Session session;
    private final List<Issue> issues = new ArrayList<>();
    private final Optional<LocalDate> start;
    private final Optional<LocalDate> dateOfBirth;
    private final Optional<LocalDate> end;
    private final Optional<KnownStandard> standard;
    private final Optional<LarsCode> larsCode;

    RowCheck(FeedRecord record, @Nullable Session session) {
      this.r = record;
      this.session = session;
      this.start = startMonth(record.get(FeedColumn.START_DATE));
      this.dateOfBirth = date(record.get(FeedColumn.DATE_OF_BIRTH));
      this.end = endMonth(record.get(FeedColumn.END_DATE));
      this.larsCode = larsCode(record.get(FeedColumn.STD_CODE));
      this.standard = larsCode.flatMap(code -> context.standards().flatMap(s -> s.find(code)));
    }

    List<Issue> run() {
      if (r.isEmptyRow()) {
        issues.add(Issue.error(ROW_DROPPED_BY_SERVICE, "The columns CohortRef to ProviderRef are blank, so the "
            + "service drops this row as empty and the values in its prior-learning columns are lost"));
        return issues;
      }
      boolean critical = agreementId();
      String uln = r.get(FeedColumn.ULN);
      String email = r.get(FeedColumn.EMAIL_ADDRESS);
      if (critical) {
        if (session != null) { // the row is not validated, but later rows are compared with it
          if (!uln.isEmpty()) {
            session.seenUln(uln);
          }
          if (!email.isEmpty()) {
            session.seenEmail(email);
          }
        }
        return issues;
      }
      cohortRef();
      uln(uln);
      names();
      dateOfBirth();
      email(email);
      stdCode();
      startDate();
      endDate();
      totalPrice();
      providerRef();
      epaOrgId();
      if (session != null) {
        state.reservation(session.serviceRows, issues);
      }
      Optional<Boolean> rpl = recognisePriorLearning();
      trainingTotalHours(rpl);
      trainingHoursReduction(rpl);
      durationReducedBy();
      priceReducedBy(rpl);
      advice(uln);
      return issues;
    }

    private void error(String code, FeedColumn column, String message) {
      issues.add(Issue.error(code, message).at(column.property()));
    }

    private void error(String code, String property, String message) {
      issues.add(Issue.error(code, message).at(property));
    }

    /** AgreementID, the critical check; true if it failed. */
    private boolean agreementId() {
      String id = r.get(FeedColumn.AGREEMENT_ID);
      String invalid = "Enter a valid <b>Agreement ID</b>";
      if (id.isEmpty()) {
        error(AGREEMENT_ID_REQUIRED, FeedColumn.AGREEMENT_ID, "<b>Agreement ID</b> must be entered");
      } else if (!lettersOrDigits(id) || id.length() > MAX_AGREEMENT_ID) {
        error(AGREEMENT_ID_INVALID, FeedColumn.AGREEMENT_ID, invalid);
      } else if (agreementsUpper != null) {
        String upper = id.toUpperCase(Locale.ROOT);
        if (!agreementsUpper.contains(upper)) {
          error(AGREEMENT_ID_INVALID, FeedColumn.AGREEMENT_ID, invalid);
        } else if (unsignedUpper.contains(upper)) {
          error(AGREEMENT_ID_NOT_SIGNED, "LegalAgreementId", "You cannot add apprentices for this employer as they "
              + "need to <b>accept the agreement</b> with the DfE.");
        }
      }
      if (issues.isEmpty()) {
        state.permission(r, issues);
      }
      return !issues.isEmpty();
    }

    private void cohortRef() {
      if (state.cohortRef(r, issues)) {
        return;
      }
      if (r.get(FeedColumn.COHORT_REF).length() > MAX_REF) {
        error(COHORT_REF_INVALID, FeedColumn.COHORT_REF, "Enter a valid <b>Cohort Ref</b>");
      }
    }

    private void uln(String uln) {
      if (uln.isEmpty()) {
        error(ULN_REQUIRED, FeedColumn.ULN, "Enter a 10-digit <b>unique learner number</b>");
        return;
      }
      List<Issue> found = Uln.isValid(uln) ? List.of() : Uln.check(uln).issues();
      if (!found.isEmpty() && found.get(0).code().equals(LearnerCodes.ULN_FORMAT)) {
        error(ULN_NOT_TEN_DIGITS, FeedColumn.ULN, "Enter a 10-digit <b>unique learner number</b>");
      } else if (!found.isEmpty()) {
        error(ULN_CHECK_DIGIT, FeedColumn.ULN, "The <b>unique learner number</b> of " + uln + " isn't valid");
      } else {
        state.ulnOverlaps(uln, start, r, issues);
      }
      if (session != null && session.seenUln(uln)) {
        error(ULN_DUPLICATE_IN_FILE, FeedColumn.ULN,
            "The <b>unique learner number</b> has already been used for an apprentice in this file");
      }
    }

    private void names() {
      String family = r.get(FeedColumn.FAMILY_NAME);
      if (family.isEmpty()) {
        error(FAMILY_NAME_REQUIRED, FeedColumn.FAMILY_NAME, "<b>Last name</b> must be entered");
      } else if (family.length() > MAX_NAME) {
        error(FAMILY_NAME_TOO_LONG, FeedColumn.FAMILY_NAME,
            "Enter a <b>last name</b> that is not longer than 100 characters");
      }
      String given = r.get(FeedColumn.GIVEN_NAMES);
      if (given.isEmpty()) {
        error(GIVEN_NAMES_REQUIRED, FeedColumn.GIVEN_NAMES, "<b>First name</b> must be entered");
      } else if (given.length() > MAX_NAME) {
        error(GIVEN_NAMES_TOO_LONG, FeedColumn.GIVEN_NAMES,
            "Enter a <b>first name</b> that is not longer than 100 characters");
      }
    }

    private void dateOfBirth() {
      Optional<LocalDate> dob = dateOfBirth;
      if (dob.isEmpty()) {
        error(DOB_FORMAT, FeedColumn.DATE_OF_BIRTH, "Enter the apprentice's <b>date of birth</b> using the format "
            + "yyyy-mm-dd, for example 2001-04-23");
        return;
      }
      if (start.isEmpty()) {
        return;
      }
      int age = ageOn(dob.get(), start.get());
      boolean foundation = standard.map(KnownStandard::isFoundationApprenticeship).orElse(false);
      int max = foundation ? context.maximumAgeFoundation() : context.maximumAge();
      String prefix = "The apprentice's <b>date of birth</b> must show that they are ";
      if (age < context.minimumAge()) {
        error(DOB_MIN_AGE, FeedColumn.DATE_OF_BIRTH, prefix + "at least " + context.minimumAge()
            + " years old at the start of their training");
      } else if (standard.map(KnownStandard::level).orElse(0) == 7 && !start.get().isBefore(LEVEL7_AGE_LIMIT_FROM)
          && age >= context.maximumAgeLevel7()) {
        error(DOB_MAX_AGE_LEVEL7, FeedColumn.DATE_OF_BIRTH, prefix + "not older than " + context.maximumAgeLevel7()
            + " years old at the start of their training");
      } else if (age >= max) {
        error(DOB_MAX_AGE, FeedColumn.DATE_OF_BIRTH, prefix + "not older than " + max
            + " years old at the start of their training");
      }
    }

    private void email(String email) {
      if (email.isEmpty()) {
        error(EMAIL_REQUIRED, FeedColumn.EMAIL_ADDRESS, "<b>Email address</b> must be entered");
        return;
      }
      if (!EmailAddresses.isValid(email)) {
        error(EMAIL_INVALID, FeedColumn.EMAIL_ADDRESS, "Enter a valid <b>email address</b>");
      }
      if (email.length() > MAX_EMAIL) {
        error(EMAIL_TOO_LONG, FeedColumn.EMAIL_ADDRESS,
            "Enter an <b>email address</b> that is not longer than 200 characters");
      } else {
        state.emailOverlaps(email, start, r, issues);
      }
      if (session != null && session.seenEmail(email)) {
        error(EMAIL_DUPLICATE_IN_FILE, FeedColumn.EMAIL_ADDRESS,
            "The <b>email address</b> has already been used for an apprentice in this file");
      }
    }

    private void stdCode() {
      String code = r.get(FeedColumn.STD_CODE);
      String invalid = "Enter a valid <b>standard code</b>";
      if (code.isEmpty()) {
        error(STD_CODE_REQUIRED, FeedColumn.STD_CODE, "<b>Standard code</b> must be entered");
      } else if (!ServiceText.allDigits(code) && ServiceText.tryParseInt(code).isEmpty()) {
        error(STD_CODE_NOT_NUMERIC, FeedColumn.STD_CODE, invalid
            + ". Apprenticeship units must be added by ILR upload");
      } else if (code.length() > 5) {
        error(STD_CODE_TOO_LONG, FeedColumn.STD_CODE, invalid);
      } else if (context.standards().isPresent() && standard.isEmpty()) {
        error(STD_CODE_UNKNOWN, FeedColumn.STD_CODE, invalid);
      } else if (context.declaredStandards().isPresent()
          && (larsCode.isEmpty() || !context.declaredStandards().get().contains(larsCode.get()))) {
        String link = context.courseManagementLink().orElse("{CourseManagementLink}");
        String provider = context.ukprn().map(Object::toString).orElse("{ProviderId}");
        error(STD_CODE_NOT_DECLARED, FeedColumn.STD_CODE, "Enter a valid <b>standard code.</b> You have not told us "
            + "that you deliver this training course. You must assign the course to your account in the <a href="
            + link + "/" + provider + "/review-your-details class='govuk - link'>Your standards and training venues</a>"
            + " section.");
      }
    }

    private void startDate() {
      String text = r.get(FeedColumn.START_DATE);
      if (!ServiceText.matchesDigitPattern(text, "dddd-dd-dd")) {
        error(START_DATE_FORMAT, FeedColumn.START_DATE,
            "Enter the <b>start date</b> using the format yyyy-mm-dd, for example 2017-09-01");
        return;
      }
      if (start.isEmpty()) {
        error(START_DATE_INVALID_DATE, FeedColumn.START_DATE, "You must enter the <b>start date</b>, for example "
            + "2017-09-01");
        return;
      }
      LocalDate s = start.get();
      if (s.isBefore(SERVICE_START)) {
        error(START_DATE_BEFORE_MAY_2017, FeedColumn.START_DATE,
            "The <b>start date</b> must not be earlier than May 2017");
      } else {
        state.transferStart(r, s, issues);
      }
      if (s.isAfter(latestStart(context.validationDate()))) {
        error(START_DATE_TOO_FAR_AHEAD, FeedColumn.START_DATE,
            "The <b>start date</b> must be no later than one year after the end of the current teaching year");
      }
      if (standard.isPresent()) {
        Optional<LocalDate> from = standard.get().effectiveFrom();
        if (from.isPresent() && s.isBefore(from.get())) {
          LocalDate shown = from.get().minusMonths(1);
          error(START_DATE_BEFORE_STANDARD_EFFECTIVE_FROM, FeedColumn.START_DATE, "This training course is only "
              + "available to apprentices with a <b>start date</b> after " + shown.getMonthValue() + "  "
              + shown.getYear());
        }
        Optional<LocalDate> to = standard.get().effectiveTo();
        if (to.isPresent() && s.isAfter(to.get())) {
          LocalDate shown = to.get().plusMonths(1);
          error(START_DATE_AFTER_STANDARD_EFFECTIVE_TO, FeedColumn.START_DATE, "This training course is only "
              + "available to apprentices with a <b>start date</b> before " + shown.getMonthValue() + "  "
              + shown.getYear());
        }
      }
    }

    private void endDate() {
      if (end.isEmpty()) {
        error(END_DATE_FORMAT, FeedColumn.END_DATE,
            "Enter the <b>end date</b> using the format yyyy-mm, for example 2019-02");
        return;
      }
      if (start.isPresent() && !end.get().isAfter(start.get())) {
        error(END_DATE_NOT_AFTER_START, FeedColumn.END_DATE, "Enter an <b>end date</b> that is after the start date");
      }
    }

    private void totalPrice() {
      String text = r.get(FeedColumn.TOTAL_PRICE);
      String format = "Enter the <b>total cost</b> of training in whole pounds using numbers only";
      OptionalInt cost = ServiceText.tryParseInt(text);
      if (text.isEmpty() || cost.isEmpty()) {
        error(TOTAL_PRICE_FORMAT, FeedColumn.TOTAL_PRICE, format);
      } else if (cost.getAsInt() == 0) {
        error(TOTAL_PRICE_ZERO, FeedColumn.TOTAL_PRICE, "The <b>total cost</b> must be more than £0");
      } else if (cost.getAsInt() > MAX_PRICE) {
        error(TOTAL_PRICE_TOO_HIGH, FeedColumn.TOTAL_PRICE, "The <b>total cost</b> must be £100,000 or less");
      } else if (!isPlainWholeNumber(text) && !PRICE.matcher(text).matches()) {
        error(TOTAL_PRICE_FORMAT, FeedColumn.TOTAL_PRICE, format);
      }
    }

    private void providerRef() {
      if (r.get(FeedColumn.PROVIDER_REF).length() > MAX_REF) {
        error(PROVIDER_REF_TOO_LONG, FeedColumn.PROVIDER_REF,
            "The <b>Provider Ref</b> must not be longer than 20 characters");
      }
    }

    private void epaOrgId() {
      if (r.get(FeedColumn.EPA_ORG_ID).length() > MAX_EPAO_ID) {
        error(EPAO_ID_TOO_LONG, FeedColumn.EPA_ORG_ID, "The <b>EPAO ID</b> must not be longer than 7 characters");
      }
    }

    /** RecognisePriorLearning: the parsed value, empty when blank or not a boolean. */
    private Optional<Boolean> recognisePriorLearning() {
      String text = r.get(FeedColumn.RECOGNISE_PRIOR_LEARNING);
      Optional<Boolean> rpl = parseRpl(text);
      if (start.isPresent() && start.get().isBefore(RPL_REQUIRED_FROM)) {
        if (rpl.isPresent()) {
          error(RPL_NOT_ALLOWED_BEFORE_AUG_2022, FeedColumn.RECOGNISE_PRIOR_LEARNING,
              "<b>RPL data</b> should not be entered when the start date is before 1 August 2022.");
        }
        return rpl;
      }
      // A CSV cell is never null: blank arrives as "", so this fires for blank cells too (section 5.12).
      if (rpl.isEmpty()) {
        error(RPL_NOT_BOOLEAN, FeedColumn.RECOGNISE_PRIOR_LEARNING,
            "Enter whether <b>prior learning</b> is recognised as 'true' or 'false'.");
      }
      if (rpl.isEmpty() && start.isPresent()) {
        error(RPL_REQUIRED, FeedColumn.RECOGNISE_PRIOR_LEARNING, "Enter whether <b>prior learning</b> is recognised.");
      }
      return rpl;
    }

    private void trainingTotalHours(Optional<Boolean> rpl) {
      String text = r.get(FeedColumn.TRAINING_TOTAL_HOURS);
      String prefix = "Total <b>off-the-job training time</b> ";
      if (!text.isEmpty() && !rpl.orElse(false)) {
        error(TRAINING_TOTAL_HOURS_WITHOUT_RPL, FeedColumn.TRAINING_TOTAL_HOURS,
            prefix + "cannot be set when there is no prior learning");
        return;
      }
      if (text.isEmpty()) {
        return;
      }
      OptionalInt hours = ServiceText.tryParseInt(text);
      int min = context.minimumOffTheJobHours(larsCode);
      if (hours.isEmpty()) {
        error(TRAINING_TOTAL_HOURS_NOT_NUMBER, FeedColumn.TRAINING_TOTAL_HOURS,
            prefix + "for this apprenticeship standard must be a number between 187 and 9,999");
      } else if (hours.getAsInt() > MAX_TRAINING_HOURS) {
        error(TRAINING_TOTAL_HOURS_TOO_HIGH, FeedColumn.TRAINING_TOTAL_HOURS,
            prefix + "for this apprenticeship standard must be 9,999 hours or less");
      } else if (hours.getAsInt() < min) {
        error(TRAINING_TOTAL_HOURS_BELOW_MINIMUM, FeedColumn.TRAINING_TOTAL_HOURS,
            prefix + "for this apprenticeship standard must be " + min + " hours or more");
      }
    }

    private void trainingHoursReduction(Optional<Boolean> rpl) {
      String text = r.get(FeedColumn.TRAINING_HOURS_REDUCTION);
      String prefix = "Total <b>reduction in off-the-job training time</b> due to RPL must be ";
      if (!text.isEmpty() && !rpl.orElse(false)) {
        // The service names TrainingTotalHours here, not TrainingHoursReduction (a defect it has; kept).
        error(TRAINING_HOURS_REDUCTION_WITHOUT_RPL, FeedColumn.TRAINING_TOTAL_HOURS.property(),
            prefix + "a number between 1 and 999");
        return;
      }
      if (text.isEmpty()) {
        return;
      }
      OptionalInt reduction = ServiceText.tryParseInt(text);
      int max = context.maximumTrainingHoursReduction();
      if (reduction.isEmpty()) {
        error(TRAINING_HOURS_REDUCTION_NOT_NUMBER, FeedColumn.TRAINING_HOURS_REDUCTION,
            prefix + "a number between 1 and " + ServiceText.n0(max));
        return;
      }
      int value = reduction.getAsInt();
      if (value > max) {
        error(TRAINING_HOURS_REDUCTION_TOO_HIGH, FeedColumn.TRAINING_HOURS_REDUCTION,
            prefix + ServiceText.n0(max) + " hours or less");
      } else if (value < 1) {
        error(TRAINING_HOURS_REDUCTION_TOO_LOW, FeedColumn.TRAINING_HOURS_REDUCTION, prefix + "1 hour or more");
      }
      OptionalInt total = ServiceText.tryParseInt(r.get(FeedColumn.TRAINING_TOTAL_HOURS));
      if (total.isPresent()) {
        int min = context.minimumOffTheJobHours(larsCode);
        if (total.getAsInt() < value) {
          error(TRAINING_HOURS_REDUCTION_NOT_LOWER_THAN_TOTAL, FeedColumn.TRAINING_HOURS_REDUCTION,
              prefix + "lower than the total off-the-job training time for this apprenticeship standard");
        }
        if ((long) total.getAsInt() - value < min) {
          error(TRAINING_HOURS_REDUCTION_REMAINING_BELOW_MINIMUM, FeedColumn.TRAINING_HOURS_REDUCTION,
              "The remaining off-the-job training is below the minimum " + min + " hours required for funding. "
                  + "Check if the <b>RPL reduction</b> is too high");
        }
      }
    }

    private void durationReducedBy() {
      if (!r.isBlank(FeedColumn.IS_DURATION_REDUCED_BY_RPL) || !r.isBlank(FeedColumn.DURATION_REDUCED_BY)) {
        issues.add(Issue.of(Severity.INFO, RPL_DURATION_REDUCTION_IGNORED, "The service's file upload ignores "
            + "IsDurationReducedByRPL and DurationReducedBy (since March 2026); record the reduction in duration "
            + "another way").at(FeedColumn.DURATION_REDUCED_BY.property()));
      }
    }

    private void priceReducedBy(Optional<Boolean> rpl) {
      String text = r.get(FeedColumn.PRICE_REDUCED_BY);
      if (!text.isEmpty() && !rpl.orElse(false)) {
        error(PRICE_REDUCED_BY_WITHOUT_RPL, FeedColumn.PRICE_REDUCED_BY, "The <b>price this apprenticeship has been "
            + "reduced by</b> due to prior learning should not be entered when recognise prior learning is false");
        return;
      }
      if (text.isEmpty()) {
        return;
      }
      OptionalInt reduction = ServiceText.tryParseInt(text);
      int min = context.minimumPriceReduction();
      String prefix = "Total <b>price reduction</b> due to RPL must be ";
      if (reduction.isEmpty()) {
        error(PRICE_REDUCED_BY_NOT_NUMBER, FeedColumn.PRICE_REDUCED_BY,
            prefix + "a number between " + ServiceText.n0(min) + " and 18,000");
      } else if (reduction.getAsInt() > MAX_PRICE_REDUCTION) {
        error(PRICE_REDUCED_BY_TOO_HIGH, FeedColumn.PRICE_REDUCED_BY, prefix + "18,000 or less");
      } else if (reduction.getAsInt() < min) {
        error(PRICE_REDUCED_BY_TOO_LOW, FeedColumn.PRICE_REDUCED_BY, prefix + ServiceText.n0(min) + " pounds or more");
      }
    }

    /** The library's advice, given only where the values it needs are valid. */
    private void advice(String uln) {
      if (hasIssue(ULN_CHECK_DIGIT)) {
        if (uln.equals(Uln.ILR_TEMPORARY)) {
          issues.add(Issue.warning(ULN_ILR_TEMPORARY, "9999999999 is the ILR's temporary unique learner number; "
              + "the apprenticeship service does not accept it: enter the learner's own ULN").at("Uln"));
        } else if (!Uln.passesIlrUln04(uln)) {
          issues.add(Issue.warning(ULN_ILR_ULN04, "ILR rule ULN_04: The Unique learner number does not pass the "
              + "checksum calculation").at("Uln").rejecting(uln));
        }
      }
      if (start.isEmpty()) {
        return;
      }
      LocalDate s = start.get();
      OptionalInt price = ServiceText.tryParseInt(r.get(FeedColumn.TOTAL_PRICE));
      if (standard.isPresent() && price.isPresent() && price.getAsInt() > 0) {
        standard.get().maxFundingOn(s).ifPresent(cap -> {
          BigDecimal total = BigDecimal.valueOf(price.getAsInt());
          if (total.compareTo(cap) > 0) {
            issues.add(Issue.warning(PRICE_ABOVE_CAP, "The total price of £" + ServiceText.n0(price.getAsInt())
                + " is above the funding band maximum of £" + pounds(cap) + " for " + standard.get().reference()
                + " on the start date: the employer pays the £" + pounds(total.subtract(cap))
                + " above it, which levy funds cannot pay").at(FeedColumn.TOTAL_PRICE.property()));
          }
        });
      }
      if (end.isPresent() && end.get().isAfter(s) && isSixteenOrOverAtStart(s)) {
        Optional<FundingRule> minimum = context.fundingRules().find(RuleKey.MINIMUM_DURATION_MONTHS, s);
        long months = ChronoUnit.MONTHS.between(YearMonth.from(s), YearMonth.from(end.get()));
        if (minimum.isPresent() && months < minimum.get().intValue()) {
          String rule = s.isBefore(ILR_DATE_OF_BIRTH_57_FROM) ? "DateOfBirth_46" : "DateOfBirth_57";
          issues.add(Issue.warning(DURATION_BELOW_MINIMUM, "The planned duration of " + months + " months, from the "
              + "start month to the end month, is below the minimum of " + minimum.get().intValue() + " months for "
              + "apprenticeships starting on " + s + "; the ILR will report " + rule + ": The planned duration of the "
              + "programme does not reach the required minimum duration for an apprenticeship standard")
              .at(FeedColumn.END_DATE.property()));
        }
      }
    }

    private boolean hasIssue(String code) {
      for (Issue issue : issues) {
        if (issue.code().equals(code)) {
          return true;
        }
      }
      return false;
    }

    /** ILR rules DateOfBirth_46 and 57 apply to learners aged 16 or over at the start; unknown age counts. */
    private boolean isSixteenOrOverAtStart(LocalDate s) {
      return dateOfBirth.map(dob -> ageOn(dob, s) >= 16).orElse(true);
    }
  }

  private static String pounds(BigDecimal amount) {
    BigDecimal whole = amount.stripTrailingZeros();
    return whole.scale() <= 0 ? ServiceText.n0(whole.longValueExact())
        : String.format(Locale.ROOT, "%,.2f", amount);
  }

  /** Age in completed years on {@code day}, as the service computes it (29 February counts as 28 in other years). */
  static int ageOn(LocalDate dob, LocalDate day) {
    int age = day.getYear() - dob.getYear();
    if (day.isBefore(dob.plusYears(age))) {
      age--;
    }
    return age;
  }

  /**
   * The latest start date allowed when checking on {@code today}: one year after the end (31 July) of the current
   * academic year.
   */
  public static LocalDate latestStart(LocalDate today) {
    int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
    return LocalDate.of(startYear + 2, 7, 31);
  }

  /** The start date as the service takes it: {@code yyyy-mm-dd}, then the first of its month. */
  static Optional<LocalDate> startMonth(String text) {
    return date(text).map(d -> d.withDayOfMonth(1));
  }

  /** A date written {@code yyyy-mm-dd} with ASCII digits, a real date of year 1 or later. */
  static Optional<LocalDate> date(String text) {
    if (!ServiceText.matchesDigitPattern(text, "dddd-dd-dd") || !asciiDigits(text)) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
      return date.getYear() >= 1 ? Optional.of(date) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** An end date written {@code yyyy-mm}, as the first of that month. */
  static Optional<LocalDate> endMonth(String text) {
    if (!ServiceText.matchesDigitPattern(text, "dddd-dd") || !asciiDigits(text)) {
      return Optional.empty();
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 7);
    return year >= 1 && month >= 1 && month <= 12 ? Optional.of(LocalDate.of(year, month, 1)) : Optional.empty();
  }

  /** The LARS code the service would look up for a StdCode: {@code int.Parse} of it, if that is a LARS code. */
  static Optional<LarsCode> larsCode(String text) {
    OptionalInt code = ServiceText.tryParseInt(text);
    return code.isPresent() && code.getAsInt() >= 1 && code.getAsInt() <= 99_999
        ? Optional.of(LarsCode.of(code.getAsInt())) : Optional.empty();
  }

  /** RecognisePriorLearning: true/1/yes or false/0/no, any case; empty for anything else. */
  static Optional<Boolean> parseRpl(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "true":
      case "1":
      case "yes":
        return Optional.of(true);
      case "false":
      case "0":
      case "no":
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }

  /**
   * Whether {@code text} is ASCII digits, the first not 0: text the service's price expression always matches (its
   * second branch, {@code ^[1-9]{1}[0-9]*$}), so the expression need not run.
   */
  static boolean isPlainWholeNumber(CharSequence text) {
    if (text.isEmpty() || text.charAt(0) < '1' || text.charAt(0) > '9') {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number written in the ASCII digits {@code text[from, to)}. */
  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static boolean asciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Whether the AgreementID {@code id}, non-blank, passes the critical check: well formed, known and signed. */
  boolean agreementPasses(CharSequence id) {
    if (id.isEmpty() || id.length() > MAX_AGREEMENT_ID || !lettersOrDigits(id)) {
      return false;
    }
    if (agreementsUpper == null) {
      return true;
    }
    String upper = id.toString().toUpperCase(Locale.ROOT);
    return agreementsUpper.contains(upper) && !unsignedUpper.contains(upper);
  }

  private static boolean lettersOrDigits(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isLetterOrDigit(text.charAt(i))) { // by UTF-16 unit, as the service checks each char
        return false;
      }
    }
    return true;
  }
}

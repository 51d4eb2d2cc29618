package io.github.apprenticeships4j.core.feed;

import io.github.apprenticeships4j.core.feed.internal.EmailAddresses;
import io.github.apprenticeships4j.core.feed.internal.LongHashSet;
import io.github.apprenticeships4j.core.feed.internal.ServiceText;
import io.github.apprenticeships4j.core.funding.FundingRule;
import io.github.apprenticeships4j.core.funding.RuleKey;
import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.standard.LarsCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The shortcut of a {@link FeedValidator.Session} for rows on which no rule finds anything: it decides on the text of
 * a record or of a reader's row read in place ({@link FeedRowText}), with plain arithmetic and without building a finding, date or optional, whether the full checks would
 * report nothing at all (no error, warning or information, duplicates included). When it is not certain it says no,
 * and the session runs the full checks, which stay the only source of findings and messages; so what a row is told
 * does not depend on this class, which only has to be right when it says yes. It therefore accepts only the plain
 * form of each value (ASCII digits, {@code yyyy-mm-dd}), and leaves any other form, valid or not, to the full checks.
 *
 * <p>The facts of a course that the rules read (start window, level, foundation, off-the-job minimum, funding band
 * maximum by start month) are looked up once per course and session, and the minimum duration once per start month.
 * Not thread-safe: one per session.
 */
final class CleanRowCheck {
  private static final int SERVICE_START_MONTH = month(FeedValidator.SERVICE_START);
  private static final int RPL_REQUIRED_MONTH = month(FeedValidator.RPL_REQUIRED_FROM);
  private static final int LEVEL7_AGE_LIMIT_MONTH = month(FeedValidator.LEVEL7_AGE_LIMIT_FROM);
  private static final int MAX_LARS_CODE = 99_999;
  /** The most start months the caches cover; starts beyond are left to the full checks. */
  private static final int MAX_MONTHS = 1_200;
  private static final int UNKNOWN = -2;
  private static final int NONE = -1;
  private static final int SIXTEEN = 16;
  private static final FeedColumn[] COLUMNS = FeedColumn.values();
  private static final int ORIGINAL = FeedColumn.ORIGINAL.size(); // the first 13 in template order

  private final FeedValidator validator;
  private final FeedContext context;
  private final FeedValidator.Session session;
  private final int latestStartMonth;
  private final @Nullable BitSet declared;
  /** The minimum duration in months by start month from May 2017: {@link #UNKNOWN} until looked up. */
  private final int[] minimumDuration;
  private int[] codes = new int[64];
  private @Nullable CourseFacts[] facts = new CourseFacts[64];
  private int factsSize;

  CleanRowCheck(FeedValidator validator, FeedValidator.Session session) {
    this.validator = validator;
    this.context = validator.context();
    this.session = session;
    int year = context.validationDate().getYear();
    // a date of check out of the years of four digits leaves every row to the full checks
    this.latestStartMonth = year < 1 || year > 9_000 ? Integer.MIN_VALUE
        : month(FeedValidator.latestStart(context.validationDate()));
    this.declared = context.declaredStandards().map(CleanRowCheck::bits).orElse(null);
    this.minimumDuration = new int[latestStartMonth < SERVICE_START_MONTH ? 0
        : Math.min(MAX_MONTHS, latestStartMonth - SERVICE_START_MONTH + 1)];
    Arrays.fill(minimumDuration, UNKNOWN);
  }

  /**
   * Whether the full checks would find nothing about {@code r}, the next row of the session; if so, its ULN and
   * email address are remembered as the full checks would remember them. When false, nothing is remembered.
   */
  boolean isClean(FeedRowText r) {
    if (isEmptyRow(r) || !validator.agreementPasses(r.get(FeedColumn.AGREEMENT_ID))
        || r.get(FeedColumn.COHORT_REF).length() > FeedValidator.MAX_REF) {
      return false;
    }
    CharSequence uln = r.get(FeedColumn.ULN);
    if (uln.length() != 10 || !isAsciiDigits(uln) || !Uln.isValid(uln)) {
      return false;
    }
    if (!isName(r.get(FeedColumn.FAMILY_NAME)) || !isName(r.get(FeedColumn.GIVEN_NAMES))) {
      return false;
    }
    int dob = date(r.get(FeedColumn.DATE_OF_BIRTH));
    CharSequence email = r.get(FeedColumn.EMAIL_ADDRESS);
    if (dob < 0 || email.isEmpty() || email.length() > FeedValidator.MAX_EMAIL || !EmailAddresses.isValid(email)) {
      return false;
    }
    CourseFacts course = course(r.get(FeedColumn.STD_CODE));
    int start = date(r.get(FeedColumn.START_DATE));
    if (course == null || start < 0) {
      return false;
    }
    int startMonth = month(start);
    int startDay = start / 100 * 100 + 1; // the service discards the day: the first of the month
    if (startMonth < SERVICE_START_MONTH || startMonth > latestStartMonth
        || startMonth - SERVICE_START_MONTH >= minimumDuration.length
        || startDay < course.firstStart || startDay > course.lastStart) {
      return false;
    }
    int endMonth = endMonth(r.get(FeedColumn.END_DATE));
    CharSequence priceText = r.get(FeedColumn.TOTAL_PRICE);
    int price = FeedValidator.isPlainWholeNumber(priceText) ? digits(priceText, 6) : NONE;
    if (endMonth <= startMonth || price < 1 || price > FeedValidator.MAX_PRICE
        || r.get(FeedColumn.PROVIDER_REF).length() > FeedValidator.MAX_REF
        || r.get(FeedColumn.EPA_ORG_ID).length() > FeedValidator.MAX_EPAO_ID
        || !r.get(FeedColumn.IS_DURATION_REDUCED_BY_RPL).isEmpty()
        || !r.get(FeedColumn.DURATION_REDUCED_BY).isEmpty()) {
      return false;
    }
    int age = ageOn(dob, startMonth);
    if (!priorLearning(r, startMonth, course) || !isAllowedAge(age, startMonth, course)) {
      return false;
    }
    long cap = course.capFloor(startMonth);
    if (cap >= 0 && price > cap) {
      return false; // the advice on the funding band maximum
    }
    int minimum = age >= SIXTEEN ? minimumDuration(startMonth) : NONE;
    if (minimum >= 0 && endMonth - startMonth < minimum) {
      return false; // the advice on the minimum duration, for apprentices aged 16 or over
    }
    long emailHash = LongHashSet.hash(email);
    if (session.knowsUln(uln) || session.knowsEmail(emailHash)) {
      return false;
    }
    session.seenUln(uln);
    session.rememberEmail(emailHash);
    return true;
  }

  /**
   * Whether {@code r} holds its values as a {@link FeedRecord} would: none starts or ends with white space, and no
   * name holds a tab (a record turns tabs in names into spaces). A row of other text is left to the full checks.
   */
  static boolean isNormalised(FeedRowText r) {
    for (FeedColumn column : COLUMNS) {
      CharSequence value = r.get(column);
      int n = value.length();
      if (n > 0 && (ServiceText.isWhiteSpace(value.charAt(0)) || ServiceText.isWhiteSpace(value.charAt(n - 1)))) {
        return false;
      }
    }
    return !holdsTab(r.get(FeedColumn.FAMILY_NAME)) && !holdsTab(r.get(FeedColumn.GIVEN_NAMES));
  }

  private static boolean holdsTab(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\t') {
        return true;
      }
    }
    return false;
  }

  /** Whether the 13 columns of the original layout are blank, as {@link FeedRecord#isEmptyRow()} says. */
  private static boolean isEmptyRow(FeedRowText r) {
    for (int i = 0; i < ORIGINAL; i++) {
      if (!r.get(COLUMNS[i]).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isName(CharSequence name) {
    return !name.isEmpty() && name.length() <= FeedValidator.MAX_NAME;
  }

  /** The prior-learning columns: RecognisePriorLearning as the start requires, and the reductions it allows. */
  private boolean priorLearning(FeedRowText r, int startMonth, CourseFacts course) {
    int rpl = rpl(r.get(FeedColumn.RECOGNISE_PRIOR_LEARNING));
    if (startMonth < RPL_REQUIRED_MONTH ? rpl != NONE : rpl == NONE) {
      return false;
    }
    boolean recognised = rpl == 1;
    CharSequence totalText = r.get(FeedColumn.TRAINING_TOTAL_HOURS);
    int total = NONE;
    if (!totalText.isEmpty()) {
      total = digits(totalText, 9);
      if (!recognised || total < 0 || total < course.minimumOffTheJobHours || total
          > FeedValidator.MAX_TRAINING_HOURS) {
        return false;
      }
    }
    CharSequence reductionText = r.get(FeedColumn.TRAINING_HOURS_REDUCTION);
    if (!reductionText.isEmpty()) {
      int reduction = digits(reductionText, 9);
      if (!recognised || reduction < 1 || reduction > context.maximumTrainingHoursReduction()
          || (total >= 0 && (total < reduction || total - reduction < course.minimumOffTheJobHours))) {
        return false;
      }
    }
    CharSequence priceText = r.get(FeedColumn.PRICE_REDUCED_BY);
    if (!priceText.isEmpty()) {
      int reduction = digits(priceText, 9);
      return recognised && reduction >= 0 && reduction >= context.minimumPriceReduction()
          && reduction <= FeedValidator.MAX_PRICE_REDUCTION;
    }
    return true;
  }

  /**
   * The age on the first of {@code startMonth} of someone born on {@code dob} ({@code yyyymmdd}), as
   * {@link FeedValidator#ageOn(LocalDate, LocalDate)} computes it: a birthday on the 1st is reached that day, and one
   * on 29 February, falling on the 28th in other years, is reached on the 1st of March.
   */
  private static int ageOn(int dob, int startMonth) {
    int dobMonth = dob / 100 % 100;
    int dobDay = dob % 100;
    int startMonthOfYear = startMonth % 12 + 1;
    int age = startMonth / 12 - dob / 10_000;
    return startMonthOfYear < dobMonth || (startMonthOfYear == dobMonth && dobDay > 1) ? age - 1 : age;
  }

  /** Whether the service's age limits allow {@code age} at a start in {@code startMonth} on {@code course}. */
  private boolean isAllowedAge(int age, int startMonth, CourseFacts course) {
    int max = course.foundation ? context.maximumAgeFoundation() : context.maximumAge();
    boolean level7Limit = course.level == 7 && startMonth >= LEVEL7_AGE_LIMIT_MONTH
        && age >= context.maximumAgeLevel7();
    return age >= context.minimumAge() && !level7Limit && age < max;
  }

  private int minimumDuration(int startMonth) {
    int index = startMonth - SERVICE_START_MONTH;
    if (minimumDuration[index] == UNKNOWN) {
      Optional<FundingRule> rule = context.fundingRules().find(RuleKey.MINIMUM_DURATION_MONTHS, firstDay(startMonth));
      minimumDuration[index] = rule.isPresent() ? rule.get().intValue() : NONE;
    }
    return minimumDuration[index];
  }

  /**
   * The facts of the course a StdCode of one to five ASCII digits names, or null when the text is in another form,
   * names no course the context knows (if it knows courses) or one the provider has not declared (if it declared).
   */
  private @Nullable CourseFacts course(CharSequence text) {
    if (text.isEmpty() || text.length() > 5) {
      return null;
    }
    int code = digits(text, 5);
    if (code < 1 || code > MAX_LARS_CODE || (declared != null && !declared.get(code))) {
      return null;
    }
    CourseFacts found = lookUp(code);
    if (found == null) {
      found = new CourseFacts(code);
      store(code, found);
    }
    return context.standards().isPresent() && found.standard == null ? null : found;
  }

  private @Nullable CourseFacts lookUp(int code) {
    int mask = codes.length - 1;
    for (int i = mix(code) & mask;; i = (i + 1) & mask) {
      if (codes[i] == code) {
        return facts[i];
      }
      if (codes[i] == 0) {
        return null;
      }
    }
  }

  private void store(int code, CourseFacts course) {
    if ((factsSize + 1) * 2 > codes.length) {
      int[] oldCodes = codes;
      @Nullable CourseFacts[] oldFacts = facts;
      codes = new int[oldCodes.length * 2];
      facts = new CourseFacts[oldCodes.length * 2];
      for (int i = 0; i < oldCodes.length; i++) {
        if (oldCodes[i] != 0) {
          insert(oldCodes[i], oldFacts[i]);
        }
      }
    }
    insert(code, course);
    factsSize++;
  }

  private void insert(int code, @Nullable CourseFacts course) {
    int mask = codes.length - 1;
    int i = mix(code) & mask;
    while (codes[i] != 0) {
      i = (i + 1) & mask;
    }
    codes[i] = code;
    facts[i] = course;
  }

  private static int mix(int code) {
    return (code * 0x9E3779B9) >>> 7;
  }

  /** What the rules read of one course, looked up once per session. */
  private final class CourseFacts {
    private final @Nullable KnownStandard standard;
    private final int level;
    private final boolean foundation;
    /** The first and last start allowed as {@code yyyymmdd}, or the extremes when not known. */
    private final int firstStart;
    private final int lastStart;
    private final int minimumOffTheJobHours;
    /** The funding band maximum, rounded down to whole pounds, by start month: {@link #NONE} or {@link #UNKNOWN}. */
    private final long[] capByMonth;

    CourseFacts(int code) {
      LarsCode larsCode = LarsCode.of(code);
      this.standard = context.standards().flatMap(s -> s.find(larsCode)).orElse(null);
      this.level = standard == null ? 0 : standard.level();
      this.foundation = standard != null && standard.isFoundationApprenticeship();
      this.firstStart = standard == null ? Integer.MIN_VALUE
          : standard.effectiveFrom().map(CleanRowCheck::yyyymmdd).orElse(Integer.MIN_VALUE);
      this.lastStart = standard == null ? Integer.MAX_VALUE
          : standard.effectiveTo().map(CleanRowCheck::yyyymmdd).orElse(Integer.MAX_VALUE);
      Map<LarsCode, Integer> hours = context.offTheJobHoursByCourse();
      this.minimumOffTheJobHours = hours.getOrDefault(larsCode, context.minimumOffTheJobHours());
      this.capByMonth = new long[standard == null ? 0 : minimumDuration.length];
      Arrays.fill(capByMonth, UNKNOWN);
    }

    long capFloor(int startMonth) {
      if (standard == null) {
        return NONE;
      }
      int index = startMonth - SERVICE_START_MONTH;
      if (capByMonth[index] == UNKNOWN) {
        Optional<BigDecimal> cap = standard.maxFundingOn(firstDay(startMonth));
        capByMonth[index] = cap.isEmpty() ? NONE
            : cap.get().setScale(0, RoundingMode.FLOOR).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
      }
      return capByMonth[index];
    }
  }

  private static BitSet bits(Set<LarsCode> codes) {
    BitSet bits = new BitSet();
    for (LarsCode code : codes) {
      bits.set(code.value());
    }
    return bits;
  }

  /** RecognisePriorLearning as {@link FeedValidator#parseRpl(String)} reads it: 1, 0, or {@link #NONE}. */
  private static int rpl(CharSequence text) {
    switch (text.length()) {
      case 1:
        return text.charAt(0) == '1' ? 1 : text.charAt(0) == '0' ? 0 : NONE;
      case 2:
        return isWord(text, "no") ? 0 : NONE;
      case 3:
        return isWord(text, "yes") ? 1 : NONE;
      case 4:
        return isWord(text, "true") ? 1 : NONE;
      case 5:
        return isWord(text, "false") ? 0 : NONE;
      default:
        return NONE;
    }
  }

  private static boolean isAsciiDigits(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value of {@code text} if it is 1 to {@code max} ASCII digits, {@code max} at most 9; else -1. */
  private static int digits(CharSequence text, int max) {
    int n = text.length();
    if (n == 0 || n > max) {
      return NONE;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return NONE;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A real date written {@code yyyy-mm-dd} in ASCII digits, year 1 or later, as {@code yyyymmdd}; else -1. */
  private static int date(CharSequence text) {
    if (text.length() != 10 || text.charAt(7) != '-') {
      return NONE;
    }
    int month = month(text);
    int day = twoDigits(text, 8);
    if (month < 0 || day < 1) {
      return NONE;
    }
    int year = month / 12;
    int monthOfYear = month % 12 + 1;
    return day > lengthOfMonth(year, monthOfYear) ? NONE : year * 10_000 + monthOfYear * 100 + day;
  }

  /** An end month written {@code yyyy-mm} in ASCII digits, as {@link #month(String)} reads it; else -1. */
  private static int endMonth(CharSequence text) {
    return text.length() == 7 ? month(text) : NONE;
  }

  /**
   * The month {@code yyyy-mm} at the start of {@code text} in ASCII digits, year 1 or later, as
   * {@code year * 12 + month - 1}; else -1.
   */
  private static int month(CharSequence text) {
    if (text.charAt(4) != '-') {
      return NONE;
    }
    int century = twoDigits(text, 0);
    int yearOfCentury = twoDigits(text, 2);
    int month = twoDigits(text, 5);
    if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12) {
      return NONE;
    }
    int year = century * 100 + yearOfCentury;
    return year < 1 ? NONE : year * 12 + month - 1;
  }

  private static int twoDigits(CharSequence text, int at) {
    char tens = text.charAt(at);
    char units = text.charAt(at + 1);
    return tens < '0' || tens > '9' || units < '0' || units > '9' ? NONE : (tens - '0') * 10 + units - '0';
  }

  private static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Whether {@code text} is {@code lower} in ASCII letters of any case (no other character folds onto them). */
  private static boolean isWord(CharSequence text, String lower) {
    if (text.length() != lower.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (folded != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int month(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  /** The month of a {@code yyyymmdd} date, as {@code year * 12 + month - 1}. */
  private static int month(int yyyymmdd) {
    return yyyymmdd / 10_000 * 12 + yyyymmdd / 100 % 100 - 1;
  }

  private static LocalDate firstDay(int month) {
    return LocalDate.of(month / 12, month % 12 + 1, 1);
  }

  private static int yyyymmdd(LocalDate date) {
    int year = Math.max(-1, Math.min(date.getYear(), 99_999));
    return year * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }
}

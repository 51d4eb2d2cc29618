package io.github.apprenticeships4j.core.feed;

import static io.github.apprenticeships4j.core.feed.FeedFixtures.CATALOGUE;
import static io.github.apprenticeships4j.core.feed.FeedFixtures.CONTEXT;
import static io.github.apprenticeships4j.core.feed.FeedFixtures.TODAY;
import static io.github.apprenticeships4j.core.feed.FeedFixtures.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shortcut of a session for clean rows against the full checks: over generated rows, valid ones and ones with
 * bad or unusual values in any column, a session with the shortcut gives every row the same report as a session
 * without it, so the shortcut only ever takes rows on which the full checks find nothing.
 */
class FeedValidatorShortcutTest {
  private static final int ROWS = 30_000;

  private static final Map<FeedColumn, String[]> ODD_VALUES = new EnumMap<>(FeedColumn.class);

  static {
    odd(FeedColumn.AGREEMENT_ID, "", "xege5x", "XEGE5X", "V7YK9P", "v7yk9p", "ABCDEF", "XEG-5X", "XEGE5XX",
        "\uFF38EGE5X", "\u00C9COLE1", "X");
    odd(FeedColumn.COHORT_REF, "", "C".repeat(20), "C".repeat(21), "Coh,1", "\u00E9".repeat(21));
    odd(FeedColumn.ULN, "", "123456789", "0112233669", "1748529631", "9999999999", "174852963\uFF12", " 1748529632",
        "+748529632", "12345678901234567890", "1748529632");
    odd(FeedColumn.FAMILY_NAME, "", "a".repeat(100), "a".repeat(101), "O\"Brien", "Zo\u00EB", "\t", "Smith\r\nJones");
    odd(FeedColumn.GIVEN_NAMES, "", "b".repeat(100), "b".repeat(101), " Jo ", "\u00A0");
    odd(FeedColumn.DATE_OF_BIRTH, "", "2004-02-29", "2005-02-29", "2004-13-01", "2004-00-10", "0000-01-01",
        "2004/03/02", "\uFF12004-03-02", "2011-09-01", "2011-09-02", "1911-08-31", "2004-3-2", "2004-03-02x",
        "2001-09-01", "2002-01-01", "1999-12-31", "2010-10-01", "2010-09-30");
    odd(FeedColumn.EMAIL_ADDRESS, "", "a@b", "jo.smith@example.com", "x".repeat(195) + "@a.com",
        "j\u00F6@ex\u00E4mple.com", "a@@b.com", "a@b.c", "a.@b.com", "a@" + "b".repeat(64) + ".com");
    odd(FeedColumn.STD_CODE, "", "795", "0795", "00795", "81", "9001", "80", "99999", "123456", "0", "00000", "abc",
        "+795", "\uFF17\uFF19\uFF15", "12345", "-1");
    odd(FeedColumn.START_DATE, "", "2017-04-30", "2017-05-01", "2022-07-31", "2022-08-01", "2025-12-31",
        "2026-01-01", "2028-07-31", "2028-08-01", "2024-12-17", "2024-12-18", "2024-12-01", "2025-07-15", "2026-02-30",
        "2026-9-1", "\uFF12026-09-14", "2021-05-31", "2021-06-01", "9999-12-31");
    odd(FeedColumn.END_DATE, "", "2028-09", "2028-13", "2028-00", "0000-01", "2026-09", "2026-10", "2027-02",
        "2028-9", "2028-09-01", "\uFF12028-09", "9999-12");
    odd(FeedColumn.TOTAL_PRICE, "", "0", "1", "18000", "22000", "22001", "100000", "100001", "1,000", "01000", "+1000",
        "1000.00", "\uFF11000", "999999999999", "-5", "12,345", "1,2345");
    odd(FeedColumn.EPA_ORG_ID, "", "EPA0001", "EPA00012");
    odd(FeedColumn.PROVIDER_REF, "", "r".repeat(20), "r".repeat(21));
    odd(FeedColumn.RECOGNISE_PRIOR_LEARNING, "", "true", "false", "TRUE", "False", "1", "0", "yes", "NO", "ye\u017F",
        "maybe", "\uFF54rue", "tru");
    odd(FeedColumn.TRAINING_TOTAL_HOURS, "", "400", "186", "187", "300", "9999", "10000", "0400", "+400", "4,00",
        "-1", "0");
    odd(FeedColumn.TRAINING_HOURS_REDUCTION, "", "60", "0", "1", "999", "1000", "400", "213", "300", "abc", "-3");
    odd(FeedColumn.IS_DURATION_REDUCED_BY_RPL, "", "true");
    odd(FeedColumn.DURATION_REDUCED_BY, "", "3");
    odd(FeedColumn.PRICE_REDUCED_BY, "", "750", "99", "100", "18000", "18001", "-5", "x", "0");
  }

  private static void odd(FeedColumn column, String... values) {
    ODD_VALUES.put(column, values);
  }

  static Stream<Arguments> contexts() {
    FeedContext plain = FeedContext.builder().validationDate(TODAY).standards(KnownStandards.of(CATALOGUE))
        .putOffTheJobHoursByCourse(LarsCode.of(795), 300).minimumOffTheJobHours(-1).minimumPriceReduction(-5)
        .maximumTrainingHoursReduction(5_000).minimumAge(0).maximumAge(30).maximumAgeLevel7(21).build();
    return Stream.of(
        Arguments.of("the fixture's context", FeedValidator.of(CONTEXT)),
        Arguments.of("a context that knows only the date", FeedValidator.of(FeedContext.on(TODAY))),
        Arguments.of("courses only, with unusual limits", FeedValidator.of(plain)),
        Arguments.of("a check in 2017", FeedValidator.of(CONTEXT.withValidationDate(LocalDate.of(2017, 3, 1)))),
        Arguments.of("a check before the service", FeedValidator.of(CONTEXT.withValidationDate(LocalDate.of(2014,
            3, 1)))),
        Arguments.of("few remembered values", FeedValidator.of(CONTEXT).withMaxTrackedValues(40)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contexts")
  void everyRow_getsTheSameReport_withAndWithoutTheShortcut(String name, FeedValidator validator) {
    FeedValidator.Session withShortcut = validator.newSession();
    FeedValidator.Session without = validator.withoutFastPath().newSession();
    Random random = new Random(name.hashCode());
    List<String> ulns = new ArrayList<>();
    long clean = 0;
    for (int i = 0; i < ROWS; i++) {
      FeedRecord row = row(random, i, ulns);
      ValidationReport expected = without.validate(row);
      assertThat(withShortcut.validate(row)).as("row %s: %s", i, row).isEqualTo(expected);
      clean += expected.issues().isEmpty() ? 1 : 0;
    }
    assertThat(without.shortcutRows()).isZero();
    // the shortcut must take most clean rows (not those in other forms, such as +795), or comparing says little
    assertThat(withShortcut.shortcutRows()).isLessThanOrEqualTo(clean).isGreaterThanOrEqualTo(clean * 8 / 10);
  }

  /** A row: a plausible one, with up to three columns given an odd value, and now and then an earlier ULN or email. */
  private static FeedRecord row(Random random, int i, List<String> ulns) {
    String[] courses = {"795", "81", "9001", "80"};
    LocalDate start = LocalDate.of(2017, 5, 1).plusDays(random.nextInt(365 * 12));
    LocalDate dob = start.minusYears(15 + random.nextInt(14)).minusDays(random.nextInt(365));
    boolean rpl = random.nextInt(4) == 0;
    String uln = uln(random);
    ulns.add(uln);
    FeedRecord row = VALID.with(FeedColumn.COHORT_REF, random.nextBoolean() ? "" : "COH" + i)
        .with(FeedColumn.AGREEMENT_ID, random.nextInt(10) == 0 ? "xege5x" : "XEGE5X")
        .with(FeedColumn.ULN, uln)
        .with(FeedColumn.EMAIL_ADDRESS, "learner" + i + "@example.com")
        .with(FeedColumn.DATE_OF_BIRTH, dob.toString())
        .with(FeedColumn.STD_CODE, courses[random.nextInt(courses.length)])
        .with(FeedColumn.START_DATE, start.toString())
        .with(FeedColumn.END_DATE, YearMonth.from(start).plusMonths(6 + random.nextInt(40)).toString())
        .with(FeedColumn.TOTAL_PRICE, Integer.toString(1_000 + random.nextInt(25_000)))
        .with(FeedColumn.RECOGNISE_PRIOR_LEARNING, rpl ? "true" : start.getYear() < 2022 ? "" : "false");
    if (rpl) {
      row = row.with(FeedColumn.TRAINING_TOTAL_HOURS, "400").with(FeedColumn.TRAINING_HOURS_REDUCTION, "60")
          .with(FeedColumn.PRICE_REDUCED_BY, "750");
    }
    int odd = random.nextInt(3) == 0 ? 0 : random.nextInt(4);
    for (int k = 0; k < odd; k++) {
      FeedColumn column = FeedColumn.values()[random.nextInt(FeedColumn.values().length)];
      String[] values = ODD_VALUES.get(column);
      row = row.with(column, values[random.nextInt(values.length)]);
    }
    if (random.nextInt(50) == 0) {
      row = row.with(FeedColumn.ULN, ulns.get(random.nextInt(ulns.size())));
    }
    if (random.nextInt(50) == 0) {
      row = row.with(FeedColumn.EMAIL_ADDRESS, "learner" + random.nextInt(i + 1) + "@example.com");
    }
    return row;
  }

  private static String uln(Random random) {
    while (true) {
      String prefix = Integer.toString(100_000_000 + random.nextInt(900_000_000));
      var check = Uln.checkDigit(prefix);
      if (check.isPresent()) {
        return prefix + check.getAsInt();
      }
    }
  }
}

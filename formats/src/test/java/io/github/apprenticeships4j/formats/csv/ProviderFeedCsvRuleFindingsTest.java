package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.FeedValidator;
import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.Row;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reader's findings on each row against the validator's on the same values: over a generated feed of valid rows
 * and rows with odd values (bad digits, dates and prices, quotes, line breaks, blanks, non-ASCII text), every row gets
 * exactly the findings of the rules that {@link FeedValidator#validate(FeedRecord)} gives its record, plus the
 * reader's own; so a row the reader takes as clean is one on which the rules find nothing.
 */
class ProviderFeedCsvRuleFindingsTest {
  private static final String[][] ODD = {
      {"", "COH1", "C".repeat(21), "\"Coh,1\""},
      {"", "XEGE5X", "xege5x", "XEG-5X", "XEGE5XX"},
      {"", "NINE", "CHECK", "WIDE", "QUOTED"},
      {"", "Okafor", "\"Okafor, Jr\"", "\"O\"\"Brien\"", "O\"Brien", "Zo\u00EB", "a".repeat(101), "\"Ok\r\nafor\""},
      {"", "Adaeze", " Adaeze ", "\tAdaeze", "\u00C1d\u00E1eze"},
      {"", "2006-04-17", "2006-02-29", "2004-02-29", "17/04/2006", "2006-4-17", "2011-09-01"},
      {"", "x@example.com", "x@example", "x@@example.com", "j\u00F6@example.com"},
      {"", "2", "0002", "+2", "99999", "abc", "795"},
      {"", "2026-09-01", "2026-02-30", "2017-04-30", "2028-08-01", "2026-9-1"},
      {"", "2028-09", "2026-09", "2028-13", "2028-9"},
      {"", "18000", "0", "1,000", "\"1,000\"", "100001", "01000", "30000", "1000.00"},
      {"", "EPA0010", "EPA00100"},
      {"", "APP-1", "r".repeat(21)},
      {"", "false", "true", "TRUE", "yes", "maybe"},
      {"", "400", "100", "10000", "4oo"},
      {"", "60", "0", "1000"},
      {"", "true"},
      {"", "3"},
      {"", "750", "50", "20000"}};

  @Test
  void everyRow_hasTheFindingsOfTheRulesOnItsValues_plusTheReaders() {
    FeedContext context = FeedTestSupport.context().withMaxFileLines(1_000_000);
    FeedValidator validator = FeedValidator.of(context);
    Random random = new Random(14);
    StringBuilder feed = new StringBuilder(FeedTestSupport.HEADER).append("\r\n");
    long prefix = 100_000_000L;
    for (int i = 0; i < 4_000; i++) {
      String[] values = FeedTestSupport.VALID_ROW.split(",", -1);
      String uln;
      do {
        var check = Uln.checkDigit(Long.toString(prefix));
        uln = check.isPresent() ? prefix + "" + check.getAsInt() : null;
        prefix++;
      } while (uln == null);
      values[2] = uln;
      values[6] = "learner" + i + "@example.com";
      int odd = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(3);
      for (int k = 0; k < odd; k++) {
        int column = random.nextInt(ODD.length);
        String value = ODD[column][random.nextInt(ODD[column].length)];
        values[column] = column == 2 ? odd(uln, value) : column == 6 && !value.isEmpty() ? i + value : value;
      }
      feed.append(String.join(",", values)).append(i % 7 == 0 ? "\n" : "\r\n");
    }
    FeedTestSupport.Read read = FeedTestSupport.read(feed.toString().getBytes(StandardCharsets.UTF_8),
        ProviderFeedCsv.reader(validator));

    assertThat(read.summary().read()).isEqualTo(4_000);
    long clean = 0;
    for (Row<FeedRecord> row : read.rows()) {
      if (row instanceof Row.Rejected<FeedRecord> r && r.raw().size() != 19) { // an unquoted 1,000
        assertThat(r.issues()).allMatch(ProviderFeedCsvRuleFindingsTest::isReaders);
        continue;
      }
      FeedRecord record = row instanceof Row.Accepted<FeedRecord> accepted ? accepted.value()
          : FeedRecord.of(((Row.Rejected<FeedRecord>) row).raw());
      List<String> rules = validator.validate(record).issues().stream().map(ProviderFeedCsvRuleFindingsTest::shown)
          .collect(Collectors.toList());
      List<String> found = row.issues().stream().filter(i -> !isReaders(i))
          .map(ProviderFeedCsvRuleFindingsTest::shown).collect(Collectors.toList());
      assertThat(found).as("%s", row).isEqualTo(rules);
      clean += row.issues().isEmpty() ? 1 : 0;
    }
    assertThat(clean).isGreaterThan(1_000);
  }

  /** An odd ULN made from the row's own, so that no two rows share one: duplicates are not what is compared here. */
  private static String odd(String uln, String kind) {
    String nine = uln.substring(0, 9);
    switch (kind) {
      case "NINE":
        return nine;
      case "CHECK":
        return nine + (uln.charAt(9) == '9' ? '0' : (char) (uln.charAt(9) + 1));
      case "WIDE":
        return nine + (char) (uln.charAt(9) - '0' + '\uFF10');
      case "QUOTED":
        return '"' + uln + '"';
      default:
        return kind;
    }
  }

  private static boolean isReaders(Issue issue) {
    return issue.code().startsWith("csv.") || issue.code().startsWith("read.")
        || issue.code().startsWith("feed-csv.");
  }

  private static String shown(Issue issue) {
    return issue.severity() + " " + issue.code() + " " + issue.path() + " " + issue.message();
  }
}

package io.github.apprenticeships4j.formats.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.FeedValidator;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The byte path of the feed reader (plain rows checked on their bytes, the others handed over) against the character
 * path (every row decoded), on seeded generated feeds of valid rows with mutations: every row, position, finding,
 * file finding and the summary must be the same, accepted records included.
 */
class ProviderFeedBytePathDifferentialTest {
  private static final String HEADER = "CohortRef,AgreementID,ULN,FamilyName,GivenNames,DateOfBirth,EmailAddress,"
      + "StdCode,StartDate,EndDate,TotalPrice,EPAOrgID,ProviderRef,RecognisePriorLearning,TrainingTotalHours,"
      + "TrainingHoursReduction,IsDurationReducedByRPL,DurationReducedBy,PriceReducedBy";
  private static final int FEEDS = 400;
  private static final int[] CODES = {2, 14, 17, 37, 91, 119, 150};
  private static final String[] NAMES = {"Okafor", "Smith", "O'Brien", "Lee", "Nguyen", "Patel-Jones"};

  private static FeedValidator validator;
  private static FeedValidator fewLines;

  @BeforeAll
  static void loadCatalogue() throws IOException {
    StandardCatalogue catalogue;
    try (InputStream in = ProviderFeedBytePathDifferentialTest.class.getResourceAsStream(
        "/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz")) {
      catalogue = StandardsJson.reader().open(in, "catalogue").load().map(StandardCatalogue::of).value();
    }
    FeedContext context = FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15))
        .standards(KnownStandards.of(catalogue)).build();
    validator = FeedValidator.of(context);
    fewLines = FeedValidator.of(FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15))
        .standards(KnownStandards.of(catalogue)).maxFileLines(12).build());
  }

  @Test
  void bytePath_readsEveryGeneratedAndMutatedFeed_asTheCharacterPath() {
    long plainAccepted = 0;
    for (int seed = 0; seed < FEEDS; seed++) {
      Random random = new Random(seed);
      byte[] feed = feed(random);
      CsvSettings settings = random.nextInt(5) == 0 ? new CsvSettings(StandardCharsets.UTF_8, 0, 40, 400)
          : new CsvSettings(StandardCharsets.UTF_8, 0, 10_000, 100_000);
      FeedValidator checks = random.nextInt(8) == 0 ? fewLines : validator;

      String bytePath = read(ProviderFeedSource.ofBytes(new ByteArrayInputStream(feed), "feed.csv", settings, checks,
          true));
      String characterPath = read(ProviderFeedSource.ofBytesOnCharacterPath(new ByteArrayInputStream(feed),
          "feed.csv", settings, checks, true));

      List<String> byteLines = bytePath.lines().collect(Collectors.toList());
      List<String> characterLines = characterPath.lines().collect(Collectors.toList());
      for (int i = 0; i < Math.min(byteLines.size(), characterLines.size()); i++) {
        assertThat(byteLines.get(i)).as("seed %d, line %d of the output", seed, i).isEqualTo(characterLines.get(i));
      }
      assertThat(bytePath).as("seed %d", seed).isEqualTo(characterPath);
      plainAccepted += bytePath.lines().filter(l -> l.startsWith("Accepted[") && l.endsWith("issues=[]]")).count();
    }
    assertThat(plainAccepted).as("clean rows, most read in place").isGreaterThan(FEEDS * 10L);
  }

  @Test
  void bytePath_keepsAcceptedRecords_andTheirPositions_afterLaterRowsAreRead() {
    StringBuilder text = new StringBuilder(HEADER).append("\r\n");
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) { // more than one buffer
      text.append(validRow(random, i)).append("\r\n");
    }
    byte[] feed = text.toString().getBytes(StandardCharsets.UTF_8);
    CsvSettings settings = new CsvSettings(StandardCharsets.UTF_8, 0, 10_000, 100_000);

    List<Row<FeedRecord>> bytePath = rows(ProviderFeedSource.ofBytes(new ByteArrayInputStream(feed), "feed.csv",
        settings, validator, true));
    List<Row<FeedRecord>> characterPath = rows(ProviderFeedSource.ofBytesOnCharacterPath(
        new ByteArrayInputStream(feed), "feed.csv", settings, validator, true));

    assertThat(bytePath).hasSize(3000).allMatch(Row::isAccepted).isEqualTo(characterPath);
    assertThat(bytePath.get(2999).position().line()).hasValue(3001);
  }

  private static List<Row<FeedRecord>> rows(ProviderFeedSource source) {
    try (source) {
      return source.rows().collect(Collectors.toList());
    }
  }

  /** Everything a reader tells: its rows (with the accepted records' values), file findings, summary, rules. */
  private static String read(ProviderFeedSource source) {
    try (source) {
      StringBuilder out = new StringBuilder();
      source.rows().forEach(row -> out.append(row).append('\n'));
      out.append(source.fileIssues()).append('\n').append(source.summary()).append('\n').append(source.notChecked());
      return out.toString();
    }
  }

  private static byte[] feed(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(10) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    String lineEnd = random.nextBoolean() ? "\r\n" : random.nextInt(4) == 0 ? "\r" : "\n";
    write(out, HEADER + lineEnd);
    int rows = 5 + random.nextInt(40);
    List<String> written = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String row = validRow(random, i);
      if (random.nextInt(3) == 0) {
        row = mutate(random, row, written);
      }
      written.add(row);
      if (random.nextInt(25) == 0) {
        out.writeBytes(invalidUtf8(random, row));
      } else {
        write(out, row);
      }
      String end = random.nextInt(20) == 0 ? (random.nextBoolean() ? "\r\n" : "\n") : lineEnd;
      if (i < rows - 1 || random.nextInt(3) > 0) {
        write(out, end);
      }
    }
    if (random.nextInt(30) == 0) {
      write(out, "\"unclosed,");
    }
    return out.toByteArray();
  }

  private static String validRow(Random random, int i) {
    String uln = null;
    while (uln == null) {
      String nine = Long.toString(100_000_000L + random.nextInt(800_000_000));
      uln = Uln.checkDigit(nine).isPresent() ? nine + Uln.checkDigit(nine).getAsInt() : null;
    }
    int code = CODES[random.nextInt(CODES.length)];
    String name = NAMES[random.nextInt(NAMES.length)];
    boolean prior = random.nextInt(10) == 0;
    return "," + "XEGE5X," + uln + "," + name + ",Adaeze," + (1990 + random.nextInt(18)) + "-0" + (1 + random.nextInt(
        9))
        + "-1" + random.nextInt(9) + ",a" + i + "x" + random.nextInt(1000) + "@example.com," + code + ",2026-0"
        + (8 + random.nextInt(2)) + "-01,2028-0" + (1 + random.nextInt(9)) + "," + (1000 + random.nextInt(3_500))
        + ",EPA00" + (10 + random.nextInt(80)) + ",APP-" + i + "," + (prior ? "true,400,100,,,500" : "false,,,,,");
  }

  private static String mutate(Random random, String row, List<String> written) {
    String[] f = row.split(",", -1);
    switch (random.nextInt(24)) {
      case 0 -> f[2] = f[2].substring(0, 9) + ((f[2].charAt(9) - '0' + 1) % 10); // bad check digit
      case 1 -> f[8] = random.nextBoolean() ? "2026-13-01" : "2026-9-1"; // bad start date
      case 2 -> f[5] = random.nextBoolean() ? "2006-02-30" : "17/04/2006"; // bad date of birth
      case 3 -> f[10] = new String[] {"\"18,000\"", "abc", "0", "99999999", "18000.50", "-5", " 1200 "}[random
          .nextInt(7)];
      case 4 -> f[3] = "\"" + f[3] + "\""; // quoted, nothing to unescape
      case 5 -> f[3] = "\"O\"\"Brien\""; // a doubled quote
      case 6 -> f[3] = "O\"Brien"; // a bare quote
      case 7 -> f[4] = random.nextBoolean() ? "\"Ada, Jr\"" : "\"Ada\r\nLine\""; // a quoted comma or line break
      case 8 -> f[4] = "\"Ada\"x"; // a character after the closing quote
      case 9 -> {
        return ""; // a blank line
      }
      case 10 -> {
        return random.nextBoolean() ? "   " : ",,,,,,,,,,,,,,,,,,"; // blank fields
      }
      case 11 -> {
        if (!written.isEmpty()) { // a duplicate ULN or e-mail address
          String[] earlier = written.get(random.nextInt(written.size())).split(",", -1);
          if (earlier.length == f.length) {
            int column = random.nextBoolean() ? 2 : 6;
            f[column] = earlier[column];
          }
        }
      }
      case 12 -> f[random.nextBoolean() ? 3 : 4] = new String[] {"Zoë", "Łukasz", "Nguyễn", "\uD83D\uDE00",
          "Ｓmith"}[random.nextInt(5)]; // not ASCII
      case 13 -> f[4] = "A".repeat(random.nextBoolean() ? 10_001 : 45); // over a field limit
      case 14 -> {
        return row + ",extra"; // a field too many
      }
      case 15 -> {
        return row.substring(0, row.lastIndexOf(',')); // a field too few
      }
      case 16 -> f[random.nextInt(f.length)] = " " + f[random.nextInt(f.length)] + " "; // spaces to trim
      case 17 -> f[3] = "Ok\tafor"; // a tab in a name
      case 18 -> f[12] = "APP\u0001" + random.nextInt(9); // a control character
      case 19 -> f[6] = random.nextBoolean() ? "not-an-email" : "a@b"; // a bad e-mail address
      case 20 -> f[7] = new String[] {"99999", "0", "x2", "123456"}[random.nextInt(4)]; // an unknown course
      case 21 -> f[13] = new String[] {"yes", "1", "TRUE", "maybe", ""}[random.nextInt(5)]; // prior learning
      case 22 -> f[1] = random.nextBoolean() ? "" : "XEGE5X!"; // the agreement
      default -> f[14] = "12\u007F"; // DEL
    }
    return String.join(",", f);
  }

  /** The row in UTF-8 with a byte that is not UTF-8 in its family name. */
  private static byte[] invalidUtf8(Random random, String row) {
    byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[][] {{(byte) 0xE9}, {(byte) 0xC3}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0x80}}[random
        .nextInt(4)];
    int at = row.indexOf(',', row.indexOf(',', row.indexOf(',') + 1) + 1) + 2; // inside the family name
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, Math.min(at, bytes.length));
    out.writeBytes(bad);
    if (at < bytes.length) {
      out.write(bytes, at, bytes.length - at);
    }
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}

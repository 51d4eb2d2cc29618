package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderFeedCsvPropertiesTest {
  private static final FeedContext CONTEXT = FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15))
      .maxFileLines(100_000).build();

  /** Kinds of row: 0 valid, then one defect each. */
  private static final String[] DEFECTS = {"", "check-digit", "price", "start", "email", "quoted-comma-valid"};

  @Test
  void generatedFeeds_withInjectedBadRows_loseNoRow_andRejectExactlyTheInjectedOnes() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, DEFECTS.length - 1)).ofSizeBetween(0, 80))
        .checkAssert(kinds -> {
          StringBuilder feed = new StringBuilder(FeedTestSupport.HEADER).append("\r\n");
          Set<Long> injected = new LinkedHashSet<>();
          long prefix = 123_456_000L;
          for (int i = 0; i < kinds.size(); i++) {
            String uln;
            while (true) {
              String nine = Long.toString(prefix++);
              if (Uln.checkDigit(nine).isPresent()) {
                uln = nine + Uln.checkDigit(nine).getAsInt();
                break;
              }
            }
            String row = FeedTestSupport.VALID_ROW.replace("4230216733", uln).replace("adaeze.okafor@", "p" + i + "@");
            switch (DEFECTS[kinds.get(i)]) {
              case "check-digit":
                row = row.replace(uln, uln.substring(0, 9) + (char) ('0' + (uln.charAt(9) - '0' + 1) % 10));
                break;
              case "price":
                row = row.replace(",18000,", ",18000.00,");
                break;
              case "start":
                row = row.replace("2026-09-01", "01/09/2026");
                break;
              case "email":
                row = row.replace("p" + i + "@example.com", "p" + i + "@example");
                break;
              case "quoted-comma-valid":
                row = row.replace(",Okafor,", ",\"Okafor, Jr\",");
                break;
              default:
                break;
            }
            if (kinds.get(i) >= 1 && kinds.get(i) <= 4) {
              injected.add((long) i + 1);
            }
            feed.append(row).append(i % 2 == 0 ? "\r\n" : "\n");
          }
          List<Long> rejected = new ArrayList<>();
          ReadSummary summary = ReaderInvariants.readAll(ProviderFeedCsv.reader(CONTEXT)
              .open(new ByteArrayInputStream(feed.toString().getBytes(StandardCharsets.UTF_8)), "feed.csv"), row -> {
                if (!row.isAccepted()) {
                  rejected.add(row.position().record().getAsLong());
                }
              });
          assertThat(summary.read()).isEqualTo(kinds.size());
          assertThat(summary.complete()).isTrue();
          assertThat(rejected).containsExactlyElementsOf(injected);
        });
  }
}

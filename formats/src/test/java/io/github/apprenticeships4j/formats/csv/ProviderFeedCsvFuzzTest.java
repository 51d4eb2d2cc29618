package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Any bytes end in rows, file findings and a summary in which read = accepted + rejected, with record numbers 1 to n;
 * nothing is thrown, and a fatal finding is the only way a read ends early. Replays the committed inputs in a normal
 * build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ProviderFeedCsvFuzzTest {
  private static final FeedContext CONTEXT = FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15))
      .standards(KnownStandards.of(StandardCatalogue.of(List.of()))).build();

  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    check(input, StandardCharsets.UTF_8);
    check(input, Charset.forName("windows-1252"));
  }

  private static void check(byte[] input, Charset charset) {
    long rows = 0;
    long accepted = 0;
    ReadSummary summary;
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(CONTEXT).charset(charset).maxFieldLength(500)
        .open(new ByteArrayInputStream(input), "fuzz.csv")) {
      for (Row<FeedRecord> row : (Iterable<Row<FeedRecord>>) reader.rows()::iterator) {
        rows++;
        if (row.isAccepted()) {
          accepted++;
        } else {
          assertThat(((Row.Rejected<FeedRecord>) row).raw()).isNotEmpty();
        }
        assertThat(row.position().record()).hasValue(rows);
        assertThat(row.issues()).allSatisfy(i -> assertThat(i.position()).isPresent());
      }
      summary = reader.summary();
      assertThat(reader.fileIssues()).allSatisfy(i -> assertThat(i.severity()).isNotEqualTo(Severity.FATAL));
    }
    assertThat(summary.read()).isEqualTo(rows);
    assertThat(summary.accepted()).isEqualTo(accepted);
    assertThat(summary.read()).isEqualTo(summary.accepted() + summary.rejected());
    summary.stoppedBy().ifPresent(i -> {
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
      assertThat(i.code()).isNotEqualTo(ReadCodes.UNEXPECTED);
    });
  }
}

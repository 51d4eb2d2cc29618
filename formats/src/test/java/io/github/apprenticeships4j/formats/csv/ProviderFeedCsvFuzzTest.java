package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ProviderFeedCsv} reads any bytes, as UTF-8 and as windows-1252, into rows and a summary that keep the
 * readers' contract ({@link ReaderInvariants}), and file findings that are located and never fatal. Replays the
 * committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ProviderFeedCsvFuzzTest {
  private static final FeedContext CONTEXT = FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15))
      .standards(KnownStandards.of(StandardCatalogue.of(List.of()))).build();

  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    check(input, StandardCharsets.UTF_8);
    check(input, Charset.forName("windows-1252"));
  }

  /** The sample feeds are replayed from their one copy, the examples' bundled data, not copied among the seeds. */
  @ParameterizedTest
  @ValueSource(strings = {"/provider-feed/sample-feed.csv", "/provider-feed/sample-feed-with-errors.csv"})
  void bundledSamples_keepTheContract(String sample) {
    readsAnyBytes(TestData.bytes(sample));
  }

  private static void check(byte[] input, Charset charset) {
    ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(CONTEXT).charset(charset).maxFieldLength(500)
        .open(new ByteArrayInputStream(input), "fuzz.csv");
    ReaderInvariants.readAll(reader);
    assertThat(reader.fileIssues()).allSatisfy(i -> {
      assertThat(i.severity()).isNotEqualTo(Severity.FATAL);
      assertThat(i.position()).isPresent();
    });
  }
}

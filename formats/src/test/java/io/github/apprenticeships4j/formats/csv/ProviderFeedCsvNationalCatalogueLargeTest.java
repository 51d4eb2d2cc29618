package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.TestData;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A generated feed of a million rows checked against the national catalogue, read with
 * {@link StandardsJson#readKnownStandards}, in a JVM with a 64 MB heap.
 */
class ProviderFeedCsvNationalCatalogueLargeTest {
  static final long ROWS = 1_000_000;
  static final String CATALOGUE = "/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz";

  /** Loads the catalogue of {@code args[1]}, checks {@code args[0]} generated rows and prints the summary. */
  public static void main(String[] args) throws IOException {
    KnownStandards standards = StandardsJson.readKnownStandards(Path.of(args[1])).value();
    FeedContext context = FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15)).standards(standards)
        .maxFileLines(Long.MAX_VALUE).maxFileSizeKb(Long.MAX_VALUE / 1024).build();
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context)
        .open(new GeneratedFeed(Long.parseLong(args[0])), "generated.csv")) {
      long rejected = reader.rows().filter(r -> !r.isAccepted()).count();
      ReadSummary summary = reader.summary();
      System.out.println("SUMMARY " + summary.read() + " " + summary.accepted() + " " + rejected + " "
          + summary.complete() + " " + reader.fileIssues().size());
    }
  }

  @Test
  void aMillionRows_againstTheNationalCatalogue_inA64MegabyteHeap() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        ProviderFeedCsvNationalCatalogueLargeTest.class.getName(), Long.toString(ROWS),
        TestData.path(CATALOGUE).toString()))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    // every row names LARS code 2 (ST0116, open since 2025-12-10, cap 18,000): accepted only if the catalogue knows it
    assertThat(output).contains("SUMMARY " + ROWS + " " + ROWS + " 0 true 0");
  }
}

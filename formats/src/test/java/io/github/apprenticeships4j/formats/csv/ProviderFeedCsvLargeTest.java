package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.formats.ReadSummary;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A generated feed of a million rows, read in a JVM with a 64 MB heap. */
class ProviderFeedCsvLargeTest {
  static final long ROWS = 1_000_000;

  /** Reads {@link #ROWS} generated rows and prints the summary; run in a JVM of its own by the test. */
  public static void main(String[] args) {
    FeedContext context = FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15))
        .maxFileLines(Long.MAX_VALUE).maxFileSizeKb(Long.MAX_VALUE / 1024).build();
    long rejected = 0;
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context)
        .open(new GeneratedFeed(Long.parseLong(args[0])), "generated.csv")) {
      rejected = reader.rows().filter(r -> !r.isAccepted()).count();
      ReadSummary summary = reader.summary();
      System.out.println("SUMMARY " + summary.read() + " " + summary.accepted() + " " + rejected + " "
          + summary.complete() + " " + reader.fileIssues().size());
    }
  }

  @Test
  void aMillionRows_inA64MegabyteHeap() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        ProviderFeedCsvLargeTest.class.getName(), Long.toString(ROWS)))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("SUMMARY " + ROWS + " " + ROWS + " 0 true 0");
  }
}

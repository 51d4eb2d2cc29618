package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.report.FeedOutcome;
import io.github.apprenticeships4j.formats.report.FeedReports;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Checks the bundled sample bulk-upload feed (invented apprentices, real standards) row by row against the bundled
 * Digital-route catalogue, as a training provider would before uploading it, and prints the text report.
 */
public final class FeedCheck {
  static final String SAMPLE = "/provider-feed/sample-feed-with-errors.csv";
  /** The day the sample is checked on, fixed so that the output does not change with the calendar. */
  static final LocalDate CHECKED_ON = LocalDate.of(2026, 11, 25);

  private FeedCheck() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  static FeedOutcome run(PrintWriter out) {
    FeedContext context = FeedContext.builder()
        .validationDate(CHECKED_ON)
        .standards(KnownStandards.of(BundledData.digitalStandards().value()))
        .build();
    try (InputStream in = FeedCheck.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SAMPLE);
      }
      try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(in, SAMPLE.substring(1))) {
        return FeedReports.write(reader, FeedReports.text(out));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.apprenticeships4j.formats.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.report.FeedOutcome;
import io.github.apprenticeships4j.formats.report.FeedReport;
import io.github.apprenticeships4j.formats.report.FeedReports;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports stream: in this class's JVM of 64 MB (see formats/pom.xml), each report of a feed of 300,000 rows, all
 * but the first rejected as duplicates, writes well over 64 million characters, which no writer holding its report in
 * memory could.
 */
@Timeout(120)
class FeedReportStreamingTest {
  static final int ROWS = 300_000;
  static final String HEADER = "CohortRef,AgreementID,ULN,FamilyName,GivenNames,DateOfBirth,EmailAddress,StdCode,"
      + "StartDate,EndDate,TotalPrice,EPAOrgID,ProviderRef,RecognisePriorLearning,TrainingTotalHours,"
      + "TrainingHoursReduction,IsDurationReducedByRPL,DurationReducedBy,PriceReducedBy\r\n";
  static final byte[] ROW = (",XEGE5X,4230216733,Okafor,Adaeze,2006-04-17,adaeze.okafor@example.com,2,"
      + "2026-09-01,2028-09,18000,EPA0010,APP-2026-001,false,,,,,\r\n").getBytes(StandardCharsets.UTF_8);

  /** The header, then {@code rows} copies of one row, made as they are read. */
  static InputStream feed(int rows) {
    byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      long pos;
      final long size = header.length + (long) rows * ROW.length;

      @Override
      public int read() {
        if (pos == size) {
          return -1;
        }
        int b = pos < header.length ? header[(int) pos] : ROW[(int) ((pos - header.length) % ROW.length)];
        pos++;
        return b & 0xff;
      }
    };
  }

  /** Counts what is written and forgets it. */
  static final class Counting extends Writer {
    long chars;

    @Override
    public void write(char[] buffer, int offset, int length) {
      chars += length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "text", "csv"})
  void aLargeReport_inA64MegabyteHeap(String format) {
    Function<Writer, FeedReport> writer = switch (format) {
      case "json" -> FeedReports::json;
      case "text" -> FeedReports::text;
      default -> FeedReports::csv;
    };
    FeedContext context = FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15))
        .maxFileLines(Long.MAX_VALUE).maxFileSizeKb(Long.MAX_VALUE / 1024).build();
    Counting out = new Counting();
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(
        new java.io.BufferedInputStream(feed(ROWS)), "generated.csv")) {
      FeedOutcome outcome = FeedReports.write(reader, writer.apply(out));
      assertThat(outcome).isEqualTo(FeedOutcome.INVALID);
      assertThat(reader.summary().read()).isEqualTo(ROWS);
      assertThat(reader.summary().rejected()).isEqualTo(ROWS - 1);
    }
    assertThat(out.chars).isGreaterThan(64L << 20);
  }
}

package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The national catalogue, a context and helpers for the feed reader's tests. */
final class FeedTestSupport {
  static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
  static final String HEADER = "CohortRef,AgreementID,ULN,FamilyName,GivenNames,DateOfBirth,EmailAddress,StdCode,"
      + "StartDate,EndDate,TotalPrice,EPAOrgID,ProviderRef,RecognisePriorLearning,TrainingTotalHours,"
      + "TrainingHoursReduction,IsDurationReducedByRPL,DurationReducedBy,PriceReducedBy";
  static final String VALID_ROW = ",XEGE5X,4230216733,Okafor,Adaeze,2006-04-17,adaeze.okafor@example.com,2,"
      + "2026-09-01,2028-09,18000,EPA0010,APP-2026-001,false,,,,,";

  private static StandardCatalogue catalogue;

  private FeedTestSupport() {}

  /** The Skills England catalogue of 2026-08-22 (formats test resources). */
  static synchronized StandardCatalogue catalogue() {
    if (catalogue == null) {
      try (InputStream in = FeedTestSupport.class.getResourceAsStream(
          "/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz")) {
        catalogue = StandardsJson.reader().open(in, "catalogue").load().map(StandardCatalogue::of).value();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return catalogue;
  }

  static FeedContext context() {
    return FeedContext.builder().validationDate(TODAY).standards(KnownStandards.of(catalogue())).build();
  }

  /** The outcome of reading a whole input. */
  record Read(List<Row<FeedRecord>> rows, io.github.apprenticeships4j.formats.ReadSummary summary,
      List<io.github.apprenticeships4j.core.validation.Issue> fileIssues) {}

  static Read read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8), ProviderFeedCsv.reader(context()));
  }

  static Read read(byte[] bytes, CsvOptions<ProviderFeedCsv.Reader> options) {
    try (ProviderFeedCsv.Reader reader = options.open(new ByteArrayInputStream(bytes), "feed.csv")) {
      List<Row<FeedRecord>> rows = reader.rows().collect(Collectors.toList());
      return new Read(rows, reader.summary(), reader.fileIssues());
    }
  }

  static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }
}

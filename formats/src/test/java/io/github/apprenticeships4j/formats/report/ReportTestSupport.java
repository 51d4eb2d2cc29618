package io.github.apprenticeships4j.formats.report;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;

/** The samples, the national catalogue and a context for the reports' tests. */
final class ReportTestSupport {
  static final String HEADER = "CohortRef,AgreementID,ULN,FamilyName,GivenNames,DateOfBirth,EmailAddress,StdCode,"
      + "StartDate,EndDate,TotalPrice,EPAOrgID,ProviderRef,RecognisePriorLearning,TrainingTotalHours,"
      + "TrainingHoursReduction,IsDurationReducedByRPL,DurationReducedBy,PriceReducedBy";

  private static StandardCatalogue catalogue;

  private ReportTestSupport() {}

  static synchronized StandardCatalogue catalogue() {
    if (catalogue == null) {
      try (InputStream in = ReportTestSupport.class.getResourceAsStream(
          "/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz")) {
        catalogue = StandardsJson.reader().open(in, "catalogue").load().map(StandardCatalogue::of).value();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return catalogue;
  }

  static FeedContext context() {
    return FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15))
        .standards(KnownStandards.of(catalogue())).build();
  }

  static Path sample(String name) {
    try {
      return Path.of(ReportTestSupport.class.getResource("/provider-feed/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a report wrote, and the outcome it returned. */
  record Written(String text, FeedOutcome outcome) {}

  static Written report(Path file, Function<StringWriter, FeedReport> format) {
    StringWriter out = new StringWriter();
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context()).open(file)) {
      FeedOutcome outcome = FeedReports.write(reader, format.apply(out));
      return new Written(out.toString(), outcome);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Written report(String csv, Function<StringWriter, FeedReport> format) {
    StringWriter out = new StringWriter();
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context())
        .open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "feed.csv")) {
      FeedOutcome outcome = FeedReports.write(reader, format.apply(out));
      return new Written(out.toString(), outcome);
    }
  }
}

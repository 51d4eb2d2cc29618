package app;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.StandardFunding;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every consumer application of the integration tests does with the published artifacts, as an application
 * would: load the bundled Digital-route sample of the national catalogue, check the sample bulk-upload feed against
 * it, and compute the funding seed case. Each answer is compared with the known one; a mismatch fails the run.
 */
public final class ConsumerJobs {
  private final List<String> mismatches = new ArrayList<>();

  /** Runs the three jobs; returns the mismatches, empty when every answer is right. */
  public static List<String> run(Path standardsFile, Path feedFile) throws IOException {
    ConsumerJobs jobs = new ConsumerJobs();
    StandardCatalogue catalogue = jobs.lookUp(standardsFile);
    jobs.checkFeed(feedFile, catalogue);
    jobs.fund();
    return jobs.mismatches;
  }

  private StandardCatalogue lookUp(Path file) throws IOException {
    Loaded<StandardCatalogue> loaded = StandardsJson.readCatalogue(file);
    StandardCatalogue catalogue = loaded.value();
    expect("standards loaded", catalogue.size(), 99);
    expect("standards rejected", loaded.rejected().size(), 0);
    Standard ml = catalogue.get(StandardReference.parse("ST1398"), StandardVersion.of(1, 0));
    expect("ST1398 title", ml.title(), "Machine learning engineer");
    expect("ST1398 LARS code", ml.larsCode().orElseThrow().toString(), "795");
    expect("ST1398 level", ml.apprenticeshipLevel().orElseThrow().number(), 6);
    expect("ST1398 funding cap", ml.maxFunding(), new BigDecimal("22000"));
    return catalogue;
  }

  private void checkFeed(Path file, StandardCatalogue catalogue) throws IOException {
    FeedContext context = FeedContext.builder()
        .validationDate(LocalDate.of(2026, 11, 25))
        .standards(KnownStandards.of(catalogue))
        .build();
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(file)) {
      long rowsWithErrors = reader.rows().filter(row -> !row.isAccepted()).count();
      ReadSummary summary = reader.summary();
      expect("feed rows read", summary.read(), 9L);
      expect("feed rows rejected", rowsWithErrors, summary.rejected());
      expect("feed rows accepted", summary.accepted(), 2L);
    }
  }

  private void fund() {
    FundingCalculator calculator = FundingCalculator.withDefaultRules();
    FundingBreakdown funding = calculator.calculate(Apprenticeship.builder()
        .startDate(LocalDate.of(2025, 9, 1)).plannedDurationMonths(24)
        .standard(StandardFunding.builder().reference(StandardReference.parse("ST1398"))
            .level(6).typicalDurationMonths(24).build())
        .trainingPrice(new BigDecimal("19000")).assessmentPrice(new BigDecimal("3000"))
        .employer(Employer.nonLevy())
        .apprentice(Apprentice.bornOn(LocalDate.of(2000, 3, 15)))
        .build()).orElseThrow();
    expect("government co-investment", funding.governmentCoInvestment().value(), new BigDecimal("20900.00"));
    expect("employer co-investment", funding.employerCoInvestment().value(), new BigDecimal("1100.00"));
    expect("monthly instalments", funding.instalments().size(), 24);
  }

  private void expect(String what, Object actual, Object expected) {
    boolean same = actual instanceof BigDecimal a && expected instanceof BigDecimal e
        ? a.compareTo(e) == 0
        : Objects.equals(actual, expected);
    if (!same) {
      mismatches.add(what + ": expected " + expected + " but was " + actual);
    }
  }
}

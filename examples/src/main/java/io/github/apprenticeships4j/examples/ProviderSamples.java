package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.provider.AchievementRate;
import io.github.apprenticeships4j.core.provider.Feedback;
import io.github.apprenticeships4j.core.provider.Provider;
import io.github.apprenticeships4j.core.provider.RegisterEntry;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.AchievementRatesCsv;
import io.github.apprenticeships4j.formats.csv.AparCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fictional provider samples bundled with the examples (see {@code providers/SOURCE.md}): an APAR register
 * download, NART provider and national rates for 2023 to 2024, and employer and apprentice feedback.
 */
public final class ProviderSamples {
  public static final String REGISTER = "/providers/apar-sample.csv";
  public static final String PROVIDER_RATES = "/providers/nart-providers-sample.csv";
  public static final String NATIONAL_RATES = "/providers/nart-overall-sample.csv";
  /** The academic year of the bundled rates. */
  public static final String PERIOD = "2324";

  /** Fictional employer feedback of the sample providers. */
  public static final Map<Ukprn, Feedback> EMPLOYER_FEEDBACK = Map.of(
      Ukprn.of(99_990_001L), Feedback.of(4, 25), Ukprn.of(99_990_002L), Feedback.of(3, 14),
      Ukprn.of(99_990_003L), Feedback.of(3, 6), Ukprn.of(99_990_004L), Feedback.of(4, 3),
      Ukprn.of(99_990_007L), Feedback.of(2, 11));
  /** Fictional apprentice feedback of the sample providers. */
  public static final Map<Ukprn, Feedback> APPRENTICE_FEEDBACK = Map.of(
      Ukprn.of(99_990_001L), Feedback.of(3, 40), Ukprn.of(99_990_002L), Feedback.of(4, 22),
      Ukprn.of(99_990_007L), Feedback.of(3, 18));

  private ProviderSamples() {}

  /**
   * The providers, the national rates and the findings of reading them.
   *
   * @param providers one per register entry, with its rates and feedback
   * @param nationalRates the national rates
   * @param findings the findings of every rejected or warned row, and any fatal finding
   * @param summaries the account of each read
   */
  public record Loaded(List<Provider> providers, List<AchievementRate> nationalRates, List<Issue> findings,
      List<ReadSummary> summaries) {}

  /** The bundled samples. */
  public static Loaded bundled() throws IOException {
    return load(Optional.empty(), Optional.empty(), Optional.empty(), PERIOD);
  }

  /** The register and rates from the given files, or from the bundled samples where a file is not given. */
  public static Loaded load(Optional<Path> register, Optional<Path> providerRates, Optional<Path> nationalRates,
      String period) throws IOException {
    List<Issue> findings = new ArrayList<>();
    List<ReadSummary> summaries = new ArrayList<>();
    List<RegisterEntry> entries = readAll(register.isPresent() ? AparCsv.reader().open(register.get())
        : AparCsv.reader().open(resource(REGISTER), REGISTER.substring(1)), findings, summaries);
    CsvOptions<RecordReader<AchievementRate>> rates = AchievementRatesCsv.reader(period);
    List<AchievementRate> byProvider = readAll(providerRates.isPresent() ? rates.open(providerRates.get())
        : rates.open(resource(PROVIDER_RATES), PROVIDER_RATES.substring(1)), findings, summaries);
    List<AchievementRate> national = readAll(nationalRates.isPresent() ? rates.open(nationalRates.get())
        : rates.open(resource(NATIONAL_RATES), NATIONAL_RATES.substring(1)), findings, summaries);
    List<Provider> providers = Provider.assemble(entries, byProvider, EMPLOYER_FEEDBACK, APPRENTICE_FEEDBACK);
    return new Loaded(providers, national, findings, summaries);
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ProviderSamples.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing bundled resource " + name);
    }
    return in;
  }

  private static <T> List<T> readAll(RecordReader<T> reader, List<Issue> findings, List<ReadSummary> summaries) {
    List<T> values = new ArrayList<>();
    try (reader) {
      reader.rows().forEach(row -> {
        findings.addAll(row.issues());
        if (row instanceof Row.Accepted<T> ok) {
          values.add(ok.value());
        }
      });
      ReadSummary summary = reader.summary();
      summary.stoppedBy().ifPresent(findings::add);
      summaries.add(summary);
    }
    return values;
  }
}

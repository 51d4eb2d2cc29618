package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.provider.AchievementRate;
import io.github.apprenticeships4j.core.provider.AgeBand;
import io.github.apprenticeships4j.core.provider.ComparedProvider;
import io.github.apprenticeships4j.core.provider.Feedback;
import io.github.apprenticeships4j.core.provider.LevelGroup;
import io.github.apprenticeships4j.core.provider.ProviderComparison;
import io.github.apprenticeships4j.core.provider.ProviderSort;
import io.github.apprenticeships4j.core.provider.QualityThresholds;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A comparison of the training providers for ST1398 Machine learning engineer, from the bundled fictional samples
 * (see {@code providers/SOURCE.md}): the national achievement rates tables give rates by sector subject area and
 * level group, so the providers are compared on "ICT for practitioners", level 4+, all ages, against the national
 * rate, with the default thresholds (65 / 75 / 80).
 */
public final class ProviderComparisonExample {
  /** The sector subject area (tier 2) of the Digital route's ICT standards in the tables. */
  public static final String SECTOR = "ICT for practitioners";

  private ProviderComparisonExample() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  static void run(PrintWriter out) {
    Standard ml = BundledData.digitalStandards().value()
        .get(StandardReference.parse("ST1398"), StandardVersion.of(1, 0));
    LevelGroup level = LevelGroup.ofLevel(ml.level());
    ProviderSamples.Loaded samples;
    try {
      samples = ProviderSamples.bundled();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<AchievementRate> national = nationalRate(samples.nationalRates(), SECTOR, level, AgeBand.ALL_AGES);
    ProviderComparison comparison = ProviderComparison.of(
        ProviderComparison.rateForSector(SECTOR, level, AgeBand.ALL_AGES))
        .sortBy(ProviderSort.ACHIEVEMENT_RATE)
        .thresholds(QualityThresholds.defaults());
    if (national.isPresent()) {
      comparison = comparison.nationalRate(national.get());
    }
    List<ComparedProvider> rows = comparison.compare(samples.providers());

    out.println(ml.reference() + " " + ml.title() + " (level " + ml.level()
        + "): training providers by achievement rate");
    out.println("Rates: " + SECTOR + ", level " + level + ", all ages, 2023 to 2024; national "
        + national.flatMap(AchievementRate::publishedRate).map(r -> r + "%").orElse("unknown")
        + "; thresholds: baseline above 65%, strong above 75%");
    printTable(rows, out);
    samples.summaries().forEach(s -> out.println("  " + s));
  }

  /** The national rate of a sector, level group and age band, if the rates have one. */
  public static Optional<AchievementRate> nationalRate(List<AchievementRate> rates, String sector, LevelGroup level,
      AgeBand age) {
    return rates.stream().filter(AchievementRate::isNational)
        .filter(r -> r.sectorSubjectArea().filter(sector::equalsIgnoreCase).isPresent())
        .filter(r -> r.levelGroup().filter(level::equals).isPresent())
        .filter(r -> r.ageBand().filter(age::equals).isPresent())
        .findFirst();
  }

  /** Prints the compared providers as a table. */
  public static void printTable(List<ComparedProvider> rows, PrintWriter out) {
    String format = "%2s  %-8s  %-37s  %-10s  %6s  %7s  %-9s  %-11s  %-14s  %-14s%n";
    out.printf(Locale.ROOT, format, "#", "UKPRN", "Provider", "Type", "Rate", "vs nat.", "Band", "Assessment",
        "Employers", "Apprentices");
    int rank = 0;
    for (ComparedProvider row : rows) {
      rank++;
      out.printf(Locale.ROOT, format, rank, row.provider().ukprn(), abbreviate(row.provider().name()
          + (row.provider().registration().map(e -> e.notCurrentlyStartingNewApprentices()).orElse(false)
              ? " *" : ""), 37),
          row.provider().type().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse("-"),
          row.achievement().flatMap(AchievementRate::publishedRate).map(r -> r + "%").orElse("-"),
          row.assessment().differenceFromNational().map(ProviderComparisonExample::signed).orElse("-"),
          row.band().officialName(), row.assessment().level().name().toLowerCase(Locale.ROOT),
          stars(row.provider().employerFeedback()), stars(row.provider().apprenticeFeedback()));
    }
    if (rows.stream().anyMatch(r -> r.provider().registration().map(e -> e.notCurrentlyStartingNewApprentices())
        .orElse(false))) {
      out.println("  * not currently starting new apprentices");
    }
  }

  private static String stars(Optional<Feedback> feedback) {
    return feedback.map(f -> f.rating().officialName() + " (" + f.reviewCount() + ")").orElse("NotYetReviewed");
  }

  private static String signed(BigDecimal points) {
    return (points.signum() > 0 ? "+" : "") + points.toPlainString();
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }
}

package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.provider.AchievementBand;
import io.github.apprenticeships4j.core.provider.AchievementRate;
import io.github.apprenticeships4j.core.provider.AgeBand;
import io.github.apprenticeships4j.core.provider.ComparedProvider;
import io.github.apprenticeships4j.core.provider.Feedback;
import io.github.apprenticeships4j.core.provider.LevelGroup;
import io.github.apprenticeships4j.core.provider.ProviderComparison;
import io.github.apprenticeships4j.core.provider.ProviderSort;
import io.github.apprenticeships4j.core.provider.ProviderType;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.examples.ProviderComparisonExample;
import io.github.apprenticeships4j.examples.ProviderSamples;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code a4j providers compare}. */
@Command(name = "providers", description = "Compare training providers.",
    subcommands = {ProvidersCommand.Compare.class})
final class ProvidersCommand {
  private ProvidersCommand() {}

  /** The order names of {@code --sort}. */
  enum SortBy {
    achievement(ProviderSort.ACHIEVEMENT_RATE),
    employer(ProviderSort.EMPLOYER_RATING),
    apprentice(ProviderSort.APPRENTICE_RATING);

    final ProviderSort sort;

    SortBy(ProviderSort sort) {
      this.sort = sort;
    }
  }

  @Command(name = "compare",
      description = "List the providers of a standard by achievement rate or rating, with bands and assessments.")
  static final class Compare extends Subcommand {

    @SuppressWarnings("NullAway.Init") // set by picocli: it has a default
    @Option(names = "--standard", paramLabel = "REF", defaultValue = "ST1398",
        description = "Standard whose level picks the rates (default: ${DEFAULT-VALUE}).")
    String standard;

    @Option(names = "--on", paramLabel = "yyyy-mm-dd",
        description = "The date whose approved version of the standard gives its level (default: today).")
    @Nullable
    String on;

    @SuppressWarnings("NullAway.Init") // set by picocli: it has a default
    @Option(names = "--sector", paramLabel = "SSA", defaultValue = ProviderComparisonExample.SECTOR,
        description = "Sector subject area (tier 2) of the rates (default: ${DEFAULT-VALUE}).")
    String sector;

    @SuppressWarnings("NullAway.Init") // set by picocli: it has a default
    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "achievement",
        description = "achievement, employer or apprentice (default: ${DEFAULT-VALUE}).")
    SortBy sort;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
        description = "Only these provider types: main, employer, supporting.")
    List<String> types = new ArrayList<>();

    @Option(names = "--band", paramLabel = "BAND", split = ",",
        description = "Only these bands: Excellent, Good, Poor, VeryPoor, None.")
    List<String> bands = new ArrayList<>();

    @Option(names = "--register", paramLabel = "FILE", description = "APAR CSV (default: the bundled sample).")
    @Nullable
    Path register;

    @Option(names = "--rates", paramLabel = "FILE", description = "NART provider CSV (default: the bundled sample).")
    @Nullable
    Path rates;

    @Option(names = "--national", paramLabel = "FILE",
        description = "NART overall CSV (default: the bundled sample).")
    @Nullable
    Path national;

    @SuppressWarnings("NullAway.Init") // set by picocli: it has a default
    @Option(names = "--period", paramLabel = "YYYY", defaultValue = ProviderSamples.PERIOD,
        description = "Academic year of the rates, e.g. 2324 (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--json", description = "Print one JSON object per provider.")
    boolean json;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      Set<ProviderType> wantedTypes = EnumSet.noneOf(ProviderType.class);
      Set<AchievementBand> wantedBands = EnumSet.noneOf(AchievementBand.class);
      StandardReference reference;
      try {
        reference = StandardReference.parse(standard);
        for (String type : types) {
          wantedTypes.add(ProviderType.tryParse(type).orElseThrow(() -> new IllegalArgumentException(
              "unknown provider type " + type + " (main, employer or supporting)")));
        }
        for (String band : bands) {
          wantedBands.add(AchievementBand.tryParse(band).orElseThrow(() -> new IllegalArgumentException(
              "unknown band " + band + " (Excellent, Good, Poor, VeryPoor or None)")));
        }
      } catch (IllegalArgumentException e) {
        return CommandIo.failed(err, e);
      }
      LocalDate date = on == null ? LocalDate.now(ZoneId.systemDefault()) : A4j.date(spec, "--on", on);
      Optional<VersionChoice> choice;
      try {
        choice = VersionChoice.on(StandardsCommand.load(Optional.empty()).catalogue(), reference, date);
      } catch (IOException e) {
        err.println("a4j: cannot read the bundled standards: " + A4j.describe(e));
        return A4j.UNREADABLE;
      }
      if (choice.isEmpty()) {
        err.println("a4j: no " + reference + " in the bundled standards");
        return A4j.ERRORS;
      }
      Standard found = choice.get().standard();
      if (found.apprenticeshipLevel().isEmpty()) {
        err.println("a4j: " + choice.get().explanation());
        err.println("a4j: " + found.key() + " has level " + found.level() + ", not an apprenticeship level (2 to 7)");
        return A4j.ERRORS;
      }
      LevelGroup level = LevelGroup.ofLevel(found.level());
      ProviderSamples.Loaded loaded;
      try {
        loaded = ProviderSamples.load(Optional.ofNullable(register), Optional.ofNullable(rates),
            Optional.ofNullable(national), period);
      } catch (NoSuchFileException e) {
        return CommandIo.cannotRead(err, e.getFile(), e);
      } catch (IOException e) {
        err.println("a4j: cannot read the input: " + A4j.describe(e));
        return A4j.UNREADABLE;
      }
      Optional<AchievementRate> nationalRate =
          ProviderComparisonExample.nationalRate(loaded.nationalRates(), sector, level, AgeBand.ALL_AGES);
      ProviderComparison comparison = ProviderComparison.of(
          ProviderComparison.rateForSector(sector, level, AgeBand.ALL_AGES))
          .types(wantedTypes).bands(wantedBands).sortBy(sort.sort);
      if (nationalRate.isPresent()) {
        comparison = comparison.nationalRate(nationalRate.get());
      }
      List<ComparedProvider> rows = comparison.compare(loaded.providers());
      if (json) {
        err.println("a4j: " + choice.get().explanation());
        int rank = 0;
        for (ComparedProvider row : rows) {
          CommandIo.printJson(out, toJson(++rank, reference, row));
        }
      } else {
        out.println(choice.get().explanation());
        out.println(found.reference() + " " + found.title() + ": " + sector + ", level " + level
            + ", national " + nationalRate.flatMap(AchievementRate::publishedRate).map(r -> r + "%").orElse("unknown"));
        ProviderComparisonExample.printTable(rows, out);
      }
      loaded.findings().forEach(err::println);
      out.flush();
      if (loaded.summaries().stream().anyMatch(s -> !s.complete())) {
        return A4j.UNREADABLE;
      }
      return loaded.findings().stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR)) ? A4j.ERRORS : A4j.OK;
    }
  }

  /** A compared provider as one JSON object. */
  static Map<String, Object> toJson(int rank, StandardReference standard, ComparedProvider row) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rank", rank);
    json.put("standard", standard.toString());
    json.put("ukprn", row.provider().ukprn().value());
    json.put("name", row.provider().name());
    json.put("type", row.provider().type().map(Enum::name).orElse(null));
    json.put("startingNewApprentices", row.provider().registration().map(e -> e.isStartingNewApprentices())
        .orElse(null));
    json.put("achievementRate", row.achievement().flatMap(AchievementRate::publishedRate).orElse(null));
    json.put("leavers", row.achievement().flatMap(AchievementRate::publishedLeavers).orElse(null));
    json.put("band", row.band().officialName());
    json.put("differenceFromNational", row.assessment().differenceFromNational().map(d -> d.toPlainString())
        .orElse(null));
    json.put("assessment", row.assessment().level().name());
    putFeedback(json, "employer", row.provider().employerFeedback());
    putFeedback(json, "apprentice", row.provider().apprenticeFeedback());
    return json;
  }

  private static void putFeedback(Map<String, Object> json, String who, Optional<Feedback> feedback) {
    json.put(who + "Rating", feedback.map(f -> f.rating().officialName()).orElse("NotYetReviewed"));
    json.put(who + "Stars", feedback.map(Feedback::stars).orElse(null));
    json.put(who + "Reviews", feedback.map(Feedback::reviewCount).orElse(null));
  }
}

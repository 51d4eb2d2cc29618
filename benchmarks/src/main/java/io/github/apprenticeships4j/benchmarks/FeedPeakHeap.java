package io.github.apprenticeships4j.benchmarks;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Peak heap of the library reading the generated feed of {@link FeedBenchmark}, streamed as it is generated (no
 * bytes held). Run in a small heap, e.g. {@code java -Xmx64m ... FeedPeakHeap 1000000 <catalogue.json.gz>}: prints
 * the peak heap used after the catalogue is loaded and again after the feed, with the row counts. The catalogue is
 * read with only what the feed rules read ({@code StandardsJson.feedReader()}), as {@code a4j feed validate} does;
 * a third argument {@code full} reads the whole model instead.
 */
public final class FeedPeakHeap {
  private FeedPeakHeap() {}

  public static void main(String[] args) {
    long rows = Long.parseLong(args[0]);
    boolean full = args.length > 2 && args[2].equals("full");
    StandardCatalogue standards = full ? FeedRows.catalogue(Path.of(args[1])) : FeedRows.feedCatalogue(Path.of(
        args[1]));
    FeedRows generator = FeedRows.of(standards);
    FeedContext context = FeedContext.builder().validationDate(FeedRows.VALIDATION_DATE)
        .standards(KnownStandards.of(standards)).maxFileLines(Long.MAX_VALUE).maxFileSizeKb(Long.MAX_VALUE / 1024)
        .build();
    System.gc();
    long before = peakHeap(true);
    long accepted;
    ReadSummary summary;
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(generator.stream(rows), "feed.csv")) {
      accepted = reader.rows().filter(Row::isAccepted).count();
      summary = reader.summary();
    }
    long peak = peakHeap(false);
    System.out.printf("%s catalogue; rows %d accepted %d complete %s; max heap %d MiB; heap in use after catalogue "
        + "%d MiB; peak heap while reading %d MiB%n", full ? "full" : "feed-facts", summary.read(), accepted,
        summary.complete(),
        Runtime.getRuntime().maxMemory() >> 20, before >> 20, peak >> 20);
  }

  /** The sum of the heap pools' peaks; with {@code reset}, the current use, and the peaks reset to it. */
  private static long peakHeap(boolean reset) {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        if (reset) {
          total += pool.getUsage().getUsed();
          pool.resetPeakUsage();
        } else {
          total += pool.getPeakUsage().getUsed();
        }
      }
    }
    return total;
  }
}

package io.github.apprenticeships4j.benchmarks;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import java.nio.file.Path;

/**
 * Peak heap of the library reading the generated feed of {@link FeedBenchmark}, streamed as it is generated (no
 * bytes held). Run in a small heap, e.g. {@code java -Xmx64m ... FeedPeakHeap 1000000 <catalogue.json.gz>}: prints
 * the row counts, the heap limit, the heap used after a full collection once the catalogue is loaded, and the largest
 * heap used right after a collection while the feed was read (see {@link HeapAfterGc}); completing at all in the
 * limit is the test. The catalogue is read with only what the feed rules read ({@code StandardsJson.feedReader()}),
 * as {@code a4j feed validate} does; a third argument {@code full} reads the whole model instead.
 */
public final class FeedPeakHeap {
  private FeedPeakHeap() {}

  public static void main(String[] args) throws InterruptedException {
    long rows = Long.parseLong(args[0]);
    boolean full = args.length > 2 && args[2].equals("full");
    StandardCatalogue standards = full ? FeedRows.catalogue(Path.of(args[1])) : FeedRows.feedCatalogue(Path.of(
        args[1]));
    FeedRows generator = FeedRows.of(standards);
    FeedContext context = FeedContext.builder().validationDate(FeedRows.VALIDATION_DATE)
        .standards(KnownStandards.of(standards)).maxFileLines(Long.MAX_VALUE).maxFileSizeKb(Long.MAX_VALUE / 1024)
        .build();
    long afterCatalogue = HeapAfterGc.usedAfterFullGc();
    long accepted;
    ReadSummary summary;
    try (HeapAfterGc whileReading = HeapAfterGc.watch()) {
      try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(generator.stream(rows),
          "feed.csv")) {
        accepted = reader.rows().filter(Row::isAccepted).count();
        summary = reader.summary();
      }
      whileReading.stop();
      System.out.printf("%s catalogue; rows %d accepted %d complete %s; heap limit %d MiB; heap used after a full GC "
          + "once the catalogue is loaded %d MiB; largest heap used after a GC while reading %d MiB (%d collections)%n",
          full ? "full" : "feed-facts", summary.read(), accepted, summary.complete(), HeapAfterGc.limit() >> 20,
          afterCatalogue >> 20, whileReading.maxUsedAfterCollection() >> 20, whileReading.collectionsSeen());
    }
  }
}

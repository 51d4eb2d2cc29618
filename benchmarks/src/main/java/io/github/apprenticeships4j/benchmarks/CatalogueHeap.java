package io.github.apprenticeships4j.benchmarks;

import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import java.lang.ref.Reference;
import java.nio.file.Path;

/**
 * The heap the national catalogue keeps once loaded: used heap after full garbage collections, before and after the
 * load, with the catalogue still referenced. Run e.g. {@code java -XX:+UseSerialGC ... CatalogueHeap
 * <catalogue.json.gz> full} (the whole model, as {@code StandardsJson.reader()} reads it) or {@code feed} (only what
 * the feed rules read, {@code StandardsJson.feedReader()}).
 */
public final class CatalogueHeap {
  private CatalogueHeap() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    boolean full = args.length < 2 || args[1].equals("full");
    long before = usedAfterGc();
    long start = System.nanoTime();
    StandardCatalogue catalogue = full ? FeedRows.catalogue(file) : FeedRows.feedCatalogue(file);
    try {
      long millis = (System.nanoTime() - start) / 1_000_000;
      long after = usedAfterGc();
      System.out.printf("%s catalogue: %d standards, loaded in %d ms, keeps %.1f MiB%n",
          full ? "full" : "feed-facts", catalogue.size(), millis, (after - before) / 1048576.0);
    } finally {
      Reference.reachabilityFence(catalogue);
    }
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}

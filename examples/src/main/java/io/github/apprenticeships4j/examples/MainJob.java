package io.github.apprenticeships4j.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The README's main job: every example program in turn, on the bundled real data — the standards tour, the funding
 * seed case, the career tour, the provider comparison, the check of a provider's bulk-upload feed and an
 * apprentice's progress towards the gateway.
 */
public final class MainJob {
  private MainJob() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  static void run(PrintWriter out) {
    heading("Standards: the Skills England Digital route", out);
    StandardsTour.run(out);
    heading("Funding: ST1398 Machine learning engineer", out);
    FundingSeedCase.run(out);
    heading("Career frameworks: DDaT and the ML engineer ladder", out);
    CareerTour.run(out);
    heading("Training providers for ST1398", out);
    ProviderComparisonExample.run(out);
    heading("Provider feed: the bundled sample bulk upload, row by row", out);
    FeedCheck.run(out);
    heading("Apprentice progress: an ST1398 apprentice and a cohort, on " + ProgressCheckExample.TODAY, out);
    ProgressCheckExample.run(out);
  }

  private static void heading(String title, PrintWriter out) {
    out.println();
    out.println("== " + title + " " + "=".repeat(Math.max(3, 100 - title.length())));
    out.println();
  }
}

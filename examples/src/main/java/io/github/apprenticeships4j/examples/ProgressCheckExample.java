package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.progress.EvidenceLogEntry;
import io.github.apprenticeships4j.core.progress.ProgressCheck;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.csv.EvidenceLogCsv;
import io.github.apprenticeships4j.formats.json.ProgressJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * An ST1398 Machine learning engineer apprentice's progress, from the bundled constructed record (see
 * {@code progress/SOURCE.md}) against the bundled ST1398 1.0 standard, checked on {@value #TODAY}: KSB coverage, the
 * off-the-job hours still needed and the weekly rate that would meet them, the gateway's blockers and the latest
 * end-point assessment date; then the summary of the bundled cohort of five, before and after their evidence log
 * ({@code progress/st1398-cohort-evidence.csv}) is added to their records.
 */
public final class ProgressCheckExample {
  /** The bundled apprentice. */
  public static final String APPRENTICE = "/progress/st1398-apprentice.json";
  /** The bundled cohort, A001 to A005. */
  public static final String COHORT = "/progress/st1398-cohort.json";
  /** The bundled cohort's evidence log, one KSB evidence item a row. */
  public static final String EVIDENCE = "/progress/st1398-cohort-evidence.csv";
  /** The day of the check. */
  public static final String TODAY = "2027-06-01";

  private ProgressCheckExample() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  static void run(PrintWriter out) {
    StandardCatalogue standards = BundledData.digitalStandards().value();
    LocalDate today = LocalDate.parse(TODAY);
    ProgressRecord apprentice = records(APPRENTICE).get(0);
    Standard st1398 = standards.get(apprentice.standardReference(), apprentice.standardVersion());
    ProgressPrinter.print(ProgressCheck.check(apprentice, st1398, today), st1398, out);
    out.println();
    List<ProgressRecord> cohort = records(COHORT);
    ProgressPrinter.printSummary(summary(cohort, standards, today), out);
    List<EvidenceLogEntry> log = evidenceLog(today);
    out.println();
    out.println("With the " + log.size() + " items of the cohort's evidence log added:");
    ProgressPrinter.printSummary(summary(EvidenceLogEntry.attach(cohort, log), standards, today), out);
  }

  private static ProgressPrinter.CohortSummary summary(List<ProgressRecord> cohort, StandardCatalogue standards,
      LocalDate today) {
    return ProgressPrinter.CohortSummary.of(cohort.stream().map(r -> ProgressCheck.check(r, standards.get(
        r.standardReference(), r.standardVersion()), today)).toList(), 0);
  }

  /** The bundled evidence log, read as of {@code today}; it has no errors. */
  static List<EvidenceLogEntry> evidenceLog(LocalDate today) {
    try (InputStream in = ProgressCheckExample.class.getResourceAsStream(EVIDENCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + EVIDENCE);
      }
      return EvidenceLogCsv.reader(today).open(in, EVIDENCE.substring(1)).load().requireNoErrors();
    } catch (LoadException e) {
      throw new IllegalStateException("the bundled " + EVIDENCE + " has errors: " + e.issues(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of a bundled progress document; the bundled files have no errors. */
  static List<ProgressRecord> records(String resource) {
    try (InputStream in = ProgressCheckExample.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Loaded<List<ProgressRecord>> loaded = ProgressJson.reader().open(in, resource.substring(1)).load();
      return loaded.requireNoErrors();
    } catch (LoadException e) {
      throw new IllegalStateException("the bundled " + resource + " has errors: " + e.issues(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardDiff;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardValidator;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.formats.Loaded;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The main job on the bundled real data (the 99 Digital-route standards): ST1398 Machine learning engineer with its
 * duties and KSB codes, the defects of the published catalogue grouped by rule, and what changed between versions
 * 1.0 and 1.1 of ST0795 Data technician.
 */
public final class StandardsTour {
  private StandardsTour() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  static void run(PrintWriter out) {
    Loaded<StandardCatalogue> loaded = BundledData.digitalStandards();
    StandardCatalogue catalogue = loaded.value();
    out.println(loaded);
    out.println();

    Standard ml = catalogue.get(StandardReference.parse("ST1398"), StandardVersion.of(1, 0));
    StandardsPrinter.print(ml, out);
    out.println();

    ValidationReport report = StandardValidator.validate(catalogue);
    out.println("Findings in the Digital-route catalogue, by rule:");
    for (Map.Entry<String, List<Issue>> byCode : report.byCode().entrySet()) {
      List<Issue> issues = byCode.getValue();
      out.printf("  %-32s %-7s %3d  %s%n", byCode.getKey(), issues.get(0).severity(), issues.size(),
          issues.stream().map(i -> i.subject().orElse("?")).distinct().limit(6).collect(Collectors.joining(", ")));
    }
    out.println();

    StandardReference dataTechnician = StandardReference.parse("ST0795");
    StandardDiff diff = StandardDiff.between(catalogue.get(dataTechnician, StandardVersion.of(1, 0)),
        catalogue.get(dataTechnician, StandardVersion.of(1, 1)));
    printDiff(diff, out);
  }

  static void printDiff(StandardDiff diff, PrintWriter out) {
    out.println("Changes from " + diff.before().key() + " to " + diff.after().key() + " (" + diff.after().title()
        + "):");
    diff.fieldChanges().forEach(c -> out.println("  " + c));
    out.println("  KSBs added: " + codes(diff.ksbsAdded()) + "; removed: " + codes(diff.ksbsRemoved())
        + "; reworded: " + diff.ksbsReworded().size());
    diff.ksbsReworded().stream().limit(5).forEach(c -> out.println("    " + c.before().code() + " -> "
        + c.after().code() + ": " + StandardsPrinter.abbreviate(c.after().text(), 80)));
    out.println("  Duties added: " + diff.dutiesAdded().size() + "; removed: " + diff.dutiesRemoved().size());
  }

  private static String codes(List<Ksb> ksbs) {
    return ksbs.isEmpty() ? "none" : ksbs.stream().map(Ksb::code).collect(Collectors.joining(" "));
  }

}

package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.standard.ApprenticeshipLevel;
import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.Standard;
import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints a standard as text: level and its equivalent, duration, cap, off-the-job hours, end-point assessment period,
 * pathway, cluster, sector subject areas, occupation code, professional recognition, qualifications, regulation,
 * green job titles, the version's change, its page and assessment plan, KSB counts, each duty with its KSB codes.
 */
public final class StandardsPrinter {
  private static final String NOT_GIVEN = "not given";

  private StandardsPrinter() {}

  /** Prints {@code standard} to {@code out}. */
  public static void print(Standard standard, PrintWriter out) {
    out.println(standard.reference() + " " + standard.title() + " (version " + standard.version() + ", LARS code "
        + standard.larsCode().map(Object::toString).orElse("none") + ")");
    out.println("  " + standard.apprenticeshipLevel().map(ApprenticeshipLevel::describe)
        .orElse("Level " + standard.level() + " (not an apprenticeship level)"));
    out.println("  Typical duration: " + standard.typicalDurationMonths() + " months; maximum funding: £"
        + standard.maxFunding().toPlainString() + "; route: " + standard.route() + "; status: " + standard.status());
    out.println("  Minimum off-the-job training: " + given(standard.minimumOffTheJobHours(), " hours")
        + "; end-point assessment period: " + given(standard.endPointAssessmentMonths(), " months"));
    out.println("  Pathway: " + standard.pathway().orElse(NOT_GIVEN) + "; cluster: "
        + standard.cluster().map(c -> c + standard.clusterId().map(id -> " (" + id + ")").orElse(""))
            .orElse(NOT_GIVEN));
    out.println("  Sector subject areas: " + standard.sectorSubjectArea().orElse(NOT_GIVEN) + "; "
        + standard.sectorSubjectAreaTier2().orElse(NOT_GIVEN) + "; occupation code: "
        + standard.occupationCode().orElse(NOT_GIVEN));
    printRecognitionAndRegulation(standard, out);
    out.println("  KSBs: " + standard.ksbs(KsbType.KNOWLEDGE).size() + " knowledge, "
        + standard.ksbs(KsbType.SKILL).size() + " skills, " + standard.ksbs(KsbType.BEHAVIOUR).size()
        + " behaviours");
    out.println("  Duties:");
    int number = 1;
    for (Duty duty : standard.duties()) {
      out.println("    " + number++ + ". " + abbreviate(duty.text(), 90));
      out.println("       " + standard.ksbsOf(duty).stream().map(Ksb::code).collect(Collectors.joining(" ")));
    }
  }

  /** Professional recognition, qualifications, regulation, green job titles, the version's change and its pages. */
  private static void printRecognitionAndRegulation(Standard standard, PrintWriter out) {
    out.println("  Professional recognition: " + listed(standard.professionalRecognitions().stream()
        .map(r -> r + r.partial().map(p -> p ? " (partial)" : " (full)").orElse(""))));
    out.println("  Qualifications: " + listed(standard.qualifications().stream().map(Object::toString)));
    out.println("  Regulated: " + standard.regulated().map(r -> r ? "yes" : "no").orElse(NOT_GIVEN)
        + standard.regulatedBody().map(body -> ", by " + body).orElse("")
        + standard.regulatorApprovals().stream().map(a -> "; " + a).collect(Collectors.joining()));
    out.println("  Green job titles: " + listed(standard.greenJobTitles().stream()));
    out.println("  Change: " + standard.changeNote().orElse(NOT_GIVEN)
        + standard.changedDate().map(d -> " (" + d + ")").orElse(""));
    out.println("  Standard page: " + standard.standardPageUrl().orElse(NOT_GIVEN));
    out.println("  Assessment plan: " + standard.assessmentPlanUrl().orElse(NOT_GIVEN));
  }

  private static String listed(Stream<String> items) {
    String joined = items.collect(Collectors.joining("; "));
    return joined.isEmpty() ? "none" : joined;
  }

  private static String given(OptionalInt value, String unit) {
    return value.isPresent() ? value.getAsInt() + unit : NOT_GIVEN;
  }

  static String abbreviate(String text, int max) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= max ? line : line.substring(0, max - 3) + "...";
  }
}

package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerPath;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PathCost;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.crosswalk.CrosswalkProfile;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.Loaded;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Career frameworks on the bundled data: the official DDaT Capability Framework (the roles that share skills with
 * Machine learning engineer, and the skill gap from Senior to Lead machine learning engineer), the skill profile of
 * the ST1398 apprenticeship derived from the bundled crosswalk of its KSBs to the DDaT skills and its gap to Senior
 * machine learning engineer, then the example ML engineer ladder (every path from the ST1398 Machine learning engineer
 * apprenticeship to Head of AI, with the skills to learn on each step, for the paths of at most {@value #MAX_STEPS}
 * steps).
 */
public final class CareerTour {
  static final RoleId ML_ENGINEER = RoleId.parse("machine-learning-engineer");
  static final RoleLevelId SENIOR = RoleLevelId.parse("senior-machine-learning-engineer");
  static final RoleLevelId LEAD = RoleLevelId.parse("lead-machine-learning-engineer");
  static final CareerNode ST1398 = CareerNode.parse("ST1398");
  static final CareerNode HEAD_OF_AI = CareerNode.parse("head-of-ai");
  static final int MAX_STEPS = 5;

  private CareerTour() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  static void run(PrintWriter out) {
    Loaded<Framework> load = CareerData.ddat();
    Framework ddat = load.value();
    out.println(ddat + ", " + ddat.families().size() + " role families, " + ddat.roleLevels().size()
        + " role levels");
    load.summaries().forEach(s -> out.println("  " + s));
    Map<String, Long> byCode = load.issues().stream()
        .collect(Collectors.groupingBy(Issue::code, TreeMap::new, Collectors.counting()));
    out.println("  reported, not dropped: " + byCode.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")));
    out.println();

    CareerPrinter.printSharedSkills(ddat.getRole(ML_ENGINEER), ddat.sharedSkillTable(ML_ENGINEER), out);
    out.println();

    CareerPrinter.printGap(ddat.gap(SENIOR, LEAD), out);
    out.println();

    Crosswalk crosswalk = CareerData.crosswalk();
    CrosswalkProfile st1398 = crosswalk.profile(CareerData.standardOf(crosswalk).orElseThrow(), ddat);
    out.println("Crosswalk " + crosswalk + ": " + (st1398.findings().isEmpty() ? "no findings"
        : st1398.findings().issues().size() + " findings"));
    out.println(st1398);
    CareerPrinter.printGap(st1398.gap(ddat, SENIOR), out);
    out.println();

    ProgressionGraph ladder = CareerData.ladder();
    out.println(ladder.framework().name() + ": " + ladder);
    List<CareerPath> all = ladder.paths(ST1398, HEAD_OF_AI).paths();
    List<CareerPath> paths = ladder.paths(ST1398, HEAD_OF_AI, MAX_STEPS).paths();
    out.println("Paths from " + ladder.label(ST1398) + " to " + ladder.label(HEAD_OF_AI) + ": " + all.size()
        + " (" + all.get(0).steps() + " to " + all.get(all.size() - 1).steps() + " steps); the " + paths.size()
        + " of at most " + MAX_STEPS + " steps, with the skills to learn on each step:");
    CareerPrinter.printPaths(ladder, paths, out);
    ladder.shortestPath(ST1398, HEAD_OF_AI, PathCost.SKILL_GAP).ifPresent(p -> out.println(
        "Least to learn: " + p + " (" + p.skillGap() + " skill levels)"));
  }
}

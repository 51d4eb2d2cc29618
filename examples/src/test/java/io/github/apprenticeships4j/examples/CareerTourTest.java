package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CareerTourTest {
  static String out;

  @BeforeAll
  static void run() {
    StringWriter text = new StringWriter();
    try (PrintWriter writer = new PrintWriter(text)) {
      CareerTour.run(writer);
    }
    out = text.toString();
  }

  @Test
  void tour_readsTheWholeOfficialFramework_andReportsItsOddities() {
    assertThat(out).contains("Government Digital and Data Profession Capability Framework (52 roles, 188 skills),"
        + " 8 role families, 205 role levels")
        .contains("role-content.csv: 1825 read, 1825 accepted, 0 rejected")
        .contains("skill-description-content.csv: 188 read, 188 accepted, 0 rejected")
        .contains("ddat.requirement.duplicate 16", "ddat.skill-description.missing 325",
            "ddat.skill-level.not-defined 60", "ddat.role-level.not-in-use 28");
  }

  @Test
  void tour_printsTheRolesSharingSkillsWithMachineLearningEngineer() {
    List<String> lines = out.lines().toList();
    int header = lines.indexOf("Roles sharing skills with Machine learning engineer (Data): 18");
    assertThat(header).isNotNegative();
    assertThat(lines.get(header + 1)).startsWith("  Data scientist ").contains(" 4  ")
        .contains("Applied maths, statistics and scientific practices", "Data ethics and privacy",
            "Data science innovation",
            "Programming and build (software engineering) ~ Programming and build (data science)");
    assertThat(lines.subList(header + 1, header + 19)).anySatisfy(line -> assertThat(line)
        .startsWith("  Software developer ").endsWith(" 2  Programming and build (software engineering), "
            + "Systems integration"));
    assertThat(lines.subList(header + 1, header + 19)).anySatisfy(line -> assertThat(line)
        .startsWith("  Development operations (DevOps) engineer ").endsWith(" 2  Programming and build "
            + "(software engineering), Systems integration"));
    assertThat(lines.get(header + 19)).isEmpty();
  }

  @Test
  void tour_printsTheOfficialGap_fourSkillsRiseFromPractitionerToExpert() {
    assertThat(out).contains(String.join(System.lineSeparator(),
        "Senior machine learning engineer -> Lead machine learning engineer: 4 raised, 2 unchanged",
        "  raised by 1: Communicating between the technical and non-technical (Practitioner -> Expert)",
        "  raised by 1: Data science innovation (Practitioner -> Expert)",
        "  raised by 1: Programming and build (software engineering) (Practitioner -> Expert)",
        "  raised by 1: Systems integration (Practitioner -> Expert)",
        "  unchanged: Applied maths, statistics and scientific practices at Practitioner",
        "  unchanged: Data ethics and privacy at Practitioner",
        "  skill levels to learn: 4"));
  }

  @Test
  void tour_printsTheProfileOfST1398DerivedFromTheCrosswalk_andItsGapToSeniorMachineLearningEngineer() {
    assertThat(out).contains(String.join(System.lineSeparator(),
        "Crosswalk ST1398 v1.0 -> Government Digital and Data Profession Capability Framework (28 alignments): "
            + "no findings",
        "ST1398 Machine learning engineer: 6 skills",
        "  Applied maths, statistics and scientific practices at Working (counted: K18, S7, S14, S12; noted: S5)"))
        .contains("  Data ethics and privacy at Working (counted: S11, K26, K24; noted: S20, B4)")
        .contains(String.join(System.lineSeparator(),
            "ST1398 Machine learning engineer -> Senior machine learning engineer: 4 raised, 2 unchanged",
            "  raised by 1: Applied maths, statistics and scientific practices (Working -> Practitioner)"));
  }

  @Test
  void tour_printsThePathsFromSt1398ToHeadOfAi_withTheSkillsToLearn() {
    assertThat(out).contains("Machine learning engineer career ladder (example): ProgressionGraph[13 nodes, 21 edges]")
        .contains("Paths from ST1398 Machine learning engineer to Head of AI: 32 (4 to 8 steps); the 10 of at most"
            + " 5 steps, with the skills to learn on each step:")
        .contains(String.join(System.lineSeparator(),
            "  1. 4 steps, 9 skill levels to learn (least to learn)",
            "     ST1398 Machine learning engineer -> Machine learning engineer (apprenticeship to role)",
            "       learn: Applied maths, statistics and scientific practices (Working -> Practitioner); "
                + "Programming and build (software engineering) (Working -> Practitioner)",
            "     Machine learning engineer -> Senior machine learning engineer (promotion)"))
        .contains("  2. 4 steps, 14 skill levels to learn")
        .contains("  10. 5 steps, 14 skill levels to learn")
        .doesNotContain("  11. ")
        .contains("       learn: Applied maths, statistics and scientific practices (new, Practitioner); "
            + "Data science innovation (new, Practitioner); "
            + "Communicating between the technical and non-technical (Practitioner -> Expert)")
        .contains("     Lead machine learning engineer -> AI engineering manager (management track)"
            + System.lineSeparator() + "       learn: nothing new")
        .contains("Least to learn: ST1398 -APPRENTICESHIP_TO_ROLE-> machine-learning-engineer -PROMOTION-> "
            + "senior-machine-learning-engineer -MANAGEMENT_TRACK-> ai-engineering-manager -PROMOTION-> head-of-ai"
            + " (9 skill levels)");
  }
}

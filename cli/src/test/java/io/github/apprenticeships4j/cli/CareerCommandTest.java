package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.career.CareerCodes;
import static io.github.apprenticeships4j.cli.A4jTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.examples.CareerData;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.diagram.DiagramFormat;
import io.github.apprenticeships4j.formats.diagram.Diagrams;
import io.github.apprenticeships4j.formats.json.CareerJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CareerCommandTest {
  @TempDir
  Path dir;

  static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.get(field).asString()));
    return texts;
  }

  Path ddatCopy() throws IOException {
    Path copy = Files.createDirectories(dir.resolve("ddat"));
    for (String name : List.of(CareerData.ROLE_CONTENT, CareerData.SKILL_DESCRIPTIONS)) {
      try (InputStream in = CareerCommandTest.class.getResourceAsStream(CareerData.DDAT_DIR + name)) {
        Files.copy(in, copy.resolve(name));
      }
    }
    return copy;
  }

  /**
   * A career document of {@code roles} roles of one level each ({@code role-0} to ...), every level leading to every
   * other: about ten million simple paths between two of twelve. Each level requires six skills at levels that differ
   * from role to role, so that every step has skills to learn.
   */
  static String denseCareerJson(int roles) {
    SkillLevelScale scale = SkillLevelScale.ddat();
    Framework.Builder framework = Framework.builder().name("Dense example").publisher("Test")
        .source("generated").scale(scale);
    for (int s = 0; s < 6; s++) {
      framework.addSkills(Skill.builder().id(SkillId.parse("skill-" + s)).name("Skill " + s).build());
    }
    for (int r = 0; r < roles; r++) {
      RoleLevel.Builder level = RoleLevel.builder().id(RoleLevelId.parse("role-" + r)).name("Role " + r).rank(
          1);
      for (int s = 0; s < 6; s++) {
        level.addRequirements(SkillRequirement.of(SkillId.parse("skill-" + s), scale.levels().get((r + s) % 4)));
      }
      framework.addRoles(Role.builder().id(RoleId.parse("family-" + r)).name("Family " + r).family("Test")
          .addLevels(level.build()).build());
    }
    ProgressionGraph.Builder graph = ProgressionGraph.builder().framework(framework.build());
    for (int a = 0; a < roles; a++) {
      for (int b = 0; b < roles; b++) {
        if (a != b) {
          graph.addEdges(new ProgressionEdge(CareerNode.parse("role-" + a), CareerNode.parse("role-" + b),
              EdgeKind.LATERAL_MOVE));
        }
      }
    }
    return CareerJson.toJson(graph.build());
  }

  Path crosswalkCopy() throws IOException {
    Path file = dir.resolve("crosswalk.json");
    try (InputStream in = CareerCommandTest.class.getResourceAsStream(CareerData.CROSSWALK)) {
      Files.copy(in, file);
    }
    return file;
  }

  Path ladderCopy() throws IOException {
    Path file = dir.resolve("ladder.json");
    try (InputStream in = CareerCommandTest.class.getResourceAsStream(CareerData.LADDER)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void shared_printsTheTable_ofTheOfficialFramework() {
    Result result = run("career", "shared", "machine-learning-engineer");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out()).startsWith("Roles sharing skills with Machine learning engineer (Data): 18")
        .contains("Programming and build (software engineering) ~ Programming and build (data science)");
    assertThat(result.out().lines().skip(1).findFirst().orElseThrow()).startsWith("  Data scientist ");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void shared_json_givesEveryRoleWithTheSkillsShared_andAcceptsTheRoleName() {
    Result result = run("career", "shared", "Machine learning engineer", "--json");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    JsonNode doc = result.json();
    assertThat(doc.get("framework").asString())
        .isEqualTo("Government Digital and Data Profession Capability Framework");
    assertThat(doc.get("role").get("id").asString()).isEqualTo("machine-learning-engineer");
    assertThat(doc.get("role").get("family").asString()).isEqualTo("Data");
    JsonNode roles = doc.get("roles");
    assertThat(roles.size()).isEqualTo(18);
    assertThat(roles.get(0).get("id").asString()).isEqualTo("data-scientist");
    assertThat(texts(roles.get(0).get("shared"), "skill")).containsExactly(
        "applied-maths-statistics-and-scientific-practices", "data-ethics-and-privacy", "data-science-innovation",
        "programming-and-build");
    JsonNode programming = roles.get(0).get("shared").get(3);
    assertThat(programming.get("ours").get("name").asString())
        .isEqualTo("Programming and build (software engineering)");
    assertThat(programming.get("theirs").get("name").asString()).isEqualTo("Programming and build (data science)");
  }

  @Test
  void gap_seniorToLead_raisesFourSkillsFromPractitionerToExpert() {
    Result text = run("career", "gap", "senior-machine-learning-engineer", "lead-machine-learning-engineer");
    assertThat(text.exitCode()).isEqualTo(A4j.OK);
    assertThat(text.out()).startsWith("Senior machine learning engineer -> Lead machine learning engineer: "
        + "4 raised, 2 unchanged").contains("raised by 1: Systems integration (Practitioner -> Expert)")
        .contains("skill levels to learn: 4");

    JsonNode doc = run("career", "gap", "Senior machine learning engineer", "Lead machine learning engineer",
        "--json").json();
    assertThat(doc.get("from").get("id").asString()).isEqualTo("senior-machine-learning-engineer");
    assertThat(doc.get("from").get("kind").asString()).isEqualTo("role-level");
    assertThat(doc.get("to").get("name").asString()).isEqualTo("Lead machine learning engineer");
    assertThat(doc.get("stepsToLearn").asInt()).isEqualTo(4);
    JsonNode changes = doc.get("changes");
    assertThat(texts(changes, "change")).containsExactly("raised", "raised", "raised", "raised", "unchanged",
        "unchanged");
    for (int i = 0; i < 4; i++) {
      assertThat(changes.get(i).get("from").asString()).isEqualTo("Practitioner");
      assertThat(changes.get(i).get("to").asString()).isEqualTo("Expert");
      assertThat(changes.get(i).get("steps").asInt()).isEqualTo(1);
    }
    assertThat(texts(changes, "name")).startsWith("Communicating between the technical and non-technical",
        "Data science innovation", "Programming and build (software engineering)", "Systems integration");
  }

  @Test
  void gap_onTheLadder_fromTheApprenticeship() throws IOException {
    Result result = run("career", "gap", "ST1398", "machine-learning-engineer", "--ladder", "--json");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    JsonNode doc = result.json();
    assertThat(doc.get("from").get("kind").asString()).isEqualTo("apprenticeship");
    assertThat(doc.get("from").get("name").asString()).isEqualTo("Machine learning engineer");
    assertThat(doc.get("stepsToLearn").asInt()).isEqualTo(2);

    Result fromFile = run("career", "gap", "ST1398", "machine-learning-engineer", "--file",
        ladderCopy().toString(), "--json");
    assertThat(fromFile.out()).isEqualTo(result.out());
  }

  @Test
  void gap_withACrosswalk_startsFromTheProfileDerivedFromIt_onTheOfficialDdat() throws IOException {
    String crosswalk = crosswalkCopy().toString();
    Result text = run("career", "gap", "ST1398", "senior-machine-learning-engineer", "--crosswalk", crosswalk);
    assertThat(text.exitCode()).as(text.err()).isEqualTo(A4j.OK);
    assertThat(text.err()).isEmpty();
    assertThat(text.out()).startsWith("ST1398 Machine learning engineer -> Senior machine learning engineer: "
        + "4 raised, 2 unchanged")
        .contains("  raised by 1: Systems integration (Working -> Practitioner)");

    Result onTheLadder = run("career", "gap", "ST1398", "machine-learning-engineer", "--ladder", "--crosswalk",
        crosswalk, "--json");
    assertThat(onTheLadder.out()).isEqualTo(run("career", "gap", "ST1398", "machine-learning-engineer", "--ladder",
        "--json").out());
  }

  @Test
  void gap_withABadCrosswalk_printsItsFindings_andAnUnknownStandardOrFile_fails() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, """
        {"format": "apprenticeships4j-crosswalk/1", "standard": "ST1398", "standardVersion": "1.0",
         "framework": "DDaT", "provenance": {"assertedBy": "a", "assertedOn": "2026-11-26", "basis": "b"},
         "alignments": [{"ksb": "K99", "skill": "systems-integration", "level": "Working", "match": "exact"},
           {"ksb": "S33", "skill": "systems-integration", "level": "Expert", "match": "exact"}]}
        """);
    Result withFindings = run("career", "gap", "ST1398", "senior-machine-learning-engineer", "--crosswalk",
        bad.toString());
    assertThat(withFindings.exitCode()).isEqualTo(A4j.OK);
    assertThat(withFindings.err()).contains("crosswalk.ksb.unknown");
    assertThat(withFindings.out()).contains("5 added")
        .contains("lowered by 1: Systems integration (Expert -> Practitioner)");

    Path elsewhere = dir.resolve("elsewhere.json");
    Files.writeString(elsewhere, Files.readString(bad).replace("ST1398", "ST9999"));
    Result unknown = run("career", "gap", "ST1398", "senior-machine-learning-engineer", "--crosswalk",
        elsewhere.toString());
    assertThat(unknown.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(unknown.err()).contains("a4j: no standard ST9999 version 1.0 in the bundled standards");

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"apprenticeships4j-crosswalk/1\"}");
    Result unreadable = run("career", "gap", "ST1398", "senior-machine-learning-engineer", "--crosswalk",
        broken.toString());
    assertThat(unreadable.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(unreadable.err()).contains("crosswalk-json.field.missing");
    assertThat(run("career", "gap", "ST1398", "senior-machine-learning-engineer", "--crosswalk",
        dir.resolve("none.json").toString()).exitCode()).isEqualTo(A4j.UNREADABLE);
  }

  @Test
  void paths_fromSt1398ToHeadOfAi_onTheBundledLadder() {
    Result text = run("career", "paths", "ST1398", "head-of-ai", "--max-steps", "4");
    assertThat(text.exitCode()).isEqualTo(A4j.OK);
    assertThat(text.err()).as("the step bound asked for is not reported").isEmpty();
    assertThat(text.out()).startsWith("Paths from ST1398 Machine learning engineer to Head of AI: 2, fewest steps"
        + " first").contains("  1. 4 steps, 9 skill levels to learn (least to learn)")
        .contains("  2. 4 steps, 14 skill levels to learn")
        .contains("     Senior MLOps engineer -> AI engineering manager (management track)");

    JsonNode doc = run("career", "paths", "st1398", "head-of-ai", "--json").json();
    assertThat(doc.get("from").get("kind").asString()).isEqualTo("apprenticeship");
    JsonNode paths = doc.get("paths");
    assertThat(paths.size()).isEqualTo(32);
    assertThat(doc.get("complete").asBoolean()).isTrue();
    assertThat(doc.get("findings").size()).isZero();
    JsonNode first = paths.get(0);
    assertThat(first.get("steps").asInt()).isEqualTo(4);
    assertThat(first.get("skillGap").asInt()).isEqualTo(9);
    assertThat(first.get("leastToLearn").asBoolean()).isTrue();
    assertThat(first.get("nodes").toString()).isEqualTo("[\"ST1398\",\"machine-learning-engineer\","
        + "\"senior-machine-learning-engineer\",\"ai-engineering-manager\",\"head-of-ai\"]");
    JsonNode step = first.get("edges").get(0);
    assertThat(step.get("kind").asString()).isEqualTo("apprenticeship-to-role");
    assertThat(texts(step.get("learn"), "name")).containsExactly(
        "Applied maths, statistics and scientific practices", "Programming and build (software engineering)");
    int leastToLearn = 0;
    for (JsonNode path : paths) {
      leastToLearn += path.get("leastToLearn").asBoolean() ? 1 : 0;
      assertThat(path.get("skillGap").asInt()).isGreaterThanOrEqualTo(9);
      assertThat(path.get("nodes").get(0).asString()).isEqualTo("ST1398");
      assertThat(path.get("nodes").get(path.get("steps").asInt()).asString()).isEqualTo("head-of-ai");
    }
    assertThat(leastToLearn).isEqualTo(1);
  }

  /**
   * Issue 11: without --max-steps the command searched every simple path, and on 12 mutually linked roles ran out of
   * memory at -Xmx64m after 7.7 s (A4jLauncherIT runs this in such a heap). It now stops at the default bounds and
   * says so.
   */
  @Test
  void paths_onADenseGraph_withoutOptions_endsQuickly_withTheThousandShortestPaths() throws IOException {
    Path dense = dir.resolve("dense.json");
    Files.writeString(dense, denseCareerJson(12), StandardCharsets.UTF_8);

    Result text = assertTimeoutPreemptively(Duration.ofSeconds(3),
        () -> run("career", "paths", "role-0", "role-1", "--file", dense.toString()));

    assertThat(text.exitCode()).as(text.err()).isEqualTo(A4j.OK);
    assertThat(text.out()).startsWith("Paths from Role 0 to Role 1: 1000, fewest steps first\n");
    assertThat(text.err()).isEqualTo("WARNING " + CareerCodes.PATHS_COUNT_BOUND
        + " role-0 -> role-1: there are more than"
        + " 1000 paths from role-0 to role-1; kept: every path of fewer than 5 steps and the first 179 found of 5"
        + " steps\n");

    JsonNode doc = assertTimeoutPreemptively(Duration.ofSeconds(3),
        () -> run("career", "paths", "role-0", "role-1", "--file", dense.toString(), "--json").json());
    assertThat(doc.get("paths").size()).isEqualTo(1000);
    assertThat(doc.get("complete").asBoolean()).isFalse();
    assertThat(texts(doc.get("findings"), "code")).containsExactly(CareerCodes.PATHS_COUNT_BOUND);

    Result fewer = run("career", "paths", "role-0", "role-1", "--file", dense.toString(), "--max-paths", "11");
    assertThat(fewer.out()).startsWith("Paths from Role 0 to Role 1: 11, fewest steps first");
    assertThat(run("career", "paths", "role-0", "role-1", "--max-paths", "0").exitCode()).isEqualTo(A4j.UNREADABLE);
  }

  @Test
  void paths_asMermaidOrDot_printTheDiagramOfThePathsFound() {
    ProgressionGraph ladder = CareerData.ladder();
    var found = ladder.paths(CareerNode.parse("ST1398"), CareerNode.parse("head-of-ai"), 4);

    Result mermaid = run("career", "paths", "ST1398", "head-of-ai", "--max-steps", "4", "--format", "mermaid");
    Result dot = run("career", "paths", "ST1398", "head-of-ai", "--max-steps", "4", "--format", "dot");

    assertThat(mermaid.exitCode()).as(mermaid.err()).isEqualTo(A4j.OK);
    assertThat(mermaid.out()).isEqualTo(Diagrams.paths(ladder, found, DiagramFormat.MERMAID))
        .startsWith("flowchart LR\n  std_ST1398([\"ST1398 Machine learning engineer\"])\n")
        .contains("  role_senior_mlops_engineer ==>|\"management track, 7 levels to learn\"|"
            + " role_ai_engineering_manager\n");
    assertThat(dot.exitCode()).as(dot.err()).isEqualTo(A4j.OK);
    assertThat(dot.out()).isEqualTo(Diagrams.paths(ladder, found, DiagramFormat.DOT)).startsWith("digraph career {");
  }

  @Test
  void paths_formatJson_isTheJsonOutput_andJsonWithADiagramFormat_isRefused() {
    assertThat(run("career", "paths", "ST1398", "head-of-ai", "--format", "json").out())
        .isEqualTo(run("career", "paths", "ST1398", "head-of-ai", "--json").out());
    assertThat(run("career", "paths", "ST1398", "head-of-ai", "--format", "text").out())
        .isEqualTo(run("career", "paths", "ST1398", "head-of-ai").out());

    Result both = run("career", "paths", "ST1398", "head-of-ai", "--json", "--format", "dot");
    assertThat(both.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(both.err()).contains("--json and --format dot cannot be used together");
    assertThat(both.out()).isEmpty();
    Result unknown = run("career", "gap", "ST1398", "head-of-ai", "--format", "svg");
    assertThat(unknown.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(unknown.err()).contains("--format").contains("text, json, mermaid, dot");
  }

  @Test
  void paths_noPath_asADiagram_printsNothing_andIsAnError() {
    Result result = run("career", "paths", "head-of-ai", "ST1398", "--format", "mermaid");

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("no path from head-of-ai to ST1398");
  }

  @Test
  void gap_asMermaidOrDot_printsEachSkillWithTheLevelsOnEitherSide() {
    Result mermaid = run("career", "gap", "senior-machine-learning-engineer", "lead-machine-learning-engineer",
        "--format", "mermaid");
    Result dot = run("career", "gap", "senior-machine-learning-engineer", "lead-machine-learning-engineer",
        "--format", "dot");

    assertThat(mermaid.exitCode()).as(mermaid.err()).isEqualTo(A4j.OK);
    assertThat(mermaid.out()).startsWith("flowchart LR\n  gap_from[\"Senior machine learning engineer\"]\n"
        + "  gap_to[\"Lead machine learning engineer\"]\n")
        .contains("  skill_data_science_innovation -->|\"Expert, raised by 1\"| gap_to\n")
        .contains("  skill_data_ethics_and_privacy -->|\"Practitioner, unchanged\"| gap_to\n");
    assertThat(dot.exitCode()).as(dot.err()).isEqualTo(A4j.OK);
    assertThat(dot.out()).startsWith("digraph career {")
        .contains("  gap_from -> skill_systems_integration [label=\"Practitioner\"];\n");
    assertThat(run("career", "gap", "ST1398", "machine-learning-engineer", "--ladder", "--format", "mermaid").out())
        .contains("  gap_from[\"ST1398 Machine learning engineer\"]\n");
  }

  @Test
  void paths_noPath_isAnError_withEmptyJson() {
    Result result = run("career", "paths", "head-of-ai", "ST1398", "--json");
    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.json().get("paths").size()).isZero();
    assertThat(result.err()).contains("no path from head-of-ai to ST1398");

    assertThat(run("career", "paths", "ST1398", "head-of-ai", "--max-steps", "3").exitCode())
        .isEqualTo(A4j.ERRORS);
  }

  @Test
  void unknownRolesAndLevels_areErrors_andMalformedOnesUnreadable() {
    assertThat(run("career", "shared", "astronaut").exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(run("career", "gap", "senior-machine-learning-engineer", "chief-astronaut").exitCode())
        .isEqualTo(A4j.ERRORS);
    assertThat(run("career", "paths", "ST0001", "head-of-ai").exitCode()).isEqualTo(A4j.ERRORS);
    Result malformed = run("career", "gap", "!!", "lead-machine-learning-engineer");
    assertThat(malformed.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(malformed.err()).contains("role level id");
  }

  @Test
  void otherFiles_areRead_andUnreadableInputExitsTwo() throws IOException {
    Result ddat = run("career", "shared", "data-scientist", "--ddat", ddatCopy().toString(), "--json");
    assertThat(ddat.exitCode()).as(ddat.err()).isEqualTo(A4j.OK);
    assertThat(ddat.json().get("roles").size()).isPositive();

    Result ladder = run("career", "shared", "machine-learning-engineer", "--file", ladderCopy().toString());
    assertThat(ladder.exitCode()).isEqualTo(A4j.OK);
    assertThat(ladder.out()).startsWith("Roles sharing skills with Machine learning engineer");

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"apprenticeships4j-career/1\", \"framework\": {", StandardCharsets.UTF_8);
    Result unreadable = run("career", "paths", "ST1398", "head-of-ai", "--file", broken.toString());
    assertThat(unreadable.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(unreadable.err()).contains(ReadCodes.CAREER_JSON_SYNTAX);

    assertThat(run("career", "gap", "a", "b", "--ddat", dir.resolve("none").toString()).exitCode())
        .isEqualTo(A4j.UNREADABLE);
    assertThat(run("career", "shared", "a", "--file", dir.resolve("none.json").toString()).exitCode())
        .isEqualTo(A4j.UNREADABLE);
    Result both = run("career", "shared", "a", "--ladder", "--ddat", dir.toString());
    assertThat(both.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(both.err()).contains("mutually exclusive");
  }

  @Test
  void graphWithoutEdges_fromAFrameworkDocument_hasNoPaths() throws IOException {
    ProgressionGraph ladder = CareerData.ladder();
    Path frameworkOnly = dir.resolve("framework.json");
    Files.writeString(frameworkOnly, CareerJson.toJson(ladder.framework()), StandardCharsets.UTF_8);
    Result result = run("career", "paths", "machine-learning-engineer", "head-of-ai", "--file",
        frameworkOnly.toString());
    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
  }
}

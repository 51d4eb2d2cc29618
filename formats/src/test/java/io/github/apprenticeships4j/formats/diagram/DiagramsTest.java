package io.github.apprenticeships4j.formats.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerPaths;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.SkillGap;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.formats.TestData;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.json.CareerJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diagrams of the bundled data against golden files ({@code src/test/resources/diagram/}; on a difference the
 * text written is left in {@code target/diagram-actual/} to compare), and how names and odd inputs are written.
 */
class DiagramsTest {
  static final CareerNode ST1398 = CareerNode.parse("ST1398");
  static final CareerNode HEAD_OF_AI = CareerNode.parse("head-of-ai");
  static ProgressionGraph ladder;

  @BeforeAll
  static void load() throws IOException {
    ladder = CareerJson.readGraph(TestData.path("/career/ml-engineer-ladder.json")).value();
  }

  static void assertGolden(String text, String name) throws IOException {
    String golden = new String(TestData.bytes("/diagram/" + name), StandardCharsets.UTF_8);
    if (!text.equals(golden)) {
      Path actual = Path.of("target", "diagram-actual", name);
      Files.createDirectories(actual.getParent());
      Files.writeString(actual, text, StandardCharsets.UTF_8);
    }
    assertThat(text).as("golden %s (written: target/diagram-actual/%s)", name, name).isEqualTo(golden);
  }

  @Test
  void pathsFromSt1398ToHeadOfAi_matchTheGoldenDiagrams() throws IOException {
    CareerPaths paths = ladder.paths(ST1398, HEAD_OF_AI, 4);
    assertThat(paths.size()).isEqualTo(2);

    assertGolden(Diagrams.paths(ladder, paths, DiagramFormat.MERMAID), "ladder-paths-st1398-head-of-ai.mmd");
    assertGolden(Diagrams.paths(ladder, paths, DiagramFormat.DOT), "ladder-paths-st1398-head-of-ai.dot");
  }

  @Test
  void wholeLadder_matchesTheGoldenDiagrams_withEveryKindOfStep() throws IOException {
    String mermaid = Diagrams.graph(ladder, DiagramFormat.MERMAID);
    String dot = Diagrams.graph(ladder, DiagramFormat.DOT);

    assertGolden(mermaid, "ladder.mmd");
    assertGolden(dot, "ladder.dot");
    assertThat(mermaid).contains(" ==>|\"management track, ", " -.->|\"specialist branch, ",
        " -.->|\"lateral move, ", " -->|\"promotion, ", " -->|\"apprenticeship to role, ");
    assertThat(dot).contains("penwidth=2", "style=dashed", "style=rounded");
  }

  @Test
  void officialDdatGap_seniorToLeadMachineLearningEngineer_matchesTheGoldenDiagrams() throws IOException {
    Path dir = TestData.path("/ddat-capability-framework");
    Framework ddat = DdatCsv.readFramework(dir.resolve("role-content.csv"),
        dir.resolve("skill-description-content.csv")).value();
    SkillGap gap = ddat.gap(RoleLevelId.parse("senior-machine-learning-engineer"),
        RoleLevelId.parse("lead-machine-learning-engineer"));

    assertGolden(Diagrams.skillGap(gap, DiagramFormat.MERMAID), "ddat-gap-senior-to-lead-ml-engineer.mmd");
    assertGolden(Diagrams.skillGap(gap, DiagramFormat.DOT), "ddat-gap-senior-to-lead-ml-engineer.dot");
  }

  @Test
  void reachable_showsOnlyTheNodesWithinTheBound_andTheEdgesBetweenThem() {
    String oneStep = Diagrams.reachable(ladder, ST1398, 1, DiagramFormat.MERMAID);
    ParsedDiagram parsed = MermaidSyntax.parse(oneStep);

    assertThat(parsed.nodes()).containsOnlyKeys("std_ST1398", "role_machine_learning_engineer",
        "role_mlops_engineer", "role_ai_engineer", "role_big_data_engineer");
    assertThat(parsed.edges()).extracting(ParsedDiagram.Edge::from, ParsedDiagram.Edge::to).containsExactly(
        org.assertj.core.groups.Tuple.tuple("std_ST1398", "role_machine_learning_engineer"),
        org.assertj.core.groups.Tuple.tuple("std_ST1398", "role_mlops_engineer"),
        org.assertj.core.groups.Tuple.tuple("std_ST1398", "role_ai_engineer"),
        org.assertj.core.groups.Tuple.tuple("std_ST1398", "role_big_data_engineer"),
        org.assertj.core.groups.Tuple.tuple("role_machine_learning_engineer", "role_mlops_engineer"),
        org.assertj.core.groups.Tuple.tuple("role_mlops_engineer", "role_machine_learning_engineer"),
        org.assertj.core.groups.Tuple.tuple("role_ai_engineer", "role_machine_learning_engineer"),
        org.assertj.core.groups.Tuple.tuple("role_big_data_engineer", "role_machine_learning_engineer"));
    assertThat(Diagrams.reachable(ladder, ST1398, 0, DiagramFormat.DOT)).isEqualTo("digraph career {\n"
        + "  rankdir=LR;\n  node [shape=box];\n"
        + "  std_ST1398 [label=\"ST1398 Machine learning engineer\", style=rounded];\n}\n");
  }

  @Test
  void reachable_withANegativeBound_isRefused() {
    assertThatThrownBy(() -> Diagrams.reachable(ladder, ST1398, -1, DiagramFormat.MERMAID))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void noPaths_giveADiagramWithoutNodes() {
    assertThat(Diagrams.paths(ladder, List.of(), DiagramFormat.MERMAID)).isEqualTo("flowchart LR\n");
    assertThat(Diagrams.paths(ladder, List.of(), DiagramFormat.DOT))
        .isEqualTo("digraph career {\n  rankdir=LR;\n  node [shape=box];\n}\n");
  }

  /** A graph of one role level named {@code name} promoted to a level named plainly. */
  static ProgressionGraph named(String name) {
    RoleLevelId odd = RoleLevelId.parse("end");
    RoleLevelId plain = RoleLevelId.parse("plain");
    Framework framework = Framework.builder().name("f").publisher("p").source("s").scale(SkillLevelScale.ddat())
        .addRoles(Role.builder().id(RoleId.parse("r")).name("R").family("F")
            .addLevels(RoleLevel.builder().id(odd).name(name).build(),
                RoleLevel.builder().id(plain).name("Plain").build())
            .build())
        .build();
    ProgressionEdge promotion = new ProgressionEdge(CareerNode.of(odd), CareerNode.of(plain), EdgeKind.PROMOTION);
    return ProgressionGraph.builder().framework(framework).addEdges(promotion, promotion).build();
  }

  @Test
  void mermaidNames_areQuoted_withMermaidsEntityCodesForWhatItWouldRead() {
    String text = Diagrams.graph(named("He said \"hi\"; #1 <b>R&D</b> a|b: 100% `x` (ok) [ok]\nnext"),
        DiagramFormat.MERMAID);

    assertThat(text).isEqualTo("flowchart LR\n"
        + "  role_end[\"He said #34;hi#34;#59; #35;1 #60;b#62;R#38;D#60;/b#62; a#124;b#58; 100#37; #96;x#96; (ok)"
        + " [ok]#10;next\"]\n"
        + "  role_plain[\"Plain\"]\n"
        + "  role_end -->|\"promotion\"| role_plain\n");
  }

  @Test
  void dotNames_areQuoted_withBackslashesAndQuotesEscaped_andEntitiesForAmpersandsAndLineBreaks() {
    String text = Diagrams.graph(named("He said \"hi\" \\N &amp; <b> é 🎓\nnext\u2028"), DiagramFormat.DOT);

    assertThat(text).contains("  role_end [label=\"He said \\\"hi\\\" \\\\N &amp;amp; <b> é 🎓&#10;next&#8232;\"];\n")
        .contains("  role_end -> role_plain [label=\"promotion\"];\n");
  }

  @Test
  void textThatIsNotUnicode_isWrittenAsTheReplacementCharacter() {
    String name = "a\uD800b";

    assertThat(Diagrams.graph(named(name), DiagramFormat.MERMAID)).contains("role_end[\"a\uFFFDb\"]");
    assertThat(Diagrams.graph(named(name), DiagramFormat.DOT)).contains("role_end [label=\"a\uFFFDb\"]");
  }

  @Test
  void anEdgeListedTwice_isDrawnOnce_andAnEndOutsideTheGraph_isDrawnWithItsId() {
    ProgressionGraph graph = named("Odd");
    ProgressionGraph withUnknown = graph.withEdges(new ProgressionEdge(CareerNode.parse("plain"),
        CareerNode.parse("ST0001"), EdgeKind.LATERAL_MOVE));

    assertThat(MermaidSyntax.parse(Diagrams.graph(graph, DiagramFormat.MERMAID)).edges()).hasSize(1);
    assertThat(Diagrams.graph(withUnknown, DiagramFormat.MERMAID)).contains("  std_ST0001([\"ST0001\"])\n")
        .contains("  role_plain -.->|\"lateral move\"| std_ST0001\n");
  }

  @Test
  void aNodeIdOutsideTheSafeAlphabet_isAProgrammingError() {
    Diagram diagram = new Diagram();

    assertThatThrownBy(() -> diagram.node(new Diagram.Node("a-b", "x", Diagram.Shape.BOX, false)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> diagram.edge(new Diagram.Edge("a", "b", "", Diagram.Line.SOLID)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmphasisedNode_isBold_inEitherShape() {
    Diagram diagram = new Diagram();
    diagram.node(new Diagram.Node("a", "A", Diagram.Shape.BOX, true));
    diagram.node(new Diagram.Node("b", "B", Diagram.Shape.ROUNDED, true));
    diagram.node(new Diagram.Node("a", "ignored: declared already", Diagram.Shape.ROUNDED, false));

    assertThat(DotWriter.write(diagram)).contains("  a [label=\"A\", style=bold];\n",
        "  b [label=\"B\", style=\"rounded,bold\"];\n");
    assertThat(MermaidWriter.write(diagram)).endsWith("  a[\"A\"]\n  b([\"B\"])\n"
        + "  classDef emphasised stroke-width:3px\n  class a,b emphasised\n");
  }
}

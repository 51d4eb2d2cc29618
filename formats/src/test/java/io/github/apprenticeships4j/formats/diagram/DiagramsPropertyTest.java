package io.github.apprenticeships4j.formats.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.apprenticeships4j.core.career.ApprenticeshipNode;
import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerPath;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillChange;
import io.github.apprenticeships4j.core.career.SkillGap;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.career.SkillProfile;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.standard.StandardReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Over generated graphs whose names are any text (quotes, brackets, {@code #}, {@code ;}, HTML, entity look-alikes,
 * line breaks, emoji, lone surrogates, keywords of either language) and whose ids include the keywords of either
 * language: every diagram in either language is well formed by {@link MermaidSyntax} and {@link DotSyntax}, shows
 * exactly the expected nodes, edges and names, and is the same text when written again from an equal input.
 */
class DiagramsPropertyTest {
  /** Text each language reads specially, and look-alikes of its escapes. */
  static final List<String> HOSTILE = List.of("\"", "#", ";", ":", "%%{init: {'theme':'dark'}}%%", "[", "]", "(",
      ")", "{", "}", "([", "])", "<b>bold</b>", "<br/>", "&amp;", "&#10;", "#35;", "#quot;", "a & b", "end", "\\",
      "\\N", "\\n", "\\\"", "\n", "\r\n", "\t", "\u0000", "\u007f", "\u0085", "|", "`", "`**md**`", "style:#f00;",
      "classDef x fill:#f00;", "-->", "A-->B", "\"]) --> x([\"", "digraph", "node [shape=x]", "-> x", "}\n}",
      "🎓", "👩‍💻", "\uD800", "\uDC00x", "\u2028", "\u2029", "\u200D", "\uFEFF", "\u00AD", "é", "日本語", "Ω", "", " ");
  /** Role level ids that are keywords of Mermaid or DOT, or start as Mermaid's circle and cross edges do. */
  static final List<String> IDS = List.of("end", "graph", "node", "edge", "subgraph", "style", "class", "classdef",
      "lr", "td", "o", "x", "o-x", "x-o", "default", "digraph", "strict", "a", "0", "9-lives", "click", "direction");

  static Gen<String> names() {
    Gen<String> hostile = integers().between(0, HOSTILE.size() - 1).map(HOSTILE::get);
    Gen<String> any = strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 6);
    return lists().of(hostile.mix(any, 40)).ofSizeBetween(0, 4).map(parts -> String.join("", parts));
  }

  /** A graph whose shape comes from {@code seed}, its names from {@code names}. */
  static ProgressionGraph graph(long seed, List<String> names) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> words = names.isEmpty() ? List.of("x") : names;
    Supplier<String> name = () -> words.get(random.nextInt(words.size()));
    SkillLevelScale scale = SkillLevelScale.ddat();
    Framework.Builder framework = Framework.builder().name(name.get()).publisher("p").source("s").scale(scale);
    for (int s = 0; s < 4; s++) {
      framework.addSkills(Skill.builder().id(SkillId.parse(s == 0 ? "end" : "skill-" + s)).name(name.get())
          .build());
    }
    List<String> ids = new ArrayList<>(IDS);
    for (int i = 0; i < 8; i++) {
      ids.add("level-" + i);
    }
    List<CareerNode> nodes = new ArrayList<>();
    int roles = random.nextInt(4);
    for (int r = 0; r < roles; r++) {
      Role.Builder role = Role.builder().id(RoleId.parse("role-" + r)).name(name.get()).family("f");
      int levels = 1 + random.nextInt(3);
      for (int l = 0; l < levels; l++) {
        RoleLevelId id = RoleLevelId.parse(ids.remove(random.nextInt(ids.size())));
        nodes.add(CareerNode.of(id));
        role.addLevels(RoleLevel.builder().id(id).name(name.get()).addAllRequirements(requirements(random, scale))
            .build());
      }
      framework.addRoles(role.build());
    }
    ProgressionGraph.Builder graph = ProgressionGraph.builder().framework(framework.build());
    int apprenticeships = random.nextInt(3);
    for (int a = 0; a < apprenticeships; a++) {
      StandardReference reference = StandardReference.parse(String.format(Locale.ROOT, "ST%04d", random.nextInt(
          10_000)));
      graph.addApprenticeships(ApprenticeshipNode.of(reference, name.get(), 2 + random.nextInt(6),
          requirements(random, scale)));
      nodes.add(CareerNode.of(reference));
    }
    nodes.add(CareerNode.parse("not-in-the-graph"));
    int edges = random.nextInt(12);
    for (int e = 0; e < edges; e++) {
      graph.addEdges(new ProgressionEdge(nodes.get(random.nextInt(nodes.size())),
          nodes.get(random.nextInt(nodes.size())), EdgeKind.values()[random.nextInt(EdgeKind.values().length)]));
    }
    return graph.build();
  }

  private static List<SkillRequirement> requirements(SplittableRandom random, SkillLevelScale scale) {
    List<SkillRequirement> requirements = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      SkillId skill = SkillId.parse(random.nextInt(5) == 0 ? "end" : "skill-" + random.nextInt(4));
      requirements.add(random.nextInt(4) == 0 ? SkillRequirement.unrated(skill)
          : SkillRequirement.of(skill, scale.levels().get(random.nextInt(scale.levels().size()))));
    }
    return requirements;
  }

  static String id(CareerNode node) {
    return (node.isApprenticeship() ? "std_" : "role_") + node.toString().replace('-', '_');
  }

  static String stepLabel(ProgressionGraph graph, ProgressionEdge edge) {
    String kind = edge.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return graph.delta(edge).map(d -> {
      int levels = d.stepsToLearn();
      return kind + ", " + (levels == 0 ? "nothing to learn" : levels + (levels == 1 ? " level" : " levels")
          + " to learn");
    }).orElse(kind);
  }

  /** What a diagram of {@code edges} (in order, repeats drawn once) and {@code nodes} must show. */
  static ParsedDiagram expected(ProgressionGraph graph, List<CareerNode> nodes, List<ProgressionEdge> edges) {
    Map<String, String> labels = new LinkedHashMap<>();
    nodes.forEach(n -> labels.putIfAbsent(id(n), ParsedDiagram.unicode(graph.label(n))));
    edges.forEach(e -> {
      labels.putIfAbsent(id(e.from()), ParsedDiagram.unicode(graph.label(e.from())));
      labels.putIfAbsent(id(e.to()), ParsedDiagram.unicode(graph.label(e.to())));
    });
    List<ParsedDiagram.Edge> drawn = new ArrayList<>(new LinkedHashSet<>(edges.stream()
        .map(e -> new ParsedDiagram.Edge(id(e.from()), id(e.to()), stepLabel(graph, e)))
        .collect(Collectors.toList())));
    return new ParsedDiagram(labels, drawn, Set.of());
  }

  static void assertShows(String text, DiagramFormat format, ParsedDiagram expected) {
    ParsedDiagram parsed = format == DiagramFormat.MERMAID ? MermaidSyntax.parse(text) : DotSyntax.parse(text);
    assertThat(parsed.nodes()).as(text).containsExactlyEntriesOf(expected.nodes());
    assertThat(parsed.edges()).as(text).containsExactlyElementsOf(expected.edges());
    assertThat(parsed.emphasised()).as(text).containsExactlyInAnyOrderElementsOf(expected.emphasised());
  }

  @Test
  void everyGraphDiagram_isWellFormed_andShowsEveryNodeAndEdgeOnce() {
    qt().withExamples(300).forAll(integers().all(), lists().of(names()).ofSizeBetween(0, 6))
        .checkAssert((seed, names) -> {
          ProgressionGraph graph = graph(seed, names);
          for (DiagramFormat format : DiagramFormat.values()) {
            assertShows(Diagrams.graph(graph, format), format, expected(graph, graph.nodes(), graph.edges()));
          }
        });
  }

  @Test
  void everyReachableDiagram_isWellFormed_andShowsTheNodesWithinTheBound() {
    qt().withExamples(300).forAll(integers().all(), lists().of(names()).ofSizeBetween(0, 6), integers().between(0, 3))
        .checkAssert((seed, names, steps) -> {
          ProgressionGraph graph = graph(seed, names);
          List<CareerNode> all = allNodes(graph);
          CareerNode from = all.get(Math.floorMod(seed, all.size()));
          List<CareerNode> reached = new ArrayList<>(List.of(from));
          graph.reachableWithin(from, steps).keySet().stream().filter(n -> !n.equals(from)).forEach(reached::add);
          List<ProgressionEdge> between = graph.edges().stream()
              .filter(e -> reached.contains(e.from()) && reached.contains(e.to())).collect(Collectors.toList());
          for (DiagramFormat format : DiagramFormat.values()) {
            assertShows(Diagrams.reachable(graph, from, steps, format), format, expected(graph, reached, between));
          }
        });
  }

  @Test
  void everyPathsDiagram_isWellFormed_andShowsEachStepOfEachPathOnce() {
    qt().withExamples(300).forAll(integers().all(), lists().of(names()).ofSizeBetween(0, 6))
        .checkAssert((seed, names) -> {
          ProgressionGraph graph = graph(seed, names);
          List<CareerNode> all = allNodes(graph);
          SplittableRandom random = new SplittableRandom(seed);
          List<CareerPath> paths = graph.paths(all.get(random.nextInt(all.size())),
              all.get(random.nextInt(all.size())), 4, 30).paths();
          List<CareerNode> nodes = paths.stream().flatMap(p -> p.nodes().stream()).collect(Collectors.toList());
          List<ProgressionEdge> steps = paths.stream().flatMap(p -> p.edges().stream()).collect(Collectors.toList());
          for (DiagramFormat format : DiagramFormat.values()) {
            assertShows(Diagrams.paths(graph, paths, format), format, expected(graph, nodes, steps));
          }
        });
  }

  @Test
  void everySkillGapDiagram_isWellFormed_andShowsEachSkillWithBothLevels() {
    qt().withExamples(300).forAll(integers().all(), lists().of(names()).ofSizeBetween(0, 6))
        .checkAssert((seed, names) -> {
          ProgressionGraph graph = graph(seed, names);
          List<CareerNode> all = allNodes(graph);
          SplittableRandom random = new SplittableRandom(seed);
          CareerNode a = all.get(random.nextInt(all.size()));
          CareerNode b = all.get(random.nextInt(all.size()));
          Function<SkillId, String> skillNames = graph.framework()::skillName;
          SkillGap gap = SkillGap.between(graph.label(a), graph.requirements(a), graph.label(b),
              graph.requirements(b), skillNames);
          Map<String, String> labels = new LinkedHashMap<>();
          labels.put("gap_from", ParsedDiagram.unicode(gap.from()));
          labels.put("gap_to", ParsedDiagram.unicode(gap.to()));
          List<ParsedDiagram.Edge> edges = new ArrayList<>();
          Set<String> toLearn = new LinkedHashSet<>();
          for (SkillChange change : gap.changes()) {
            String id = "skill_" + change.skill().value().replace('-', '_');
            labels.put(id, ParsedDiagram.unicode(change.skillName()));
            edges.add(new ParsedDiagram.Edge("gap_from", id, change.from().map(Object::toString).orElse(
                change.kind() == SkillChange.Kind.ADDED ? "none" : "no level")));
            edges.add(new ParsedDiagram.Edge(id, "gap_to", change.to().map(Object::toString).orElse(
                change.kind() == SkillChange.Kind.REMOVED ? "none" : "no level") + ", " + kind(change)));
            if (change.kind() == SkillChange.Kind.ADDED || change.kind() == SkillChange.Kind.RAISED) {
              toLearn.add(id);
            }
          }
          for (DiagramFormat format : DiagramFormat.values()) {
            assertShows(Diagrams.skillGap(gap, format), format, new ParsedDiagram(labels, edges, toLearn));
          }
        });
  }

  @Test
  void sameInput_givesTheSameText_inEveryLanguage() {
    qt().withExamples(100).forAll(integers().all(), lists().of(names()).ofSizeBetween(0, 6))
        .checkAssert((seed, names) -> {
          ProgressionGraph graph = graph(seed, names);
          ProgressionGraph again = graph(seed, List.copyOf(names));
          List<CareerNode> all = allNodes(graph);
          CareerNode from = all.get(Math.floorMod(seed, all.size()));
          CareerNode to = all.get(Math.floorMod(seed / 7, all.size()));
          for (DiagramFormat format : DiagramFormat.values()) {
            assertThat(Diagrams.graph(again, format)).isEqualTo(Diagrams.graph(graph, format));
            assertThat(Diagrams.reachable(again, from, 2, format)).isEqualTo(Diagrams.reachable(graph, from, 2,
                format));
            assertThat(Diagrams.paths(again, again.paths(from, to, 3), format))
                .isEqualTo(Diagrams.paths(graph, graph.paths(from, to, 3), format));
            if (!graph.framework().roles().isEmpty()) {
              assertThat(Diagrams.skillGap(again.framework().gap(profile(again), levelOf(again)), format))
                  .isEqualTo(Diagrams.skillGap(graph.framework().gap(profile(graph), levelOf(graph)), format));
            }
          }
        });
  }

  private static SkillProfile profile(ProgressionGraph graph) {
    SkillProfile profile =
        SkillProfile.of(graph.framework().name());
    for (Skill skill : graph.framework().skills()) {
      profile = profile.with(skill.id(), graph.framework().scale().levels().get(skill.id().value().length() % 4));
    }
    return profile;
  }

  private static RoleLevelId levelOf(ProgressionGraph graph) {
    return graph.framework().roles().get(0).levels().get(0).id();
  }

  private static String kind(SkillChange change) {
    switch (change.kind()) {
      case ADDED:
        return "added";
      case RAISED:
        return "raised by " + change.steps();
      case UNCOMPARABLE:
        return "not comparable";
      case UNCHANGED:
        return "unchanged";
      case LOWERED:
        return "lowered by " + -change.steps();
      default:
        return "no longer required";
    }
  }

  private static List<CareerNode> allNodes(ProgressionGraph graph) {
    Set<CareerNode> all = new LinkedHashSet<>(graph.nodes());
    graph.edges().forEach(e -> {
      all.add(e.from());
      all.add(e.to());
    });
    if (all.isEmpty()) {
      all.add(CareerNode.parse("ST0001"));
    }
    return List.copyOf(all);
  }
}

package io.github.apprenticeships4j.formats.diagram;

import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerPath;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.SkillChange;
import io.github.apprenticeships4j.core.career.SkillGap;
import io.github.apprenticeships4j.core.career.SkillLevel;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Career progression as diagram text, in Mermaid or Graphviz DOT ({@link DiagramFormat}); each method draws the same
 * picture in either language.
 *
 * <ul>
 *   <li>Career nodes: a role level is a box, an apprenticeship a rounded box, labelled as
 *       {@link ProgressionGraph#label(CareerNode)} says ({@code ST1398 Machine learning engineer}, {@code Head of AI}).
 *       Its id is {@code role_} and the role level id, or {@code std_} and the standard reference, hyphens written as
 *       underscores ({@code role_head_of_ai}, {@code std_ST1398}).</li>
 *   <li>Steps: an arrow labelled with its kind and, where the graph has its skill gap, the skill levels to learn
 *       ({@code promotion, 2 levels to learn}); a management track is drawn thick, a specialist branch and a lateral
 *       move dotted (dashed in DOT).</li>
 * </ul>
 *
 * <p>The same input always gives the same text: nodes in order of first mention, edges in the order of the input,
 * an edge listed twice drawn once, lines ending with {@code \n}. Names may hold any text; see {@link DiagramFormat}
 * for how each language escapes it. Thread-safe: the methods keep no state.
 *
 * <pre>{@code
 * CareerPaths found = graph.paths(CareerNode.parse("ST1398"), CareerNode.parse("head-of-ai"), 4);
 * String mermaid = Diagrams.paths(graph, found, DiagramFormat.MERMAID);   // "flowchart LR\n  std_ST1398([..."
 * }</pre>
 */
public final class Diagrams {
  private Diagrams() {}

  /** Every node of {@code graph} (in {@link ProgressionGraph#nodes()} order) and every edge, in the order given. */
  public static String graph(ProgressionGraph graph, DiagramFormat format) {
    Diagram diagram = new Diagram();
    graph.nodes().forEach(n -> node(diagram, graph, n));
    graph.edges().forEach(e -> step(diagram, graph, e));
    return write(diagram, format);
  }

  /**
   * The part of {@code graph} reachable from {@code from} in at most {@code maxSteps} steps: {@code from}, the nodes
   * reached (nearest first, as {@link ProgressionGraph#reachableWithin} lists them) and every edge between two of
   * them, in the order given.
   *
   * @throws IllegalArgumentException if {@code maxSteps} is negative
   */
  public static String reachable(ProgressionGraph graph, CareerNode from, int maxSteps, DiagramFormat format) {
    if (maxSteps < 0) {
      throw new IllegalArgumentException("maxSteps must not be negative: " + maxSteps);
    }
    Set<CareerNode> reached = new LinkedHashSet<>();
    reached.add(from);
    reached.addAll(graph.reachableWithin(from, maxSteps).keySet());
    Diagram diagram = new Diagram();
    reached.forEach(n -> node(diagram, graph, n));
    graph.edges().stream().filter(e -> reached.contains(e.from()) && reached.contains(e.to()))
        .forEach(e -> step(diagram, graph, e));
    return write(diagram, format);
  }

  /**
   * The steps of {@code paths} (e.g. a {@link io.github.apprenticeships4j.core.career.CareerPaths}) drawn as one
   * graph: each path's nodes in order, a step shared by several paths drawn once, each step labelled with its kind
   * and skill gap in {@code graph}. No paths give a diagram without nodes.
   */
  public static String paths(ProgressionGraph graph, Iterable<CareerPath> paths, DiagramFormat format) {
    Diagram diagram = new Diagram();
    for (CareerPath path : paths) {
      path.nodes().forEach(n -> node(diagram, graph, n));
      path.edges().forEach(e -> step(diagram, graph, e));
    }
    return write(diagram, format);
  }

  /**
   * A skill gap, e.g. from a person's profile to a role level: its two ends as boxes and, between them, each skill
   * (id {@code skill_} and the skill id) as a rounded box, with an arrow from the start labelled with the level held
   * or required there and an arrow to the end labelled with the level required there and the change
   * ({@code Expert, raised by 1}); {@code none} where a side does not have the skill, {@code no level} where it has it
   * without a level. The skills to learn (added or raised) are drawn bold. Skills in the order of
   * {@link SkillGap#changes()}.
   */
  public static String skillGap(SkillGap gap, DiagramFormat format) {
    Diagram diagram = new Diagram();
    diagram.node(new Diagram.Node("gap_from", gap.from(), Diagram.Shape.BOX, false));
    diagram.node(new Diagram.Node("gap_to", gap.to(), Diagram.Shape.BOX, false));
    for (SkillChange change : gap.changes()) {
      String id = "skill_" + change.skill().value().replace('-', '_');
      diagram.node(new Diagram.Node(id, change.skillName(), Diagram.Shape.ROUNDED, change.steps() > 0));
      SkillChange.Kind kind = change.kind();
      String before = change.from().map(SkillLevel::label).orElse(kind == SkillChange.Kind.ADDED ? "none"
          : "no level");
      String after = change.to().map(SkillLevel::label).orElse(kind == SkillChange.Kind.REMOVED ? "none"
          : "no level");
      diagram.edge(new Diagram.Edge("gap_from", id, before, Diagram.Line.SOLID));
      diagram.edge(new Diagram.Edge(id, "gap_to", after + ", " + describe(change), Diagram.Line.SOLID));
    }
    return write(diagram, format);
  }

  private static String describe(SkillChange change) {
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

  private static String write(Diagram diagram, DiagramFormat format) {
    return Objects.requireNonNull(format, "format") == DiagramFormat.MERMAID ? MermaidWriter.write(diagram)
        : DotWriter.write(diagram);
  }

  private static String id(CareerNode node) {
    return (node.isApprenticeship() ? "std_" : "role_") + node.toString().replace('-', '_');
  }

  private static void node(Diagram diagram, ProgressionGraph graph, CareerNode node) {
    diagram.node(new Diagram.Node(id(node), graph.label(node),
        node.isApprenticeship() ? Diagram.Shape.ROUNDED : Diagram.Shape.BOX, false));
  }

  /** Declares the ends of {@code edge} (an end may be a node the graph lacks) and adds it. */
  private static void step(Diagram diagram, ProgressionGraph graph, ProgressionEdge edge) {
    node(diagram, graph, edge.from());
    node(diagram, graph, edge.to());
    String kind = edge.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String label = graph.delta(edge).map(d -> kind + ", " + toLearn(d.stepsToLearn())).orElse(kind);
    Diagram.Line line = edge.kind() == EdgeKind.MANAGEMENT_TRACK ? Diagram.Line.THICK
        : edge.kind() == EdgeKind.SPECIALIST_BRANCH || edge.kind() == EdgeKind.LATERAL_MOVE ? Diagram.Line.DOTTED
        : Diagram.Line.SOLID;
    diagram.edge(new Diagram.Edge(id(edge.from()), id(edge.to()), label, line));
  }

  private static String toLearn(int levels) {
    return levels == 0 ? "nothing to learn" : levels + (levels == 1 ? " level" : " levels") + " to learn";
  }
}

package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.career.internal.GraphIndex;
import io.github.apprenticeships4j.core.career.internal.ShortestPath;
import io.github.apprenticeships4j.core.internal.Lazy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Career progression over a {@link Framework}: its role levels and apprenticeship standards as nodes, joined by typed,
 * directed {@link ProgressionEdge}s; an edge whose ends both have skill requirements has a skill {@link #delta}. It
 * answers {@link #nextSteps}, {@link #paths} (within bounds), {@link #shortestPath} and {@link #reachableWithin}. It
 * holds what it is given, unknown nodes and promotion cycles included, which
 * {@link CareerValidator#validate(ProgressionGraph)} reports. Immutable and thread-safe.
 *
 * <pre>{@code
 * CareerNode st1398 = CareerNode.parse("ST1398");
 * CareerNode engineer = CareerNode.parse("machine-learning-engineer");
 * CareerNode lead = CareerNode.parse("lead-machine-learning-engineer");
 * ProgressionGraph graph = ProgressionGraph.builder()
 *     .framework(framework)                                   // its role levels and skills, e.g. DDaT's
 *     .addApprenticeships(ApprenticeshipNode.of(StandardReference.parse("ST1398"), "Machine learning engineer", 6,
 *         List.of(SkillRequirement.of(SkillId.parse("systems-integration"), framework.scale().get("Working")))))
 *     .addEdges(new ProgressionEdge(st1398, engineer, EdgeKind.APPRENTICESHIP_TO_ROLE),
 *         new ProgressionEdge(engineer, lead, EdgeKind.PROMOTION))
 *     .build();
 * for (CareerPath path : graph.paths(st1398, lead, 5)) {        // at most 5 steps (and 1,000 paths), fewest first
 *   System.out.println(path + ": " + path.skillGap() + " skill levels to learn");
 * }
 * graph.delta(graph.nextSteps(st1398).get(0)).ifPresent(System.out::println);   // what the first step asks
 * CareerPath easiest = graph.shortestPath(st1398, lead, PathCost.SKILL_GAP).orElseThrow();
 * }</pre>
 */
@Value.Immutable
public abstract class ProgressionGraph implements WithProgressionGraph {
  /** The step bound of {@link #paths(CareerNode, CareerNode)}: {@value}. */
  public static final int DEFAULT_MAX_STEPS = 10;
  /** The count bound of {@link #paths(CareerNode, CareerNode)} and {@link #paths(CareerNode, CareerNode, int)}. */
  public static final int DEFAULT_MAX_PATHS = 1_000;
  /** The most edges one path search follows, {@value}: a few tenths of a second on a dense graph. */
  public static final long MAX_EDGES_FOLLOWED = 10_000_000L;

  // The indexes the queries share, built on first use; private, so that no caller can change them.
  private final Lazy<Map<CareerNode, List<ProgressionEdge>>> outgoing = Lazy.of(this::indexOutgoing);
  private final Lazy<Map<ProgressionEdge, SkillGap>> deltas = Lazy.of(this::computeDeltas);
  // The apprenticeships by node, the first given of each, so that finding one is not a scan: every edge's delta
  // finds both of its ends (20,000 apprenticeships and edges took 11 s with a scan).
  private final Lazy<Map<CareerNode, ApprenticeshipNode>> apprenticeshipsByNode = Lazy.of(this::indexApprenticeships);
  // The edges as arrays for the path queries, weighted by the skill levels to learn.
  private final Lazy<GraphIndex<CareerNode, ProgressionEdge>> pathIndex = Lazy.of(() -> GraphIndex.of(edges(),
      ProgressionEdge::from, ProgressionEdge::to, e -> delta(e).map(SkillGap::stepsToLearn).orElse(0)));

  ProgressionGraph() {}

  /** A builder of a graph: a framework, then apprenticeships and edges. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link ProgressionGraph#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableProgressionGraph.Builder {
    Builder() {}
  }

  /** The framework whose role levels are nodes of the graph. */
  public abstract Framework framework();

  /** The apprenticeship standards that are nodes of the graph, with the skills they develop. */
  public abstract List<ApprenticeshipNode> apprenticeships();

  /** The edges, in the order given. */
  public abstract List<ProgressionEdge> edges();

  /** The role levels of the framework, then the apprenticeships. */
  public final List<CareerNode> nodes() {
    List<CareerNode> nodes = new ArrayList<>();
    framework().roleLevels().forEach(l -> nodes.add(CareerNode.of(l.id())));
    apprenticeships().forEach(a -> nodes.add(a.node()));
    return nodes.stream().distinct().collect(Collectors.toUnmodifiableList());
  }

  /** Whether {@code node} is a role level of the framework or an apprenticeship of the graph. */
  public final boolean contains(CareerNode node) {
    return node.isApprenticeship() ? findApprenticeship(node).isPresent()
        : framework().findRoleLevel(node.roleLevel().orElseThrow()).isPresent();
  }

  /** The apprenticeship that is {@code node}, the first given if several are. */
  public final Optional<ApprenticeshipNode> findApprenticeship(CareerNode node) {
    return Optional.ofNullable(apprenticeshipsByNode.get().get(node));
  }

  /** The name of the role level or the title of the apprenticeship; the node's text if unknown. */
  public final String label(CareerNode node) {
    if (node.isApprenticeship()) {
      return findApprenticeship(node).map(a -> a.reference() + " " + a.title()).orElse(node.toString());
    }
    return framework().findRoleLevel(node.roleLevel().orElseThrow()).map(RoleLevel::name).orElse(node.toString());
  }

  /** What the node requires (a role level) or develops (an apprenticeship); empty if unknown or none. */
  public final List<SkillRequirement> requirements(CareerNode node) {
    if (node.isApprenticeship()) {
      return findApprenticeship(node).map(ApprenticeshipNode::outcomes).orElse(List.of());
    }
    return framework().findRoleLevel(node.roleLevel().orElseThrow()).map(RoleLevel::requirements)
        .orElse(List.of());
  }

  /** The skill gap of a step, present when both of its ends have requirements. */
  public final Optional<SkillGap> delta(ProgressionEdge edge) {
    SkillGap known = deltas().get(edge);
    return known != null ? Optional.of(known) : computeDelta(edge);
  }

  /** The edges leaving {@code node}, in the order given. */
  public final List<ProgressionEdge> nextSteps(CareerNode node) {
    return outgoing().getOrDefault(node, List.of());
  }

  /**
   * The simple paths (no node twice) from {@code from} to {@code to} within the default bounds: at most
   * {@value #DEFAULT_MAX_STEPS} steps and {@value #DEFAULT_MAX_PATHS} paths; see
   * {@link #paths(CareerNode, CareerNode, int, int)}.
   */
  public final CareerPaths paths(CareerNode from, CareerNode to) {
    return paths(from, to, DEFAULT_MAX_STEPS, DEFAULT_MAX_PATHS);
  }

  /**
   * The simple paths from {@code from} to {@code to} of at most {@code maxSteps} steps, at most
   * {@value #DEFAULT_MAX_PATHS} of them; see {@link #paths(CareerNode, CareerNode, int, int)}.
   *
   * @throws IllegalArgumentException if {@code maxSteps} is below 1
   */
  public final CareerPaths paths(CareerNode from, CareerNode to, int maxSteps) {
    return paths(from, to, maxSteps, DEFAULT_MAX_PATHS);
  }

  /**
   * The simple paths from {@code from} to {@code to} of at most {@code maxSteps} steps, fewest steps first, at most
   * {@code maxPaths} of them: when there are more, those with the fewest steps. The number of simple paths grows
   * exponentially with the size of a dense graph (twelve roles each leading to every other have about ten million
   * between two of them), so the work is bounded too: the search stops after following
   * {@value #MAX_EDGES_FOLLOWED} edges. The answer says which bound, if any, cut it short
   * ({@link CareerPaths#findings()}); empty if {@code to} cannot be reached or equals {@code from}.
   *
   * @throws IllegalArgumentException if {@code maxSteps} or {@code maxPaths} is below 1
   */
  public final CareerPaths paths(CareerNode from, CareerNode to, int maxSteps, int maxPaths) {
    if (maxSteps < 1 || maxPaths < 1) {
      throw new IllegalArgumentException("the bounds of a path search must be at least 1: maxSteps " + maxSteps
          + ", maxPaths " + maxPaths);
    }
    return new PathSearch(pathIndex(), from, to, maxSteps, maxPaths, MAX_EDGES_FOLLOWED).run();
  }

  /**
   * A shortest path from {@code from} to {@code to}, by number of steps or by total skill gap; empty if {@code to}
   * cannot be reached (or equals {@code from}). Among equal paths, the one found through earlier edges wins.
   *
   * <p>Dijkstra's algorithm on arrays built once per graph, with the edges' skill gaps precomputed; each call
   * allocates its own working arrays, so calls from many threads do not interfere.
   */
  public final Optional<CareerPath> shortestPath(CareerNode from, CareerNode to, PathCost cost) {
    if (from.equals(to)) {
      return Optional.empty();
    }
    GraphIndex<CareerNode, ProgressionEdge> index = pathIndex();
    int source = index.number(from);
    int target = index.number(to);
    if (source < 0 || target < 0) {
      return Optional.empty();
    }
    int[] slots = cost == PathCost.STEPS ? ShortestPath.fewestSteps(index, source, target)
        : ShortestPath.leastWeight(index, source, target);
    if (slots == null) {
      return Optional.empty();
    }
    return Optional.of(new CareerPath(index.edges(slots, slots.length), index.weight(slots, slots.length)));
  }

  /**
   * The nodes reachable from {@code from} in 1 to {@code maxSteps} steps, each with its fewest steps, nearest first.
   */
  public final Map<CareerNode, Integer> reachableWithin(CareerNode from, int maxSteps) {
    Map<CareerNode, Integer> reached = new LinkedHashMap<>();
    Set<CareerNode> seen = new LinkedHashSet<>();
    seen.add(from);
    List<CareerNode> frontier = List.of(from);
    for (int step = 1; step <= maxSteps && !frontier.isEmpty(); step++) {
      List<CareerNode> next = new ArrayList<>();
      for (CareerNode node : frontier) {
        for (ProgressionEdge edge : nextSteps(node)) {
          if (seen.add(edge.to())) {
            reached.put(edge.to(), step);
            next.add(edge.to());
          }
        }
      }
      frontier = next;
    }
    return java.util.Collections.unmodifiableMap(reached);
  }

  private Optional<SkillGap> computeDelta(ProgressionEdge edge) {
    List<SkillRequirement> before = requirements(edge.from());
    List<SkillRequirement> after = requirements(edge.to());
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SkillGap.between(label(edge.from()), before, label(edge.to()), after,
        framework()::skillName));
  }

  private Map<CareerNode, List<ProgressionEdge>> outgoing() {
    return outgoing.get();
  }

  private GraphIndex<CareerNode, ProgressionEdge> pathIndex() {
    return pathIndex.get();
  }

  private Map<ProgressionEdge, SkillGap> deltas() {
    return deltas.get();
  }

  private Map<CareerNode, ApprenticeshipNode> indexApprenticeships() {
    Map<CareerNode, ApprenticeshipNode> byNode = new HashMap<>();
    apprenticeships().forEach(a -> byNode.putIfAbsent(a.node(), a));
    return Collections.unmodifiableMap(byNode);
  }

  private Map<CareerNode, List<ProgressionEdge>> indexOutgoing() {
    Map<CareerNode, List<ProgressionEdge>> out = new HashMap<>();
    edges().forEach(e -> out.computeIfAbsent(e.from(), n -> new ArrayList<>()).add(e));
    out.replaceAll((n, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(out);
  }

  private Map<ProgressionEdge, SkillGap> computeDeltas() {
    Map<ProgressionEdge, SkillGap> deltas = new HashMap<>();
    edges().forEach(e -> computeDelta(e).ifPresent(d -> deltas.put(e, d)));
    return Collections.unmodifiableMap(deltas);
  }

  @Override
  public String toString() {
    return "ProgressionGraph[" + nodes().size() + " nodes, " + edges().size() + " edges]";
  }
}

package io.github.apprenticeships4j.core.career;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Career progression over a {@link Framework}: its role levels and some apprenticeship standards as nodes, joined by
 * typed, directed {@link ProgressionEdge}s (promotion, management track, specialist branch, lateral move,
 * apprenticeship to role, apprenticeship to higher apprenticeship). Each edge whose two ends have skill requirements
 * has a computed skill delta ({@link #delta}). Queries: {@link #nextSteps}, all simple paths ({@link #paths}), the
 * shortest path by steps or by skill gap ({@link #shortestPath}), and the nodes reachable within N steps
 * ({@link #reachableWithin}).
 *
 * <p>A graph holds what it is given, edges to unknown nodes and promotion cycles included;
 * {@link CareerValidator#validate(ProgressionGraph)} reports them. Immutable and thread-safe; build one with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class ProgressionGraph {
  private static final Comparator<CareerPath> SHORTER_FIRST =
      Comparator.comparingInt(CareerPath::steps).thenComparing(CareerPath::toString);

  ProgressionGraph() {}

  public static ImmutableProgressionGraph.Builder builder() {
    return ImmutableProgressionGraph.builder();
  }

  public abstract Framework framework();

  public abstract List<ApprenticeshipNode> apprenticeships();

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

  public final Optional<ApprenticeshipNode> findApprenticeship(CareerNode node) {
    return apprenticeships().stream().filter(a -> a.node().equals(node)).findFirst();
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

  /** Every simple path (no node twice) from {@code from} to {@code to}, fewest steps first. */
  public final List<CareerPath> paths(CareerNode from, CareerNode to) {
    return paths(from, to, Integer.MAX_VALUE);
  }

  /**
   * Every simple path from {@code from} to {@code to} of at most {@code maxSteps} steps, fewest steps first. The
   * number of paths can grow exponentially with the size of a dense graph; bound it with {@code maxSteps}.
   */
  public final List<CareerPath> paths(CareerNode from, CareerNode to, int maxSteps) {
    List<CareerPath> found = new ArrayList<>();
    Set<CareerNode> visited = new HashSet<>();
    visited.add(from);
    walk(from, to, maxSteps, new ArrayDeque<>(), visited, found);
    found.sort(SHORTER_FIRST);
    return List.copyOf(found);
  }

  private void walk(CareerNode at, CareerNode to, int maxSteps, Deque<ProgressionEdge> route,
      Set<CareerNode> visited, List<CareerPath> found) {
    if (route.size() >= maxSteps) {
      return;
    }
    for (ProgressionEdge edge : nextSteps(at)) {
      if (visited.contains(edge.to())) {
        continue;
      }
      route.addLast(edge);
      if (edge.to().equals(to)) {
        found.add(path(new ArrayList<>(route)));
      } else {
        visited.add(edge.to());
        walk(edge.to(), to, maxSteps, route, visited, found);
        visited.remove(edge.to());
      }
      route.removeLast();
    }
  }

  /**
   * A shortest path from {@code from} to {@code to}, by number of steps or by total skill gap; empty if {@code to}
   * cannot be reached (or equals {@code from}). Among equal paths, the one found through earlier edges wins.
   */
  public final Optional<CareerPath> shortestPath(CareerNode from, CareerNode to, PathCost cost) {
    Map<CareerNode, long[]> best = new HashMap<>();
    Map<CareerNode, ProgressionEdge> via = new HashMap<>();
    Map<CareerNode, Long> order = new HashMap<>();
    PriorityQueue<CareerNode> queue = new PriorityQueue<>(Comparator
        .comparingLong((CareerNode n) -> best.get(n)[0])
        .thenComparingLong(n -> best.get(n)[1])
        .thenComparingLong(order::get));
    best.put(from, new long[] {0, 0});
    order.put(from, 0L);
    queue.add(from);
    Set<CareerNode> done = new HashSet<>();
    while (!queue.isEmpty()) {
      CareerNode at = queue.poll();
      if (!done.add(at)) {
        continue;
      }
      if (at.equals(to) && !at.equals(from)) {
        break;
      }
      long[] here = best.get(at);
      for (ProgressionEdge edge : nextSteps(at)) {
        if (edge.to().equals(from) || done.contains(edge.to())) {
          continue;
        }
        long gap = delta(edge).map(SkillGap::stepsToLearn).orElse(0);
        long[] there = cost == PathCost.STEPS ? new long[] {here[0] + 1, here[1] + gap}
            : new long[] {here[0] + gap, here[1] + 1};
        long[] known = best.get(edge.to());
        if (known == null || there[0] < known[0] || (there[0] == known[0] && there[1] < known[1])) {
          queue.remove(edge.to());
          best.put(edge.to(), there);
          via.put(edge.to(), edge);
          order.putIfAbsent(edge.to(), (long) order.size());
          queue.add(edge.to());
        }
      }
    }
    if (!via.containsKey(to) || from.equals(to)) {
      return Optional.empty();
    }
    List<ProgressionEdge> edges = new ArrayList<>();
    for (CareerNode at = to; !at.equals(from); at = via.get(at).from()) {
      edges.add(0, via.get(at));
    }
    return Optional.of(path(edges));
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

  private CareerPath path(List<ProgressionEdge> edges) {
    int gap = edges.stream().mapToInt(e -> delta(e).map(SkillGap::stepsToLearn).orElse(0)).sum();
    return new CareerPath(edges, gap);
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

  @Value.Lazy
  Map<CareerNode, List<ProgressionEdge>> outgoing() {
    Map<CareerNode, List<ProgressionEdge>> out = new HashMap<>();
    edges().forEach(e -> out.computeIfAbsent(e.from(), n -> new ArrayList<>()).add(e));
    out.replaceAll((n, list) -> List.copyOf(list));
    return out;
  }

  @Value.Lazy
  Map<ProgressionEdge, SkillGap> deltas() {
    Map<ProgressionEdge, SkillGap> deltas = new HashMap<>();
    edges().forEach(e -> computeDelta(e).ifPresent(d -> deltas.put(e, d)));
    return deltas;
  }

  @Override
  public String toString() {
    return "ProgressionGraph[" + nodes().size() + " nodes, " + edges().size() + " edges]";
  }
}

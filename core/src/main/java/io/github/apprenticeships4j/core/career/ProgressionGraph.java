package io.github.apprenticeships4j.core.career;

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
import org.jspecify.annotations.Nullable;

/**
 * Career progression over a {@link Framework}: its role levels and some apprenticeship standards as nodes, joined by
 * typed, directed {@link ProgressionEdge}s (promotion, management track, specialist branch, lateral move,
 * apprenticeship to role, apprenticeship to higher apprenticeship). Each edge whose two ends have skill requirements
 * has a computed skill delta ({@link #delta}). Queries: {@link #nextSteps}, the simple paths within bounds
 * ({@link #paths}), the shortest path by steps or by skill gap ({@link #shortestPath}), and the nodes reachable
 * within N steps ({@link #reachableWithin}).
 *
 * <p>A graph holds what it is given, edges to unknown nodes and promotion cycles included;
 * {@link CareerValidator#validate(ProgressionGraph)} reports them. Immutable and thread-safe: queries may run from any
 * number of threads at once (the indexes they share are built once, on first use); build one with
 * {@link #builder()}.
 *
 * <pre>{@code
 * CareerNode st1398 = CareerNode.parse("ST1398");
 * CareerNode engineer = CareerNode.parse("machine-learning-engineer");
 * CareerNode lead = CareerNode.parse("lead-machine-learning-engineer");
 * ProgressionGraph graph = ProgressionGraph.builder()
 *     .framework(framework)                                   // its role levels and skills, e.g. DDaT's
 *     .addApprenticeships(new ApprenticeshipNode(StandardReference.of("ST1398"), "Machine learning engineer", 6,
 *         List.of(SkillRequirement.of(SkillId.of("systems-integration"), framework.scale().get("Working")))))
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
public abstract class ProgressionGraph {
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
  private final Lazy<PathIndex> pathIndex =
      Lazy.of(() -> new PathIndex(edges(), e -> delta(e).map(SkillGap::stepsToLearn).orElse(0)));

  ProgressionGraph() {}

  /** A builder of a graph: a framework, then apprenticeships and edges. */
  public static ImmutableProgressionGraph.Builder builder() {
    return ImmutableProgressionGraph.builder();
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
    PathIndex index = pathIndex();
    Integer source = index.numbers.get(from);
    Integer target = index.numbers.get(to);
    if (source == null || target == null) {
      return Optional.empty();
    }
    int[] via = index.search(source, target, cost == PathCost.STEPS);
    if (via == null) {
      return Optional.empty();
    }
    List<ProgressionEdge> edges = new ArrayList<>();
    int gap = 0;
    for (int at = target; at != source; at = index.from[via[at]]) {
      edges.add(index.edges[via[at]]);
      gap += index.gaps[via[at]];
    }
    java.util.Collections.reverse(edges);
    return Optional.of(new CareerPath(edges, gap));
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

  private PathIndex pathIndex() {
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

  /**
   * The graph as arrays for {@link #shortestPath}: the nodes numbered in order of first mention in the edges, and
   * each node's outgoing edges, in the order given, with their skill gaps.
   */
  static final class PathIndex {
    final Map<CareerNode, Integer> numbers = new HashMap<>();
    /** The outgoing edges of node {@code n} are {@code firstEdge[n]} to {@code firstEdge[n + 1] - 1}. */
    final int[] firstEdge;
    final int[] from;
    final int[] to;
    final int[] gaps;
    final ProgressionEdge[] edges;

    PathIndex(List<ProgressionEdge> given, java.util.function.ToIntFunction<ProgressionEdge> gap) {
      int count = given.size();
      int[] ends = new int[count * 2];
      for (int e = 0; e < count; e++) {
        ends[2 * e] = number(given.get(e).from());
        ends[2 * e + 1] = number(given.get(e).to());
      }
      int nodes = numbers.size();
      firstEdge = new int[nodes + 1];
      for (int e = 0; e < count; e++) {
        firstEdge[ends[2 * e] + 1]++;
      }
      for (int n = 0; n < nodes; n++) {
        firstEdge[n + 1] += firstEdge[n];
      }
      int[] next = java.util.Arrays.copyOf(firstEdge, nodes);
      from = new int[count];
      to = new int[count];
      gaps = new int[count];
      edges = new ProgressionEdge[count];
      for (int e = 0; e < count; e++) {
        int slot = next[ends[2 * e]]++;
        from[slot] = ends[2 * e];
        to[slot] = ends[2 * e + 1];
        edges[slot] = given.get(e);
        gaps[slot] = gap.applyAsInt(given.get(e));
      }
    }

    private int number(CareerNode node) {
      Integer known = numbers.putIfAbsent(node, numbers.size());
      return known != null ? known : numbers.size() - 1;
    }

    /**
     * Dijkstra from {@code source} until {@code target} is settled, on the cost (steps, then gap) or (gap, then
     * steps); ties go to the node reached first. Returns, for each node reached, the edge it was reached by, or
     * {@code null} if {@code target} is not reached.
     */
    int @Nullable [] search(int source, int target, boolean stepsFirst) {
      int nodes = firstEdge.length - 1;
      long[] primary = new long[nodes];
      long[] secondary = new long[nodes];
      // order[n]: 0 if n is not reached yet, else 1 + the rank of its first reaching; ties go to the lower.
      int[] order = new int[nodes];
      int[] via = new int[nodes];
      Heap queue = new Heap(nodes, primary, secondary, order);
      int reached = 1;
      order[source] = reached++;
      queue.push(source);
      while (!queue.isEmpty()) {
        int at = queue.pop();
        if (at == target) {
          return via;
        }
        long herePrimary = primary[at];
        long hereSecondary = secondary[at];
        for (int e = firstEdge[at]; e < firstEdge[at + 1]; e++) {
          int next = to[e];
          if (next == source || queue.isDone(next)) {
            continue;
          }
          long p = stepsFirst ? herePrimary + 1 : herePrimary + gaps[e];
          long s = stepsFirst ? hereSecondary + gaps[e] : hereSecondary + 1;
          if (order[next] == 0) {
            order[next] = reached++;
          } else if (p > primary[next] || (p == primary[next] && s >= secondary[next])) {
            continue;
          }
          primary[next] = p;
          secondary[next] = s;
          via[next] = e;
          queue.pushOrRaise(next);
        }
      }
      return null;
    }
  }

  /** A binary min-heap of node numbers by (primary, secondary, order), with decrease-key. */
  private static final class Heap {
    private static final int ABSENT = -1;
    private static final int DONE = -2;
    private final int[] heap;
    /** Where each node is in {@code heap}, or {@code ABSENT}, or {@code DONE} once popped. */
    private final int[] position;
    private final long[] primary;
    private final long[] secondary;
    private final int[] order;
    private int size;

    Heap(int nodes, long[] primary, long[] secondary, int[] order) {
      this.heap = new int[nodes];
      this.position = new int[nodes];
      java.util.Arrays.fill(position, ABSENT);
      this.primary = primary;
      this.secondary = secondary;
      this.order = order;
    }

    boolean isEmpty() {
      return size == 0;
    }

    boolean isDone(int node) {
      return position[node] == DONE;
    }

    void push(int node) {
      heap[size] = node;
      position[node] = size;
      up(size++);
    }

    /** Adds the node, or moves it up after its cost fell. */
    void pushOrRaise(int node) {
      if (position[node] == ABSENT) {
        push(node);
      } else {
        up(position[node]);
      }
    }

    int pop() {
      int top = heap[0];
      position[top] = DONE;
      int last = heap[--size];
      if (size > 0) {
        heap[0] = last;
        position[last] = 0;
        down(0);
      }
      return top;
    }

    private boolean less(int a, int b) {
      if (primary[a] != primary[b]) {
        return primary[a] < primary[b];
      }
      if (secondary[a] != secondary[b]) {
        return secondary[a] < secondary[b];
      }
      return order[a] < order[b];
    }

    private void up(int slot) {
      int node = heap[slot];
      while (slot > 0) {
        int parent = (slot - 1) >>> 1;
        if (!less(node, heap[parent])) {
          break;
        }
        heap[slot] = heap[parent];
        position[heap[slot]] = slot;
        slot = parent;
      }
      heap[slot] = node;
      position[node] = slot;
    }

    private void down(int slot) {
      int node = heap[slot];
      while (true) {
        int child = 2 * slot + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && less(heap[child + 1], heap[child])) {
          child++;
        }
        if (!less(heap[child], node)) {
          break;
        }
        heap[slot] = heap[child];
        position[heap[slot]] = slot;
        slot = child;
      }
      heap[slot] = node;
      position[node] = slot;
    }
  }

  @Override
  public String toString() {
    return "ProgressionGraph[" + nodes().size() + " nodes, " + edges().size() + " edges]";
  }
}

package io.github.apprenticeships4j.core.career.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A directed graph as arrays: its nodes numbered 0 to {@code nodes() - 1} in order of first mention in the edges, and
 * the edges grouped by the node they leave (a compressed adjacency list), each group in the order the edges were
 * given. An edge is known by its slot, 0 to {@code edges() - 1}, and has a weight. Immutable once built and
 * thread-safe.
 *
 * @param <N> the nodes
 * @param <E> the edges
 */
public final class GraphIndex<N, E> {
  /** The distance of a node from which a target cannot be reached. */
  public static final int UNREACHABLE = Integer.MAX_VALUE;

  private final Map<N, Integer> numbers;
  /** The edges leaving node {@code n} are in slots {@code firstEdge[n]} to {@code firstEdge[n + 1] - 1}. */
  private final int[] firstEdge;
  private final int[] from;
  private final int[] to;
  private final int[] weights;
  private final List<E> edges;

  private GraphIndex(Map<N, Integer> numbers, int[] firstEdge, int[] from, int[] to, int[] weights, List<E> edges) {
    this.numbers = numbers;
    this.firstEdge = firstEdge;
    this.from = from;
    this.to = to;
    this.weights = weights;
    this.edges = edges;
  }

  /**
   * The index of {@code given}, whose ends are {@code start} and {@code end} and whose weights are {@code weight}.
   */
  public static <N, E> GraphIndex<N, E> of(List<E> given, Function<? super E, N> start, Function<? super E, N> end,
      ToIntFunction<? super E> weight) {
    Map<N, Integer> numbers = new HashMap<>();
    int count = given.size();
    int[] ends = new int[count * 2];
    for (int e = 0; e < count; e++) {
      ends[2 * e] = number(numbers, start.apply(given.get(e)));
      ends[2 * e + 1] = number(numbers, end.apply(given.get(e)));
    }
    int nodes = numbers.size();
    int[] firstEdge = new int[nodes + 1];
    for (int e = 0; e < count; e++) {
      firstEdge[ends[2 * e] + 1]++;
    }
    for (int n = 0; n < nodes; n++) {
      firstEdge[n + 1] += firstEdge[n];
    }
    int[] next = Arrays.copyOf(firstEdge, nodes);
    int[] from = new int[count];
    int[] to = new int[count];
    int[] weights = new int[count];
    int[] givenAt = new int[count];
    for (int e = 0; e < count; e++) {
      int slot = next[ends[2 * e]]++;
      from[slot] = ends[2 * e];
      to[slot] = ends[2 * e + 1];
      weights[slot] = weight.applyAsInt(given.get(e));
      givenAt[slot] = e;
    }
    List<E> edges = new ArrayList<>(count);
    for (int slot = 0; slot < count; slot++) {
      edges.add(given.get(givenAt[slot]));
    }
    return new GraphIndex<>(numbers, firstEdge, from, to, weights, edges);
  }

  private static <N> int number(Map<N, Integer> numbers, N node) {
    Integer known = numbers.putIfAbsent(node, numbers.size());
    return known != null ? known : numbers.size() - 1;
  }

  /** The number of nodes. */
  public int nodes() {
    return firstEdge.length - 1;
  }

  /** The number of edges. */
  public int edges() {
    return to.length;
  }

  /** The number of {@code node}, or -1 if no edge starts or ends there. */
  public int number(N node) {
    Integer number = numbers.get(node);
    return number == null ? -1 : number;
  }

  /** The first slot of the edges leaving node {@code n}. */
  public int firstEdge(int n) {
    return firstEdge[n];
  }

  /** The slot after the last of the edges leaving node {@code n}. */
  public int endEdge(int n) {
    return firstEdge[n + 1];
  }

  /** The node the edge in {@code slot} leaves. */
  public int from(int slot) {
    return from[slot];
  }

  /** The node the edge in {@code slot} leads to. */
  public int to(int slot) {
    return to[slot];
  }

  /** The weight of the edge in {@code slot}. */
  public int weight(int slot) {
    return weights[slot];
  }

  /** The edges in the first {@code count} of {@code slots}, in that order. */
  public List<E> edges(int[] slots, int count) {
    List<E> path = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      path.add(edges.get(slots[i]));
    }
    return path;
  }

  /** The sum of the weights of the edges in the first {@code count} of {@code slots}. */
  public int weight(int[] slots, int count) {
    int sum = 0;
    for (int i = 0; i < count; i++) {
      sum += weights[slots[i]];
    }
    return sum;
  }

  /**
   * The fewest steps from each node to {@code target}, by a breadth-first search backwards from it; {@link #UNREACHABLE}
   * for a node from which it cannot be reached.
   */
  public int[] distancesTo(int target) {
    int nodes = nodes();
    int count = edges();
    int[] firstIn = new int[nodes + 1];
    for (int e = 0; e < count; e++) {
      firstIn[to[e] + 1]++;
    }
    for (int n = 0; n < nodes; n++) {
      firstIn[n + 1] += firstIn[n];
    }
    int[] fill = Arrays.copyOf(firstIn, nodes);
    int[] source = new int[count];
    for (int e = 0; e < count; e++) {
      source[fill[to[e]]++] = from[e];
    }
    int[] distance = new int[nodes];
    Arrays.fill(distance, UNREACHABLE);
    int[] queue = new int[nodes];
    int head = 0;
    int tail = 0;
    distance[target] = 0;
    queue[tail++] = target;
    while (head < tail) {
      int at = queue[head++];
      for (int e = firstIn[at]; e < firstIn[at + 1]; e++) {
        int before = source[e];
        if (distance[before] == UNREACHABLE) {
          distance[before] = distance[at] + 1;
          queue[tail++] = before;
        }
      }
    }
    return distance;
  }
}

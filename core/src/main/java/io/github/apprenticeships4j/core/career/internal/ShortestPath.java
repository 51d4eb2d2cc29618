package io.github.apprenticeships4j.core.career.internal;

import org.jspecify.annotations.Nullable;

/**
 * Dijkstra's algorithm on a {@link GraphIndex}, minimising (steps, then total weight) or (total weight, then steps);
 * among equal paths, the one that reaches each node first wins, so edges given earlier win. Each search allocates its
 * own working arrays, so searches from many threads do not interfere. Weights must not be negative.
 */
public final class ShortestPath {
  private ShortestPath() {}

  /** The slots of the edges of a path of fewest steps, then least weight, in order; null if there is none. */
  public static int @Nullable [] fewestSteps(GraphIndex<?, ?> index, int source, int target) {
    return search(index, source, target, true);
  }

  /** The slots of the edges of a path of least weight, then fewest steps, in order; null if there is none. */
  public static int @Nullable [] leastWeight(GraphIndex<?, ?> index, int source, int target) {
    return search(index, source, target, false);
  }

  /**
   * Dijkstra from {@code source} until {@code target} is settled, on the cost (steps, then weight) or (weight, then
   * steps).
   */
  private static int @Nullable [] search(GraphIndex<?, ?> index, int source, int target, boolean stepsFirst) {
    int nodes = index.nodes();
    long[] primary = new long[nodes];
    long[] secondary = new long[nodes];
    // order[n]: 0 if n is not reached yet, else 1 + the rank of its first reaching; ties go to the lower.
    int[] order = new int[nodes];
    int[] via = new int[nodes];
    IndexedHeap queue = new IndexedHeap(nodes, primary, secondary, order);
    int reached = 1;
    order[source] = reached++;
    queue.push(source);
    while (!queue.isEmpty()) {
      int at = queue.pop();
      if (at == target) {
        return edgesTo(index, via, source, target);
      }
      long herePrimary = primary[at];
      long hereSecondary = secondary[at];
      for (int e = index.firstEdge(at); e < index.endEdge(at); e++) {
        int next = index.to(e);
        if (next == source || queue.isDone(next)) {
          continue;
        }
        long p = stepsFirst ? herePrimary + 1 : herePrimary + index.weight(e);
        long s = stepsFirst ? hereSecondary + index.weight(e) : hereSecondary + 1;
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

  /** The slots of the edges from {@code source} to {@code target}, following {@code via} back from the target. */
  private static int[] edgesTo(GraphIndex<?, ?> index, int[] via, int source, int target) {
    int steps = 0;
    for (int at = target; at != source; at = index.from(via[at])) {
      steps++;
    }
    int[] slots = new int[steps];
    for (int at = target; at != source; at = index.from(via[at])) {
      slots[--steps] = via[at];
    }
    return slots;
  }
}

package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.career.internal.GraphIndex;
import io.github.apprenticeships4j.core.validation.Issue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The simple paths from one node to another, within bounds, for {@link ProgressionGraph#paths}: iterative deepening
 * on the graph's {@link GraphIndex}, so that paths are found fewest steps first and a count bound keeps the shortest. Each round
 * enumerates the paths of exactly {@code depth} steps by a depth-first walk without recursion, following edges in the
 * order given and only to nodes not on the path from which the target is still near enough (the fewest steps to it,
 * ignoring the path, by a breadth-first search backwards from it). The rounds stop when no partial path could go on,
 * at the step bound, at the count bound, or after {@link ProgressionGraph#MAX_EDGES_FOLLOWED} edges in all.
 *
 * <p>Memory is the graph's arrays, a few arrays of its size, and the paths kept: never more than {@code maxPaths}.
 */
final class PathSearch {
  private static final int UNREACHABLE = GraphIndex.UNREACHABLE;

  private final GraphIndex<CareerNode, ProgressionEdge> index;
  private final CareerNode from;
  private final CareerNode to;
  private final int maxSteps;
  private final int maxPaths;
  private final long maxEdges;
  private final List<CareerPath> found = new ArrayList<>();
  private long edgesFollowed;

  PathSearch(GraphIndex<CareerNode, ProgressionEdge> index, CareerNode from, CareerNode to, int maxSteps, int maxPaths,
      long maxEdges) {
    this.index = index;
    this.from = from;
    this.to = to;
    this.maxSteps = maxSteps;
    this.maxPaths = maxPaths;
    this.maxEdges = maxEdges;
  }

  /** How a round ended. */
  private enum Round { EXHAUSTED, MAY_GO_DEEPER, COUNT_BOUND, WORK_BOUND }

  CareerPaths run() {
    int source = index.number(from);
    int target = index.number(to);
    if (source < 0 || target < 0 || source == target) {
      return new CareerPaths(List.of(), List.of());
    }
    int[] distance = index.distancesTo(target);
    if (distance[source] == UNREACHABLE) {
      return new CareerPaths(List.of(), List.of());
    }
    int nodes = index.nodes();
    int deepest = Math.min(maxSteps, nodes - 1);
    Issue finding = null;
    if (distance[source] > deepest) {
      finding = Issue.warning(CareerCodes.PATHS_STEP_BOUND, "only paths of at most " + maxSteps + " steps from " + from
          + " to " + to + " were searched; the shortest has " + distance[source]);
    }
    for (int depth = distance[source]; depth <= deepest; depth++) {
      Round round = round(source, target, depth, distance);
      if (round == Round.EXHAUSTED) {
        break;
      }
      if (round == Round.COUNT_BOUND) {
        finding = Issue.warning(CareerCodes.PATHS_COUNT_BOUND, "there are more than " + maxPaths + " paths from " + from
            + " to " + to + "; kept: every path of fewer than " + depth + " steps and the first " + found(depth)
            + " found of " + depth + " steps");
        break;
      }
      if (round == Round.WORK_BOUND) {
        finding = Issue.warning(CareerCodes.PATHS_WORK_BOUND, "the search for paths from " + from + " to " + to
            + " stopped after following " + maxEdges + " edges: every path of fewer than " + depth
            + " steps was found, paths of " + depth + " steps or more may be missing");
        break;
      }
      if (depth == maxSteps) {
        finding = Issue.warning(CareerCodes.PATHS_STEP_BOUND, "only paths of at most " + maxSteps + " steps from "
            + from
            + " to " + to + " were searched; longer ones may exist");
      }
    }
    return new CareerPaths(fewestStepsFirst(), finding == null ? List.of() : List.of(finding.about(from + " -> "
        + to)));
  }

  /**
   * The paths found, fewest steps first, then in the order of their text. They were found round by round, so they
   * are already in order of steps; each text is made once.
   */
  private List<CareerPath> fewestStepsFirst() {
    record Keyed(int steps, String text, CareerPath path) {}
    List<Keyed> keyed = new ArrayList<>(found.size());
    found.forEach(p -> keyed.add(new Keyed(p.steps(), p.toString(), p)));
    keyed.sort(Comparator.comparingInt(Keyed::steps).thenComparing(Keyed::text));
    List<CareerPath> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(k -> sorted.add(k.path()));
    return sorted;
  }

  private long found(int steps) {
    return found.stream().filter(p -> p.steps() == steps).count();
  }

  /** Finds the paths of exactly {@code depth} steps, adding them to {@link #found}. */
  private Round round(int source, int target, int depth, int[] distance) {
    boolean[] onPath = new boolean[index.nodes()];
    int[] node = new int[depth + 1];
    int[] next = new int[depth + 1];
    int[] taken = new int[depth];
    boolean mayGoDeeper = false;
    int level = 0;
    node[0] = source;
    next[0] = index.firstEdge(source);
    onPath[source] = true;
    while (level >= 0) {
      int at = node[level];
      if (next[level] == index.endEdge(at)) {
        onPath[at] = false;
        level--;
        continue;
      }
      int edge = next[level]++;
      if (++edgesFollowed > maxEdges) {
        return Round.WORK_BOUND;
      }
      int end = index.to(edge);
      if (onPath[end]) {
        continue;
      }
      int left = depth - level - 1;
      if (end == target) {
        if (left == 0) {
          if (found.size() == maxPaths) {
            return Round.COUNT_BOUND;
          }
          taken[level] = edge;
          found.add(new CareerPath(index.edges(taken, level + 1), index.weight(taken, level + 1)));
        }
        continue;                                    // a simple path visits its target only at its end
      }
      if (distance[end] > left) {
        mayGoDeeper |= distance[end] != UNREACHABLE;
        continue;
      }
      taken[level] = edge;
      level++;
      node[level] = end;
      next[level] = index.firstEdge(end);
      onPath[end] = true;
    }
    return mayGoDeeper ? Round.MAY_GO_DEEPER : Round.EXHAUSTED;
  }
}

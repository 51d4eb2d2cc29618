package io.github.apprenticeships4j.core.career;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The first implementation of {@link ProgressionGraph#shortestPath}, on maps and a priority queue, kept as the oracle
 * of the array-based one: both must pick the same path, ties included.
 */
final class ReferenceDijkstra {
  private ReferenceDijkstra() {}

  static Optional<CareerPath> shortestPath(ProgressionGraph graph, CareerNode from, CareerNode to, PathCost cost) {
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
      for (ProgressionEdge edge : graph.nextSteps(at)) {
        if (edge.to().equals(from) || done.contains(edge.to())) {
          continue;
        }
        long gap = graph.delta(edge).map(SkillGap::stepsToLearn).orElse(0);
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
    int gap = 0;
    for (CareerNode at = to; !at.equals(from); at = via.get(at).from()) {
      edges.add(0, via.get(at));
      gap += graph.delta(via.get(at)).map(SkillGap::stepsToLearn).orElse(0);
    }
    return Optional.of(new CareerPath(edges, gap));
  }
}

package io.github.apprenticeships4j.core.career;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A route through a {@link ProgressionGraph}: consecutive edges, each starting where the previous one ends, visiting
 * no node twice.
 *
 * @param edges the steps, in order; never empty
 * @param skillGap the sum of {@link SkillGap#stepsToLearn()} over the steps that have a delta
 */
public record CareerPath(List<ProgressionEdge> edges, int skillGap) {
  public CareerPath {
    edges = List.copyOf(edges);
    if (edges.isEmpty()) {
      throw new IllegalArgumentException("a path has at least one step");
    }
  }

  public CareerNode from() {
    return edges.get(0).from();
  }

  public CareerNode to() {
    return edges.get(edges.size() - 1).to();
  }

  /** The number of steps. */
  public int steps() {
    return edges.size();
  }

  /** The nodes visited, from first to last. */
  public List<CareerNode> nodes() {
    List<CareerNode> nodes = new ArrayList<>();
    nodes.add(from());
    edges.forEach(e -> nodes.add(e.to()));
    return List.copyOf(nodes);
  }

  /** For example {@code ST1398 -APPRENTICESHIP_TO_ROLE-> machine-learning-engineer -PROMOTION-> ...}. */
  @Override
  public String toString() {
    return from() + edges.stream().map(e -> " -" + e.kind() + "-> " + e.to()).collect(Collectors.joining());
  }
}

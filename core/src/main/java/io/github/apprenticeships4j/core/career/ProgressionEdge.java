package io.github.apprenticeships4j.core.career;

import java.util.Objects;

/**
 * A typed, directed step from one node of a {@link ProgressionGraph} to another. Its skill delta is computed by the
 * graph: {@link ProgressionGraph#delta(ProgressionEdge)}.
 *
 * @param from where the step starts
 * @param to where it leads
 * @param kind what kind of step it is
 */
public record ProgressionEdge(CareerNode from, CareerNode to, EdgeKind kind) {
  public ProgressionEdge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
  }

  /** For example {@code senior-machine-learning-engineer -PROMOTION-> lead-machine-learning-engineer}. */
  @Override
  public String toString() {
    return from + " -" + kind + "-> " + to;
  }
}

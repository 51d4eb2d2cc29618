package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.validation.Issue;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The answer of {@link ProgressionGraph#paths(CareerNode, CareerNode, int, int)}: the simple paths found from one
 * node to another, fewest steps first, and a warning for each bound that cut the search short (the
 * {@code career.paths.*} codes of {@link CareerCodes}). The paths are always those with the fewest steps: when a bound
 * stops the search at some number of steps, every path of fewer steps is there, and of that number of steps those
 * found first (following the edges in the order given). Iterating over it iterates over {@link #paths()}. Immutable
 * and thread-safe.
 *
 * @param paths the paths, fewest steps first, then in the order of their text
 * @param findings one warning per bound that cut the search short; empty when every simple path was found
 */
public record CareerPaths(List<CareerPath> paths, List<Issue> findings) implements Iterable<CareerPath> {
  public CareerPaths {
    paths = List.copyOf(paths);
    findings = List.copyOf(findings);
  }

  /** Whether every simple path was found: no bound cut the search short. */
  public boolean isComplete() {
    return findings.isEmpty();
  }

  /** The number of paths found. */
  public int size() {
    return paths.size();
  }

  /** Whether no path was found. */
  public boolean isEmpty() {
    return paths.isEmpty();
  }

  /** The paths found, fewest steps first. */
  public Stream<CareerPath> stream() {
    return paths.stream();
  }

  @Override
  public Iterator<CareerPath> iterator() {
    return paths.iterator();
  }
}

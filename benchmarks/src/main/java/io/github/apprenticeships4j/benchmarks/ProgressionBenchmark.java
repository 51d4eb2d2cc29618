package io.github.apprenticeships4j.benchmarks;

import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerPath;
import io.github.apprenticeships4j.core.career.PathCost;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.SkillGap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Shortest career paths on an ESCO-sized generated graph ({@link EscoSizedGraph}: 12,000 role levels of 3,000 roles,
 * 700 apprenticeships, about 50,000 edges, 14,000 skills, 130,000 requirement links), by number of steps and by
 * total skill gap: the library's {@link ProgressionGraph#shortestPath} against JGraphT's {@link DijkstraShortestPath}
 * on the same nodes and edges with the same weights. One operation answers the same {@value #QUERIES} source and
 * target pairs.
 *
 * <p>The library minimises (steps, then skill gap) or (skill gap, then steps); JGraphT gets each edge's weight as
 * {@code K + gap} or {@code gap * K + 1} with {@code K} = 2<sup>24</sup>, which orders paths the same way (no path
 * has 2<sup>24</sup> steps or that much gap, and every sum stays exact in a double). The edge gaps are the library's
 * own {@link ProgressionGraph#delta}s, computed once before measuring; the library caches them too. {@link #setUp}
 * checks that both answer every query with the same cost, and fails otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ProgressionBenchmark {
  static final int QUERIES = 20;
  static final double K = 1 << 24;

  /** The seed of the generated graph and of the queries. */
  @Param("20260822")
  public long seed;

  private ProgressionGraph graph;
  private CareerNode[] sources;
  private CareerNode[] targets;
  private Graph<CareerNode, GapEdge> byStepsGraph;
  private Graph<CareerNode, GapEdge> byGapGraph;
  private DijkstraShortestPath<CareerNode, GapEdge> bySteps;
  private DijkstraShortestPath<CareerNode, GapEdge> byGap;

  /** A JGraphT edge that remembers the library's edge and its skill gap. */
  static final class GapEdge extends DefaultWeightedEdge {
    private static final long serialVersionUID = 1L;
    final transient ProgressionEdge edge;
    final int gap;

    GapEdge(ProgressionEdge edge, int gap) {
      this.edge = edge;
      this.gap = gap;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    long started = System.nanoTime();
    EscoSizedGraph generated = EscoSizedGraph.generate(seed, QUERIES);
    long built = System.nanoTime();
    graph = generated.graph;
    sources = generated.sources.toArray(CareerNode[]::new);
    targets = generated.targets.toArray(CareerNode[]::new);
    byStepsGraph = new SimpleDirectedWeightedGraph<>(null, null);
    byGapGraph = new SimpleDirectedWeightedGraph<>(null, null);
    for (CareerNode node : graph.nodes()) {
      byStepsGraph.addVertex(node);
      byGapGraph.addVertex(node);
    }
    for (ProgressionEdge edge : graph.edges()) {
      int gap = graph.delta(edge).map(SkillGap::stepsToLearn).orElse(0);
      GapEdge steps = new GapEdge(edge, gap);
      GapEdge skills = new GapEdge(edge, gap);
      if (!byStepsGraph.addEdge(edge.from(), edge.to(), steps) || !byGapGraph.addEdge(edge.from(), edge.to(), skills)) {
        throw new IllegalStateException("edge not added to JGraphT: " + edge);
      }
      byStepsGraph.setEdgeWeight(steps, K + gap);
      byGapGraph.setEdgeWeight(skills, gap * K + 1);
    }
    long weighted = System.nanoTime();
    bySteps = new DijkstraShortestPath<>(byStepsGraph);
    byGap = new DijkstraShortestPath<>(byGapGraph);
    System.out.printf("%n%s: %d role levels, %d apprenticeships, %d edges, %d skills, %d requirement links%n",
        graph.framework().name(), graph.framework().roleLevels().size(), graph.apprenticeships().size(),
        graph.edges().size(), graph.framework().skills().size(), generated.requirementLinks);
    check();
    System.out.printf("set up in %.1f s: generated %.1f s, deltas and JGraphT graphs %.1f s, check %.1f s%n",
        (System.nanoTime() - started) / 1e9, (built - started) / 1e9, (weighted - built) / 1e9,
        (System.nanoTime() - weighted) / 1e9);
  }

  /** Both must answer every query with a path of the same cost; anything else is a bug, and no result is taken. */
  private void check() {
    int found = 0;
    long totalSteps = 0;
    for (int q = 0; q < QUERIES; q++) {
      for (PathCost cost : PathCost.values()) {
        Optional<CareerPath> mine = graph.shortestPath(sources[q], targets[q], cost);
        GraphPath<CareerNode, GapEdge> theirs = (cost == PathCost.STEPS ? bySteps : byGap)
            .getPath(sources[q], targets[q]);
        String query = cost + " " + sources[q] + " -> " + targets[q];
        if (mine.isPresent() != (theirs != null)) {
          throw new IllegalStateException(query + ": library " + mine + ", JGraphT " + theirs);
        }
        if (theirs == null) {
          continue;
        }
        List<ProgressionEdge> edges = new ArrayList<>();
        int gap = 0;
        for (GapEdge e : theirs.getEdgeList()) {
          edges.add(e.edge);
          gap += e.gap;
        }
        CareerPath path = mine.get();
        if (path.steps() != edges.size() || path.skillGap() != gap || !graph.edges().containsAll(path.edges())
            || !path.from().equals(sources[q]) || !path.to().equals(targets[q])) {
          throw new IllegalStateException(query + ": library " + path.steps() + " steps, gap " + path.skillGap()
              + " (" + path + "); JGraphT " + edges.size() + " steps, gap " + gap + " (" + edges + ")");
        }
        if (cost == PathCost.STEPS) {
          found++;
          totalSteps += path.steps();
        }
      }
    }
    System.out.printf("checked: %d of %d queries reachable, %.1f steps on average, same costs by both%n",
        found, QUERIES, found == 0 ? 0.0 : (double) totalSteps / found);
  }

  /** The library: the path with fewest steps (then least gap) for each query. */
  @Benchmark
  public void stepsLibrary(Blackhole sink) {
    for (int q = 0; q < QUERIES; q++) {
      sink.consume(graph.shortestPath(sources[q], targets[q], PathCost.STEPS));
    }
  }

  /** JGraphT's Dijkstra, weights {@code K + gap}. */
  @Benchmark
  public void stepsJGraphT(Blackhole sink) {
    for (int q = 0; q < QUERIES; q++) {
      sink.consume(bySteps.getPath(sources[q], targets[q]));
    }
  }

  /** The library: the path with least skill gap (then fewest steps) for each query. */
  @Benchmark
  public void skillGapLibrary(Blackhole sink) {
    for (int q = 0; q < QUERIES; q++) {
      sink.consume(graph.shortestPath(sources[q], targets[q], PathCost.SKILL_GAP));
    }
  }

  /** JGraphT's Dijkstra, weights {@code gap * K + 1}. */
  @Benchmark
  public void skillGapJGraphT(Blackhole sink) {
    for (int q = 0; q < QUERIES; q++) {
      sink.consume(byGap.getPath(sources[q], targets[q]));
    }
  }
}

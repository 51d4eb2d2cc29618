package io.github.apprenticeships4j.core.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 11: path enumeration is bounded by steps, by count and by work, and says when a bound cut it short. */
class PathBoundsTest {
  static final Duration LIMIT = Duration.ofSeconds(2);

  /** {@code size} role levels, each leading to every other. */
  static ProgressionGraph complete(int size) {
    List<int[]> edges = new ArrayList<>();
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        if (a != b) {
          edges.add(new int[] {a, b, 0});
        }
      }
    }
    return CareerGen.graph(size, edges, List.of(List.of()));
  }

  static List<String> codes(CareerPaths paths) {
    return paths.findings().stream().map(Issue::code).collect(Collectors.toList());
  }

  @Test
  void denseGraph_withTheDefaults_keepsTheThousandShortestPaths_quickly() {
    ProgressionGraph dense = complete(12);

    CareerPaths paths = assertTimeoutPreemptively(LIMIT, () -> dense.paths(CareerGen.node(0), CareerGen.node(1)));

    // Between two of 12 mutually linked levels: 1 path of 1 step, 10 of 2, 90 of 3, 720 of 4, 5,040 of 5 ...
    assertThat(paths.size()).isEqualTo(ProgressionGraph.DEFAULT_MAX_PATHS);
    assertThat(paths.stream().collect(Collectors.groupingBy(CareerPath::steps, Collectors.counting())))
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(1, 1L, 2, 10L, 3, 90L, 4, 720L, 5, 179L));
    assertThat(paths.isComplete()).isFalse();
    assertThat(paths.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(CareerCodes.PATHS_COUNT_BOUND);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.subject()).hasValue("level-0 -> level-1");
      assertThat(f.message()).isEqualTo("there are more than 1000 paths from level-0 to level-1; kept: every path of"
          + " fewer than 5 steps and the first 179 found of 5 steps");
    });
    assertThat(paths.paths()).isSortedAccordingTo(Comparator.comparingInt(CareerPath::steps));
  }

  @Test
  void denseGraph_withFiftyThousandPathsAsked_answersWithinTheLimit() {
    ProgressionGraph dense = complete(30);

    CareerPaths paths = assertTimeoutPreemptively(LIMIT,
        () -> dense.paths(CareerGen.node(0), CareerGen.node(1), 30, 50_000));

    assertThat(codes(paths)).containsExactly(CareerCodes.PATHS_COUNT_BOUND);
    assertThat(paths.size()).isEqualTo(50_000);
    assertThat(paths.paths().get(49_999).steps()).isEqualTo(5);
  }

  /**
   * The target is reached only through a level already on every path, and a clique of 20 levels hangs off that
   * level: a walk that does not give up explores 20 x 19 x 18 ... partial paths that all end nowhere.
   */
  @Test
  void aCliqueThatLeadsNowhere_stopsAtTheWorkBound_withThePathsFoundSoFar() {
    int source = 0;
    int gate = 1;
    int target = 2;
    List<int[]> edges = new ArrayList<>(List.of(new int[] {source, gate, 0}, new int[] {gate, target, 0}));
    for (int a = 3; a < 23; a++) {
      edges.add(new int[] {gate, a, 0});
      edges.add(new int[] {a, gate, 0});
      for (int b = 3; b < 23; b++) {
        if (a != b) {
          edges.add(new int[] {a, b, 0});
        }
      }
    }
    ProgressionGraph graph = CareerGen.graph(23, edges, List.of(List.of()));

    CareerPaths paths = assertTimeoutPreemptively(LIMIT,
        () -> graph.paths(CareerGen.node(source), CareerGen.node(target)));

    assertThat(paths.paths()).singleElement().satisfies(p -> assertThat(p.steps()).isEqualTo(2));
    assertThat(codes(paths)).containsExactly(CareerCodes.PATHS_WORK_BOUND);
  }

  @Test
  void stepBound_saysLongerPathsMayExist_orThatTheShortestIsLonger() {
    ProgressionGraph chain = CareerGen.graph(6, List.of(new int[] {0, 1, 0}, new int[] {1, 2, 0},
        new int[] {2, 3, 0}, new int[] {3, 4, 0}, new int[] {0, 4, 0}), List.of(List.of()));

    CareerPaths one = chain.paths(CareerGen.node(0), CareerGen.node(4), 1);
    assertThat(one.paths()).singleElement().satisfies(p -> assertThat(p.steps()).isEqualTo(1));
    assertThat(codes(one)).containsExactly(CareerCodes.PATHS_STEP_BOUND);
    assertThat(one.findings().get(0).message()).isEqualTo("only paths of at most 1 steps from level-0 to level-4"
        + " were searched; longer ones may exist");

    CareerPaths none = chain.paths(CareerGen.node(1), CareerGen.node(4), 2);
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.findings()).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("only paths of at most 2 steps from level-1 to level-4 were searched; the shortest has 3"));

    CareerPaths all = chain.paths(CareerGen.node(0), CareerGen.node(4), 4);
    assertThat(all.isComplete()).isTrue();
    assertThat(all.paths()).extracting(CareerPath::steps).containsExactly(1, 4);
    assertThat(chain.paths(CareerGen.node(4), CareerGen.node(0)).isComplete()).as("unreachable").isTrue();
    assertThat(chain.paths(CareerGen.node(0), CareerGen.node(0)).isEmpty()).isTrue();
    assertThat(chain.paths(CareerGen.node(0), CareerGen.node(5)).isEmpty()).as("no edges").isTrue();
  }

  /** Each edge's delta finds its ends: by index now; 20,000 apprenticeships and edges took 11 s with a scan. */
  @Test
  void manyApprenticeships_theFirstQueryIsLinear() {
    SkillLevelScale ddat = SkillLevelScale.ddat();
    List<SkillRequirement> outcomes = List.of(SkillRequirement.of(SkillId.parse("skill-0"), ddat.levels().get(1)));
    ProgressionGraph.Builder builder = ProgressionGraph.builder()
        .framework(CareerGen.graph(1, List.of(), List.of(outcomes)).framework());
    for (int i = 0; i < 20_000; i++) {
      String reference = String.format(java.util.Locale.ROOT, "%s%04d", i < 10_000 ? "ST" : "FA", i % 10_000);
      CareerNode node = CareerNode.parse(reference);
      builder.addApprenticeships(ApprenticeshipNode.of(io.github.apprenticeships4j.core.standard.StandardReference
          .parse(reference), "Apprenticeship " + i, 3, outcomes));
      builder.addEdges(new ProgressionEdge(node, CareerGen.node(0), EdgeKind.APPRENTICESHIP_TO_ROLE));
    }
    ProgressionGraph graph = builder.build();

    CareerPaths paths = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> graph.paths(CareerNode.parse("FA9999"), CareerGen.node(0)));

    assertThat(paths.paths()).singleElement().satisfies(p -> assertThat(p.skillGap()).isZero());
  }

  @Test
  void bounds_belowOne_areRefused() {
    ProgressionGraph dense = complete(3);

    assertThatThrownBy(() -> dense.paths(CareerGen.node(0), CareerGen.node(1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSteps 0");
    assertThatThrownBy(() -> dense.paths(CareerGen.node(0), CareerGen.node(1), 3, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPaths 0");
  }

  /** Every simple path, in the order a depth-first walk following the edges in order finds them. */
  static List<CareerPath> everyPath(ProgressionGraph graph, CareerNode from, CareerNode to) {
    List<CareerPath> found = new ArrayList<>();
    Set<CareerNode> visited = new HashSet<>(Set.of(from));
    walk(graph, from, to, new ArrayList<>(), visited, found);
    return found;
  }

  private static void walk(ProgressionGraph graph, CareerNode at, CareerNode to, List<ProgressionEdge> route,
      Set<CareerNode> visited, List<CareerPath> found) {
    for (ProgressionEdge edge : graph.nextSteps(at)) {
      if (visited.contains(edge.to())) {
        continue;
      }
      route.add(edge);
      if (edge.to().equals(to)) {
        int gap = route.stream().mapToInt(e -> graph.delta(e).map(SkillGap::stepsToLearn).orElse(0)).sum();
        found.add(new CareerPath(route, gap));
      } else {
        visited.add(edge.to());
        walk(graph, edge.to(), to, route, visited, found);
        visited.remove(edge.to());
      }
      route.remove(route.size() - 1);
    }
  }

  @Test
  void boundedSearch_keepsTheFewestStepPaths_ofAnExhaustiveWalk() {
    qt().withExamples(400)
        .forAll(integers().between(2, 7), CareerGen.edges(), integers().between(1, 7), integers().between(1, 12))
        .checkAssert((size, edges, maxSteps, maxPaths) -> {
          ProgressionGraph graph = CareerGen.graph(size, edges, List.of(List.of()));
          CareerNode start = CareerGen.node(0);
          CareerNode end = CareerGen.node(size - 1);

          List<CareerPath> every = everyPath(graph, start, end);
          List<CareerPath> withinSteps = every.stream().filter(p -> p.steps() <= maxSteps)
              .sorted(Comparator.comparingInt(CareerPath::steps)).collect(Collectors.toList());
          List<CareerPath> expected = withinSteps.stream().limit(maxPaths)
              .sorted(Comparator.comparingInt(CareerPath::steps).thenComparing(CareerPath::toString))
              .collect(Collectors.toList());

          CareerPaths paths = graph.paths(start, end, maxSteps, maxPaths);

          assertThat(paths.paths()).isEqualTo(expected);
          assertThat(codes(paths).contains(CareerCodes.PATHS_COUNT_BOUND)).isEqualTo(withinSteps.size() > maxPaths);
          if (withinSteps.size() <= maxPaths && every.size() > withinSteps.size()) {
            assertThat(codes(paths)).containsExactly(CareerCodes.PATHS_STEP_BOUND);
          }
          if (paths.isComplete()) {
            assertThat(paths.paths()).hasSameSizeAs(every);
          }
        });
  }
}

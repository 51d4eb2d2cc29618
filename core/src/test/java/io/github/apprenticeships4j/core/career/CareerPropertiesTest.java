package io.github.apprenticeships4j.core.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.apprenticeships4j.core.validation.Issue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CareerPropertiesTest {
  @Test
  void gap_ofRequirementsToThemselves_isEmpty() {
    qt().forAll(CareerGen.requirements()).checkAssert(a -> {
      SkillGap gap = SkillGap.between("a", a, "a", a, SkillId::value);

      assertThat(gap.isEmpty()).isTrue();
      assertThat(gap.stepsToLearn()).isZero();
      assertThat(gap.changes()).hasSize((int) a.stream().map(SkillRequirement::skill).distinct().count());
    });
  }

  @Test
  void gap_fromBToA_mirrorsGapFromAToB() {
    qt().forAll(CareerGen.requirements(), CareerGen.requirements()).checkAssert((a, b) -> {
      SkillGap forth = SkillGap.between("a", a, "b", b, SkillId::value);
      SkillGap back = SkillGap.between("b", b, "a", a, SkillId::value);

      assertThat(back).isEqualTo(forth.inverse());
      assertThat(back.added()).hasSameSizeAs(forth.removed());
      assertThat(back.raised()).hasSameSizeAs(forth.lowered());
      assertThat(back.unchanged()).isEqualTo(forth.unchanged().stream().map(SkillChange::inverse)
          .collect(Collectors.toList()));
      assertThat(forth.inverse().inverse()).isEqualTo(forth);
    });
  }

  @Test
  void everyPathReturned_isARealSimplePathOfTheGraph() {
    qt().withExamples(300)
        .forAll(integers().between(2, 8), CareerGen.edges(), integers().between(0, 99), integers().between(0, 99))
        .checkAssert((size, edges, from, to) -> {
          ProgressionGraph graph = CareerGen.graph(size, edges, List.of(List.of()));
          CareerNode start = CareerGen.node(from % size);
          CareerNode end = CareerGen.node(to % size);

          List<CareerPath> paths = graph.paths(start, end).paths();
          List<CareerPath> all = new ArrayList<>(paths);
          graph.shortestPath(start, end, PathCost.STEPS).ifPresent(all::add);
          graph.shortestPath(start, end, PathCost.SKILL_GAP).ifPresent(all::add);
          for (CareerPath path : all) {
            assertThat(path.from()).isEqualTo(start);
            assertThat(path.to()).isEqualTo(end);
            assertThat(graph.edges()).containsAll(path.edges());
            for (int i = 1; i < path.edges().size(); i++) {
              assertThat(path.edges().get(i).from()).isEqualTo(path.edges().get(i - 1).to());
            }
            assertThat(new HashSet<>(path.nodes())).hasSameSizeAs(path.nodes());
          }
          assertThat(graph.shortestPath(start, end, PathCost.STEPS).isPresent())
              .isEqualTo(!paths.isEmpty() && !start.equals(end));
          graph.shortestPath(start, end, PathCost.STEPS).ifPresent(
              p -> assertThat(p.steps()).isEqualTo(paths.stream().mapToInt(CareerPath::steps).min().orElseThrow()));
          if (!start.equals(end)) {
            assertThat(graph.reachableWithin(start, size).containsKey(end)).isEqualTo(!paths.isEmpty());
          }
        });
  }

  @Test
  void shortestPathBySkillGap_hasTheLeastGapOfAllPaths() {
    qt().withExamples(200)
        .forAll(integers().between(2, 7), CareerGen.edges(), lists().of(CareerGen.requirements()).ofSizeBetween(1, 4))
        .checkAssert((size, edges, requirements) -> {
          ProgressionGraph graph = CareerGen.graph(size, edges, requirements);
          CareerNode start = CareerGen.node(0);
          CareerNode end = CareerGen.node(size - 1);

          graph.shortestPath(start, end, PathCost.SKILL_GAP).ifPresent(best -> assertThat(
              graph.paths(start, end)).allSatisfy(p -> assertThat(p.skillGap()).isGreaterThanOrEqualTo(best
                  .skillGap())));
        });
  }

  @Test
  void anInjectedPromotionCycle_isAlwaysReported() {
    qt().withExamples(300)
        .forAll(integers().between(2, 9), CareerGen.edges(), lists().of(integers().between(0, 99)).ofSizeBetween(1, 6))
        .checkAssert((size, edges, picks) -> {
          // Distinct nodes of the cycle, taken from the picks; one pick makes a self-loop.
          List<Integer> cycle = picks.stream().map(p -> p % size).distinct().collect(Collectors.toList());
          List<int[]> withCycle = new ArrayList<>(edges);
          for (int i = 0; i < cycle.size(); i++) {
            withCycle.add(new int[] {cycle.get(i), cycle.get((i + 1) % cycle.size()), 0});
          }
          ProgressionGraph graph = CareerGen.graph(size, withCycle, List.of(List.of()));

          List<Issue> cycles = CareerValidator.validate(graph).withCode(CareerCodes.GRAPH_PROMOTION_CYCLE);

          Set<String> expected = cycle.stream().map(i -> CareerGen.node(i).toString()).collect(Collectors.toSet());
          assertThat(cycles).anySatisfy(i -> assertThat(
              Arrays.asList(i.subject().orElseThrow().split(", "))).containsAll(expected));
        });
  }

  @Test
  void promotionsThatOnlyClimb_areNeverReportedAsACycle() {
    qt().forAll(integers().between(2, 9), CareerGen.edges()).checkAssert((size, edges) -> {
      List<int[]> climbing = edges.stream()
          .map(e -> new int[] {Math.min(e[0] % size, e[1] % size), Math.max(e[0] % size, e[1] % size), 0})
          .filter(e -> e[0] != e[1]).collect(Collectors.toList());

      assertThat(CareerValidator.validate(CareerGen.graph(size, climbing, List.of(List.of())))
          .withCode(CareerCodes.GRAPH_PROMOTION_CYCLE)).isEmpty();
    });
  }

  @Test
  void shortestPath_picksTheReferencePath_tiesIncluded() {
    qt().withExamples(500)
        .forAll(integers().between(2, 9), CareerGen.edges(), lists().of(CareerGen.requirements()).ofSizeBetween(1, 4),
            integers().between(0, 99))
        .checkAssert((size, edges, requirements, pair) -> {
          ProgressionGraph graph = CareerGen.graph(size, edges, requirements);
          CareerNode start = CareerGen.node(pair % size);
          CareerNode end = CareerGen.node(pair / 10 % size);
          for (PathCost cost : PathCost.values()) {
            assertThat(graph.shortestPath(start, end, cost)).as("%s %s -> %s", cost, start, end)
                .isEqualTo(ReferenceDijkstra.shortestPath(graph, start, end, cost));
          }
          CareerNode outside = CareerNode.of(RoleLevelId.parse("not-in-the-graph"));
          assertThat(graph.shortestPath(start, outside, PathCost.STEPS)).isEmpty();
          assertThat(graph.shortestPath(outside, end, PathCost.SKILL_GAP)).isEmpty();
        });
  }
}

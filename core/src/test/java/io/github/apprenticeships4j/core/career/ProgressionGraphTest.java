package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.internal.Tamper;
import static io.github.apprenticeships4j.core.career.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressionGraphTest {
  static final ProgressionGraph GRAPH = graph(List.of(
      edge(ST1398, DATA_SCIENTIST, EdgeKind.APPRENTICESHIP_TO_ROLE),
      edge(ST1398, DEVELOPER, EdgeKind.APPRENTICESHIP_TO_ROLE),
      edge(DATA_SCIENTIST, SENIOR_MLE, EdgeKind.LATERAL_MOVE),
      edge(DEVELOPER, DEVOPS, EdgeKind.LATERAL_MOVE),
      edge(DEVOPS, SENIOR_MLE, EdgeKind.LATERAL_MOVE),
      edge(DEVELOPER, SENIOR_MLE, EdgeKind.SPECIALIST_BRANCH),
      edge(SENIOR_MLE, LEAD_MLE, EdgeKind.PROMOTION)));

  @Test
  void delta_isComputedForEdgesWhoseEndsHaveRequirements() {
    ProgressionEdge promotion = edge(SENIOR_MLE, LEAD_MLE, EdgeKind.PROMOTION);

    assertThat(GRAPH.delta(promotion)).hasValueSatisfying(d -> assertThat(d.raised()).hasSize(4));
    assertThat(GRAPH.delta(edge(ST1398, DEVELOPER, EdgeKind.APPRENTICESHIP_TO_ROLE)))
        .hasValueSatisfying(d -> assertThat(d.added()).extracting(SkillChange::skill).containsExactly(INTEGRATION));
  }

  @Test
  void delta_isAbsentWhenAnEndHasNoRequirements() {
    ProgressionGraph g = ProgressionGraph.builder().framework(FRAMEWORK)
        .addApprenticeships(ApprenticeshipNode.of(ST1398, "Machine learning engineer", 6, List.of()))
        .addEdges(edge(ST1398, SENIOR_MLE, EdgeKind.APPRENTICESHIP_TO_ROLE)).build();

    assertThat(g.delta(g.edges().get(0))).isEmpty();
  }

  @Test
  void nextSteps_areTheOutgoingEdgesInOrder() {
    assertThat(GRAPH.nextSteps(node(DEVELOPER))).extracting(ProgressionEdge::to)
        .containsExactly(node(DEVOPS), node(SENIOR_MLE));
    assertThat(GRAPH.nextSteps(node(LEAD_MLE))).isEmpty();
  }

  @Test
  void paths_listsEverySimplePath_fewestStepsFirst() {
    List<CareerPath> paths = GRAPH.paths(node(ST1398), node(LEAD_MLE)).paths();

    assertThat(paths).extracting(CareerPath::steps).containsExactly(3, 3, 4);
    assertThat(paths.get(2).nodes()).containsExactly(node(ST1398), node(DEVELOPER), node(DEVOPS),
        node(SENIOR_MLE), node(LEAD_MLE));
    assertThat(GRAPH.paths(node(ST1398), node(LEAD_MLE), 3)).hasSize(2);
    assertThat(GRAPH.paths(node(LEAD_MLE), node(ST1398))).isEmpty();
  }

  @Test
  void shortestPath_bySteps_andBySkillGap_canDiffer() {
    CareerPath bySteps = GRAPH.shortestPath(node(ST1398), node(SENIOR_MLE), PathCost.STEPS).orElseThrow();
    CareerPath byGap = GRAPH.shortestPath(node(ST1398), node(SENIOR_MLE), PathCost.SKILL_GAP).orElseThrow();

    assertThat(bySteps.steps()).isEqualTo(2);
    assertThat(byGap.skillGap()).isLessThanOrEqualTo(bySteps.skillGap());
    assertThat(GRAPH.paths(node(ST1398), node(SENIOR_MLE)))
        .allSatisfy(p -> assertThat(p.skillGap()).isGreaterThanOrEqualTo(byGap.skillGap()));
    assertThat(GRAPH.shortestPath(node(LEAD_MLE), node(ST1398), PathCost.STEPS)).isEmpty();
  }

  @Test
  void reachableWithin_givesEachNodeItsFewestSteps() {
    assertThat(GRAPH.reachableWithin(node(ST1398), 2)).containsExactly(
        java.util.Map.entry(node(DATA_SCIENTIST), 1), java.util.Map.entry(node(DEVELOPER), 1),
        java.util.Map.entry(node(SENIOR_MLE), 2), java.util.Map.entry(node(DEVOPS), 2));
  }

  @Test
  void careerNode_parse_tellsStandardsFromRoleLevels() {
    assertThat(CareerNode.parse("st1398").isApprenticeship()).isTrue();
    assertThat(CareerNode.parse("senior-machine-learning-engineer").roleLevel()).contains(SENIOR_MLE);
  }

  @Test
  void queries_surviveWhateverACallerDoesToWhatTheGraphHandsOut() {
    ProgressionGraph graph = graph(GRAPH.edges());
    ProgressionEdge promotion = edge(SENIOR_MLE, LEAD_MLE, EdgeKind.PROMOTION);
    assertThat(graph.paths(node(ST1398), node(LEAD_MLE))).hasSize(3);   // builds the indexes
    assertThat(graph.delta(promotion)).isPresent();

    Tamper.everyAccessorOf(graph);

    assertThat(graph.paths(node(ST1398), node(LEAD_MLE))).hasSize(3);
    assertThat(graph.nextSteps(node(ST1398))).hasSize(2);
    assertThat(graph.delta(promotion)).isPresent();
    assertThat(graph.shortestPath(node(ST1398), node(LEAD_MLE), PathCost.STEPS)).isPresent();
  }
}

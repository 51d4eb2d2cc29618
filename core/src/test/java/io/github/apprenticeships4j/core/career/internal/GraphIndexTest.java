package io.github.apprenticeships4j.core.career.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphIndexTest {
  record Edge(String from, String to, int weight) {}

  // a -> b -> d (weight 5 + 5), a -> c -> d (weight 1 + 1), a -> d (weight 50), e -> a; f alone is not a node
  static final List<Edge> EDGES = List.of(new Edge("a", "b", 5), new Edge("b", "d", 5), new Edge("a", "c", 1),
      new Edge("c", "d", 1), new Edge("a", "d", 50), new Edge("e", "a", 0));
  static final GraphIndex<String, Edge> INDEX = GraphIndex.of(EDGES, Edge::from, Edge::to, Edge::weight);

  @Test
  void nodes_areNumberedInOrderOfFirstMention_andEdgesGroupedByStartInTheOrderGiven() {
    assertThat(List.of("a", "b", "d", "c", "e", "f")).extracting(INDEX::number).containsExactly(0, 1, 2, 3, 4, -1);
    assertThat(INDEX.nodes()).isEqualTo(5);
    assertThat(INDEX.edges()).isEqualTo(6);
    int a = INDEX.number("a");
    int[] slots = new int[INDEX.endEdge(a) - INDEX.firstEdge(a)];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = INDEX.firstEdge(a) + i;
      assertThat(INDEX.from(slots[i])).isEqualTo(a);
    }
    assertThat(INDEX.edges(slots, slots.length)).containsExactly(EDGES.get(0), EDGES.get(2), EDGES.get(4));
    assertThat(INDEX.weight(slots, slots.length)).isEqualTo(56);
  }

  @Test
  void distancesTo_countTheFewestStepsBackwards() {
    int[] distance = INDEX.distancesTo(INDEX.number("d"));

    assertThat(distance[INDEX.number("a")]).isEqualTo(1);
    assertThat(distance[INDEX.number("e")]).isEqualTo(2);
    assertThat(distance[INDEX.number("d")]).isZero();
    assertThat(INDEX.distancesTo(INDEX.number("e"))[INDEX.number("d")]).isEqualTo(GraphIndex.UNREACHABLE);
  }

  @Test
  void shortestPath_minimisesStepsOrWeightFirst_andIsNullWhenUnreachable() {
    int e = INDEX.number("e");
    int d = INDEX.number("d");

    int[] fewest = ShortestPath.fewestSteps(INDEX, e, d);
    int[] lightest = ShortestPath.leastWeight(INDEX, e, d);

    assertThat(INDEX.edges(fewest, fewest.length)).containsExactly(EDGES.get(5), EDGES.get(4));
    assertThat(INDEX.edges(lightest, lightest.length)).containsExactly(EDGES.get(5), EDGES.get(2), EDGES.get(3));
    assertThat(ShortestPath.fewestSteps(INDEX, d, e)).isNull();
  }

  @Test
  void shortestPath_amongEqualPaths_takesTheEdgeGivenFirst() {
    GraphIndex<String, Edge> tie = GraphIndex.of(List.of(new Edge("a", "b", 1), new Edge("a", "c", 1),
        new Edge("c", "d", 1), new Edge("b", "d", 1)), Edge::from, Edge::to, Edge::weight);

    int[] path = ShortestPath.leastWeight(tie, tie.number("a"), tie.number("d"));

    assertThat(tie.edges(path, path.length)).extracting(Edge::to).containsExactly("b", "d");
  }
}

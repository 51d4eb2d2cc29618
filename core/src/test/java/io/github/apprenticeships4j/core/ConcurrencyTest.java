package io.github.apprenticeships4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PathCost;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingGen;
import io.github.apprenticeships4j.core.funding.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The calculator and the progression graph are immutable and thread-safe: 8 threads querying one shared instance at
 * the same moment get exactly the answers one thread gets. Each thread starts at a different query and runs them all,
 * several rounds; a graph is queried cold (its lazily built indexes and deltas are first computed under contention).
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void fundingCalculator_givesEveryThreadTheSingleThreadedResults() throws Exception {
    List<Apprenticeship> inputs = new ArrayList<>();
    List<int[]> progress = new ArrayList<>();
    qt().withFixedSeed(7).withExamples(400)
        .forAll(FundingGen.apprenticeships(), integers().between(0, 4), integers().between(0, 2000),
            integers().between(0, 400))
        .checkAssert((a, kind, offset, gap) -> {
          inputs.add(a);
          progress.add(new int[] {kind, offset, gap});
        });
    List<Supplier<Object>> queries = new ArrayList<>();
    FundingCalculator shared = FundingCalculator.withDefaultRules();
    for (int i = 0; i < inputs.size(); i++) {
      Apprenticeship a = inputs.get(i);
      int[] p = progress.get(i);
      queries.add(() -> shared.calculate(a));
      queries.add(() -> shared.validate(a));
      queries.add(() -> {
        if (shared.calculate(a).isRejected()) {
          return "rejected";
        }
        Progress actual = FundingGen.progressFor(a, p[0], p[1], p[2]);
        return shared.calculate(a, actual);
      });
    }
    List<Object> expected = singleThreaded(FundingCalculator.withDefaultRules(), inputs, progress);

    assertThat(inputs).as("some accepted").anyMatch(a -> !shared.calculate(a).isRejected());
    assertSameFromEveryThread(queries, expected);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void progressionGraph_givesEveryThreadTheSingleThreadedResults() throws Exception {
    long seed = 42;
    ProgressionGraph reference = graph(seed);
    List<CareerNode[]> pairs = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(seed);
    for (int q = 0; q < 60; q++) {
      pairs.add(new CareerNode[] {node(random.nextInt(ROLES), random.nextInt(2)),
          node(random.nextInt(ROLES), 2 + random.nextInt(2))});
    }
    List<Object> expected = new ArrayList<>();
    for (Supplier<Object> query : graphQueries(reference, pairs)) {
      expected.add(query.get());
    }
    assertThat(expected).anySatisfy(r -> assertThat(r.toString()).contains("Optional["));

    // A fresh, equal graph: its lazy indexes are built by the racing threads.
    ProgressionGraph shared = graph(seed);
    assertSameFromEveryThread(graphQueries(shared, pairs), expected);
  }

  private static List<Object> singleThreaded(FundingCalculator calculator, List<Apprenticeship> inputs,
      List<int[]> progress) {
    List<Object> results = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Apprenticeship a = inputs.get(i);
      int[] p = progress.get(i);
      results.add(calculator.calculate(a));
      results.add(calculator.validate(a));
      results.add(calculator.calculate(a).isRejected() ? "rejected"
          : calculator.calculate(a, FundingGen.progressFor(a, p[0], p[1], p[2])));
    }
    return results;
  }

  private static List<Supplier<Object>> graphQueries(ProgressionGraph graph, List<CareerNode[]> pairs) {
    List<Supplier<Object>> queries = new ArrayList<>();
    for (CareerNode[] pair : pairs) {
      queries.add(() -> graph.shortestPath(pair[0], pair[1], PathCost.STEPS));
      queries.add(() -> graph.shortestPath(pair[0], pair[1], PathCost.SKILL_GAP));
      queries.add(() -> graph.reachableWithin(pair[0], 3));
      queries.add(() -> graph.paths(pair[0], pair[1], 4));
      queries.add(() -> graph.nextSteps(pair[0]).stream().map(graph::delta).toList());
      queries.add(() -> graph.framework().gap(pair[0].roleLevel().orElseThrow(), pair[1].roleLevel().orElseThrow()));
    }
    return queries;
  }

  /** Runs every query from {@value #THREADS} threads released together; compares each answer with {@code expected}. */
  private static void assertSameFromEveryThread(List<Supplier<Object>> queries, List<Object> expected)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t * queries.size() / THREADS;
        Callable<List<String>> worker = () -> {
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < queries.size(); k++) {
              int i = (first + k) % queries.size();
              Object actual = queries.get(i).get();
              if (!actual.equals(expected.get(i))) {
                mismatches.add("query " + i + ": " + actual + " instead of " + expected.get(i));
              }
            }
          }
          return mismatches;
        };
        futures.add(pool.submit(worker));
      }
      start.countDown();
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> future : futures) {
        mismatches.addAll(future.get(100, TimeUnit.SECONDS));
      }
      assertThat(mismatches).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  private static final int ROLES = 120;
  private static final int SKILLS = 300;

  /** A deterministic graph of 120 roles of four levels, 300 skills, promotions and lateral moves. */
  private static ProgressionGraph graph(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Framework.Builder framework = Framework.builder().name("Concurrent").publisher("Test").source("test")
        .scale(SkillLevelScale.ddat());
    for (int s = 0; s < SKILLS; s++) {
      framework.addSkills(Skill.builder().id(SkillId.parse("skill-" + s)).name("Skill " + s).build());
    }
    for (int r = 0; r < ROLES; r++) {
      Role.Builder role = Role.builder().id(RoleId.parse("role-" + r)).name("Role " + r)
          .family("Family " + r / 10);
      int[] skills = random.ints(12, 0, SKILLS).toArray();
      for (int l = 0; l < 4; l++) {
        List<SkillRequirement> requirements = new ArrayList<>();
        for (int j = 0; j < 6 + 2 * l; j++) {
          int rank = Math.max(0, Math.min(3, l + random.nextInt(3) - 1));
          requirements.add(SkillRequirement.of(SkillId.parse("skill-" + skills[j]),
              SkillLevelScale.ddat().levels().get(rank)));
        }
        role.addLevels(RoleLevel.builder().id(level(r, l)).name("Role " + r + " level " + l).rank(l)
            .addAllRequirements(requirements).build());
      }
      framework.addRoles(role.build());
    }
    ProgressionGraph.Builder graph = ProgressionGraph.builder().framework(framework.build());
    for (int r = 0; r < ROLES; r++) {
      for (int l = 0; l < 4; l++) {
        if (l < 3) {
          graph.addEdges(new ProgressionEdge(node(r, l), node(r, l + 1), EdgeKind.PROMOTION));
        }
        for (int k = 0; k < 2; k++) {
          int other = random.nextInt(ROLES);
          if (other != r) {
            graph.addEdges(new ProgressionEdge(node(r, l), node(other, l), EdgeKind.LATERAL_MOVE));
          }
        }
      }
    }
    return graph.build();
  }

  private static RoleLevelId level(int role, int level) {
    return RoleLevelId.parse("role-" + role + "-level-" + level);
  }

  private static CareerNode node(int role, int level) {
    return CareerNode.of(level(role, level));
  }
}

package io.github.apprenticeships4j.core.career;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of requirement lists and progression graphs for the property tests. */
final class CareerGen {
  static final int SKILLS = 6;
  static final EdgeKind[] ROLE_EDGES = {EdgeKind.PROMOTION, EdgeKind.MANAGEMENT_TRACK, EdgeKind.SPECIALIST_BRANCH,
      EdgeKind.LATERAL_MOVE};

  private CareerGen() {}

  /** Requirements over {@value #SKILLS} skills, duplicates and unrated ones included. */
  static Gen<List<SkillRequirement>> requirements() {
    return lists().of(integers().between(0, SKILLS * 5 - 1)).ofSizeBetween(0, 10).map(codes -> {
      List<SkillRequirement> requirements = new ArrayList<>();
      for (int code : codes) {
        SkillId skill = SkillId.parse("skill-" + code / 5);
        int rank = code % 5 - 1;
        requirements.add(rank < 0 ? SkillRequirement.unrated(skill)
            : SkillRequirement.of(skill, SkillLevelScale.ddat().levels().get(rank)));
      }
      return requirements;
    });
  }

  /** A graph over one role of {@code size} levels, each with generated requirements, and the given edges. */
  static ProgressionGraph graph(int size, List<int[]> edges, List<List<SkillRequirement>> requirements) {
    Role.Builder role = Role.builder().id(RoleId.parse("role")).name("Role").family("Family");
    for (int i = 0; i < size; i++) {
      role.addLevels(RoleLevel.builder().id(level(i)).name("Level " + i).rank(i)
          .addAllRequirements(requirements.get(i % requirements.size())).build());
    }
    Framework.Builder framework = Framework.builder().name("Generated").publisher("Test").source("test")
        .scale(SkillLevelScale.ddat()).addRoles(role.build());
    for (int s = 0; s < SKILLS; s++) {
      framework.addSkills(Skill.builder().id(SkillId.parse("skill-" + s)).name("Skill " + s).build());
    }
    ProgressionGraph.Builder graph = ProgressionGraph.builder().framework(framework.build());
    for (int[] e : edges) {
      graph.addEdges(new ProgressionEdge(node(e[0] % size), node(e[1] % size), ROLE_EDGES[e[2] % ROLE_EDGES.length]));
    }
    return graph.build();
  }

  /** Edges as {from, to, kind} triples. */
  static Gen<List<int[]>> edges() {
    return lists().of(integers().between(0, 999).zip(integers().between(0, 999), integers().between(0, 3),
        (a, b, k) -> new int[] {a, b, k})).ofSizeBetween(0, 25);
  }

  static RoleLevelId level(int i) {
    return RoleLevelId.parse("level-" + i);
  }

  static CareerNode node(int i) {
    return CareerNode.of(level(i));
  }
}

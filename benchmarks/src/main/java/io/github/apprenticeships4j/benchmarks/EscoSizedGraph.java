package io.github.apprenticeships4j.benchmarks;

import io.github.apprenticeships4j.core.career.ApprenticeshipNode;
import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.standard.StandardReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic progression graph of the size of ESCO: 3,000 roles in 100 families, 14,000 skills and exactly
 * 130,000 requirement links, spread over four ranked levels per role (12,000 role levels). Each role draws 14 skills,
 * 10 from its family's pool of 120 and 4 from 2,000 transversal skills; its levels require 8, 10, 12 and 13 (or 14)
 * of them at rising DDaT levels. Edges, a few per role level: promotions up each role, three lateral moves per level
 * (two in the family, one anywhere), a specialist branch per role and a management track to the family's first role;
 * and 700 apprenticeship standards, each developing 8 family skills, leading to two entry levels of their family and
 * some to a higher apprenticeship. No self-loops and at most one edge per ordered pair of nodes, so that the same
 * graph is a simple graph for JGraphT.
 */
final class EscoSizedGraph {
  static final int ROLES = 3_000;
  static final int FAMILIES = 100;
  static final int LEVELS = 4;
  static final int SKILLS = 14_000;
  static final int FAMILY_POOL = 120;
  static final int TRANSVERSAL_FIRST = FAMILIES * FAMILY_POOL;
  static final int APPRENTICESHIPS = 700;
  static final int REQUIREMENT_LINKS = 130_000;
  private static final int[] REQUIRED_PER_LEVEL = {8, 10, 12, 13};
  private static final int ROLES_PER_FAMILY = ROLES / FAMILIES;

  final ProgressionGraph graph;
  final int requirementLinks;
  final List<CareerNode> sources = new ArrayList<>();
  final List<CareerNode> targets = new ArrayList<>();

  private EscoSizedGraph(ProgressionGraph graph, int requirementLinks) {
    this.graph = graph;
    this.requirementLinks = requirementLinks;
  }

  /** The graph built from {@code seed}, and {@code queries} source and target pairs drawn from it. */
  static EscoSizedGraph generate(long seed, int queries) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SkillLevel> levels = SkillLevelScale.ddat().levels();
    Framework.Builder framework = Framework.builder().name("ESCO-sized").publisher("Generated")
        .source("generated, seed " + seed).scale(SkillLevelScale.ddat());
    for (int s = 0; s < SKILLS; s++) {
      framework.addSkills(Skill.builder().id(skill(s)).name("Skill " + s).build());
    }
    int links = 0;
    for (int r = 0; r < ROLES; r++) {
      int family = r / ROLES_PER_FAMILY;
      List<Integer> skills = new ArrayList<>(distinct(random, family * FAMILY_POOL, FAMILY_POOL, 10));
      skills.addAll(distinct(random, TRANSVERSAL_FIRST, SKILLS - TRANSVERSAL_FIRST, 4));
      int[] offsets = random.ints(skills.size(), -1, 2).toArray();
      Role.Builder role = Role.builder().id(RoleId.parse("role-" + r)).name("Role " + r)
          .family("Family " + family);
      for (int l = 0; l < LEVELS; l++) {
        int required = REQUIRED_PER_LEVEL[l] + (l == LEVELS - 1 && r < REQUIREMENT_LINKS - 43 * ROLES ? 1 : 0);
        List<SkillRequirement> requirements = new ArrayList<>();
        for (int j = 0; j < required; j++) {
          int rank = Math.max(0, Math.min(LEVELS - 1, l + offsets[j]));
          requirements.add(SkillRequirement.of(skill(skills.get(j)), levels.get(rank)));
        }
        links += requirements.size();
        role.addLevels(RoleLevel.builder().id(level(r, l)).name("Role " + r + " level " + l).rank(l)
            .addAllRequirements(requirements).build());
      }
      framework.addRoles(role.build());
    }

    ProgressionGraph.Builder graph = ProgressionGraph.builder().framework(framework.build());
    Set<List<CareerNode>> pairs = new HashSet<>();
    for (int a = 0; a < APPRENTICESHIPS; a++) {
      int family = a % FAMILIES;
      List<SkillRequirement> outcomes = new ArrayList<>();
      for (int s : distinct(random, family * FAMILY_POOL, FAMILY_POOL, 8)) {
        outcomes.add(SkillRequirement.of(skill(s), levels.get(random.nextInt(2))));
      }
      graph.addApprenticeships(ApprenticeshipNode.of(reference(a), "Apprenticeship " + a, 2 + a % 6, outcomes));
    }
    for (int a = 0; a < APPRENTICESHIPS; a++) {
      int family = a % FAMILIES;
      CareerNode from = CareerNode.of(reference(a));
      for (int k = 0; k < 2; k++) {
        int role = family * ROLES_PER_FAMILY + random.nextInt(ROLES_PER_FAMILY);
        add(graph, pairs, from, node(role, random.nextInt(2)), EdgeKind.APPRENTICESHIP_TO_ROLE);
      }
      if (a + FAMILIES < APPRENTICESHIPS && random.nextInt(7) < 3) {
        add(graph, pairs, from, CareerNode.of(reference(a + FAMILIES)), EdgeKind.APPRENTICESHIP_TO_APPRENTICESHIP);
      }
    }
    for (int r = 0; r < ROLES; r++) {
      int family = r / ROLES_PER_FAMILY;
      int first = family * ROLES_PER_FAMILY;
      for (int l = 0; l < LEVELS; l++) {
        if (l + 1 < LEVELS) {
          add(graph, pairs, node(r, l), node(r, l + 1), EdgeKind.PROMOTION);
        }
        add(graph, pairs, node(r, l), node(first + random.nextInt(ROLES_PER_FAMILY), l), EdgeKind.LATERAL_MOVE);
        add(graph, pairs, node(r, l), node(first + random.nextInt(ROLES_PER_FAMILY), l), EdgeKind.LATERAL_MOVE);
        add(graph, pairs, node(r, l), node(random.nextInt(ROLES), l), EdgeKind.LATERAL_MOVE);
      }
      add(graph, pairs, node(r, 1), node(first + random.nextInt(ROLES_PER_FAMILY), 2), EdgeKind.SPECIALIST_BRANCH);
      if (r != first) {
        add(graph, pairs, node(r, 2), node(first, 3), EdgeKind.MANAGEMENT_TRACK);
      }
    }

    EscoSizedGraph generated = new EscoSizedGraph(graph.build(), links);
    for (int q = 0; q < queries; q++) {
      CareerNode source = q % 2 == 0 ? CareerNode.of(reference(random.nextInt(APPRENTICESHIPS)))
          : node(random.nextInt(ROLES), random.nextInt(2));
      generated.sources.add(source);
      generated.targets.add(node(random.nextInt(ROLES), 2 + random.nextInt(2)));
    }
    return generated;
  }

  private static void add(ProgressionGraph.Builder graph, Set<List<CareerNode>> pairs, CareerNode from,
      CareerNode to, EdgeKind kind) {
    if (!from.equals(to) && pairs.add(List.of(from, to))) {
      graph.addEdges(new ProgressionEdge(from, to, kind));
    }
  }

  /** {@code count} distinct numbers from {@code first} to {@code first + size - 1}, in drawing order. */
  private static Set<Integer> distinct(SplittableRandom random, int first, int size, int count) {
    Set<Integer> drawn = new LinkedHashSet<>();
    while (drawn.size() < count) {
      drawn.add(first + random.nextInt(size));
    }
    return drawn;
  }

  static SkillId skill(int s) {
    return SkillId.parse("skill-" + s);
  }

  static RoleLevelId level(int role, int level) {
    return RoleLevelId.parse("role-" + role + "-level-" + level);
  }

  static CareerNode node(int role, int level) {
    return CareerNode.of(level(role, level));
  }

  static StandardReference reference(int apprenticeship) {
    return StandardReference.parse(String.format("ST%04d", apprenticeship + 1));
  }
}

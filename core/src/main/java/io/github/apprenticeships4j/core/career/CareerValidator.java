package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules of career frameworks and progression graphs. Returns findings; never throws for bad data. Findings about
 * a skill, role or role level have its id as subject; graph findings have the edge or the cycle. The codes and their
 * severities are listed in {@link CareerCodes}: {@link #validate(Framework)} reports the {@code career.skill.*},
 * {@code career.role.*}, {@code career.role-level.*}, {@code career.requirement.*}, {@code career.ladder.*} and
 * {@code career.pay-band.*} findings, {@link #validate(ProgressionGraph)} the {@code career.graph.*} ones.
 */
public final class CareerValidator {

  private CareerValidator() {}

  /** The findings about a framework. */
  public static ValidationReport validate(Framework framework) {
    List<Issue> issues = new ArrayList<>();
    checkSkills(framework, issues);
    checkRoles(framework, issues);
    return ValidationReport.of(issues);
  }

  /** The findings about a graph's nodes and edges; the framework itself is checked by {@link #validate(Framework)}. */
  public static ValidationReport validate(ProgressionGraph graph) {
    List<Issue> issues = new ArrayList<>();
    Set<CareerNode> apprenticeships = new HashSet<>();
    for (ApprenticeshipNode a : graph.apprenticeships()) {
      if (!apprenticeships.add(a.node())) {
        issues.add(Issue.error(CareerCodes.GRAPH_APPRENTICESHIP_DUPLICATE, "apprenticeship " + a.reference()
            + " is listed twice")
            .about(a.reference().value()));
      }
    }
    Set<ProgressionEdge> seen = new HashSet<>();
    List<ProgressionEdge> edges = graph.edges();
    for (int i = 0; i < edges.size(); i++) {
      checkEdge(graph, edges.get(i), "edges[" + i + "]", seen, issues);
    }
    checkPromotionCycles(graph, issues);
    return ValidationReport.of(issues);
  }

  private static void checkSkills(Framework framework, List<Issue> issues) {
    Set<SkillId> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Skill skill : framework.skills()) {
      String subject = skill.id().value();
      boolean newId = ids.add(skill.id());
      boolean newName = names.add(skill.name().strip().toLowerCase(Locale.ROOT));
      if (!newId || !newName) {
        issues.add(Issue.error(CareerCodes.SKILL_DUPLICATE, "another skill has the id or the name of " + skill.name())
            .about(subject));
      }
      for (SkillLevel level : skill.definedLevels()) {
        if (!framework.scale().contains(level)) {
          issues.add(Issue.error(CareerCodes.SKILL_LEVEL_FOREIGN, "level " + level + " is not of the scale "
              + framework.scale().name()).at("levelDescriptions").about(subject).rejecting(level.label()));
        }
      }
      if (skill.levelDescriptions().isEmpty()) {
        issues.add(Issue.warning(CareerCodes.SKILL_NO_LEVELS, skill.name() + " is defined at no level").about(subject));
      }
    }
  }

  private static void checkRoles(Framework framework, List<Issue> issues) {
    Set<RoleId> roleIds = new HashSet<>();
    Set<String> roleNames = new HashSet<>();
    Set<RoleLevelId> levelIds = new HashSet<>();
    Set<String> levelNames = new HashSet<>();
    for (Role role : framework.roles()) {
      boolean newId = roleIds.add(role.id());
      boolean newName = roleNames.add(role.name().strip().toLowerCase(Locale.ROOT));
      if (!newId || !newName) {
        issues.add(Issue.error(CareerCodes.ROLE_DUPLICATE, "another role has the id or the name of " + role.name())
            .about(role.id().value()));
      }
      for (RoleLevel level : role.levels()) {
        String subject = level.id().value();
        boolean newLevelId = levelIds.add(level.id());
        boolean newLevelName = levelNames.add(level.name().strip().toLowerCase(Locale.ROOT));
        if (!newLevelId || !newLevelName) {
          issues.add(Issue.error(CareerCodes.ROLE_LEVEL_DUPLICATE, "another role level has the id or the name of "
              + level.name()).about(subject));
        }
        if (role.levels().size() > 1 && level.rank().isEmpty()) {
          issues.add(Issue.warning(CareerCodes.ROLE_LEVEL_ORDER_MISSING, level.name()
              + " has no rank among the levels of "
              + role.name()).at("rank").about(subject));
        }
        checkRequirements(framework, level, issues);
        checkPayBands(level, issues);
      }
      checkLadder(framework, role, issues);
    }
  }

  private static void checkRequirements(Framework framework, RoleLevel level, List<Issue> issues) {
    String subject = level.id().value();
    Set<SkillId> seen = new HashSet<>();
    List<SkillRequirement> requirements = level.requirements();
    for (int i = 0; i < requirements.size(); i++) {
      SkillRequirement requirement = requirements.get(i);
      String path = "requirements[" + i + "]";
      if (!seen.add(requirement.skill())) {
        issues.add(Issue.warning(CareerCodes.REQUIREMENT_DUPLICATE, level.name() + " requires "
            + framework.skillName(requirement.skill()) + " more than once").at(path).about(subject));
      }
      Optional<Skill> skill = framework.findSkill(requirement.skill());
      if (skill.isEmpty()) {
        issues.add(Issue.error(CareerCodes.REQUIREMENT_SKILL_UNKNOWN, "the framework has no skill " + requirement
            .skill())
            .at(path + ".skill").about(subject).rejecting(requirement.skill().value()));
        continue;
      }
      if (requirement.level().isEmpty()) {
        issues.add(Issue.warning(CareerCodes.REQUIREMENT_LEVEL_MISSING, level.name() + " requires " + skill.get().name()
            + " without a level").at(path + ".level").about(subject));
        continue;
      }
      SkillLevel required = requirement.level().get();
      if (!framework.scale().contains(required)) {
        issues.add(Issue.error(CareerCodes.REQUIREMENT_LEVEL_FOREIGN, "level " + required + " is not of the scale "
            + framework.scale().name()).at(path + ".level").about(subject).rejecting(required.label()));
      } else if (!skill.get().isDefinedAt(required)) {
        issues.add(Issue.error(CareerCodes.REQUIREMENT_LEVEL_UNDEFINED, skill.get().name() + " is not defined at level "
            + required + "; it is defined at " + skill.get().definedLevels()).at(path + ".level").about(subject)
            .rejecting(required.label()));
      }
    }
  }

  private static void checkPayBands(RoleLevel level, List<Issue> issues) {
    List<PayBand> bands = level.payBands();
    for (int i = 0; i < bands.size(); i++) {
      PayBand band = bands.get(i);
      if (band.minimum() < 0 || band.minimum() > band.maximum()) {
        issues.add(Issue.error(CareerCodes.PAY_BAND_RANGE, "pay band " + band + " is not a range of positive amounts")
            .at("payBands[" + i + "]").about(level.id().value()));
      }
    }
  }

  /** Compares each ranked level with the nearest lower rank of its role. */
  private static void checkLadder(Framework framework, Role role, List<Issue> issues) {
    Map<Integer, List<RoleLevel>> byRank = new java.util.TreeMap<>();
    role.levels().forEach(l -> l.rank().ifPresent(r -> byRank.computeIfAbsent(r, k -> new ArrayList<>()).add(l)));
    List<List<RoleLevel>> ranks = new ArrayList<>(byRank.values());
    for (int i = 1; i < ranks.size(); i++) {
      for (RoleLevel lower : ranks.get(i - 1)) {
        for (RoleLevel higher : ranks.get(i)) {
          SkillGap gap = SkillGap.between(lower.name(), lower.requirements(), higher.name(), higher.requirements(),
              framework::skillName);
          for (SkillChange change : gap.lowered()) {
            issues.add(Issue.warning(CareerCodes.LADDER_REQUIREMENT_LOWERED, higher.name() + " requires " + change
                .skillName() + " at "
                + change.to().orElseThrow() + ", less than " + lower.name() + " (" + change.from().orElseThrow()
                + ")").about(higher.id().value()));
          }
        }
      }
    }
  }

  private static void checkEdge(ProgressionGraph graph, ProgressionEdge edge, String path,
      Set<ProgressionEdge> seen, List<Issue> issues) {
    String subject = edge.toString();
    if (!seen.add(edge)) {
      issues.add(Issue.warning(CareerCodes.GRAPH_EDGE_DUPLICATE, "the edge is listed twice").at(path).about(subject));
    }
    for (CareerNode end : List.of(edge.from(), edge.to())) {
      if (!graph.contains(end)) {
        issues.add(Issue.error(CareerCodes.GRAPH_EDGE_UNKNOWN_NODE, end
            + " is neither a role level of the framework nor an "
            + "apprenticeship of the graph").at(path + (end.equals(edge.from()) ? ".from" : ".to")).about(subject)
            .rejecting(end.toString()));
      }
    }
    if (edge.from().equals(edge.to())) {
      issues.add(Issue.error(CareerCodes.GRAPH_EDGE_SELF, "the edge leads back to where it starts").at(path).about(
          subject));
    }
    if (edge.from().isApprenticeship() != edge.kind().fromApprenticeship()
        || edge.to().isApprenticeship() != edge.kind().toApprenticeship()) {
      issues.add(Issue.error(CareerCodes.GRAPH_EDGE_KIND, "a " + edge.kind() + " edge cannot lead from " + edge.from()
          .kind()
          + " to " + edge.to().kind()).at(path + ".kind").about(subject));
    }
    if (edge.kind() == EdgeKind.PROMOTION && !edge.from().isApprenticeship() && !edge.to().isApprenticeship()) {
      checkPromotion(graph.framework(), edge, path, issues);
    }
  }

  private static void checkPromotion(Framework framework, ProgressionEdge edge, String path, List<Issue> issues) {
    RoleLevelId from = edge.from().roleLevel().orElseThrow();
    RoleLevelId to = edge.to().roleLevel().orElseThrow();
    Optional<Role> fromRole = framework.roleOf(from);
    Optional<Role> toRole = framework.roleOf(to);
    if (fromRole.isEmpty() || toRole.isEmpty()) {
      return;
    }
    if (!fromRole.get().id().equals(toRole.get().id())) {
      issues.add(Issue.warning(CareerCodes.GRAPH_PROMOTION_ORDER,
          "a promotion leads within a role, but this one leads from "
              + fromRole.get().name() + " to " + toRole.get().name()).at(path).about(edge.toString()));
      return;
    }
    var fromRank = framework.getRoleLevel(from).rank();
    var toRank = framework.getRoleLevel(to).rank();
    if (fromRank.isPresent() && toRank.isPresent() && toRank.getAsInt() <= fromRank.getAsInt()) {
      issues.add(Issue.warning(CareerCodes.GRAPH_PROMOTION_ORDER, "the promotion leads to a level ranked " + toRank
          .getAsInt()
          + ", not above " + fromRank.getAsInt()).at(path).about(edge.toString()));
    }
  }

  /** Tarjan's strongly connected components over promotion edges; each component with a cycle is one finding. */
  private static void checkPromotionCycles(ProgressionGraph graph, List<Issue> issues) {
    Map<CareerNode, List<CareerNode>> next = new LinkedHashMap<>();
    Set<CareerNode> selfLoops = new HashSet<>();
    for (ProgressionEdge e : graph.edges()) {
      if (e.kind() == EdgeKind.PROMOTION) {
        next.computeIfAbsent(e.from(), n -> new ArrayList<>()).add(e.to());
        next.computeIfAbsent(e.to(), n -> new ArrayList<>());
        if (e.from().equals(e.to())) {
          selfLoops.add(e.from());
        }
      }
    }
    new Tarjan(next).components().stream()
        .filter(c -> c.size() > 1 || selfLoops.contains(c.iterator().next()))
        .map(c -> new TreeSet<>(c))
        .sorted((a, b) -> a.first().compareTo(b.first()))
        .forEach(c -> issues.add(Issue.of(Severity.ERROR, CareerCodes.GRAPH_PROMOTION_CYCLE,
            "promotions lead in a circle through "
                + c.stream().map(graph::label).collect(Collectors.joining(", ")))
            .about(c.stream().map(CareerNode::toString).collect(Collectors.joining(", ")))));
  }

  /** Iterative Tarjan, so that long ladders do not overflow the stack. */
  private static final class Tarjan {
    private final Map<CareerNode, List<CareerNode>> next;
    private final Map<CareerNode, Integer> index = new HashMap<>();
    private final Map<CareerNode, Integer> low = new HashMap<>();
    private final java.util.Deque<CareerNode> stack = new java.util.ArrayDeque<>();
    private final Set<CareerNode> onStack = new HashSet<>();
    private final List<Set<CareerNode>> components = new ArrayList<>();

    Tarjan(Map<CareerNode, List<CareerNode>> next) {
      this.next = next;
    }

    List<Set<CareerNode>> components() {
      for (CareerNode node : next.keySet()) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return components;
    }

    private int low(CareerNode node) {
      return Objects.requireNonNull(low.get(node), "every visited node has a low link");
    }

    private void visit(CareerNode root) {
      java.util.Deque<Object[]> work = new java.util.ArrayDeque<>();
      open(root);
      work.push(new Object[] {root, 0});
      while (!work.isEmpty()) {
        Object[] frame = work.peek();
        CareerNode node = (CareerNode) frame[0];
        int i = (Integer) frame[1];
        List<CareerNode> targets = Objects.requireNonNull(next.get(node), "every node is a key");
        if (i < targets.size()) {
          frame[1] = i + 1;
          CareerNode target = targets.get(i);
          if (!index.containsKey(target)) {
            open(target);
            work.push(new Object[] {target, 0});
          } else if (onStack.contains(target)) {
            low.put(node, Math.min(low(node), index.get(target)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          CareerNode parent = (CareerNode) work.peek()[0];
          low.put(parent, Math.min(low(parent), low(node)));
        }
        if (low(node) == Objects.requireNonNull(index.get(node), "every visited node has an index")) {
          Set<CareerNode> component = new HashSet<>();
          CareerNode member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(node));
          components.add(component);
        }
      }
    }

    private void open(CareerNode node) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
    }
  }
}

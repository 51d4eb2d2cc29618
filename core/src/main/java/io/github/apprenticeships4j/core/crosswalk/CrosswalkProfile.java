package io.github.apprenticeships4j.core.crosswalk;

import io.github.apprenticeships4j.core.career.ApprenticeshipNode;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.SkillGap;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.career.SkillProfile;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The skill profile of an apprenticeship standard derived from a {@link Crosswalk} (see
 * {@link Crosswalk#profile(Standard, Framework, Set)} for the rule): the {@link SkillProfile}, the
 * {@link SkillEvidence} of each skill the crosswalk names, and the findings of the crosswalk against the standard and
 * the framework. Immutable and thread-safe.
 */
public final class CrosswalkProfile {
  private final StandardReference standard;
  private final String title;
  private final int level;
  private final Set<MatchKind> counted;
  private final SkillProfile profile;
  private final List<SkillEvidence> evidence;
  private final ValidationReport findings;

  private CrosswalkProfile(Standard standard, Set<MatchKind> counted, SkillProfile profile,
      List<SkillEvidence> evidence, ValidationReport findings) {
    this.standard = standard.reference();
    this.title = standard.title();
    this.level = standard.level();
    this.counted = counted;
    this.profile = profile;
    this.evidence = List.copyOf(evidence);
    this.findings = findings;
  }

  static CrosswalkProfile derive(Crosswalk crosswalk, Standard standard, Framework framework,
      Set<MatchKind> countedKinds) {
    Set<MatchKind> kinds = countedKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(countedKinds));
    List<Issue> issues = new ArrayList<>();
    List<Boolean> usable = CrosswalkValidator.usable(crosswalk, standard, framework, issues);
    Map<SkillId, List<Alignment>> counted = new LinkedHashMap<>();
    Map<SkillId, List<Alignment>> noted = new LinkedHashMap<>();
    Map<SkillId, SkillLevel> levels = new LinkedHashMap<>();
    List<Alignment> alignments = crosswalk.alignments();
    for (int i = 0; i < alignments.size(); i++) {
      if (!usable.get(i)) {
        continue;
      }
      Alignment a = alignments.get(i);
      counted.computeIfAbsent(a.skill(), s -> new ArrayList<>());
      noted.computeIfAbsent(a.skill(), s -> new ArrayList<>());
      Optional<SkillLevel> level = a.level().flatMap(l -> framework.scale().find(l));
      if (kinds.contains(a.kind()) && level.isPresent()) {
        counted.get(a.skill()).add(a);
        levels.merge(a.skill(), level.get(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
      } else {
        noted.get(a.skill()).add(a);
      }
    }
    List<SkillEvidence> evidence = counted.entrySet().stream()
        .map(e -> new SkillEvidence(e.getKey(), framework.skillName(e.getKey()),
            Optional.ofNullable(levels.get(e.getKey())), e.getValue(), noted.getOrDefault(e.getKey(), List.of())))
        .collect(Collectors.toList());
    SkillProfile profile = new SkillProfile(standard.reference() + " " + standard.title(), levels);
    return new CrosswalkProfile(standard, kinds, profile, evidence, ValidationReport.of(issues));
  }

  /** The standard, e.g. ST1398. */
  public StandardReference standard() {
    return standard;
  }

  /** The standard's title. */
  public String title() {
    return title;
  }

  /** The match kinds that were counted. */
  public Set<MatchKind> countedKinds() {
    return counted;
  }

  /** The skills the apprenticeship develops, each at its derived level, named after the standard. */
  public SkillProfile profile() {
    return profile;
  }

  /** The profile as requirements, by skill id: the outcomes of the apprenticeship in a progression graph. */
  public List<SkillRequirement> outcomes() {
    return profile.asRequirements();
  }

  /** What the crosswalk says about each skill it names without error, in order of first mention. */
  public List<SkillEvidence> evidence() {
    return evidence;
  }

  /** The evidence for {@code skill}, if the crosswalk names it. */
  public Optional<SkillEvidence> findEvidence(SkillId skill) {
    return evidence.stream().filter(e -> e.skill().equals(skill)).findFirst();
  }

  /** The findings of the crosswalk against the standard and the framework. */
  public ValidationReport findings() {
    return findings;
  }

  /**
   * The skill gap from this profile to role level {@code to} of {@code framework}.
   *
   * @throws java.util.NoSuchElementException if the level is not in the framework
   */
  public SkillGap gap(Framework framework, RoleLevelId to) {
    return framework.gap(profile, to);
  }

  /** The apprenticeship as a node of a progression graph, with the derived profile as its outcomes. */
  public ApprenticeshipNode node() {
    return ApprenticeshipNode.of(standard, title, level, outcomes());
  }

  /**
   * A copy of {@code graph} in which the apprenticeship is {@link #node()}: its outcomes are the derived profile. An
   * apprenticeship of the same standard already in the graph is replaced where it stands; otherwise the node is added
   * at the end (without edges).
   */
  public ProgressionGraph applyTo(ProgressionGraph graph) {
    ApprenticeshipNode node = node();
    List<ApprenticeshipNode> nodes = new ArrayList<>();
    boolean replaced = false;
    for (ApprenticeshipNode a : graph.apprenticeships()) {
      if (a.reference().equals(standard)) {
        if (!replaced) {
          nodes.add(node);
        }
        replaced = true;
      } else {
        nodes.add(a);
      }
    }
    if (!replaced) {
      nodes.add(node);
    }
    return graph.withApprenticeships(nodes);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(profile.name()).append(": ").append(profile.levels().size())
        .append(" skill").append(profile.levels().size() == 1 ? "" : "s");
    evidence.forEach(e -> text.append(System.lineSeparator()).append("  ").append(e));
    return text.toString();
  }
}

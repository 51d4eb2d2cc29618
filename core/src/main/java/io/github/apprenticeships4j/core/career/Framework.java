package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.internal.Lazy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A career framework: who publishes it, its ordered {@link SkillLevelScale}, its skills and its roles with their
 * levels and skill requirements, e.g. the UK Government Digital and Data Capability Framework (DDaT). Answers the
 * questions asked of such a framework as pure functions: the skills two roles share ({@link #sharedSkills}), the
 * table of roles a role shares skills with ({@link #sharedSkillTable}), and the skill gap between two role levels or
 * from a person's profile to a role level ({@link #gap}).
 *
 * <p>A framework holds what its source says, even when it breaks a rule; {@link CareerValidator#validate(Framework)}
 * reports every defect. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Framework implements WithFramework {
  private final Lazy<Map<SkillId, Skill>> skillsById = Lazy.of(this::indexSkills);
  private final Lazy<Map<RoleLevelId, RoleLevel>> levelsById = Lazy.of(this::indexLevels);
  private final Lazy<Map<RoleLevelId, Role>> rolesByLevel = Lazy.of(this::indexRolesByLevel);

  Framework() {}

  /** A builder of a {@code Framework}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Framework#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableFramework.Builder {
    Builder() {}
  }

  public abstract String name();

  public abstract String publisher();

  /** When the framework (or the copy read) was published. */
  public abstract Optional<LocalDate> published();

  /** Where the framework comes from, e.g. a URL. */
  public abstract String source();

  /** The licence of the content, e.g. {@code Open Government Licence v3.0}. */
  public abstract Optional<String> licence();

  public abstract SkillLevelScale scale();

  public abstract List<Skill> skills();

  public abstract List<Role> roles();

  /** The role families, in order of first mention. */
  public final List<String> families() {
    return roles().stream().map(Role::family).distinct().collect(Collectors.toUnmodifiableList());
  }

  public final Optional<Skill> findSkill(SkillId id) {
    return Optional.ofNullable(skillsById().get(id));
  }

  /**
   * The skill with id {@code id}.
   *
   * @throws NoSuchElementException if there is none
   */
  public final Skill getSkill(SkillId id) {
    return findSkill(id).orElseThrow(() -> new NoSuchElementException("no skill " + id + " in " + name()));
  }

  public final Optional<Role> findRole(RoleId id) {
    return roles().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The role with id {@code id}.
   *
   * @throws NoSuchElementException if there is none
   */
  public final Role getRole(RoleId id) {
    return findRole(id).orElseThrow(() -> new NoSuchElementException("no role " + id + " in " + name()));
  }

  public final Optional<RoleLevel> findRoleLevel(RoleLevelId id) {
    return Optional.ofNullable(levelsById().get(id));
  }

  /**
   * The role level with id {@code id}.
   *
   * @throws NoSuchElementException if there is none
   */
  public final RoleLevel getRoleLevel(RoleLevelId id) {
    return findRoleLevel(id).orElseThrow(() -> new NoSuchElementException("no role level " + id + " in " + name()));
  }

  /** The role that has level {@code id}. */
  public final Optional<Role> roleOf(RoleLevelId id) {
    return Optional.ofNullable(rolesByLevel().get(id));
  }

  /** The name of a skill, or its id if the framework does not have it. */
  public final String skillName(SkillId id) {
    return findSkill(id).map(Skill::name).orElse(id.value());
  }

  /**
   * The skills both roles require at some level, by skill identity (so that variants of one skill match), in the
   * order of the first role.
   *
   * @throws NoSuchElementException if either role is not in the framework
   */
  public final List<SharedSkill> sharedSkills(RoleId first, RoleId second) {
    Map<SkillId, Skill> mine = byIdentity(getRole(first));
    Map<SkillId, Skill> theirs = byIdentity(getRole(second));
    List<SharedSkill> shared = new ArrayList<>();
    mine.forEach((identity, skill) -> {
      Skill other = theirs.get(identity);
      if (other != null) {
        shared.add(new SharedSkill(identity, skill, other));
      }
    });
    return List.copyOf(shared);
  }

  /**
   * Every other role that shares at least one skill with {@code role}, with the skills shared: most shared skills
   * first, then by role name.
   *
   * @throws NoSuchElementException if the role is not in the framework
   */
  public final List<RoleOverlap> sharedSkillTable(RoleId role) {
    getRole(role);
    return roles().stream().filter(r -> !r.id().equals(role))
        .map(r -> new RoleOverlap(r, sharedSkills(role, r.id())))
        .filter(o -> !o.shared().isEmpty())
        .sorted(Comparator.comparingInt((RoleOverlap o) -> -o.shared().size())
            .thenComparing(o -> o.role().name()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The skill gap from role level {@code from} to role level {@code to}.
   *
   * @throws NoSuchElementException if either level is not in the framework
   */
  public final SkillGap gap(RoleLevelId from, RoleLevelId to) {
    RoleLevel before = getRoleLevel(from);
    RoleLevel after = getRoleLevel(to);
    return SkillGap.between(before.name(), before.requirements(), after.name(), after.requirements(),
        this::skillName);
  }

  /**
   * The skill gap from what a person can do to what role level {@code to} requires; skills of the person that the
   * level does not require show as no longer required.
   *
   * @throws NoSuchElementException if the level is not in the framework
   */
  public final SkillGap gap(SkillProfile person, RoleLevelId to) {
    RoleLevel after = getRoleLevel(to);
    return SkillGap.between(person.name(), person.asRequirements(), after.name(), after.requirements(),
        this::skillName);
  }

  @Override
  public String toString() {
    return name() + " (" + roles().size() + " roles, " + skills().size() + " skills)";
  }

  private Map<SkillId, Skill> byIdentity(Role role) {
    Map<SkillId, Skill> byIdentity = new LinkedHashMap<>();
    for (SkillId id : role.skills()) {
      findSkill(id).ifPresent(s -> byIdentity.putIfAbsent(s.identity(), s));
    }
    return byIdentity;
  }

  private Map<SkillId, Skill> skillsById() {
    return skillsById.get();
  }

  private Map<RoleLevelId, RoleLevel> levelsById() {
    return levelsById.get();
  }

  private Map<RoleLevelId, Role> rolesByLevel() {
    return rolesByLevel.get();
  }

  private Map<SkillId, Skill> indexSkills() {
    Map<SkillId, Skill> byId = new LinkedHashMap<>();
    skills().forEach(s -> byId.putIfAbsent(s.id(), s));
    return Collections.unmodifiableMap(byId);
  }

  private Map<RoleLevelId, RoleLevel> indexLevels() {
    Map<RoleLevelId, RoleLevel> byId = new LinkedHashMap<>();
    roles().forEach(r -> r.levels().forEach(l -> byId.putIfAbsent(l.id(), l)));
    return Collections.unmodifiableMap(byId);
  }

  private Map<RoleLevelId, Role> indexRolesByLevel() {
    Map<RoleLevelId, Role> byLevel = new LinkedHashMap<>();
    roles().forEach(r -> r.levels().forEach(l -> byLevel.putIfAbsent(l.id(), r)));
    return Collections.unmodifiableMap(byLevel);
  }

  /** Every role level of the framework, role by role. */
  public final List<RoleLevel> roleLevels() {
    return List.copyOf(levelsById().values());
  }
}

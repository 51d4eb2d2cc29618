package io.github.apprenticeships4j.core.career;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A role of a framework, e.g. DDaT's "Machine learning engineer" in the "Data" role family, with its levels.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Role implements WithRole {
  private static final Comparator<RoleLevel> BY_RANK =
      Comparator.comparingInt(l -> l.rank().orElse(Integer.MAX_VALUE));

  Role() {}

  /** A builder of a {@code Role}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Role#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }

  public abstract RoleId id();

  public abstract String name();

  /** The role family, e.g. {@code Data}. */
  public abstract String family();

  public abstract Optional<String> description();

  /** A kind of role the framework distinguishes, e.g. DDaT's {@code Senior Civil Service}. */
  public abstract Optional<String> type();

  /** The levels as given. */
  public abstract List<RoleLevel> levels();

  /** The levels from least to most senior; levels without a rank come last, in the order given. */
  public final List<RoleLevel> levelsInOrder() {
    return levels().stream().sorted(BY_RANK).collect(Collectors.toUnmodifiableList());
  }

  /** Every skill some level of the role requires, in order of first mention. */
  public final Set<SkillId> skills() {
    Set<SkillId> skills = new LinkedHashSet<>();
    levels().forEach(l -> l.requirements().forEach(r -> skills.add(r.skill())));
    return Collections.unmodifiableSet(skills);
  }

  public final Optional<RoleLevel> findLevel(RoleLevelId id) {
    return levels().stream().filter(l -> l.id().equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return name();
  }
}

package io.github.apprenticeships4j.core.career;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One level of a role, e.g. DDaT's "Senior machine learning engineer", with the skills it requires. Its
 * {@link #rank()} orders it among the levels of its role (higher is more senior; parallel tracks such as "Lead
 * developer" and "Lead developer - management" may share a rank); frameworks that do not publish an order leave it
 * absent. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class RoleLevel {
  RoleLevel() {}

  public static ImmutableRoleLevel.Builder builder() {
    return ImmutableRoleLevel.builder();
  }

  /** Unique in its framework. */
  public abstract RoleLevelId id();

  public abstract String name();

  public abstract Optional<String> description();

  /** Position among the levels of the role, higher is more senior; absent when unknown. */
  public abstract OptionalInt rank();

  public abstract List<SkillRequirement> requirements();

  /** Advertised pay, where known. */
  public abstract List<PayBand> payBands();

  /** The requirement for {@code skill}, if this level has one (the first, if listed twice). */
  public final Optional<SkillRequirement> findRequirement(SkillId skill) {
    return requirements().stream().filter(r -> r.skill().equals(skill)).findFirst();
  }

  @Override
  public String toString() {
    return name();
  }
}

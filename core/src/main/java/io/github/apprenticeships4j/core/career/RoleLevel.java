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
public abstract class RoleLevel implements WithRoleLevel {
  RoleLevel() {}

  /** A builder of a {@code RoleLevel}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link RoleLevel#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableRoleLevel.Builder {
    Builder() {}
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

package io.github.apprenticeships4j.core.career;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A skill of a framework with a description at each level where the framework defines it. DDaT defines most skills
 * at all four levels and says "This skill level is currently not defined" for some; a skill is kept with the levels
 * it has.
 *
 * <p>A contextual variant, such as DDaT's "Programming and build (software engineering)", has its own id and the
 * {@link #identity()} of the skill it is a variant of ({@code programming-and-build}) and its {@link #context()}
 * ({@code software engineering}), so that roles requiring different variants are found to share the skill.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Skill implements WithSkill {
  Skill() {}

  /** A builder of a {@code Skill}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Skill#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableSkill.Builder {
    Builder() {}
  }

  public abstract SkillId id();

  public abstract String name();

  public abstract Optional<String> description();

  /** The description at each level where the skill is defined; a level without a key is not defined. */
  public abstract Map<SkillLevel, String> levelDescriptions();

  /** The identity shared by every variant of the skill; the skill's own id unless it is a variant. */
  @Value.Default
  public SkillId identity() {
    return id();
  }

  /** What this variant is specific to, e.g. {@code software engineering}; absent for the skill itself. */
  public abstract Optional<String> context();

  /** The levels at which the skill is defined, lowest first. */
  public final List<SkillLevel> definedLevels() {
    return levelDescriptions().keySet().stream().sorted().collect(Collectors.toUnmodifiableList());
  }

  public final boolean isDefinedAt(SkillLevel level) {
    return levelDescriptions().containsKey(level);
  }

  /** Whether this is a contextual variant of another skill identity. */
  public final boolean isVariant() {
    return !identity().equals(id());
  }

  @Override
  public String toString() {
    return name();
  }
}

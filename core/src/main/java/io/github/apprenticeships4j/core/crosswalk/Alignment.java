package io.github.apprenticeships4j.core.crosswalk;

import io.github.apprenticeships4j.core.career.SkillId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One alignment of a crosswalk: a KSB of the standard, by its code ({@code K21}, {@code S27}, {@code B1}), matches a
 * framework skill, by its id, in the way its {@link #kind()} says, optionally at a level of the framework's scale (the
 * level an apprentice who has shown the KSB reaches in that skill, or in the part of it the KSB covers), with the
 * reasoning behind it and, where it differs from the crosswalk's, its own provenance. The level is kept as the label
 * the source writes ({@code Working}); it is resolved against the framework when the crosswalk is checked or a
 * profile derived. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Alignment implements WithAlignment {
  Alignment() {}

  /** A builder of an {@code Alignment}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Alignment#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableAlignment.Builder {
    Builder() {}
  }

  /** The code of the KSB, e.g. {@code K21}. */
  public abstract String ksb();

  /** The id of the framework skill. */
  public abstract SkillId skill();

  /** The label of the skill level the KSB shows, e.g. {@code Working}; absent if the alignment states none. */
  public abstract Optional<String> level();

  public abstract MatchKind kind();

  /** Why the KSB matches the skill (at that level). */
  public abstract Optional<String> reasoning();

  /** Who asserted this alignment, when and from what, where it differs from the crosswalk's provenance. */
  public abstract Optional<Provenance> provenance();

  @Override
  public String toString() {
    return ksb() + " " + kind().name().toLowerCase(java.util.Locale.ROOT) + " " + skill()
        + level().map(l -> " at " + l).orElse("");
  }
}

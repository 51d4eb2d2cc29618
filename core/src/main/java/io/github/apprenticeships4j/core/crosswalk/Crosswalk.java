package io.github.apprenticeships4j.core.crosswalk;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A crosswalk from the KSBs of one apprenticeship standard (optionally one version of it) to the skills of a career
 * framework: a list of typed {@link Alignment}s with the provenance they share. From a crosswalk, the standard and the
 * framework, {@link #profile(Standard, Framework)} derives the apprenticeship's skill profile, from which
 * {@link CrosswalkProfile#gap(Framework, io.github.apprenticeships4j.core.career.RoleLevelId)} gives the gap to a
 * role level.
 *
 * <p>A crosswalk holds what its source says, even when an alignment names a KSB, skill or level that does not exist;
 * {@link CrosswalkValidator#validate(Crosswalk, Standard, Framework)} reports every defect. Immutable and
 * thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Crosswalk implements WithCrosswalk {
  /**
   * The match kinds that count towards a derived profile by default: the hierarchical ones, exact, broad and narrow.
   */
  public static final Set<MatchKind> COUNTED_BY_DEFAULT = Set.of(MatchKind.EXACT, MatchKind.BROAD, MatchKind.NARROW);

  Crosswalk() {}

  /** A builder of a {@code Crosswalk}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Crosswalk#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableCrosswalk.Builder {
    Builder() {}
  }

  /** The standard whose KSBs are aligned, e.g. ST1398. */
  public abstract StandardReference standard();

  /** The version of the standard whose KSB codes are meant, e.g. {@code 1.0}; absent if any version. */
  public abstract Optional<StandardVersion> standardVersion();

  /** The name of the framework whose skills are aligned to. */
  public abstract String framework();

  /** Who asserted the alignments, when and from what, unless an alignment says otherwise. */
  public abstract Provenance provenance();

  public abstract List<Alignment> alignments();

  /** The provenance of {@code alignment}: its own, or else the crosswalk's. */
  public final Provenance provenanceOf(Alignment alignment) {
    return alignment.provenance().orElse(provenance());
  }

  /** The alignments of the KSB with code {@code ksb}, ignoring case, in order. */
  public final List<Alignment> alignmentsOf(String ksb) {
    String code = ksb.strip();
    return alignments().stream().filter(a -> a.ksb().strip().equalsIgnoreCase(code))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The alignments to {@code skill}, in order. */
  public final List<Alignment> alignmentsTo(SkillId skill) {
    return alignments().stream().filter(a -> a.skill().equals(skill)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The skill profile of {@code standard} derived by the default rule: each skill at the highest level stated by an
   * exact, broad or narrow alignment of it ({@link #COUNTED_BY_DEFAULT}); see
   * {@link #profile(Standard, Framework, Set)}.
   */
  public final CrosswalkProfile profile(Standard standard, Framework framework) {
    return profile(standard, framework, COUNTED_BY_DEFAULT);
  }

  /**
   * The skill profile of {@code standard} derived from this crosswalk: each skill of the framework at the highest
   * level stated by an alignment of a {@code counted} kind. Alignments of other kinds, and those that state no level,
   * are noted with their skill but do not count; alignments with an error (a KSB, skill or level that does not exist)
   * and repeats of an alignment are left out, and so is every alignment if the crosswalk is for another standard
   * (the profile is then empty). The profile carries the findings of
   * {@link CrosswalkValidator#validate(Crosswalk, Standard, Framework)}.
   */
  public final CrosswalkProfile profile(Standard standard, Framework framework, Set<MatchKind> counted) {
    return CrosswalkProfile.derive(this, standard, framework, counted);
  }

  @Override
  public String toString() {
    return standard() + standardVersion().map(v -> " v" + v).orElse("") + " -> " + framework() + " ("
        + alignments().size() + " alignment" + (alignments().size() == 1 ? "" : "s") + ")";
  }

  static String key(Alignment alignment) {
    return alignment.ksb().strip().toUpperCase(Locale.ROOT) + " " + alignment.skill();
  }
}

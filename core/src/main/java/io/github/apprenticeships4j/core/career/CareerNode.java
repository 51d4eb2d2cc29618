package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.util.Optional;

/**
 * A node of a {@link ProgressionGraph}: a role level of the framework, or an apprenticeship standard. Written as the
 * role level id ({@code senior-machine-learning-engineer}) or the standard reference ({@code ST1398}); see
 * {@link #parse(String)}. Immutable and thread-safe; ordered apprenticeships first, then by text.
 */
public final class CareerNode implements Comparable<CareerNode> {
  /** What a node stands for. */
  public enum Kind {
    /** An apprenticeship standard. */
    APPRENTICESHIP,
    /** A role level of the framework. */
    ROLE_LEVEL
  }

  private final Kind kind;
  private final String key;

  private CareerNode(Kind kind, String key) {
    this.kind = kind;
    this.key = key;
  }

  public static CareerNode of(RoleLevelId roleLevel) {
    return new CareerNode(Kind.ROLE_LEVEL, roleLevel.value());
  }

  public static CareerNode of(StandardReference standard) {
    return new CareerNode(Kind.APPRENTICESHIP, standard.value());
  }

  /**
   * The node written in {@code text}: a standard reference if it is one ({@code ST1398}, {@code st1398}), a role
   * level id otherwise.
   *
   * @throws io.github.apprenticeships4j.core.validation.InvalidValueException with code {@code career.id.format} if
   *     the text is neither
   */
  public static CareerNode parse(String text) {
    return StandardReference.tryParse(text).map(CareerNode::of).orElseGet(() -> of(RoleLevelId.of(text)));
  }

  public Kind kind() {
    return kind;
  }

  public boolean isApprenticeship() {
    return kind == Kind.APPRENTICESHIP;
  }

  /** The role level, for a role-level node. */
  public Optional<RoleLevelId> roleLevel() {
    return kind == Kind.ROLE_LEVEL ? Optional.of(RoleLevelId.of(key)) : Optional.empty();
  }

  /** The standard, for an apprenticeship node. */
  public Optional<StandardReference> standard() {
    return kind == Kind.APPRENTICESHIP ? Optional.of(StandardReference.of(key)) : Optional.empty();
  }

  @Override
  public int compareTo(CareerNode other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CareerNode that && kind == that.kind && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + key.hashCode();
  }

  /** The role level id or the standard reference. */
  @Override
  public String toString() {
    return key;
  }
}

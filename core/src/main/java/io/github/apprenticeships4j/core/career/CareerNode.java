package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A node of a {@link ProgressionGraph}: a role level of the framework, or an apprenticeship standard. Written as the
 * role level id ({@code senior-machine-learning-engineer}) or the standard reference ({@code ST1398}); see
 * {@link #parse(CharSequence)}. Immutable and thread-safe; ordered apprenticeships first, then by text.
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
  private final @Nullable RoleLevelId roleLevel;
  private final @Nullable StandardReference standard;

  private CareerNode(Kind kind, String key, @Nullable RoleLevelId roleLevel, @Nullable StandardReference standard) {
    this.kind = kind;
    this.key = key;
    this.roleLevel = roleLevel;
    this.standard = standard;
  }

  /** The node of a role level. */
  public static CareerNode of(RoleLevelId roleLevel) {
    return new CareerNode(Kind.ROLE_LEVEL, roleLevel.value(), roleLevel, null);
  }

  /** The node of an apprenticeship standard. */
  public static CareerNode of(StandardReference standard) {
    return new CareerNode(Kind.APPRENTICESHIP, standard.value(), null, standard);
  }

  /**
   * The node written in {@code text}: a standard reference if it is one ({@code ST1398}, {@code st1398}), a role
   * level id otherwise.
   *
   * @throws InvalidValueException (an {@link IllegalArgumentException}) with code {@value CareerCodes#ID_FORMAT} if
   *     the text is neither
   */
  public static CareerNode parse(CharSequence text) {
    return tryParse(text).orElseThrow(() -> new InvalidValueException(formatIssue(text)));
  }

  /** The node written in {@code text}, or empty if the text is neither a standard reference nor a role level id. */
  public static Optional<CareerNode> tryParse(CharSequence text) {
    Optional<StandardReference> standard = StandardReference.tryParse(text.toString());
    return standard.isPresent() ? standard.map(CareerNode::of) : RoleLevelId.tryParse(text).map(CareerNode::of);
  }

  /** Whether {@code text} is a standard reference or a role level id. */
  public static boolean isValid(CharSequence text) {
    return tryParse(text).isPresent();
  }

  /** The findings about {@code text} as a node: none, or the error {@value CareerCodes#ID_FORMAT}. */
  public static ValidationReport check(CharSequence text) {
    return isValid(text) ? ValidationReport.empty() : ValidationReport.of(List.of(formatIssue(text)));
  }

  private static Issue formatIssue(CharSequence text) {
    return Issue.error(CareerCodes.ID_FORMAT, "a career node must be a standard reference such as 'ST1398' or a role "
        + "level id of lower-case letters and digits joined by hyphens").rejecting(text.toString());
  }

  public Kind kind() {
    return kind;
  }

  public boolean isApprenticeship() {
    return kind == Kind.APPRENTICESHIP;
  }

  /** The role level, for a role-level node. */
  public Optional<RoleLevelId> roleLevel() {
    return Optional.ofNullable(roleLevel);
  }

  /** The standard, for an apprenticeship node. */
  public Optional<StandardReference> standard() {
    return Optional.ofNullable(standard);
  }

  @Override
  public int compareTo(CareerNode other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : key.compareTo(other.key);
  }

  @Override
  public boolean equals(@Nullable Object other) {
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

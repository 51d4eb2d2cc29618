package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An apprenticeship standard as a node of a {@link ProgressionGraph}, with the framework skills it develops if they
 * are known (then steps from it have a skill delta). Immutable and thread-safe.
 */
public final class ApprenticeshipNode {
  private final StandardReference reference;
  private final String title;
  private final int level;
  private final List<SkillRequirement> outcomes;

  private ApprenticeshipNode(StandardReference reference, String title, int level, List<SkillRequirement> outcomes) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.title = Objects.requireNonNull(title, "title");
    this.level = level;
    this.outcomes = List.copyOf(outcomes);
  }

  /**
   * The apprenticeship {@code reference}.
   *
   * @param reference the standard, e.g. ST1398
   * @param title its title, e.g. {@code Machine learning engineer}
   * @param level its apprenticeship level, 2 to 7
   * @param outcomes the framework skills it develops, at the levels it reaches; may be empty
   */
  public static ApprenticeshipNode of(StandardReference reference, String title, int level,
      List<SkillRequirement> outcomes) {
    return new ApprenticeshipNode(reference, title, level, outcomes);
  }

  /** The standard, e.g. ST1398. */
  public StandardReference reference() {
    return reference;
  }

  /** Its title, e.g. {@code Machine learning engineer}. */
  public String title() {
    return title;
  }

  /** Its apprenticeship level, 2 to 7. */
  public int level() {
    return level;
  }

  /** The framework skills it develops, at the levels it reaches; may be empty. */
  public List<SkillRequirement> outcomes() {
    return outcomes;
  }

  /** The node of the graph that this apprenticeship is. */
  public CareerNode node() {
    return CareerNode.of(reference);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ApprenticeshipNode that
        && reference.equals(that.reference) && title.equals(that.title) && level == that.level
        && outcomes.equals(that.outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, title, level, outcomes);
  }

  @Override
  public String toString() {
    return reference + " " + title + " (level " + level + ")";
  }
}

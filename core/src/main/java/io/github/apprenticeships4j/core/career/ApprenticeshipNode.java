package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.util.List;
import java.util.Objects;

/**
 * An apprenticeship standard as a node of a {@link ProgressionGraph}, with the framework skills it develops if they
 * are known (then steps from it have a skill delta).
 *
 * @param reference the standard, e.g. ST1398
 * @param title its title, e.g. {@code Machine learning engineer}
 * @param level its apprenticeship level, 2 to 7
 * @param outcomes the framework skills it develops, at the levels it reaches; may be empty
 */
public record ApprenticeshipNode(StandardReference reference, String title, int level,
    List<SkillRequirement> outcomes) {
  public ApprenticeshipNode {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(title, "title");
    outcomes = List.copyOf(outcomes);
  }

  public CareerNode node() {
    return CareerNode.of(reference);
  }

  @Override
  public String toString() {
    return reference + " " + title + " (level " + level + ")";
  }
}

package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ordered skill levels of one framework, lowest first: DDaT's Awareness &lt; Working &lt; Practitioner &lt;
 * Expert ({@link #ddat()}), or a numeric scale such as 1 to 7 ({@link #numeric(String, int, int)}). Immutable and
 * thread-safe.
 */
public final class SkillLevelScale {
  private static final SkillLevelScale DDAT =
      of("DDaT skill levels", List.of("Awareness", "Working", "Practitioner", "Expert"));

  private final String name;
  private final List<SkillLevel> levels;

  private SkillLevelScale(String name, List<SkillLevel> levels) {
    this.name = name;
    this.levels = levels;
  }

  /** The four levels of the Government Digital and Data Capability Framework. */
  public static SkillLevelScale ddat() {
    return DDAT;
  }

  /**
   * A scale of the given labels, lowest first.
   *
   * @throws IllegalArgumentException if there is no label, a blank one, or two equal ignoring case
   */
  public static SkillLevelScale of(String name, List<String> labels) {
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a scale needs at least one level");
    }
    List<SkillLevel> levels = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String label : labels) {
      String text = label.strip();
      if (text.isEmpty() || !seen.add(text.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("level labels must be distinct and not blank: " + labels);
      }
      levels.add(new SkillLevel(text, levels.size()));
    }
    return new SkillLevelScale(name.strip(), List.copyOf(levels));
  }

  /** A scale of the numbers {@code lowest} to {@code highest}, e.g. SFIA's 1 to 7. */
  public static SkillLevelScale numeric(String name, int lowest, int highest) {
    if (highest < lowest) {
      throw new IllegalArgumentException("empty numeric scale: " + lowest + " to " + highest);
    }
    List<String> labels = new ArrayList<>();
    for (int i = lowest; i <= highest; i++) {
      labels.add(Integer.toString(i));
    }
    return of(name, labels);
  }

  public String name() {
    return name;
  }

  /** The levels, lowest first. */
  public List<SkillLevel> levels() {
    return levels;
  }

  public SkillLevel lowest() {
    return levels.get(0);
  }

  public SkillLevel highest() {
    return levels.get(levels.size() - 1);
  }

  /** The level labelled {@code label}, ignoring case and surrounding white space. */
  public Optional<SkillLevel> find(String label) {
    String text = label.strip();
    return levels.stream().filter(l -> l.label().equalsIgnoreCase(text)).findFirst();
  }

  /**
   * The level labelled {@code label}.
   *
   * @throws InvalidValueException with code {@value CareerCodes#SKILL_LEVEL_UNKNOWN} if the scale has no such level
   */
  public SkillLevel get(String label) {
    return find(label).orElseThrow(() -> new InvalidValueException(
        Issue.error(CareerCodes.SKILL_LEVEL_UNKNOWN, "not a level of " + name + " " + levels).rejecting(label)));
  }

  /** Whether {@code level} belongs to this scale. */
  public boolean contains(SkillLevel level) {
    return level.rank() < levels.size() && levels.get(level.rank()).equals(level);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SkillLevelScale that && name.equals(that.name)
        && levels.equals(that.levels);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + levels.hashCode();
  }

  @Override
  public String toString() {
    return name + " " + levels;
  }
}

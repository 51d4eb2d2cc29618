package io.github.apprenticeships4j.core.career;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One level of a {@link SkillLevelScale}, e.g. DDaT's {@code Practitioner} (rank 2 of 0 to 3) or SFIA's {@code 5}.
 * Obtained from its scale; ordered by rank. Immutable and thread-safe.
 */
public final class SkillLevel implements Comparable<SkillLevel> {
  private final String label;
  private final int rank;

  SkillLevel(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  /** The label as the framework writes it, e.g. {@code Practitioner}. */
  public String label() {
    return label;
  }

  /** 0-based position in the scale, lowest first. */
  public int rank() {
    return rank;
  }

  /** Whether this level is above {@code other}. */
  public boolean isAbove(SkillLevel other) {
    return rank > other.rank;
  }

  @Override
  public int compareTo(SkillLevel other) {
    return Integer.compare(rank, other.rank);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SkillLevel that && rank == that.rank && label.equals(that.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, rank);
  }

  @Override
  public String toString() {
    return label;
  }
}

package io.github.apprenticeships4j.core.funding;

/**
 * Ages in completed years from {@code from} to {@code to}, both included, e.g. 16-21.
 *
 * @param from the youngest age in the range
 * @param to the oldest age in the range, not below {@code from}
 */
public record AgeRange(int from, int to) {
  public AgeRange {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("not an age range: " + from + "-" + to);
    }
  }

  public boolean contains(int age) {
    return age >= from && age <= to;
  }

  /** As written in a rule catalogue, e.g. {@code 16-21}. */
  @Override
  public String toString() {
    return from + "-" + to;
  }
}

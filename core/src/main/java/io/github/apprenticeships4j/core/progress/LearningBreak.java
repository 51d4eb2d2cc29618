package io.github.apprenticeships4j.core.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A break in learning: the first and the last day the apprentice is out of learning, both inclusive. The planned end
 * date moves on by the break's days. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LearningBreak implements WithLearningBreak {
  LearningBreak() {}

  /** The first day out of learning. */
  public abstract LocalDate from();

  /** The last day out of learning (the day before the apprentice returns). */
  public abstract LocalDate to();

  /** The break from {@code from} to {@code to}, both inclusive. */
  public static LearningBreak of(LocalDate from, LocalDate to) {
    return ImmutableLearningBreak.builder().from(from).to(to).build();
  }

  /** Days out of learning, both ends counted; 0 when {@code to} is before {@code from} (a finding of the check). */
  public final long days() {
    return Math.max(0, ChronoUnit.DAYS.between(from(), to()) + 1);
  }

  @Override
  public String toString() {
    return from() + ".." + to();
  }
}

package io.github.apprenticeships4j.core.progress;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The highest level of English and of maths the apprentice holds or has achieved (level 2 includes GCSE grade 4 or
 * C and above, level 1 functional skills level 1); absent when none is recorded. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EnglishAndMathsStatus implements WithEnglishAndMathsStatus {
  EnglishAndMathsStatus() {}

  /** A builder of a status. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link EnglishAndMathsStatus#builder()} gives: set each attribute at most once, then {@code build()}. */
  public static final class Builder extends ImmutableEnglishAndMathsStatus.Builder {
    Builder() {}
  }

  /** The highest level of English held, e.g. 2. */
  public abstract OptionalInt englishLevel();

  /** The highest level of maths held, e.g. 2. */
  public abstract OptionalInt mathsLevel();

  /** Neither English nor maths recorded. */
  public static EnglishAndMathsStatus none() {
    return builder().build();
  }

  /** English and maths both held at {@code level}. */
  public static EnglishAndMathsStatus bothAt(int level) {
    return builder().englishLevel(level).mathsLevel(level).build();
  }
}

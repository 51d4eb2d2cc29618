package io.github.apprenticeships4j.core.provider;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A provider's achievement rate judged by {@link QualityThresholds#assess}: its official band, its level against the
 * thresholds, how far it is from the national rate, and whether employer satisfaction is above its threshold.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class QualityAssessment {
  QualityAssessment() {}

  /** Where an achievement rate stands against the thresholds. */
  public enum Level {
    /** Above the strong threshold (default 75 %). */
    STRONG,
    /** Above the baseline (default 65 %), not above the strong threshold. */
    BASELINE,
    /** Not above the baseline. */
    BELOW_BASELINE,
    /** No rate, or a suppressed one. */
    NO_DATA
  }

  /** Where employer satisfaction stands against its threshold. */
  public enum Satisfaction {
    /** Above the threshold (default 80 %). */
    ABOVE_THRESHOLD,
    NOT_ABOVE_THRESHOLD,
    NO_DATA
  }

  /** The official band of the rate ({@link AchievementBand#official(String)}). */
  public abstract AchievementBand band();

  public abstract Level level();

  /** Provider rate minus national rate, in percentage points, when both are numbers. */
  public abstract Optional<BigDecimal> differenceFromNational();

  public abstract Satisfaction satisfaction();

  /** Whether the rate is above the national rate; false without both rates. */
  public final boolean isAboveNational() {
    return differenceFromNational().map(d -> d.signum() > 0).orElse(false);
  }
}

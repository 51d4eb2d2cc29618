package io.github.apprenticeships4j.core.provider;

import static io.github.apprenticeships4j.core.provider.ProviderCodes.QUALITY_THRESHOLDS_RANGE;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The thresholds an employer judges a provider's quality against, in percent. Configurable; the
 * {@linkplain #defaults() defaults} are the project's reading of employers' rules of thumb for choosing a provider:
 * an achievement rate above 65 % is a reasonable baseline for a demanding Level 6 standard, above 75 % is strong, and
 * employer satisfaction above 80 % suggests a provider keeps pace with employers. They are not DfE's: the official
 * service shows only {@link AchievementBand}s and {@link Rating}s.
 *
 * <p>"Above" is strict: a rate of exactly 65 % does not meet a baseline of 65 %. Immutable and thread-safe; change a
 * threshold with {@code withBaseline(...)}, {@code withStrong(...)} or {@code withEmployerSatisfaction(...)}.
 */
@Value.Immutable
public abstract class QualityThresholds implements WithQualityThresholds {
  QualityThresholds() {}

  /** Baseline 65 %, strong 75 %, employer satisfaction 80 %. */
  public static QualityThresholds defaults() {
    return Defaults.VALUE;
  }

  /** A builder of a {@code QualityThresholds}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link QualityThresholds#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableQualityThresholds.Builder {
    Builder() {}
  }

  /** An achievement rate above this is a reasonable baseline; default 65. */
  public abstract BigDecimal baseline();

  /** An achievement rate above this is strong; default 75. */
  public abstract BigDecimal strong();

  /** Employer satisfaction above this suggests the provider keeps pace with employers; default 80. */
  public abstract BigDecimal employerSatisfaction();

  /**
   * The assessment of a provider's achievement rate against these thresholds, and against the national rate.
   *
   * @param rate the provider's rate, if any
   * @param national the national rate to compare with, if any
   * @param satisfaction the share of employers satisfied, in percent, if known
   */
  public final QualityAssessment assess(Optional<AchievementRate> rate, Optional<AchievementRate> national,
      Optional<BigDecimal> satisfaction) {
    Optional<BigDecimal> percent = rate.flatMap(AchievementRate::percent);
    Optional<BigDecimal> nationalPercent = national.flatMap(AchievementRate::percent);
    QualityAssessment.Level level = percent.map(p -> p.compareTo(strong()) > 0 ? QualityAssessment.Level.STRONG
        : p.compareTo(baseline()) > 0 ? QualityAssessment.Level.BASELINE : QualityAssessment.Level.BELOW_BASELINE)
        .orElse(QualityAssessment.Level.NO_DATA);
    Optional<BigDecimal> difference = percent.isPresent() && nationalPercent.isPresent()
        ? Optional.of(percent.get().subtract(nationalPercent.get())) : Optional.empty();
    QualityAssessment.Satisfaction satisfied = satisfaction
        .map(s -> s.compareTo(employerSatisfaction()) > 0 ? QualityAssessment.Satisfaction.ABOVE_THRESHOLD
            : QualityAssessment.Satisfaction.NOT_ABOVE_THRESHOLD)
        .orElse(QualityAssessment.Satisfaction.NO_DATA);
    return ImmutableQualityAssessment.builder()
        .band(rate.map(AchievementRate::band).orElse(AchievementBand.NONE))
        .level(level)
        .differenceFromNational(difference)
        .satisfaction(satisfied)
        .build();
  }

  @Value.Check
  protected void check() {
    for (BigDecimal threshold : new BigDecimal[] {baseline(), strong(), employerSatisfaction()}) {
      if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new InvalidValueException(Issue.error(QUALITY_THRESHOLDS_RANGE, "thresholds are percentages, 0 to 100")
            .rejecting(threshold.toPlainString()));
      }
    }
    if (strong().compareTo(baseline()) < 0) {
      throw new InvalidValueException(Issue.error(QUALITY_THRESHOLDS_RANGE,
          "the strong threshold cannot be below the baseline")
          .at("strong").rejecting(strong().toPlainString()));
    }
  }

  /** Built on first use: a static field of this class naming its subclass could deadlock class initialisation. */
  private static final class Defaults {
    static final QualityThresholds VALUE = ImmutableQualityThresholds.builder()
        .baseline(BigDecimal.valueOf(65)).strong(BigDecimal.valueOf(75)).employerSatisfaction(BigDecimal.valueOf(80))
        .build();
  }
}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.internal.Lazy;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.internal.ConstraintBridge;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One apprenticeship as the funding calculator takes it: start date, planned end date (or planned duration), the
 * standard, the agreed prices, prior learning, the employer, the apprentice and any English and maths aims. The object
 * holds what it is given, even a negative price; {@link FundingCalculator#validate(Apprenticeship)} reports every
 * defect. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Apprenticeship implements WithApprenticeship {
  // Found on first use and kept: the object is immutable, so validating it again would find the same.
  private final Lazy<List<Issue>> constraintFindings = Lazy.of(() -> List.copyOf(ConstraintBridge.validate(this)));

  Apprenticeship() {}

  /** A builder of an apprenticeship; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Apprenticeship#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableApprenticeship.Builder {
    Builder() {}
  }

  /** First day of the apprenticeship: the rules in force on that day apply throughout. */
  public abstract LocalDate startDate();

  /** Planned end date (of the practical period); give it or {@link #plannedDurationMonths()}. */
  public abstract Optional<LocalDate> plannedEndDate();

  /** Planned duration in months; the planned end date is then the start date plus that many months, less a day. */
  public abstract OptionalInt plannedDurationMonths();

  /** The standard, as far as the funding rules need it. */
  @Valid
  public abstract StandardFunding standard();

  /** Training price (TNP1), pounds excluding VAT. */
  @PositiveOrZero(message = "{io.github.apprenticeships4j." + FundingCodes.PRICE_NEGATIVE + "}")
  public abstract BigDecimal trainingPrice();

  /** End-point assessment price (TNP2), pounds excluding VAT. */
  @PositiveOrZero(message = "{io.github.apprenticeships4j." + FundingCodes.PRICE_NEGATIVE + "}")
  public abstract BigDecimal assessmentPrice();

  /**
   * Recognition of prior learning: off-the-job hours covered by prior learning as a percentage (0 to 100) of those
   * needed with none. From August 2022 the price payable from funding is cut by at least half this percentage of
   * the funding band maximum.
   */
  // @formatter:off (type-use annotations read best one to a line)
  public abstract Optional<
      @DecimalMin(value = "0", message = "{io.github.apprenticeships4j." + FundingCodes.PRIOR_LEARNING_RANGE + "}")
      @DecimalMax(value = "100", message = "{io.github.apprenticeships4j." + FundingCodes.PRIOR_LEARNING_RANGE + "}")
      BigDecimal> priorLearningPercentage();
  // @formatter:on

  /** The employer: whether it pays the levy, its headcount and levy funds. */
  @Valid
  public abstract Employer employer();

  /** The apprentice: date of birth, and what gives extra payments (care leaver, EHC plan). */
  public abstract Apprentice apprentice();

  /** English and maths aims (up to level 2) taken alongside, each paid on its own dates outside the funded price. */
  public abstract List<EnglishAndMathsAim> englishAndMathsAims();

  /** The violations of the Jakarta constraints on this apprenticeship, sorted by path and code; found once. */
  final List<Issue> constraintFindings() {
    return constraintFindings.get();
  }

  /** Training plus end-point assessment price (TNP1 + TNP2). */
  public final BigDecimal agreedPrice() {
    return trainingPrice().add(assessmentPrice());
  }
}

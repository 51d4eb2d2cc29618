package io.github.apprenticeships4j.core.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One apprenticeship unit (starts from 28 April 2026): a short course of 30 to 140 hours over 1 to 16 weeks for
 * employees aged 19 and over, funded from the growth and skills levy as the unit funding rules set out. The price is
 * what employer and provider agreed, capped by no funding band; 30% is paid once 30% of the planned duration has
 * passed and 70% on completion. The object holds what it is given;
 * {@link FundingCalculator#validate(ApprenticeshipUnit)} reports every defect. Immutable and thread-safe.
 *
 * <pre>{@code
 * ApprenticeshipUnit unit = ApprenticeshipUnit.builder().reference("ZSC00123")
 *     .startDate(LocalDate.of(2026, 5, 4)).plannedEndDate(LocalDate.of(2026, 7, 26)).plannedHours(60)
 *     .price(new BigDecimal("1500")).employer(Employer.nonLevy())
 *     .apprentice(Apprentice.bornOn(LocalDate.of(1990, 1, 1))).build();
 * UnitFundingBreakdown funding = FundingCalculator.withDefaultRules().calculate(unit).orElseThrow();
 * System.out.println(funding.split());     // FundingSplit[levy=0.00, government=1425.00, employer=75.00]
 * }</pre>
 */
@Value.Immutable
public abstract class ApprenticeshipUnit implements WithApprenticeshipUnit {
  ApprenticeshipUnit() {}

  /** A builder of a unit; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link ApprenticeshipUnit#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableApprenticeshipUnit.Builder {
    Builder() {}
  }

  /** The caller's name for the unit, e.g. its course code; not used by the rules. */
  public abstract Optional<String> reference();

  /** First day of the unit: the rules in force on that day apply throughout. */
  public abstract LocalDate startDate();

  /** Planned last day of the unit. */
  public abstract LocalDate plannedEndDate();

  /** Planned hours of training. */
  public abstract int plannedHours();

  /** The price agreed for training and assessment, pounds excluding VAT. */
  @PositiveOrZero(message = "{io.github.apprenticeships4j." + FundingCodes.PRICE_NEGATIVE + "}")
  public abstract BigDecimal price();

  /** The employer: whether it pays the levy, and its levy funds for this unit. */
  @Valid
  public abstract Employer employer();

  /** The learner; their date of birth gives the age at the start. */
  public abstract Apprentice apprentice();

  /** The day the unit was completed, if not on its planned end date: the completion payment falls due then. */
  public abstract Optional<LocalDate> completionDate();

  /** The last day in learning of a learner who withdrew: no completion payment, the milestone only if reached. */
  public abstract Optional<LocalDate> withdrawalDate();
}

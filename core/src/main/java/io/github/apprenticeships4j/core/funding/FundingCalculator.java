package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Works out who pays what, and when, for one apprenticeship in England under the {@link FundingRules} in force on its
 * start date: the funding cap and funded price, full funding, levy used, co-investment, the instalments and the
 * completion payment, the additional payments, the care leavers' bursary and the English and maths aims, each figure
 * with the rules it came from; and the same for an {@link ApprenticeshipUnit}. Money follows the package's
 * {@linkplain io.github.apprenticeships4j.core.funding rounding policy}. Immutable and thread-safe.
 *
 * <pre>{@code
 * FundingCalculator calculator = FundingCalculator.withDefaultRules();
 * Apprenticeship ml = Apprenticeship.builder()
 *     .startDate(LocalDate.of(2025, 9, 1)).plannedDurationMonths(24)
 *     .standard(StandardFunding.builder().reference(StandardReference.parse("ST1398"))
 *         .level(6).typicalDurationMonths(24).build())          // its £22,000 cap comes from the rules
 *     .trainingPrice(new BigDecimal("19000")).assessmentPrice(new BigDecimal("3000"))
 *     .employer(Employer.nonLevy()).apprentice(Apprentice.bornOn(LocalDate.of(2000, 3, 15)))
 *     .build();
 * FundingResult result = calculator.calculate(ml);
 * result.report().issues().forEach(System.out::println);       // the errors if rejected, else any warnings
 * FundingBreakdown funding = result.orElseThrow();
 * System.out.println(funding.split());     // FundingSplit[levy=0.00, government=20900.00, employer=1100.00]
 * System.out.println(funding.instalments().size() + " x " + funding.instalments().get(0).amount());   // 24 x 733.33
 * }</pre>
 *
 * <p>Never throws on bad input: {@link #calculate(Apprenticeship)} returns a {@link FundingResult} whose report holds
 * every error, coded as in {@link FundingCodes}, the Jakarta constraints on the input included, with their property
 * paths. It accepts start dates from 1 May 2017 to {@link #latestStartDate()} and ages at the start from 14 to 115.
 * The cap is the one the apprenticeship's {@link StandardFunding#caps()} give; without caps, the one in force in the
 * standards catalogue given to {@link #withStandards} (see {@link CapHistory}), reported with its version
 * ({@link FundingBreakdown#capVersion()}); else the {@link RuleKey#FUNDING_CAP} rule of the rule catalogue.
 * Where the funding rules leave a question open (ages on 29 February, care leavers' consent, breaks in learning,
 * withdrawals), the project README's "Choices where the sources leave questions open" says what it does.
 */
public final class FundingCalculator {
  private final FundingRules rules;
  private final Optional<StandardCatalogue> standards;
  /** The last start date accepted. */
  private final LocalDate latestStart;

  private FundingCalculator(FundingRules rules, Optional<StandardCatalogue> standards) {
    this.rules = rules;
    this.standards = standards;
    this.latestStart = InputChecks.latestStart(rules);
  }

  /** A calculator using the catalogue that ships with the library. */
  public static FundingCalculator withDefaultRules() {
    return new FundingCalculator(FundingRules.defaults(), Optional.empty());
  }

  /** A calculator using {@code rules}, e.g. {@code FundingRules.defaults().plus(myRulesFor2027)}. */
  public static FundingCalculator of(FundingRules rules) {
    return new FundingCalculator(rules, Optional.empty());
  }

  /**
   * A calculator with the same rules that takes the cap of a standard given without caps from {@code standards}, e.g.
   * the national catalogue: the maximum funding of the version in force on the start date.
   */
  public FundingCalculator withStandards(StandardCatalogue standards) {
    return new FundingCalculator(rules, Optional.of(standards));
  }

  /** The rules this calculator applies. */
  public FundingRules rules() {
    return rules;
  }

  /** The standards catalogue caps are taken from, if one was given. */
  public Optional<StandardCatalogue> standards() {
    return standards;
  }

  /**
   * The last start date this calculator accepts: 10 years after the last day on which a rule of its catalogue comes
   * into force.
   */
  public LocalDate latestStartDate() {
    return latestStart;
  }

  /** The findings about {@code apprenticeship}, completing as planned. */
  public ValidationReport validate(Apprenticeship apprenticeship) {
    return validate(apprenticeship, Progress.asPlanned());
  }

  /** The findings about {@code apprenticeship} progressing as {@code progress}. */
  public ValidationReport validate(Apprenticeship apprenticeship, Progress progress) {
    return checked(apprenticeship, progress).report();
  }

  /** The funding of {@code apprenticeship}, completing on its planned end date. */
  public FundingResult calculate(Apprenticeship apprenticeship) {
    return calculate(apprenticeship, Progress.asPlanned());
  }

  /** The funding of {@code apprenticeship}, with the payment profile for {@code progress}. */
  public FundingResult calculate(Apprenticeship apprenticeship, Progress progress) {
    CheckedInput input = checked(apprenticeship, progress);
    // the findings of an accepted input become the breakdown's warnings: no report of them is made here
    return input.hasErrors() ? FundingResult.rejected(input.report())
        : FundingResult.of(BreakdownCalculation.of(rules, input));
  }

  /** The findings about {@code unit}. */
  public ValidationReport validate(ApprenticeshipUnit unit) {
    return UnitCalculation.check(rules, latestStart, unit);
  }

  /** The funding of {@code unit}: its price split between levy, government and employer, and its two payments. */
  public UnitFundingResult calculate(ApprenticeshipUnit unit) {
    return UnitCalculation.calculate(rules, latestStart, unit);
  }

  private CheckedInput checked(Apprenticeship apprenticeship, Progress progress) {
    return InputChecks.check(rules, standards, latestStart, apprenticeship, progress)
        .withIssues(EnglishAndMathsPayments.check(rules, apprenticeship));
  }
}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.time.LocalDate;
import java.time.Period;

/**
 * Works out who pays what, and when, for one apprenticeship in England under the {@link FundingRules} in force on its
 * start date: the funding cap, the funded price, the employer's excess, full funding, levy used, government and
 * employer co-investment, the monthly instalments and the completion payment, the additional payments for young
 * apprentices and the care leavers' bursary. Money follows the package's rounding policy. Immutable and thread-safe:
 * one calculator may serve any number of threads at once, and gives each the answers it gives one thread.
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
 * <p>Bad input is never thrown: {@link #calculate(Apprenticeship)} returns a {@link FundingResult} whose report holds
 * the errors, each with a stable code of {@link FundingCodes}:
 * <ul>
 *   <li>{@code funding.start.too-early}: the start is before the catalogue's first rules (1 May 2017);
 *       {@code funding.start.too-late}: the start is more than 10 years after the last day on which a rule of the
 *       catalogue comes into force (1 August 2036 with the catalogue of this version, see {@link #latestStartDate()}):
 *       no rule can be known that far ahead, and such a date is a typing error (9999);</li>
 *   <li>{@code funding.end.missing}, {@code funding.end.conflict}: no planned end date or duration, or both and
 *       they disagree; {@code funding.duration.not-positive}: the planned end is not after the start, or the duration
 *       is not positive; {@code funding.duration.too-long}: more than 100 years;</li>
 *   <li>{@code funding.duration.below-minimum}: shorter than the minimum duration in months (12, 8 from August
 *       2025); a shorter planned length than 372 days before August 2025 is the warning
 *       {@code funding.duration.below-minimum-days};</li>
 *   <li>Jakarta Validation constraints on the input, run by Hibernate Validator and reported as {@link Issue}s
 *       with the property path and the rejected value: {@code funding.price.negative} (paths {@code trainingPrice},
 *       {@code assessmentPrice}), {@code funding.levy-funds.negative} ({@code employer.levyFundsAvailable}),
 *       {@code funding.prior-learning.range} (not 0 to 100), {@code funding.headcount.negative}
 *       ({@code employer.headcount}), {@code standard.level.range} and {@code standard.duration.range}; then
 *       {@code funding.amount.scale} (more than 2 decimal places);</li>
 *   <li>{@code funding.level.restricted}: a restricted level (Level 7 from 1 January 2026) outside its ages;</li>
 *   <li>{@code funding.cap.missing}: no funding cap for the standard on the start date; a cap that is no band
 *       maximum is the warning {@code funding.cap.not-a-band};</li>
 *   <li>{@code funding.apprentice.born-after-start}; {@code funding.apprentice.too-young} and
 *       {@code funding.apprentice.too-old}: an age at the start below 14 (one below the youngest the rules know)
 *       or above 115 (there is no upper age limit: a birth year typed wrong, e.g. 0); an apprentice under 16 is the
 *       warning {@code funding.apprentice.under-16} (the age-15 rule is not modelled);</li>
 *   <li>{@code funding.rules.missing}: the catalogue lacks a rule the calculation needs on the start date;</li>
 *   <li>{@code funding.progress.conflict}, {@code funding.progress.before-start},
 *       {@code funding.progress.break-dates}: a progress that cannot happen.</li>
 * </ul>
 *
 * <p>Choices where the sources leave questions open (also listed in the README):
 * <ul>
 *   <li>Age is completed years on the start date; someone born on 29 February turns a year older on 1 March in other
 *       years ({@link Period}), where DfE's .NET code uses 28 February.</li>
 *   <li>A care leaver aged above the young range qualifies for full funding and the employer's additional payment
 *       only with consent to tell the employer (rule P130), in every year ({@code care-leaver.needs-consent}).</li>
 *   <li>Before April 2024 an employer whose headcount is not given is not treated as small (warning
 *       {@code funding.headcount.missing}).</li>
 *   <li>Levy funds are a fixed amount consumed in payment order; co-investment is computed on the totals, as DfE's
 *       earnings code does; a fully funded apprenticeship uses no levy funds.</li>
 *   <li>Additional payments and bursary instalments fall due on the milestone day (day 1 = start date), moved back
 *       by breaks in learning, and are earned only if the milestone is no later than the planned end date and the
 *       apprentice is still in learning (not completed, not withdrawn) on it. The earlier third bursary instalment for
 *       short programmes from August 2025 is not modelled (its day is not published).</li>
 *   <li>A break leaves the planned end date unchanged unless a new one is given; the rest of the on-programme amount
 *       is spread over the census dates from the return to the planned end date, or paid on the census date of the
 *       return month if none remains.</li>
 *   <li>A withdrawal before the qualifying period (days in learning, breaks excluded) earns nothing.</li>
 * </ul>
 */
public final class FundingCalculator {
  private final FundingRules rules;
  /** The last start date accepted. */
  private final LocalDate latestStart;

  private FundingCalculator(FundingRules rules) {
    this.rules = rules;
    this.latestStart = InputChecks.latestStart(rules);
  }

  /** A calculator using the catalogue that ships with the library. */
  public static FundingCalculator withDefaultRules() {
    return new FundingCalculator(FundingRules.defaults());
  }

  /** A calculator using {@code rules}, e.g. {@code FundingRules.defaults().plus(myRulesFor2027)}. */
  public static FundingCalculator of(FundingRules rules) {
    return new FundingCalculator(rules);
  }

  /** The rules this calculator applies. */
  public FundingRules rules() {
    return rules;
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
    return InputChecks.check(rules, latestStart, apprenticeship, progress).report();
  }

  /** The funding of {@code apprenticeship}, completing on its planned end date. */
  public FundingResult calculate(Apprenticeship apprenticeship) {
    return calculate(apprenticeship, Progress.asPlanned());
  }

  /** The funding of {@code apprenticeship}, with the payment profile for {@code progress}. */
  public FundingResult calculate(Apprenticeship apprenticeship, Progress progress) {
    CheckedInput input = InputChecks.check(rules, latestStart, apprenticeship, progress);
    ValidationReport report = input.report();
    return report.hasErrors() ? FundingResult.rejected(report)
        : FundingResult.of(BreakdownCalculation.of(rules, input));
  }
}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.internal.ConstraintBridge;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

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
 *     .standard(StandardFunding.builder().reference(StandardReference.of("ST1398"))
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
 * the errors, each with a stable code:
 * <ul>
 *   <li>{@code funding.start.too-early}: the start is before the catalogue's first rules (1 May 2017);
 *       {@code funding.start.too-late}: the start is more than {@value #START_HORIZON_YEARS} years after the last
 *       day on which a rule of the catalogue comes into force (1 August 2036 with the catalogue of this version):
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
 *       {@code funding.apprentice.too-old}: an age at the start below {@value #MIN_AGE_AT_START} or above
 *       {@value #MAX_AGE_AT_START} (a birth year typed wrong, e.g. 0); an apprentice under 16 is the warning
 *       {@code funding.apprentice.under-16} (the age-15 rule is not modelled);</li>
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
  /**
   * How many years after the last day on which a rule of its catalogue comes into force a calculator accepts a
   * start date: {@value}.
   */
  public static final int START_HORIZON_YEARS = 10;
  /** The youngest age at the start accepted: {@value}, one below the youngest the funding rules know (15). */
  public static final int MIN_AGE_AT_START = 14;
  /** The oldest age at the start accepted: {@value} (there is no upper age limit; an older age is a typing error). */
  public static final int MAX_AGE_AT_START = 115;

  private static final int MAX_MONTHS = 1200;

  private final FundingRules rules;
  /** The last start date accepted; see {@link #START_HORIZON_YEARS}. */
  private final LocalDate latestStart;

  private FundingCalculator(FundingRules rules) {
    this.rules = rules;
    this.latestStart = rules.rules().stream().map(FundingRule::effectiveFrom).max(LocalDate::compareTo)
        .orElse(LocalDate.MIN).plusYears(START_HORIZON_YEARS);
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
   * The last start date this calculator accepts: {@value #START_HORIZON_YEARS} years after the last day on which a
   * rule of its catalogue comes into force.
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
    return new Run(apprenticeship, progress).check();
  }

  /** The funding of {@code apprenticeship}, completing on its planned end date. */
  public FundingResult calculate(Apprenticeship apprenticeship) {
    return calculate(apprenticeship, Progress.asPlanned());
  }

  /** The funding of {@code apprenticeship}, with the payment profile for {@code progress}. */
  public FundingResult calculate(Apprenticeship apprenticeship, Progress progress) {
    Run run = new Run(apprenticeship, progress);
    ValidationReport report = run.check();
    return report.hasErrors() ? FundingResult.rejected(report) : FundingResult.of(run.breakdown());
  }

  /** One calculation: the input, the rules found for it and the findings so far. */
  private final class Run {
    private final Apprenticeship a;
    private final Progress progress;
    private final LocalDate start;
    private final List<Issue> issues = new ArrayList<>();
    private LocalDate plannedEnd = LocalDate.MIN;
    private int age;
    private Optional<FundingRule> capRule = Optional.empty();

    Run(Apprenticeship a, Progress progress) {
      this.a = a;
      this.progress = progress;
      this.start = a.startDate();
    }

    ValidationReport check() {
      issues.addAll(ConstraintBridge.validate(a));
      checkPence(a.trainingPrice(), "trainingPrice");
      checkPence(a.assessmentPrice(), "assessmentPrice");
      checkPence(a.employer().levyFundsAvailable(), "employer.levyFundsAvailable");
      Optional<LocalDate> first = rules.firstDay(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE);
      if (first.isEmpty() || start.isBefore(first.get())) {
        error("funding.start.too-early", "the start date is before the first funding rules ("
            + first.map(String::valueOf).orElse("none") + ")", "startDate", start.toString());
      } else if (start.isAfter(latestStart)) {
        error("funding.start.too-late", "the start date is after " + latestStart + ", " + START_HORIZON_YEARS
            + " years after the last rule of the catalogue comes into force", "startDate", start.toString());
      }
      checkPlannedEnd();
      LocalDate born = a.apprentice().dateOfBirth();
      if (born.isAfter(start)) {
        error("funding.apprentice.born-after-start", "the apprentice is born after the start date",
            "apprentice.dateOfBirth", born.toString());
      } else {
        age = Period.between(born, start).getYears();
        if (age < MIN_AGE_AT_START || age > MAX_AGE_AT_START) {
          error(age < MIN_AGE_AT_START ? "funding.apprentice.too-young" : "funding.apprentice.too-old",
              "the apprentice is " + age + " at the start; ages from " + MIN_AGE_AT_START + " to " + MAX_AGE_AT_START
                  + " are accepted", "apprentice.dateOfBirth", born.toString());
        }
      }
      if (hasErrors()) {
        return ValidationReport.of(issues);
      }
      if (age < 16) {
        issues.add(Issue.warning("funding.apprentice.under-16", "the apprentice is under 16 at the start; the "
            + "rule for 15-year-olds leaving school is not modelled").at("apprentice.dateOfBirth"));
      }
      checkDuration();
      checkLevel();
      checkCap();
      String employerKind = a.employer().levyPayer() ? "levy-payer" : "non-levy";
      require(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, employerKind);
      require(RuleKey.ON_PROGRAMME_SHARE, FundingRule.ANY);
      require(RuleKey.QUALIFYING_PERIOD, FundingRule.ANY);
      checkProgress();
      return ValidationReport.of(issues);
    }

    private void checkPlannedEnd() {
      OptionalInt months = a.plannedDurationMonths();
      if (months.isPresent() && (months.getAsInt() <= 0 || months.getAsInt() > MAX_MONTHS)) {
        error(months.getAsInt() <= 0 ? "funding.duration.not-positive" : "funding.duration.too-long",
            "the planned duration must be from 1 to " + MAX_MONTHS + " months", "plannedDurationMonths",
            String.valueOf(months.getAsInt()));
        return;
      }
      Optional<LocalDate> fromMonths = Optional.empty();
      try {
        if (months.isPresent()) {
          fromMonths = Optional.of(start.plusMonths(months.getAsInt()).minusDays(1));
        }
      } catch (DateTimeException e) {
        error("funding.duration.too-long", "the planned end date is beyond the calendar", "plannedDurationMonths",
            String.valueOf(months.getAsInt()));
        return;
      }
      if (a.plannedEndDate().isPresent() && fromMonths.isPresent()
          && !a.plannedEndDate().get().equals(fromMonths.get())) {
        error("funding.end.conflict", "the planned end date and the planned duration disagree", "plannedEndDate",
            a.plannedEndDate().get().toString());
        return;
      }
      Optional<LocalDate> end = a.plannedEndDate().isPresent() ? a.plannedEndDate() : fromMonths;
      if (end.isEmpty()) {
        error("funding.end.missing", "give a planned end date or a planned duration", "plannedEndDate", "");
        return;
      }
      if (!end.get().isAfter(start)) {
        error("funding.duration.not-positive", "the planned end date must be after the start date",
            "plannedEndDate", end.get().toString());
        return;
      }
      if (ChronoUnit.MONTHS.between(start, end.get()) > MAX_MONTHS) {
        error("funding.duration.too-long", "the planned duration must be at most " + MAX_MONTHS + " months",
            "plannedEndDate", end.get().toString());
        return;
      }
      plannedEnd = end.get();
    }

    private void checkDuration() {
      rules.find(RuleKey.MINIMUM_DURATION_MONTHS, start).ifPresent(rule -> {
        if (plannedEnd.isBefore(start.plusMonths(rule.intValue()).minusDays(1))) {
          error("funding.duration.below-minimum", "the planned duration is below the minimum of " + rule.intValue()
              + " months for starts on " + start, "plannedEndDate", plannedEnd.toString());
        }
      });
      rules.find(RuleKey.MINIMUM_DURATION_DAYS, start).ifPresent(rule -> {
        if (plannedDays() < rule.intValue()) {
          issues.add(Issue.warning("funding.duration.below-minimum-days", "the planned duration is below "
              + rule.intValue() + " days").at("plannedEndDate").rejecting(plannedEnd.toString()));
        }
      });
    }

    private void checkLevel() {
      String level = String.valueOf(a.standard().level());
      rules.find(RuleKey.LEVEL_RESTRICTION_AGE, level, start).ifPresent(rule -> {
        boolean extended = (a.apprentice().hasEhcPlan() || a.apprentice().careLeaver())
            && rules.find(RuleKey.LEVEL_RESTRICTION_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER, level, start)
                .map(r -> r.ageRange().contains(age)).orElse(false);
        if (!rule.ageRange().contains(age) && !extended) {
          error("funding.level.restricted", "level " + level + " is funded for starts on " + start
              + " only for apprentices aged " + rule.ageRange() + " (or with an EHC plan or as a care leaver, as the "
              + "rules say)", "standard.level", level);
        }
      });
    }

    private void checkCap() {
      String reference = a.standard().reference().toString();
      capRule = FundingRules.find(a.standard().caps(), RuleKey.FUNDING_CAP, reference, start)
          .or(() -> rules.find(RuleKey.FUNDING_CAP, reference, start));
      if (capRule.isEmpty()) {
        error("funding.cap.missing", "no funding cap for " + reference + " on " + start, "standard.caps",
            reference);
        return;
      }
      BigDecimal cap = capRule.get().decimalValue();
      List<BigDecimal> bands = rules.rules().stream()
          .filter(r -> r.key() == RuleKey.FUNDING_BAND_MAXIMUM && r.isInForceOn(start))
          .map(FundingRule::decimalValue).collect(Collectors.toList());
      if (!bands.isEmpty() && bands.stream().noneMatch(b -> b.compareTo(cap) == 0)) {
        issues.add(Issue.warning("funding.cap.not-a-band", "the cap is not the maximum of a funding band in force "
            + "on the start date").at("standard.caps").rejecting(cap.toPlainString()));
      }
    }

    private void checkProgress() {
      if (progress.completionDate().isPresent() && progress.withdrawalDate().isPresent()) {
        error("funding.progress.conflict", "an apprentice cannot both complete and withdraw", "progress", "");
        return;
      }
      Optional<LocalDate> end = progress.completionDate().or(progress::withdrawalDate);
      if (end.isPresent() && end.get().isBefore(start)) {
        error("funding.progress.before-start", "the apprenticeship cannot end before it starts", "progress",
            end.get().toString());
        return;
      }
      LocalDate earliest = start;
      for (int i = 0; i < progress.breaks().size(); i++) {
        BreakInLearning b = progress.breaks().get(i);
        boolean ordered = !b.lastDayInLearning().isBefore(earliest) && b.returnDate().isAfter(b.lastDayInLearning())
            && b.newPlannedEndDate().map(e -> e.isAfter(b.returnDate())).orElse(true)
            && end.map(e -> !e.isBefore(b.returnDate())).orElse(true);
        if (!ordered) {
          error("funding.progress.break-dates", "breaks must follow the start and each other, return after the last "
              + "day in learning and end before completion or withdrawal", "progress.breaks[" + i + "]",
              b.lastDayInLearning() + ".." + b.returnDate());
          return;
        }
        earliest = b.returnDate();
      }
    }

    private Optional<FundingRule> require(RuleKey key, String qualifier) {
      Optional<FundingRule> rule = rules.find(key, qualifier, start);
      if (rule.isEmpty()) {
        error("funding.rules.missing", "the rule catalogue has no " + key.id() + " for " + qualifier + " on "
            + start, "", key.id());
      }
      return rule;
    }

    private void checkPence(BigDecimal amount, String path) {
      if (!Money.isPence(amount)) {
        error("funding.amount.scale", "amounts must be pounds with at most 2 decimal places", path,
            amount.toPlainString());
      }
    }

    private void error(String code, String message, String path, String rejected) {
      Issue issue = Issue.error(code, message).at(path);
      issues.add(rejected.isEmpty() ? issue : issue.rejecting(rejected));
    }

    private boolean hasErrors() {
      return ValidationReport.of(issues).hasErrors();
    }

    private long plannedDays() {
      return ChronoUnit.DAYS.between(start, plannedEnd) + 1;
    }

    FundingBreakdown breakdown() {
      FundingRule cap = capRule.orElseThrow();
      Figure<Integer> ageAtStart = new Figure<>(age, rules.find(RuleKey.AGE_AT_START, start).stream()
          .collect(Collectors.toList()));
      Figure<BigDecimal> maximum = maximumPrice(cap);
      BigDecimal agreed = Money.pounds(a.agreedPrice());
      BigDecimal funded = agreed.min(maximum.value());
      Figure<FullFundingReason> fullFunding = fullFunding();
      boolean levyPayer = a.employer().levyPayer();
      FundingRule rateRule = rules.get(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, levyPayer ? "levy-payer" : "non-levy",
          start);
      Figure<BigDecimal> share = fullFunding.value().isFullyFunded()
          ? new Figure<>(BigDecimal.ONE, fullFunding.rules()) : Figure.of(rateRule.decimalValue(), rateRule);
      BigDecimal levyAvailable = levyPayer && !fullFunding.value().isFullyFunded()
          ? a.employer().levyFundsAvailable() : BigDecimal.ZERO;
      FundingSplit split = FundingSplit.of(funded, levyAvailable, share.value());
      FundingRule onProgrammeRule = rules.get(RuleKey.ON_PROGRAMME_SHARE, FundingRule.ANY, start);
      BigDecimal onProgramme = Money.share(funded, onProgrammeRule.decimalValue());
      FundingRule qualifyingRule = rules.get(RuleKey.QUALIFYING_PERIOD, FundingRule.ANY, start);
      int qualifyingDays = qualifyingRule.threshold(plannedDays());
      List<FundingRule> priceRules = maximum.rules();
      List<FundingRule> paymentRules = new ArrayList<>(priceRules);
      paymentRules.add(onProgrammeRule);
      PaymentProfile payments = new PaymentProfile(payments(onProgramme, funded.subtract(onProgramme), paymentRules,
          qualifyingDays));
      return ImmutableFundingBreakdown.builder()
          .apprenticeship(a)
          .progress(progress)
          .plannedEndDate(plannedEnd)
          .ageAtStart(ageAtStart)
          .fundingCap(Figure.of(cap.decimalValue(), cap))
          .maximumPrice(maximum)
          .fundedPrice(new Figure<>(funded, priceRules))
          .employerExcess(new Figure<>(agreed.subtract(funded), priceRules))
          .fullFunding(fullFunding)
          .governmentShare(share)
          .levyUsed(new Figure<>(split.levy(), share.rules()))
          .governmentCoInvestment(new Figure<>(split.government(), share.rules()))
          .employerCoInvestment(new Figure<>(split.employer(), share.rules()))
          .onProgrammeTotal(Figure.of(onProgramme, onProgrammeRule))
          .completionAmount(Figure.of(funded.subtract(onProgramme), onProgrammeRule))
          .plannedInstalments(new Figure<>(Schedules.censusDatesOrOne(start, plannedEnd).size(), List.of()))
          .qualifyingPeriodDays(Figure.of(qualifyingDays, qualifyingRule))
          .payments(payments)
          .warnings(ValidationReport.of(issues))
          .build();
    }

    private Figure<BigDecimal> maximumPrice(FundingRule cap) {
      Optional<BigDecimal> percentage = a.priorLearningPercentage().filter(p -> p.signum() > 0);
      Optional<FundingRule> reduction = rules.find(RuleKey.PRIOR_LEARNING_PRICE_REDUCTION, start);
      if (percentage.isEmpty() || reduction.isEmpty()) {
        return Figure.of(cap.decimalValue(), cap);
      }
      BigDecimal kept = BigDecimal.ONE.subtract(reduction.get().decimalValue().multiply(percentage.get())
          .movePointLeft(2));
      return Figure.of(Money.shareDown(cap.decimalValue(), kept), cap, reduction.get());
    }

    private Figure<FullFundingReason> fullFunding() {
      Optional<FundingRule> employerRule = rules.find(RuleKey.FULL_FUNDING_EMPLOYER, start);
      if (employerRule.isEmpty()) {
        return new Figure<>(FullFundingReason.EMPLOYER_NOT_ELIGIBLE, List.of());
      }
      List<FundingRule> used = new ArrayList<>(List.of(employerRule.get()));
      boolean small = employerRule.get().value().equals("small-employer");
      boolean employerEligible;
      if (small) {
        Optional<FundingRule> headcountRule = rules.find(RuleKey.FULL_FUNDING_HEADCOUNT_BELOW, start);
        headcountRule.ifPresent(used::add);
        OptionalInt headcount = a.employer().headcount();
        if (headcount.isEmpty()) {
          issues.add(Issue.warning("funding.headcount.missing", "the employer's headcount is not given; it is not "
              + "treated as a small employer").at("employer.headcount"));
        }
        employerEligible = headcount.isPresent() && headcountRule.isPresent()
            && headcount.getAsInt() < headcountRule.get().intValue();
      } else {
        employerEligible = !a.employer().levyPayer();
      }
      if (!employerEligible) {
        return new Figure<>(FullFundingReason.EMPLOYER_NOT_ELIGIBLE, used);
      }
      Optional<FundingRule> ageRule = rules.find(RuleKey.FULL_FUNDING_AGE, start);
      ageRule.ifPresent(used::add);
      if (ageRule.map(r -> r.ageRange().contains(age)).orElse(false)) {
        return new Figure<>(small ? FullFundingReason.SMALL_EMPLOYER_YOUNG_APPRENTICE
            : FullFundingReason.NON_LEVY_YOUNG_APPRENTICE, used);
      }
      Optional<FundingRule> extended = rules.find(RuleKey.FULL_FUNDING_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER, start);
      extended.ifPresent(used::add);
      if (extended.map(r -> r.ageRange().contains(age)).orElse(false) && ehcPlanOrConsentingCareLeaver(used)) {
        return new Figure<>(small ? FullFundingReason.SMALL_EMPLOYER_EHC_PLAN_OR_CARE_LEAVER
            : FullFundingReason.NON_LEVY_EHC_PLAN_OR_CARE_LEAVER, used);
      }
      return new Figure<>(FullFundingReason.APPRENTICE_NOT_ELIGIBLE, used);
    }

    private boolean ehcPlanOrConsentingCareLeaver(List<FundingRule> used) {
      Apprentice apprentice = a.apprentice();
      if (apprentice.hasEhcPlan()) {
        return true;
      }
      if (!apprentice.careLeaver()) {
        return false;
      }
      Optional<FundingRule> consent = rules.find(RuleKey.CARE_LEAVER_NEEDS_CONSENT, start);
      consent.ifPresent(used::add);
      return apprentice.consentsToTellEmployer() || !consent.map(FundingRule::booleanValue).orElse(false);
    }

    private List<Payment> payments(BigDecimal onProgramme, BigDecimal completion, List<FundingRule> paymentRules,
        int qualifyingDays) {
      List<BreakInLearning> breaks = progress.breaks();
      LocalDate end = plannedEnd;
      List<Payment> schedule = Schedules.spread(onProgramme, Schedules.censusDatesOrOne(start, end), paymentRules);
      for (BreakInLearning b : breaks) {
        List<Payment> kept = Schedules.onOrBefore(schedule, b.lastDayInLearning());
        end = b.newPlannedEndDate().orElse(end);
        kept.addAll(Schedules.spread(onProgramme.subtract(Schedules.sum(kept)),
            Schedules.censusDatesOrOne(b.returnDate(), end), paymentRules));
        schedule = kept;
      }
      List<Payment> payments = new ArrayList<>();
      LocalDate lastDayInLearning;
      if (progress.withdrawalDate().isPresent()) {
        lastDayInLearning = progress.withdrawalDate().get();
        if (Schedules.daysInLearning(start, lastDayInLearning, breaks) < qualifyingDays) {
          return payments;
        }
        payments.addAll(Schedules.onOrBefore(schedule, lastDayInLearning));
      } else {
        lastDayInLearning = progress.completionDate().orElse(end);
        LocalDate completionMonthEnd = Schedules.monthEnd(lastDayInLearning);
        if (completionMonthEnd.isBefore(Schedules.last(schedule).orElse(completionMonthEnd))) {
          List<Payment> kept = Schedules.onOrBefore(schedule, completionMonthEnd.minusDays(1));
          payments.addAll(kept);
          BigDecimal balancing = onProgramme.subtract(Schedules.sum(kept));
          if (balancing.signum() != 0) {
            payments.add(new Payment(PaymentKind.BALANCING, completionMonthEnd, balancing, paymentRules));
          }
        } else {
          payments.addAll(schedule);
        }
        payments.add(new Payment(PaymentKind.COMPLETION, completionMonthEnd, completion, paymentRules));
      }
      payments.addAll(incentives(end, lastDayInLearning));
      payments.addAll(bursary(end, lastDayInLearning));
      return payments;
    }

    private List<Payment> incentives(LocalDate end, LocalDate lastDayInLearning) {
      Apprentice apprentice = a.apprentice();
      Optional<FundingRule> ageRule = rules.find(RuleKey.INCENTIVE_AGE, start);
      Optional<FundingRule> extendedRule = rules.find(RuleKey.INCENTIVE_AGE_WITH_EHC_PLAN_OR_CARE_LEAVER, start);
      boolean young = ageRule.map(r -> r.ageRange().contains(age)).orElse(false);
      boolean extended = !young && extendedRule.map(r -> r.ageRange().contains(age)).orElse(false)
          && (apprentice.hasEhcPlan() || apprentice.careLeaver());
      if (!young && !extended) {
        return List.of();
      }
      Optional<FundingRule> consent = rules.find(RuleKey.CARE_LEAVER_NEEDS_CONSENT, start);
      boolean employerPaid = young || apprentice.hasEhcPlan() || apprentice.consentsToTellEmployer()
          || !consent.map(FundingRule::booleanValue).orElse(false);
      Optional<FundingRule> shortRule = rules.find(RuleKey.SHORT_PROGRAMME_BELOW_MONTHS, start);
      boolean shortProgramme = a.standard().foundation()
          || shortRule.map(r -> a.standard().typicalDurationMonths() < r.intValue()).orElse(false);
      Optional<FundingRule> milestones = rules.find(RuleKey.INCENTIVE_MILESTONES,
          shortProgramme ? "short-programme" : FundingRule.ANY, start);
      if (milestones.isEmpty()) {
        return List.of();
      }
      List<Payment> payments = new ArrayList<>();
      List<FundingRule> eligibility = new ArrayList<>();
      (young ? ageRule : extendedRule).ifPresent(eligibility::add);
      shortRule.filter(r -> shortProgramme).ifPresent(eligibility::add);
      if (employerPaid) {
        rules.find(RuleKey.INCENTIVE_AMOUNT, "employer", start).ifPresent(amount -> payments.addAll(milestonePayments(
            PaymentKind.EMPLOYER_INCENTIVE, amount, milestones.get(), eligibility, end, lastDayInLearning)));
      }
      rules.find(RuleKey.INCENTIVE_AMOUNT, "provider", start).ifPresent(amount -> payments.addAll(milestonePayments(
          PaymentKind.PROVIDER_INCENTIVE, amount, milestones.get(), eligibility, end, lastDayInLearning)));
      return payments;
    }

    private List<Payment> bursary(LocalDate end, LocalDate lastDayInLearning) {
      Optional<FundingRule> ageRule = rules.find(RuleKey.BURSARY_AGE, start);
      Optional<FundingRule> amount = rules.find(RuleKey.BURSARY_AMOUNT, start);
      Optional<FundingRule> milestones = rules.find(RuleKey.BURSARY_MILESTONES, start);
      if (!a.apprentice().careLeaver() || ageRule.isEmpty() || amount.isEmpty() || milestones.isEmpty()
          || !ageRule.get().ageRange().contains(age)) {
        return List.of();
      }
      BigDecimal total = amount.get().decimalValue().multiply(BigDecimal.valueOf(milestones.get().days().size()));
      FundingRule perInstalment = amount.get();
      List<Payment> payments = new ArrayList<>();
      List<Integer> days = milestones.get().days();
      List<BigDecimal> amounts = Money.spread(total, days.size());
      for (int i = 0; i < days.size(); i++) {
        LocalDate due = Schedules.milestone(start, days.get(i), progress.breaks());
        if (!due.isAfter(end) && !due.isAfter(lastDayInLearning)) {
          payments.add(new Payment(PaymentKind.CARE_LEAVER_BURSARY, due, amounts.get(i),
              List.of(perInstalment, milestones.get(), ageRule.get())));
        }
      }
      return payments;
    }

    private List<Payment> milestonePayments(PaymentKind kind, FundingRule amount, FundingRule milestones,
        List<FundingRule> eligibility, LocalDate end, LocalDate lastDayInLearning) {
      List<Integer> days = milestones.days();
      List<BigDecimal> amounts = Money.spread(amount.decimalValue(), days.size());
      List<FundingRule> used = new ArrayList<>(List.of(amount, milestones));
      used.addAll(eligibility);
      List<Payment> payments = new ArrayList<>();
      for (int i = 0; i < days.size(); i++) {
        LocalDate due = Schedules.milestone(start, days.get(i), progress.breaks());
        if (!due.isAfter(end) && !due.isAfter(lastDayInLearning)) {
          payments.add(new Payment(kind, due, amounts.get(i), used));
        }
      }
      return payments;
    }
  }
}

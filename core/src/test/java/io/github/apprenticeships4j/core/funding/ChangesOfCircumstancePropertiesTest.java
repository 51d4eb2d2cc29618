package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ChangesOfCircumstancePropertiesTest {
  private static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();

  private static Gen<List<Long>> changeSeeds() {
    return lists().of(longs().between(0, Long.MAX_VALUE / 2)).ofSizeBetween(0, 5);
  }

  /**
   * {@code base} with price changes and changes of employer made from {@code seeds}: each seed gives a kind, a day
   * from the start to the last day in learning, and a price or a new employer; one change of a kind a day.
   */
  static Progress withChanges(Apprenticeship a, Progress base, List<Long> seeds) {
    LocalDate start = a.startDate();
    LocalDate last = base.completionDate().or(base::withdrawalDate)
        .orElse(Schedules.finalPlannedEnd(a.plannedEndDate().orElseThrow(), base.breaks()));
    long span = ChronoUnit.DAYS.between(start, last) + 1;
    TreeMap<LocalDate, PriceChange> prices = new TreeMap<>();
    TreeMap<LocalDate, EmployerChange> employers = new TreeMap<>();
    for (long seed : seeds) {
      LocalDate day = start.plusDays(seed % span);
      long rest = seed / span;
      if (rest % 2 == 0) {
        long pence = (rest / 2) % 4_000_000L;
        prices.put(day, new PriceChange(day, BigDecimal.valueOf(pence, 2), BigDecimal.valueOf(pence % 50_000L, 2)));
      } else {
        long funds = (rest / 2) % 3_000_000L;
        employers.put(day, new EmployerChange(day, funds % 3 == 0 ? Employer.nonLevy()
            : Employer.levyPayer(BigDecimal.valueOf(funds, 2))));
      }
    }
    return base.withPriceChanges(prices.values()).withEmployerChanges(employers.values());
  }

  @Test
  void afterAnyChanges_everyCompletionPaysTheFundedPrice_andTheSplitAddsUp_toThePenny() {
    qt().withFixedSeed(131).withExamples(2000).forAll(FundingGen.apprenticeships(), integers().between(0, 4), integers()
        .between(0, 2000),
        changeSeeds())
        .assuming((a, kind, offset, seeds) -> kind != 2 && !CALCULATOR.calculate(a).isRejected()
            && !CALCULATOR.calculate(a, FundingGen.progressFor(a, kind, offset, offset / 5)).isRejected())
        .checkAssert((a, kind, offset, seeds) -> {
          Progress progress = withChanges(a, FundingGen.progressFor(a, kind, offset, offset / 5), seeds);
          FundingResult result = CALCULATOR.calculate(a, progress);
          assertThat(result.report().hasErrors()).as("%s", result.report()).isFalse();
          FundingBreakdown f = result.orElseThrow();
          assertThat(f.payments().fundedPriceTotal()).isEqualTo(f.fundedPrice().value());
          assertThat(f.onProgrammeTotal().value().add(f.completionAmount().value())).isEqualTo(f.fundedPrice().value());
          assertThat(f.split().total()).isEqualTo(f.fundedPrice().value());
          assertThat(f.employerPeriods()).hasSize(progress.employerChanges().size() + 1);
          assertThat(f.payments().payments()).allSatisfy(p -> {
            assertThat(p.amount().signum()).isNotNegative();
            assertThat(p.employer()).isPresent();
          });
        });
  }

  @Test
  void afterAnyChanges_aWithdrawalPaysNoMoreThanTheOnProgrammeTotal_andTheSplitAddsUp() {
    qt().withFixedSeed(132).withExamples(1000).forAll(FundingGen.apprenticeships(), integers().between(0, 2000),
        changeSeeds())
        .assuming((a, offset, seeds) -> !CALCULATOR.calculate(a).isRejected()
            && !CALCULATOR.calculate(a, FundingGen.progressFor(a, 2, offset, 0)).isRejected())
        .checkAssert((a, offset, seeds) -> {
          Progress progress = withChanges(a, FundingGen.progressFor(a, 2, offset, 0), seeds);
          FundingBreakdown f = CALCULATOR.calculate(a, progress).orElseThrow();
          assertThat(f.payments().fundedPriceTotal()).isLessThanOrEqualTo(f.onProgrammeTotal().value());
          assertThat(f.split().total()).isEqualTo(f.fundedPrice().value());
          assertThat(f.employerPeriods()).allSatisfy(e -> assertThat(e.split().employer().signum()).isNotNegative());
        });
  }

  @Test
  void anyChanges_evenOutOfPlaceOrNegative_areAnsweredWithABreakdownOrCodedErrors_neverAnException() {
    qt().withFixedSeed(133).withExamples(1000).forAll(FundingGen.apprenticeships(), integers().between(0, 4), integers()
        .between(0, 2000),
        lists().of(integers().between(-400, 2400)).ofSizeBetween(1, 4))
        .checkAssert((a, kind, offset, days) -> {
          List<PriceChange> prices = new ArrayList<>();
          List<EmployerChange> employers = new ArrayList<>();
          for (int day : days) {
            LocalDate date = a.startDate().plusDays(day);
            prices.add(new PriceChange(date, BigDecimal.valueOf(day * 7L, 1), BigDecimal.TEN));
            employers.add(new EmployerChange(date, Employer.levyPayer(BigDecimal.valueOf(day, 2).abs())));
          }
          FundingResult result = CALCULATOR.calculate(a, FundingGen.progressFor(a, kind, offset, 10)
              .withPriceChanges(prices).withEmployerChanges(employers));
          assertThat(result.isRejected()).isEqualTo(result.report().hasErrors());
          if (!result.isRejected()) {
            FundingBreakdown f = result.orElseThrow();
            assertThat(f.split().total()).isEqualTo(f.fundedPrice().value());
          }
        });
  }
}

package io.github.apprenticeships4j.core.funding;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.quicktheories.core.Gen;

/** QuickTheories generators for the funding calculator. */
public final class FundingGen {
  static final LocalDate FIRST_START = LocalDate.of(2017, 5, 1);

  private FundingGen() {}

  /** Pounds with pence, from {@code 0} to {@code maxPence / 100}. */
  static Gen<BigDecimal> pounds(long maxPence) {
    return longs().between(0, maxPence).map(p -> BigDecimal.valueOf(p, 2));
  }

  static Gen<Employer> employers() {
    return booleans().all().zip(integers().between(-1, 400), pounds(5_000_000L), (levy, headcount, funds) -> Employer
        .builder().levyPayer(levy).headcount(headcount < 0 ? OptionalInt.empty() : OptionalInt.of(headcount))
        .levyFundsAvailable(levy ? funds : BigDecimal.ZERO).build());
  }

  static Gen<StandardFunding> standards() {
    return integers().between(2, 7).zip(integers().between(3, 54), integers().between(3, 54), booleans().all(),
        (level, months, halfThousands, foundation) -> StandardFunding.builder().reference(StandardReference.parse(
            "ST0001"))
            .level(level).typicalDurationMonths(months).foundation(foundation)
            .addCap(FundingRule.builder().key(RuleKey.FUNDING_CAP).qualifier("ST0001").effectiveFrom(FIRST_START)
                .value(String.valueOf(halfThousands * 500)).basis(RuleBasis.LIBRARY_CHOICE).source("generated")
                .build())
            .build());
  }

  static Gen<Apprentice> apprentices() {
    return integers().between(14 * 366, 45 * 366).zip(booleans().all(), booleans().all(), booleans().all(),
        (days, ehc, careLeaver, consent) -> Apprentice.builder().dateOfBirth(LocalDate.of(2060, 1, 1)
            .minusDays(days)).hasEhcPlan(ehc).careLeaver(careLeaver).consentsToTellEmployer(consent).build());
  }

  /** Apprenticeships most of which the calculator accepts: starts from May 2017 to 2028, 8 to 60 months. */
  public static Gen<Apprenticeship> apprenticeships() {
    Gen<LocalDate> starts = integers().between(0, 4200).map(d -> FIRST_START.plusDays(d));
    Gen<Integer> plannedDays = integers().between(240, 1900);
    Gen<BigDecimal> training = pounds(3_500_000L);
    Gen<BigDecimal> assessment = pounds(600_000L);
    Gen<Optional<BigDecimal>> priorLearning = integers().between(-20, 100)
        .map(p -> p < 0 ? Optional.<BigDecimal>empty() : Optional.of(BigDecimal.valueOf(p)));
    Gen<Apprenticeship> base = starts.zip(plannedDays, training, assessment, priorLearning,
        (start, days, tnp1, tnp2, rpl) -> Apprenticeship.builder().startDate(start)
            .plannedEndDate(start.plusDays(days)).trainingPrice(tnp1).assessmentPrice(tnp2)
            .priorLearningPercentage(rpl).standard(Apprenticeships.ML_ENGINEER).employer(Employer.nonLevy())
            .apprentice(Apprentice.bornOn(start.minusYears(20))).build());
    return base.zip(standards(), employers(), apprentices(), (a, standard, employer,
        apprentice) -> a.withStandard(standard).withEmployer(employer)
            .withApprentice(apprentice
                .withDateOfBirth(a.startDate().minusDays(apprentice.dateOfBirth().until(LocalDate.of(2060, 1, 1))
                    .toTotalMonths() * 30))));
  }

  /** A progress for {@code a}: as planned, early or late completion, withdrawal, or a break then completion. */
  public static Progress progressFor(Apprenticeship a, int kind, int offsetDays, int breakDays) {
    LocalDate start = a.startDate();
    LocalDate end = a.plannedEndDate().orElseThrow();
    long length = start.until(end, java.time.temporal.ChronoUnit.DAYS);
    LocalDate inside = start.plusDays(Math.floorMod(offsetDays, Math.max(1, length)));
    switch (kind) {
      case 0:
        return Progress.completedOn(inside);
      case 1:
        return Progress.completedOn(end.plusDays(offsetDays));
      case 2:
        return Progress.withdrawnAfter(inside);
      case 3:
        return Progress.builder().addBreak(BreakInLearning.of(inside, inside.plusDays(breakDays + 1L)))
            .completionDate(end.plusDays(breakDays)).build();
      default:
        return Progress.asPlanned();
    }
  }

  /** Anything, valid or not: starts from 2010 to 2035, durations from -12 to 1300 months, prices with 3 decimals. */
  static Gen<Apprenticeship> anyApprenticeships() {
    Gen<LocalDate> starts = integers().between(0, 9000).map(d -> LocalDate.of(2010, 1, 1).plusDays(d));
    Gen<Integer> months = integers().between(-12, 1300);
    Gen<BigDecimal> prices = longs().between(-1_000_000L, 50_000_000L).map(p -> BigDecimal.valueOf(p, 3));
    return starts.zip(months, prices, prices, (start, duration, tnp1, tnp2) -> (Apprenticeship) Apprenticeship.builder()
        .startDate(start).plannedDurationMonths(duration).trainingPrice(tnp1).assessmentPrice(tnp2)
        .standard(Apprenticeships.ML_ENGINEER).employer(Employer.nonLevy())
        .apprentice(Apprentice.bornOn(start.minusYears(18))).build())
        .zip(standards(), employers(), apprentices(), (a, standard, employer, apprentice) -> a
            .withStandard(standard).withEmployer(employer).withApprentice(apprentice));
  }
}

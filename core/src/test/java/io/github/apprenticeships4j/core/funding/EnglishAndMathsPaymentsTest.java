package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnglishAndMathsPaymentsTest {
  private static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();

  private static EnglishAndMathsAim.Builder aim(EnglishAndMathsQualification q, LocalDate start) {
    EnglishAndMathsAim.Builder b = EnglishAndMathsAim.builder();
    b.qualification(q).startDate(start);
    return b;
  }

  private static FundingBreakdown withAims(EnglishAndMathsAim... aims) {
    return CALCULATOR.calculate(Apprenticeships.SEED.withEnglishAndMathsAims(List.of(aims))).orElseThrow();
  }

  private static List<String> codes(Apprenticeship a) {
    return CALCULATOR.validate(a).issues().stream().map(Issue::code).collect(Collectors.toList());
  }

  @Test
  void mathsAimFrom2024_isPaidItsRateInEqualMonthlyInstalments_pennyExact() {
    FundingBreakdown f = withAims(aim(EnglishAndMathsQualification.MATHS, LocalDate.of(2025, 9, 1))
        .plannedDurationMonths(12).build());

    List<Payment> payments = f.englishAndMathsPayments();
    assertThat(payments).hasSize(12);
    assertThat(payments.get(0).dueDate()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(payments.get(0).amount()).isEqualByComparingTo("60.33");
    assertThat(payments.get(11).dueDate()).isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(payments.get(11).amount()).isEqualByComparingTo("60.37");
    assertThat(f.payments().total(PaymentKind.ENGLISH_AND_MATHS)).isEqualByComparingTo("724");
    assertThat(payments.get(0).rules()).extracting(FundingRule::qualifier).containsExactly("maths");
  }

  @Test
  void aimStartingBefore2024_isPaidTheSingleRate_whateverItsQualification() {
    StandardFunding capped = StandardFunding.builder().reference(Apprenticeships.ST1398).level(6)
        .typicalDurationMonths(24).addCap(FundingRule.builder().key(RuleKey.FUNDING_CAP).qualifier("ST1398")
            .effectiveFrom(LocalDate.of(2017, 5, 1)).value("22000").basis(RuleBasis.LIBRARY_CHOICE).source("test")
            .build())
        .build();
    Apprenticeship a = Apprenticeships.SEED.withStartDate(LocalDate.of(2023, 9, 1)).withStandard(capped)
        .withEnglishAndMathsAims(aim(EnglishAndMathsQualification.GCSE_MATHS, LocalDate.of(2023, 9, 1))
            .plannedEndDate(LocalDate.of(2024, 6, 30)).build());

    FundingBreakdown f = CALCULATOR.calculate(a).orElseThrow();

    assertThat(f.englishAndMathsPayments()).hasSize(10);
    assertThat(f.payments().total(PaymentKind.ENGLISH_AND_MATHS)).isEqualByComparingTo("471");
  }

  @Test
  void eachQualification_from2024_isPaidItsOwnRate() {
    LocalDate start = LocalDate.of(2025, 9, 1);
    FundingBreakdown f = withAims(
        aim(EnglishAndMathsQualification.ENGLISH, start).plannedDurationMonths(6).build(),
        aim(EnglishAndMathsQualification.MATHS_ENTRY, start).plannedDurationMonths(6).build(),
        aim(EnglishAndMathsQualification.GCSE_ENGLISH, start).plannedDurationMonths(6).build(),
        aim(EnglishAndMathsQualification.GCSE_MATHS, start).plannedDurationMonths(6).build());

    assertThat(f.payments().total(PaymentKind.ENGLISH_AND_MATHS)).isEqualByComparingTo(
        new BigDecimal("724").add(new BigDecimal("941")).add(new BigDecimal("864")).add(new BigDecimal("864")));
  }

  @Test
  void englishAndMathsPayments_stayOutsideTheFundedPriceAndItsSplit() {
    FundingBreakdown plain = CALCULATOR.calculate(Apprenticeships.SEED).orElseThrow();
    FundingBreakdown f = withAims(aim(EnglishAndMathsQualification.ENGLISH, LocalDate.of(2025, 9, 1))
        .plannedDurationMonths(12).build());

    assertThat(f.split()).isEqualTo(plain.split());
    assertThat(f.payments().fundedPriceTotal()).isEqualByComparingTo(f.fundedPrice().value());
    assertThat(PaymentKind.ENGLISH_AND_MATHS.isFromFundedPrice()).isFalse();
  }

  @Test
  void aimWithinOneMonth_isPaidOnceAtTheEndOfThatMonth() {
    FundingBreakdown f = withAims(aim(EnglishAndMathsQualification.ENGLISH, LocalDate.of(2025, 10, 2))
        .plannedEndDate(LocalDate.of(2025, 10, 20)).build());

    assertThat(f.englishAndMathsPayments()).singleElement().satisfies(p -> {
      assertThat(p.dueDate()).isEqualTo(LocalDate.of(2025, 10, 31));
      assertThat(p.amount()).isEqualByComparingTo("724");
    });
  }

  @Test
  void withdrawalAfterTheQualifyingPeriod_keepsTheInstalmentsDueUpToIt() {
    FundingBreakdown f = withAims(aim(EnglishAndMathsQualification.MATHS, LocalDate.of(2025, 9, 1))
        .plannedDurationMonths(12).withdrawalDate(LocalDate.of(2025, 12, 15)).build());

    assertThat(f.englishAndMathsPayments()).extracting(Payment::dueDate).containsExactly(LocalDate.of(2025, 9, 30),
        LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 30));
  }

  @Test
  void withdrawalBeforeTheQualifyingPeriod_paysNothing() {
    FundingBreakdown f = withAims(aim(EnglishAndMathsQualification.MATHS, LocalDate.of(2025, 9, 1))
        .plannedDurationMonths(12).withdrawalDate(LocalDate.of(2025, 10, 10)).build());

    assertThat(f.englishAndMathsPayments()).isEmpty();
  }

  @Test
  void withdrawalWithinTheFirstMonthOfAShortAim_paysTheFirstInstalment() {
    FundingBreakdown f = withAims(aim(EnglishAndMathsQualification.ENGLISH, LocalDate.of(2025, 9, 10))
        .plannedEndDate(LocalDate.of(2025, 10, 15)).withdrawalDate(LocalDate.of(2025, 9, 28)).build());

    assertThat(f.englishAndMathsPayments()).singleElement().satisfies(p -> {
      assertThat(p.dueDate()).isEqualTo(LocalDate.of(2025, 9, 30));
      assertThat(p.amount()).isEqualByComparingTo("724");
    });
  }

  @Test
  void apprenticeshipWithdrawingBeforeItsQualifyingPeriod_stillPaysItsAims_asTheirOwnDatesSay() {
    Apprenticeship a = Apprenticeships.SEED.withEnglishAndMathsAims(List.of(aim(EnglishAndMathsQualification.MATHS,
        LocalDate.of(2025, 9, 1)).plannedDurationMonths(12).build()));
    FundingBreakdown early = CALCULATOR.calculate(a, Progress.withdrawnAfter(LocalDate.of(2025, 9, 20)))
        .orElseThrow();
    FundingBreakdown late = CALCULATOR.calculate(a, Progress.withdrawnAfter(LocalDate.of(2026, 3, 20)))
        .orElseThrow();
    assertThat(early.payments().total(PaymentKind.ENGLISH_AND_MATHS)).isEqualByComparingTo("724.00");
    assertThat(late.payments().total(PaymentKind.ENGLISH_AND_MATHS)).isEqualByComparingTo("724.00");
    assertThat(early.payments().fundedPriceTotal()).isEqualByComparingTo("0");
  }

  @Test
  void aimEndingCenturiesLater_isRejectedAsTooLong_notPaidMonthByMonth() {
    Apprenticeship a = Apprenticeships.SEED.withEnglishAndMathsAims(List.of(aim(EnglishAndMathsQualification.MATHS,
        LocalDate.of(2025, 9, 1)).plannedEndDate(LocalDate.of(99999, 1, 1)).build()));
    assertThat(codes(a)).containsExactly(FundingCodes.DURATION_TOO_LONG);
  }

  @Test
  void aimWithoutEnd_isRejected_atItsPath() {
    Apprenticeship a = Apprenticeships.SEED.withEnglishAndMathsAims(
        aim(EnglishAndMathsQualification.MATHS, LocalDate.of(2025, 9, 1)).build());

    FundingResult result = CALCULATOR.calculate(a);

    assertThat(result.isRejected()).isTrue();
    assertThat(result.report().issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(FundingCodes.END_MISSING);
      assertThat(i.path()).isEqualTo("englishAndMathsAims[0].plannedEndDate");
    });
  }

  @Test
  void aimWithBadDates_isRejectedWithTheCodeOfEachDefect() {
    LocalDate start = LocalDate.of(2025, 9, 1);
    assertThat(codes(Apprenticeships.SEED.withEnglishAndMathsAims(aim(EnglishAndMathsQualification.MATHS, start)
        .plannedEndDate(start).build()))).containsExactly(FundingCodes.DURATION_NOT_POSITIVE);
    assertThat(codes(Apprenticeships.SEED.withEnglishAndMathsAims(aim(EnglishAndMathsQualification.MATHS, start)
        .plannedDurationMonths(0).build()))).containsExactly(FundingCodes.DURATION_NOT_POSITIVE);
    assertThat(codes(Apprenticeships.SEED.withEnglishAndMathsAims(aim(EnglishAndMathsQualification.MATHS, start)
        .plannedDurationMonths(1201).build()))).containsExactly(FundingCodes.DURATION_TOO_LONG);
    assertThat(codes(Apprenticeships.SEED.withEnglishAndMathsAims(aim(EnglishAndMathsQualification.MATHS, start)
        .plannedDurationMonths(6).plannedEndDate(start.plusMonths(7)).build())))
        .containsExactly(FundingCodes.END_CONFLICT);
    assertThat(codes(Apprenticeships.SEED.withEnglishAndMathsAims(aim(EnglishAndMathsQualification.MATHS, start)
        .plannedDurationMonths(6).withdrawalDate(start.minusDays(1)).build())))
        .containsExactly(FundingCodes.PROGRESS_BEFORE_START);
    assertThat(codes(Apprenticeships.SEED.withEnglishAndMathsAims(aim(EnglishAndMathsQualification.MATHS,
        LocalDate.of(2017, 4, 1)).plannedDurationMonths(6).build()))).containsExactly(FundingCodes.RULES_MISSING);
  }

  @Test
  void aimWithDurationAndMatchingEnd_isAccepted() {
    LocalDate start = LocalDate.of(2025, 9, 1);
    assertThat(codes(Apprenticeships.SEED.withEnglishAndMathsAims(aim(EnglishAndMathsQualification.MATHS, start)
        .plannedDurationMonths(6).plannedEndDate(LocalDate.of(2026, 2, 28)).build()))).isEmpty();
  }

  @Test
  void qualifiers_areThoseOfTheRateRules() {
    for (EnglishAndMathsQualification q : EnglishAndMathsQualification.values()) {
      assertThat(EnglishAndMathsQualification.findByQualifier(q.qualifier())).contains(q);
      assertThat(FundingRules.defaults().find(RuleKey.ENGLISH_AND_MATHS_RATE, q.qualifier(), LocalDate.of(2024, 1, 1))
          .map(FundingRule::qualifier)).contains(q.qualifier());
    }
    assertThat(EnglishAndMathsQualification.findByQualifier("science")).isEmpty();
  }
}

package io.github.apprenticeships4j.core.funding;

import static io.github.apprenticeships4j.core.funding.Apprenticeships.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta constraints on the calculator's inputs, reported by {@link FundingCalculator#validate} as
 * {@link Issue}s with the library's codes, the property path and the rejected value.
 */
class FundingConstraintsTest {
  static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();

  @Test
  void theSeedCase_breaksNoConstraint() {
    assertThat(CALCULATOR.validate(SEED).issues()).isEmpty();
  }

  @Test
  void everyConstraint_isAnErrorWithItsCodePathAndValue() {
    Apprenticeship bad = SEED
        .withTrainingPrice(new BigDecimal("-5"))
        .withPriorLearningPercentage(new BigDecimal("100.5"))
        .withEmployer(Employer.builder().levyPayer(true).headcount(-3).levyFundsAvailable(new BigDecimal("-1"))
            .build())
        .withStandard(Apprenticeships.ML_ENGINEER.withLevel(9).withTypicalDurationMonths(-1));

    ValidationReport report = CALCULATOR.validate(bad);

    assertThat(report.issues()).filteredOn(i -> !i.code().startsWith("funding.cap"))
        .extracting(Issue::severity, Issue::code, Issue::path, i -> i.rejectedValue().orElse(""))
        .contains(
            tuple(Severity.ERROR, "funding.price.negative", "trainingPrice", "-5"),
            tuple(Severity.ERROR, "funding.prior-learning.range", "priorLearningPercentage", "100.5"),
            tuple(Severity.ERROR, "funding.headcount.negative", "employer.headcount", "-3"),
            tuple(Severity.ERROR, "funding.levy-funds.negative", "employer.levyFundsAvailable", "-1"),
            tuple(Severity.ERROR, "standard.level.range", "standard.level", "9"),
            tuple(Severity.ERROR, "standard.duration.range", "standard.typicalDurationMonths", "-1"));
    assertThat(report.issues()).extracting(Issue::message).contains(
        "price must not be negative", "prior learning must be a percentage from 0 to 100",
        "headcount must not be negative");
  }

  @Test
  void priorLearning_fromZeroToHundred_isAccepted_andBelowZeroIsNot() {
    assertThat(CALCULATOR.validate(SEED.withPriorLearningPercentage(BigDecimal.ZERO)).issues()).isEmpty();
    assertThat(CALCULATOR.validate(SEED.withPriorLearningPercentage(new BigDecimal("100"))).hasErrors()).isFalse();
    assertThat(CALCULATOR.calculate(SEED.withPriorLearningPercentage(new BigDecimal("-0.1"))).report().issues())
        .extracting(Issue::code).containsExactly("funding.prior-learning.range");
  }

  @Test
  void aHeadcountOfZero_isAccepted() {
    assertThat(CALCULATOR.validate(SEED.withEmployer(Employer.builder().levyPayer(false).headcount(0).build()))
        .hasErrors()).isFalse();
  }

  @Test
  void aBadApprenticeship_checkedAgain_givesTheSameLocatedFindings_andIsStillRejected() {
    Apprenticeship bad = SEED.withTrainingPrice(new BigDecimal("-5"));

    ValidationReport first = CALCULATOR.validate(bad);
    FundingResult result = CALCULATOR.calculate(bad);

    assertThat(result.isRejected()).isTrue();
    assertThat(result.report().issues()).isEqualTo(first.issues()).extracting(Issue::code, Issue::path)
        .contains(tuple("funding.price.negative", "trainingPrice"));
    assertThat(CALCULATOR.validate(bad).issues()).isEqualTo(first.issues());
    assertThat(CALCULATOR.validate(SEED.withTrainingPrice(new BigDecimal("-5"))).issues())
        .isEqualTo(first.issues());
  }
}

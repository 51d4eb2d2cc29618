package io.github.apprenticeships4j.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityThresholdsTest {
  static Optional<AchievementRate> rate(String published) {
    return Optional.of(AchievementRate.builder().publishedRate(published).build());
  }

  @Test
  void defaults_are65_75_80() {
    QualityThresholds defaults = QualityThresholds.defaults();

    assertThat(defaults.baseline()).isEqualByComparingTo("65");
    assertThat(defaults.strong()).isEqualByComparingTo("75");
    assertThat(defaults.employerSatisfaction()).isEqualByComparingTo("80");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({"64.9,BELOW_BASELINE", "65,BELOW_BASELINE", "65.01,BASELINE", "75,BASELINE", "75.1,STRONG",
      "100,STRONG", "x,NO_DATA"})
  void assess_levelIsStrictlyAboveEachThreshold(String published, QualityAssessment.Level expected) {
    QualityAssessment assessment = QualityThresholds.defaults().assess(rate(published), Optional.empty(),
        Optional.empty());

    assertThat(assessment.level()).isEqualTo(expected);
    assertThat(assessment.differenceFromNational()).isEmpty();
    assertThat(assessment.satisfaction()).isEqualTo(QualityAssessment.Satisfaction.NO_DATA);
  }

  @Test
  void assess_withoutRate_isNoDataAndBandNone() {
    QualityAssessment assessment = QualityThresholds.defaults().assess(Optional.empty(), rate("60"),
        Optional.empty());

    assertThat(assessment.level()).isEqualTo(QualityAssessment.Level.NO_DATA);
    assertThat(assessment.band()).isEqualTo(AchievementBand.NONE);
    assertThat(assessment.isAboveNational()).isFalse();
  }

  @Test
  void assess_comparesWithTheNationalRate_inPercentagePoints() {
    QualityAssessment above = QualityThresholds.defaults().assess(rate("71.5"), rate("60.2"), Optional.empty());
    QualityAssessment below = QualityThresholds.defaults().assess(rate("55"), rate("60.2"), Optional.empty());

    assertThat(above.differenceFromNational()).contains(new BigDecimal("11.3"));
    assertThat(above.isAboveNational()).isTrue();
    assertThat(above.band()).isEqualTo(AchievementBand.EXCELLENT);
    assertThat(below.differenceFromNational()).contains(new BigDecimal("-5.2"));
    assertThat(below.isAboveNational()).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({"80,NOT_ABOVE_THRESHOLD", "80.5,ABOVE_THRESHOLD", "79,NOT_ABOVE_THRESHOLD"})
  void assess_employerSatisfaction_isStrictlyAbove80(String satisfaction,
      QualityAssessment.Satisfaction expected) {
    QualityAssessment assessment = QualityThresholds.defaults().assess(rate("70"), Optional.empty(),
        Optional.of(new BigDecimal(satisfaction)));

    assertThat(assessment.satisfaction()).isEqualTo(expected);
  }

  @Test
  void thresholds_areConfigurable() {
    QualityThresholds strict = QualityThresholds.defaults().withBaseline(new BigDecimal("70"))
        .withStrong(new BigDecimal("85"));

    assertThat(strict.assess(rate("80"), Optional.empty(), Optional.empty()).level())
        .isEqualTo(QualityAssessment.Level.BASELINE);
    assertThat(QualityThresholds.defaults().assess(rate("80"), Optional.empty(), Optional.empty()).level())
        .isEqualTo(QualityAssessment.Level.STRONG);
  }

  @Test
  void thresholds_outOfRangeOrStrongBelowBaseline_areRefused() {
    InvalidValueException range = catchThrowableOfType(InvalidValueException.class,
        () -> QualityThresholds.defaults().withEmployerSatisfaction(new BigDecimal("101")));
    InvalidValueException order = catchThrowableOfType(InvalidValueException.class,
        () -> QualityThresholds.defaults().withStrong(new BigDecimal("60")));

    assertThat(range.issue().code()).isEqualTo(ProviderCodes.QUALITY_THRESHOLDS_RANGE);
    assertThat(order.issue().code()).isEqualTo(ProviderCodes.QUALITY_THRESHOLDS_RANGE);
    assertThat(order.issue().path()).isEqualTo("strong");
  }
}

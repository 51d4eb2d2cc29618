package io.github.apprenticeships4j.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AchievementRateTest {
  static AchievementRate rate(String published) {
    return AchievementRate.builder().ukprn(Ukprn.of(10_000_560L)).standard(StandardReference.parse("ST1398"))
        .period("2324").publishedLeavers("25").publishedRate(published).build();
  }

  @Test
  void numericRate_hasPercentLeaversAndOfficialBand() {
    AchievementRate rate = rate("69.9");

    assertThat(rate.percent()).contains(new BigDecimal("69.9"));
    assertThat(rate.leavers()).hasValue(25);
    assertThat(rate.band()).isEqualTo(AchievementBand.GOOD);
    assertThat(rate.isSuppressed()).isFalse();
    assertThat(rate.isNational()).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"x", "c", "low", "-", "*"})
  void suppressedRate_hasNoPercent_andBandNone(String published) {
    AchievementRate rate = rate(published);

    assertThat(rate.isSuppressed()).isTrue();
    assertThat(rate.percent()).isEmpty();
    assertThat(rate.band()).isEqualTo(AchievementBand.NONE);
  }

  @Test
  void missingRate_isNotSuppressed_andBandNone() {
    AchievementRate rate = AchievementRate.builder().publishedLeavers("x").build();

    assertThat(rate.isSuppressed()).isFalse();
    assertThat(rate.percent()).isEmpty();
    assertThat(rate.leavers()).isEmpty();
    assertThat(rate.band()).isEqualTo(AchievementBand.NONE);
    assertThat(rate.isNational()).isTrue();
  }

  @Test
  void hundredPointZero_isAHundredPercent_butOfficiallyVeryPoor() {
    AchievementRate rate = rate("100.0");

    assertThat(rate.percent()).contains(new BigDecimal("100.0"));
    assertThat(rate.band()).isEqualTo(AchievementBand.VERY_POOR);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"100.1", "101", "250"})
  void rateAboveHundred_isRefused_withStableCode(String published) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> rate(published));

    assertThat(e.issue().code()).isEqualTo(ProviderCodes.ACHIEVEMENT_RATE_RANGE);
    assertThat(e.issue().path()).isEqualTo("publishedRate");
  }
}

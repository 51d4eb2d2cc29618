package io.github.apprenticeships4j.core.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AchievementBandTest {
  /** The boundaries of issue #6 and FAT's string-comparison edge cases; "NULL" stands for no value. */
  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "69.9|GOOD", "70|EXCELLENT", "70.1|EXCELLENT", "59.99|POOR", "60|GOOD", "50|POOR", "49.9|VERY_POOR",
      "69.99|GOOD", "0|VERY_POOR", "99.9|EXCELLENT",
      "NULL|NONE", "x|NONE", "low|NONE", "c|NONE", "-|NONE", "' 70'|NONE", "'70 '|NONE", "70%|NONE",
      "100|EXCELLENT", "100.0|VERY_POOR", "100.00|VERY_POOR",
      "5|VERY_POOR", "6|POOR", "7|GOOD", "8|EXCELLENT", "9.5|EXCELLENT",
      "''|VERY_POOR", ".|VERY_POOR", "070|VERY_POOR"})
  void official_reproducesFatsStringComparison(String published, AchievementBand expected) {
    assertThat(AchievementBand.official(published)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "69.9|GOOD", "70|EXCELLENT", "70.1|EXCELLENT", "59.99|POOR", "60|GOOD", "50|POOR", "49.99|VERY_POOR",
      "100|EXCELLENT", "100.0|EXCELLENT", "7|VERY_POOR", "0|VERY_POOR"})
  void ofPercent_comparesNumbers(String percent, AchievementBand expected) {
    assertThat(AchievementBand.ofPercent(new BigDecimal(percent))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"10", "49.9", "50", "59.99", "60", "69.9", "69.99", "70", "70.1", "85.25", "99.99", "100"})
  void officialAndNumeric_agreeOnTwoDigitRatesAndOnHundred(String published) {
    assertThat(AchievementBand.official(published)).isEqualTo(AchievementBand.ofPercent(new BigDecimal(published)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"Excellent,EXCELLENT", "verypoor,VERY_POOR", "None,NONE", "' Good ',GOOD"})
  void tryParse_ignoresCaseOfTheOfficialName(String name, AchievementBand expected) {
    assertThat(AchievementBand.tryParse(name)).contains(expected);
    assertThat(expected.officialName()).isEqualToIgnoringCase(name.strip());
  }
}

package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApprenticeshipLevelTest {

  @ParameterizedTest(name = "[{index}] level {0}: {1}, {2}")
  @CsvSource(delimiter = '|', value = {
      "2|Intermediate|GCSE",
      "3|Advanced|A level",
      "4|Higher|Higher national certificate (HNC)",
      "5|Higher|Foundation degree or higher national diploma (HND)",
      "6|Degree|Bachelor's degree",
      "7|Degree|Master's degree"})
  void of_givesTheLevel_withItsNameAndEquivalent(int number, String name, String equivalent) {
    ApprenticeshipLevel level = ApprenticeshipLevel.of(number).orElseThrow();

    assertThat(level.number()).isEqualTo(number);
    assertThat(level.name()).isEqualTo("LEVEL_" + number);
    assertThat(level.displayName()).isEqualTo(name);
    assertThat(level.equivalentEducationLevel()).isEqualTo(equivalent);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, 8, 9, Integer.MAX_VALUE})
  void of_isEmptyOutsideTwoToSeven(int number) {
    assertThat(ApprenticeshipLevel.of(number)).isEmpty();
  }

  @Test
  void describe_namesNumberNameAndEquivalent() {
    assertThat(ApprenticeshipLevel.LEVEL_6.describe()).isEqualTo("Level 6 (Degree, equivalent to Bachelor's degree)");
  }
}

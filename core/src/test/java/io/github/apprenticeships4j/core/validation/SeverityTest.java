package io.github.apprenticeships4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {

  @ParameterizedTest(name = "[{index}] {0} at least {1}: {2}")
  @CsvSource({
      "INFO, INFO, true",
      "INFO, WARNING, false",
      "WARNING, INFO, true",
      "WARNING, ERROR, false",
      "ERROR, WARNING, true",
      "ERROR, ERROR, true",
      "ERROR, FATAL, false",
      "FATAL, ERROR, true",
      "FATAL, INFO, true"})
  void isAtLeast_followsTheOrderOfSeriousness(Severity severity, Severity other, boolean expected) {
    assertThat(severity.isAtLeast(other)).isEqualTo(expected);
  }

  @Test
  void values_areDeclaredInIncreasingSeriousness() {
    assertThat(Severity.values()).containsExactly(Severity.INFO, Severity.WARNING, Severity.ERROR, Severity.FATAL);
  }
}

package io.github.apprenticeships4j.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UkprnTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(longs = {10_000_000L, 10_000_560L, 90_000_312L, 99_999_999L})
  void of_acceptsEightDigits(long value) {
    assertThat(Ukprn.of(value).value()).isEqualTo(value);
    assertThat(Ukprn.of(value).toString()).isEqualTo(Long.toString(value));
    assertThat(Ukprn.parse(" " + value + " ")).isEqualTo(Ukprn.of(value));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(longs = {0, -1, 9_999_999L, 100_000_000L, Long.MIN_VALUE, Long.MAX_VALUE})
  void of_rejectsOutOfRange_withStableCode(long value) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Ukprn.of(value));

    assertThat(e.issue().code()).isEqualTo("ukprn.range").isEqualTo(Ukprn.RANGE_CODE);
    assertThat(e.issue().rejectedValue()).contains(Long.toString(value));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "-", "1000056", "100005600", "1000056x", "+10000560", "1e7", "09999999", "１0000560"})
  void parse_rejectsWhatIsNotEightDigitsInRange(String text) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Ukprn.parse(text));

    assertThat(e.issue().code()).isEqualTo(Ukprn.RANGE_CODE);
    assertThat(e.issue().rejectedValue()).contains(text);
  }

  @Test
  void equalsHashCodeAndOrder_followTheNumber() {
    assertThat(Ukprn.of(10_000_560L)).isEqualTo(Ukprn.parse("10000560")).hasSameHashCodeAs(Ukprn.of(10_000_560L))
        .isNotEqualTo(Ukprn.of(10_000_948L)).isLessThan(Ukprn.of(10_000_948L));
  }
}

package io.github.apprenticeships4j.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UkprnTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"10000000", "10000055", " 99999999 "})
  void parse_acceptsEightDigitsInRange(String text) {
    assertThat(Ukprn.parse(text).toString()).isEqualTo(text.strip());
    assertThat(Ukprn.check(text).isEmpty()).isTrue();
    assertThat(Ukprn.tryParse(text)).isPresent();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"09999999", "1000000", "100000000", "1000000a", "-1000000", "10 00000"})
  void parse_rejectsOtherText_withFormatCode(String text) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Ukprn.parse(text));

    assertThat(e.issue().code()).isEqualTo(ProviderCodes.UKPRN_FORMAT);
    assertThat(Ukprn.check(text).issues()).extracting(Issue::code).containsExactly(ProviderCodes.UKPRN_FORMAT);
    assertThat(Ukprn.isValid(text)).isFalse();
  }

  @Test
  void blank_isRequired() {
    assertThat(Ukprn.check(" ").issues()).extracting(Issue::code).containsExactly(ProviderCodes.UKPRN_REQUIRED);
  }

  @Test
  void of_checksTheRange() {
    assertThat(Ukprn.of(10_000_055L).value()).isEqualTo(10_000_055);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Ukprn.of(9_999_999L)).issue().code())
        .isEqualTo(ProviderCodes.UKPRN_FORMAT);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Ukprn.of(100_000_000L)).issue().code())
        .isEqualTo(ProviderCodes.UKPRN_FORMAT);
    assertThat(Ukprn.of(10_000_000L)).isLessThan(Ukprn.of(10_000_001L)).isEqualTo(Ukprn.parse("10000000"));
  }
}

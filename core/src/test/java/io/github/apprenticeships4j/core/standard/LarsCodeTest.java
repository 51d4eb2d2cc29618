package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LarsCodeTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(ints = {1, 80, 795, 99_999})
  void of_acceptsOneTo99999(int value) {
    assertThat(LarsCode.of(value).value()).isEqualTo(value);
    assertThat(LarsCode.of(value).toString()).isEqualTo(Integer.toString(value));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(ints = {0, -1, 100_000, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void of_rejectsOutOfRange_withStableCode(int value) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> LarsCode.of(value));

    assertThat(e).isNotNull();
    assertThat(e.issue().code()).isEqualTo("standard.lars-code.range").isEqualTo(StandardCodes.LARS_CODE_RANGE);
    assertThat(e.issue().rejectedValue()).contains(Integer.toString(value));
  }

  @Test
  void parse_readsDigits_ignoringSurroundingSpace() {
    assertThat(LarsCode.parse("795")).isEqualTo(LarsCode.of(795));
    assertThat(LarsCode.parse(" 805 ")).isEqualTo(LarsCode.of(805));
    assertThat(LarsCode.parse("00080")).isEqualTo(LarsCode.of(80));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", " ", "0", "00000", "-1", "+5", "100000", "000001", "7a", "7 9", "1.0", "TBC"})
  void parse_rejectsWhatIsNotALarsCode_withStableCode(String text) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> LarsCode.parse(text));

    assertThat(e).isNotNull();
    assertThat(e.issue().code()).isEqualTo(StandardCodes.LARS_CODE_RANGE);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"795", " 1 ", "99999", "", "0", "00000", "100000", "-1", "7a", "７９５"})
  void isValid_check_andTryParse_agreeWithParse(String text) {
    boolean parses = catchThrowableOfType(InvalidValueException.class, () -> LarsCode.parse(text)) == null;

    assertThat(LarsCode.isValid(text)).isEqualTo(parses);
    assertThat(LarsCode.tryParse(text).map(LarsCode::value)).isEqualTo(parses ? Optional.of(Integer.parseInt(text
        .strip())) : Optional.empty());
    assertThat(LarsCode.check(text).issues()).extracting(Issue::code)
        .isEqualTo(parses ? List.of() : List.of(StandardCodes.LARS_CODE_RANGE));
  }

  @Test
  void compareTo_andEquals_followTheNumber() {
    assertThat(LarsCode.of(80)).isLessThan(LarsCode.of(795));
    assertThat(LarsCode.of(795)).isEqualTo(LarsCode.parse("795")).hasSameHashCodeAs(LarsCode.parse("795"))
        .isNotEqualTo(LarsCode.of(796));
  }
}

package io.github.apprenticeships4j.core.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UlnPropertiesTest {

  @Test
  void nineDigitsPlusTheirCheckDigit_isValid_andNoOtherLastDigitIs() {
    qt().forAll(integers().between(100_000_000, 999_999_999)).checkAssert(prefix -> {
      String nine = Integer.toString(prefix);
      OptionalInt check = Uln.checkDigit(nine);
      for (int last = 0; last <= 9; last++) {
        boolean expected = check.isPresent() && check.getAsInt() == last;
        assertThat(Uln.isValid(nine + last)).as(nine + last).isEqualTo(expected);
      }
    });
  }

  @Test
  void anyValidUln_withOneDigitChanged_failsTheCheck() {
    qt().forAll(integers().between(100_000_000, 999_999_999), integers().between(0, 9), integers().between(1, 9))
        .assuming((prefix, position, delta) -> Uln.checkDigit(Integer.toString(prefix)).isPresent())
        .checkAssert((prefix, position, delta) -> {
          String valid = prefix + Integer.toString(Uln.checkDigit(Integer.toString(prefix)).getAsInt());
          char[] digits = valid.toCharArray();
          digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
          String changed = new String(digits);
          assertThat(Uln.isValid(valid)).isTrue();
          assertThat(Uln.isValid(changed)).as(valid + " -> " + changed).isFalse();
          assertThat(Uln.passesIlrUln04(changed)).isEqualTo(changed.equals(Uln.ILR_TEMPORARY));
        });
  }

  @Test
  void serviceCheck_andIlrUln04_agree_onTenDigitNumbers() {
    qt().forAll(integers().between(100_000_000, 999_999_999), integers().between(0, 9))
        .checkAssert((prefix, last) -> {
          String uln = String.format(Locale.ROOT, "%d%d", prefix, last);
          assertThat(Uln.passesIlrUln04(uln)).isEqualTo(Uln.isValid(uln) || uln.equals(Uln.ILR_TEMPORARY));
        });
  }
}

package io.github.apprenticeships4j.core.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UlnTest {

  /** The ILR vectors (shared/data/ilr-validation, copied with its SOURCE.md). */
  @ParameterizedTest(name = "[{index}] {0} DD01={1} ULN_04 error={2}")
  @CsvFileSource(resources = "/ilr-validation/uln-checksum-test-vectors.csv", numLinesToSkip = 1)
  void ilrVectors_dd01AndUln04(String uln, String dd01, boolean uln04Error, String provenance) {
    assertThat(Uln.ilrDerivedData01(uln)).as(provenance).isEqualTo(dd01);
    assertThat(Uln.passesIlrUln04(uln)).as(provenance).isEqualTo(!uln04Error);
  }

  @ParameterizedTest(name = "[{index}] {0} DD01={1}")
  @CsvFileSource(resources = "/ilr-validation/uln-checksum-test-vectors.csv", numLinesToSkip = 1)
  void ilrVectors_agreeWithTheServiceCheck_exceptTheTemporaryUln(String uln, String dd01, boolean uln04Error) {
    boolean serviceValid = Uln.isValid(uln);
    if (uln.equals(Uln.ILR_TEMPORARY)) {
      assertThat(serviceValid).isFalse(); // the ILR accepts it, the apprenticeship service does not
    } else {
      assertThat(serviceValid).isEqualTo(!uln04Error);
    }
  }

  /** The worked examples of the research note (the service's own unit tests and computed sums). */
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({
      "1748529632, ok", "1748529631, learner.uln.check-digit", "1748529633, learner.uln.check-digit",
      "9999999999, learner.uln.check-digit",
      "12345678901, learner.uln.format", "123456789, learner.uln.format", "ABC4567890, learner.uln.format",
      "-174852963, learner.uln.format",
      "9999999998, ok", "1000000000, ok", "8652496047, ok", "6347198567, ok", "9105106906, ok",
      "9105106905, learner.uln.check-digit", "0112233669, learner.uln.format", "1234567890, learner.uln.check-digit",
      "5166282108, learner.uln.check-digit"})
  void check_workedExamples(String uln, String expected) {
    assertThat(Uln.check(uln).issues()).extracting(Issue::code)
        .containsExactlyElementsOf(expected.equals("ok") ? java.util.List.of() : java.util.List.of(expected));
    assertThat(Uln.isValid(uln)).isEqualTo(expected.equals("ok"));
  }

  @Test
  void parse_and_of_giveTheSameValue() {
    assertThat(Uln.parse(" 1748529632 ")).isEqualTo(Uln.of(1_748_529_632L)).hasToString("1748529632");
    assertThat(Uln.parse("1748529632").value()).isEqualTo(1_748_529_632L);
    assertThat(Uln.tryParse("1748529631")).isEmpty();
    assertThat(Uln.tryParse("1748529632")).contains(Uln.of(1_748_529_632L));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "  ", "0112233669", "17485296320", "174852963a", "１７４８５２９６３２"})
  void parse_rejectsMalformed_withStableCode(String text) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Uln.parse(text));

    assertThat(e).isNotNull();
    assertThat(e.issue().code()).isIn(LearnerCodes.ULN_REQUIRED, LearnerCodes.ULN_FORMAT);
  }

  @Test
  void of_rejectsAWrongCheckDigit_andNumbersOfOtherLengths() {
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Uln.of(1_748_529_631L)).issue().code())
        .isEqualTo(LearnerCodes.ULN_CHECK_DIGIT);
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Uln.of(999_999_999L)).issue().code())
        .isEqualTo(LearnerCodes.ULN_FORMAT);
  }

  @Test
  void checkDigit_ofAPrefix() {
    assertThat(Uln.checkDigit("174852963")).hasValue(2);
    assertThat(Uln.checkDigit("100000000")).hasValue(0);
    assertThat(Uln.checkDigit("100000006")).isEmpty(); // 1000000063 is DD01 'N': sum of nine digits ≡ 0 (mod 11)
  }

  @Test
  void compareTo_followsTheNumber() {
    assertThat(Uln.of(1_000_000_000L)).isLessThan(Uln.of(1_748_529_632L));
  }
}

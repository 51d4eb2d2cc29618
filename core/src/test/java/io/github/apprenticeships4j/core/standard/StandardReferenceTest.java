package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardReferenceTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "ST1398|ST1398",
      "FA0005|FA0005",
      "FA0005 |FA0005",
      " st1398|ST1398",
      "\tSt0118\t|ST0118",
      "fa0001|FA0001",
      "ST0000|ST0000"})
  void parse_normalisesCaseAndSurroundingSpace(String text, String canonical) {
    StandardReference reference = StandardReference.parse(text);

    assertThat(reference.value()).isEqualTo(canonical);
    assertThat(reference.toString()).isEqualTo(canonical);
    assertThat(reference).isEqualTo(StandardReference.parse(canonical)).hasSameHashCodeAs(StandardReference.parse(
        canonical));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", " ", "ST", "ST139", "ST13980", "AU0001", "ST 1398", "S T1398", "ST13a8", "1398",
      "STST1398", "ST-1398", "ST１３９８", "ſt1398", "\uFB061398"})
  void parse_rejectsMalformed_withStableCode(String text) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> StandardReference.parse(text));

    assertThat(e).isNotNull();
    assertThat(e.issue().code()).isEqualTo("standard.reference.format").isEqualTo(StandardCodes.REFERENCE_FORMAT);
    assertThat(e.issue().severity()).isEqualTo(Severity.ERROR);
    assertThat(e.issue().rejectedValue()).contains(text);
  }

  @Test
  void tryParse_givesEmptyForMalformed_andTheReferenceOtherwise() {
    assertThat(StandardReference.tryParse("ST13")).isEmpty();
    assertThat(StandardReference.tryParse(" fa0005 ")).contains(StandardReference.parse("FA0005"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"ST1398", " fa0005 ", "", "ST13", "ST13980", "ſt1398"})
  void isValid_check_andTryParse_agreeWithParse(String text) {
    boolean parses = catchThrowableOfType(InvalidValueException.class, () -> StandardReference.parse(text)) == null;

    assertThat(StandardReference.isValid(text)).isEqualTo(parses);
    assertThat(StandardReference.tryParse(text).isPresent()).isEqualTo(parses);
    assertThat(StandardReference.check(text).issues()).extracting(Issue::code)
        .isEqualTo(parses ? List.of() : List.of(StandardCodes.REFERENCE_FORMAT));
  }

  @Test
  void isFoundationApprenticeship_isTrueForFaOnly() {
    assertThat(StandardReference.parse("FA0005").isFoundationApprenticeship()).isTrue();
    assertThat(StandardReference.parse("ST1398").isFoundationApprenticeship()).isFalse();
  }

  @Test
  void compareTo_ordersByCanonicalText() {
    assertThat(StandardReference.parse("FA9999")).isLessThan(StandardReference.parse("st0001"));
    assertThat(StandardReference.parse("ST0118")).isLessThan(StandardReference.parse("ST1398"));
    assertThat(StandardReference.parse("st1398")).isEqualByComparingTo(StandardReference.parse("ST1398"));
  }
}

package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardVersionTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}.{2}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "1.0|1|0",
      "0.0|0|0",
      "1.10|1|10",
      " 2.3 |2|3",
      "01.02|1|2",
      "1000000.2147483647|1000000|2147483647"})
  void parse_readsMajorAndMinor(String text, int major, int minor) {
    StandardVersion version = StandardVersion.parse(text);

    assertThat(version.major()).isEqualTo(major);
    assertThat(version.minor()).isEqualTo(minor);
    assertThat(version).isEqualTo(StandardVersion.of(major, minor));
    assertThat(version.toString()).isEqualTo(major + "." + minor);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "1", "1.", ".1", "1.0.0", "v1.0", "1,0", "1. 0", "-1.0", "1.-1", "one.two", "1.0a",
      "2147483648.0", "0.2147483648", "99999999999.0"})
  void parse_rejectsMalformed_withStableCode(String text) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> StandardVersion.parse(text));

    assertThat(e).isNotNull();
    assertThat(e.issue().code()).isEqualTo("standard.version.format").isEqualTo(StandardCodes.VERSION_FORMAT);
    assertThat(e.issue().rejectedValue()).contains(text);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"1.0", " 1.10 ", "", "1", "V0.0", "1.2.3", "99999999999.0"})
  void isValid_check_andTryParse_agreeWithParse(String text) {
    boolean parses = catchThrowableOfType(InvalidValueException.class, () -> StandardVersion.parse(text)) == null;

    assertThat(StandardVersion.isValid(text)).isEqualTo(parses);
    assertThat(StandardVersion.tryParse(text).isPresent()).isEqualTo(parses);
    assertThat(StandardVersion.check(text).issues()).extracting(Issue::code)
        .isEqualTo(parses ? List.of() : List.of(StandardCodes.VERSION_FORMAT));
  }

  @Test
  void of_rejectsNegativeNumbers() {
    assertThatIllegalArgumentException().isThrownBy(() -> StandardVersion.of(-1, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> StandardVersion.of(1, -1));
  }

  @Test
  void compareTo_ordersNumerically_so1Point10FollowsPoint9() {
    assertThat(StandardVersion.parse("1.10")).isGreaterThan(StandardVersion.parse("1.9"));
    assertThat(StandardVersion.parse("2.0")).isGreaterThan(StandardVersion.parse("1.99"));
    assertThat(StandardVersion.parse("01.2")).isEqualByComparingTo(StandardVersion.parse("1.2"));
  }

  @Test
  void sorting_putsVersionsInNumericOrder() {
    List<StandardVersion> versions = new ArrayList<>(List.of(StandardVersion.parse("1.10"),
        StandardVersion.parse("0.0"), StandardVersion.parse("2.0"), StandardVersion.parse("1.9"),
        StandardVersion.parse("1.0")));

    Collections.sort(versions);

    assertThat(versions).extracting(StandardVersion::toString).containsExactly("0.0", "1.0", "1.9", "1.10", "2.0");
  }

  @ParameterizedTest(name = "[{index}] {1} follows {0}: {2}")
  @CsvSource({
      "1.0, 1.1, true",
      "1.9, 1.10, true",
      "1.3, 2.0, true",
      "0.0, 1.0, true",
      "1.0, 1.2, false",
      "1.0, 1.0, false",
      "1.1, 1.0, false",
      "1.3, 2.1, false",
      "1.0, 3.0, false",
      "2.0, 1.0, false"})
  void follows_acceptsNextMinorOrNextMajorPointZero(String previous, String next, boolean follows) {
    assertThat(StandardVersion.parse(next).follows(StandardVersion.parse(previous))).isEqualTo(follows);
  }
}

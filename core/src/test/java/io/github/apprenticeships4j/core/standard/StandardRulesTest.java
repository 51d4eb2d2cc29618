package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StandardRulesTest {
  private static StandardRules parse(String text) throws IOException {
    return StandardRules.parse(new BufferedReader(new StringReader(text)));
  }

  @Test
  void bundledRules_give187HoursFromAugust2025_andNoFloorBefore() {
    StandardRules rules = StandardRules.defaults();

    assertThat(rules.on(StandardRules.OFF_THE_JOB_MINIMUM_HOURS, LocalDate.of(2025, 8, 1))).hasValue(187);
    assertThat(rules.on(StandardRules.OFF_THE_JOB_MINIMUM_HOURS, LocalDate.of(2025, 7, 31))).isEmpty();
    assertThat(rules.on(StandardRules.OFF_THE_JOB_MAXIMUM_WEEKLY_HOURS, LocalDate.of(2026, 1, 1))).hasValue(30);
  }

  @Test
  void aRuleApplies_fromItsFirstToItsLastDay_andALaterRuleReplacesIt() throws IOException {
    StandardRules rules = parse("# comment\n\n"
        + "k | 2020-01-01 | 2020-12-31 | 10 | official | s\n"
        + "k | 2020-06-01 | | 20 | official | s\n");

    assertThat(rules.on("k", LocalDate.of(2019, 12, 31))).isEmpty();
    assertThat(rules.on("k", LocalDate.of(2020, 1, 1))).hasValue(10);
    assertThat(rules.on("k", LocalDate.of(2020, 6, 1))).hasValue(20);
    assertThat(rules.on("k", LocalDate.of(2030, 1, 1))).hasValue(20);
    assertThat(rules.on("other", LocalDate.of(2020, 6, 1))).isEmpty();
  }

  @Test
  void aLineWithoutASource_orWithABadValue_isADefectOfTheRules() {
    assertThatThrownBy(() -> parse("k | 2020-01-01 | | 10 | official | \n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> parse("k | 2020-01-01 | | ten | official | s\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
  }
}

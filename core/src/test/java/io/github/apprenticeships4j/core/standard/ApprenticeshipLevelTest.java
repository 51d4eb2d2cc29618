package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void everyLevel_citesTheGovUkPageItsEquivalentComesFrom() {
    assertThat(ApprenticeshipLevel.LEVEL_2.source()).contains(
        "https://www.gov.uk/become-apprentice/apprenticeship-levels");
    assertThat(ApprenticeshipLevel.LEVEL_6.source()).startsWith("GOV.UK \"What qualification levels mean\"")
        .contains("https://www.gov.uk/what-different-qualification-levels-mean/list-of-qualification-levels");
    for (ApprenticeshipLevel level : ApprenticeshipLevel.values()) {
      assertThat(level.source()).as(level.name()).contains("https://www.gov.uk/");
    }
  }

  static final String TABLE = "# comment\n\n2 | Intermediate | GCSE | s2\n3 | Advanced | A level | s3\n"
      + "4 | Higher | HNC | s4\n5 | Higher | HND | s5\n6 | Degree | Bachelor's degree | s6\n"
      + "7 | Degree | Master's degree | s7\n";

  @Test
  void theLevelTable_isReadWithItsSources() {
    assertThat(LevelEquivalents.parse(TABLE, "t.txt")).hasSize(6).containsEntry(4,
        new LevelEquivalents.Row(4, "Higher", "HNC", "s4"));
  }

  @Test
  void aBrokenLevelTable_isRefused_sayingWhere() {
    String level4 = "4 | Higher | HNC | s4";
    assertRefused(TABLE.replace(level4, "4 | Higher | HNC"),
        "t.txt line 5: expected level | name | equivalent | source");
    assertRefused(TABLE.replace(level4, "four | Higher | HNC | s4"), "t.txt line 5: the level is not a number: four");
    assertRefused(TABLE.replace(level4, "8 | Higher | HNC | s4"), "t.txt line 5: no apprenticeship level 8");
    assertRefused(TABLE.replace(level4, "1 | Higher | HNC | s4"), "t.txt line 5: no apprenticeship level 1");
    assertRefused(TABLE.replace(level4, "4 |  | HNC | s4"), "t.txt line 5: the name, equivalent and source must");
    assertRefused(TABLE.replace(level4, "4 | Higher |  | s4"), "t.txt line 5: the name, equivalent and source must");
    assertRefused(TABLE.replace(level4, "4 | Higher | HNC | "), "t.txt line 5: the name, equivalent and source must");
    assertRefused(TABLE.replace("5 | Higher | HND | s5", level4), "t.txt line 6: level 4 given twice");
    assertRefused(TABLE.replace("7 | Degree | Master's degree | s7", ""),
        "t.txt: levels 2 to 7 must each have a row; found [2, 3, 4, 5, 6]");
  }

  @Test
  void theTable_hasNoRowOutsideTwoToSeven() {
    assertThatThrownBy(() -> LevelEquivalents.of(8)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no apprenticeship level 8");
  }

  private static void assertRefused(String table, String message) {
    assertThatThrownBy(() -> LevelEquivalents.parse(table, "t.txt")).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(message);
  }
}

package io.github.apprenticeships4j.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {
  private static ProgressRules parse(String text) throws IOException {
    return ProgressRules.parse(new BufferedReader(new StringReader(text)));
  }

  private static void assertValue(ProgressRules rules, String key, String qualifier, LocalDate day, String value) {
    assertThat(rules.on(key, qualifier, day)).as("%s %s on %s", key, qualifier, day)
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
  }

  @Test
  void bundledRules_giveEachOffTheJobRule_fromItsFirstToItsLastDay() {
    ProgressRules rules = ProgressRules.defaults();

    assertThat(rules.on(ProgressRules.SHARE_OF_HOURS, LocalDate.of(2017, 4, 30))).isEmpty();
    assertValue(rules, ProgressRules.SHARE_OF_HOURS, "*", LocalDate.of(2017, 5, 1), "0.20");
    assertValue(rules, ProgressRules.SHARE_OF_HOURS, "*", LocalDate.of(2022, 7, 31), "0.20");
    assertThat(rules.on(ProgressRules.SHARE_OF_HOURS, LocalDate.of(2022, 8, 1))).isEmpty();
    assertValue(rules, ProgressRules.FULL_TIME_WEEKLY_HOURS, "*", LocalDate.of(2022, 8, 1), "6");
    assertValue(rules, ProgressRules.FULL_TIME_WEEK, "*", LocalDate.of(2025, 7, 31), "30");
    assertThat(rules.on(ProgressRules.FULL_TIME_WEEKLY_HOURS, LocalDate.of(2025, 8, 1))).isEmpty();
    assertThat(rules.on(ProgressRules.PUBLISHED_MINIMUM_FLOOR, LocalDate.of(2025, 7, 31))).isEmpty();
    assertValue(rules, ProgressRules.PUBLISHED_MINIMUM_FLOOR, "*", LocalDate.of(2025, 8, 1), "187");
  }

  @Test
  void bundledRules_giveEnglishAndMathsByLevel_andTheAgeLimitFrom11February2025() {
    ProgressRules rules = ProgressRules.defaults();
    LocalDate day = LocalDate.of(2024, 1, 1);

    assertValue(rules, ProgressRules.ENGLISH_AND_MATHS_LEVEL, "2", day, "1");
    assertValue(rules, ProgressRules.ENGLISH_AND_MATHS_LEVEL, "3", day, "2");
    assertValue(rules, ProgressRules.ENGLISH_AND_MATHS_LEVEL, "7", day, "2");
    assertThat(rules.on(ProgressRules.ENGLISH_AND_MATHS_MAXIMUM_AGE, LocalDate.of(2025, 2, 10))).isEmpty();
    assertValue(rules, ProgressRules.ENGLISH_AND_MATHS_MAXIMUM_AGE, "*", LocalDate.of(2025, 2, 11), "18");
  }

  @Test
  void everyBundledRule_citesItsSource_andABasis() throws IOException {
    List<String> lines;
    try (InputStream in = ProgressRules.class.getResourceAsStream("progress-rules.txt")) {
      assertThat(in).isNotNull();
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toList());
    }
    assertThat(lines).hasSize(7).allSatisfy(line -> {
      List<String> cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).collect(Collectors.toList());
      assertThat(cells.get(5)).as(line).isIn("official", "dfe-code", "third-party", "library-choice");
      assertThat(cells.get(6)).as(line).containsAnyOf("http", "Reference §", "funding rules");
    });
  }

  @Test
  void aBundledRuleCitingOnlyAddressesOutsideGovUk_isNotMarkedOfficial() throws IOException {
    List<String> lines;
    try (InputStream in = ProgressRules.class.getResourceAsStream("progress-rules.txt")) {
      assertThat(in).isNotNull();
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toList());
    }
    Pattern address = Pattern.compile("https?://([^/\\s]+)");
    assertThat(lines).allSatisfy(line -> {
      List<String> cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).collect(Collectors.toList());
      List<String> hosts = address.matcher(cells.get(6)).results().map(m -> m.group(1)).collect(Collectors.toList());
      if (!hosts.isEmpty() && hosts.stream().noneMatch(h -> h.endsWith(".gov.uk"))) {
        assertThat(cells.get(5)).as(line).isNotEqualTo("official");
      }
    });
  }

  @Test
  void anExactQualifier_beatsTheWildcard_andALaterRuleReplacesAnEarlierOne() throws IOException {
    ProgressRules rules = parse("# comment\n\n"
        + "k | * | 2020-01-01 | 2020-12-31 | 10 | official | s\n"
        + "k | * | 2020-06-01 | | 20 | official | s\n"
        + "k | 2 | 2020-01-01 | | 5 | official | s\n");

    assertThat(rules.on("k", LocalDate.of(2019, 12, 31))).isEmpty();
    assertThat(rules.on("k", LocalDate.of(2020, 1, 1))).hasValue(BigDecimal.TEN);
    assertThat(rules.on("k", LocalDate.of(2020, 6, 1))).hasValue(BigDecimal.valueOf(20));
    assertThat(rules.on("k", "3", LocalDate.of(2030, 1, 1))).hasValue(BigDecimal.valueOf(20));
    assertThat(rules.on("k", "2", LocalDate.of(2030, 1, 1))).hasValue(BigDecimal.valueOf(5));
    assertThat(rules.on("other", LocalDate.of(2020, 6, 1))).isEmpty();
  }

  @Test
  void aLineWithoutASource_orQualifier_orWithABadValue_isADefectOfTheRules() {
    assertThatThrownBy(() -> parse("k | * | 2020-01-01 | | 10 | official | \n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> parse("k |  | 2020-01-01 | | 10 | official | s\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> parse("\nk | * | 2020-01-01 | | ten | official | s\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
  }
}

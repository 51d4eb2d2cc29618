package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@link FundingRules#parse(java.io.Reader, String)} never throws on any text: every line that is not blank or a
 * comment is either a rule or one error finding located at that line (and record); every rule it accepts can be read
 * through the accessor of its key's value type, is found in the parsed catalogue on its first day, and written back
 * as a line it reads the same. Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class FundingRulesFuzzTest {
  private static final String SOURCE = "fuzz-rules.txt";

  @FuzzTest(maxDuration = "60s")
  void parse(byte[] input) throws IOException {
    String text = new String(input, StandardCharsets.UTF_8);
    FundingRules.Parsed parsed = FundingRules.parse(new StringReader(text), SOURCE);
    List<Long> ruleLines = ruleLines(text);
    List<Issue> issues = parsed.report().issues();

    assertThat(parsed.rules().rules().size() + issues.size()).isEqualTo(ruleLines.size());
    long previousLine = 0;
    for (Issue issue : issues) {
      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.code()).startsWith("funding.rule");
      SourcePosition position = issue.position().orElseThrow();
      assertThat(position.source()).isEqualTo(SOURCE);
      long line = position.line().orElseThrow();
      assertThat(line).isGreaterThan(previousLine);
      assertThat(ruleLines).contains(line);
      assertThat(position.record()).hasValue(ruleLines.indexOf(line) + 1L);
      previousLine = line;
    }

    for (FundingRule rule : parsed.rules().rules()) {
      readValue(rule);
      assertThat(rule.toString()).startsWith(rule.key().id());
      assertThat(parsed.rules().find(rule.key(), rule.qualifier(), rule.effectiveFrom())).isPresent();
    }
    FundingRules.Parsed again = FundingRules.parse(write(parsed.rules()), SOURCE);
    assertThat(again.report().issues()).isEmpty();
    assertThat(again.rules().rules()).isEqualTo(parsed.rules().rules());
  }

  /** The numbers of the lines that hold a rule, split as {@link java.io.BufferedReader#readLine()} splits. */
  private static List<Long> ruleLines(String text) {
    List<Long> lines = new ArrayList<>();
    long number = 0;
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      number++;
      String line = text.substring(start, end).strip();
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (!line.isEmpty() && !line.startsWith("#")) {
        lines.add(number);
      }
      if (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n') {
        end++;
      }
      start = end + 1;
    }
    return lines;
  }

  private static void readValue(FundingRule rule) {
    switch (rule.key().valueType()) {
      case AMOUNT:
        assertThat(rule.decimalValue()).isNotNegative().hasScaleOf(2);
        break;
      case RATE:
        assertThat(rule.decimalValue()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
        break;
      case INTEGER:
        assertThat(rule.intValue()).isNotNegative();
        break;
      case AGE_RANGE:
        assertThat(rule.ageRange().toString()).isNotEmpty();
        break;
      case DAYS:
        assertThat(rule.days()).isNotEmpty().allSatisfy(day -> assertThat(day).isPositive());
        break;
      case THRESHOLDS:
        rule.threshold(0);
        rule.threshold(Long.MAX_VALUE);
        break;
      case BOOLEAN:
        assertThat(rule.value()).isIn("true", "false");
        break;
      default:
        assertThat(rule.key().allowedValues()).contains(rule.value());
        break;
    }
  }

  private static String write(FundingRules rules) {
    return rules.rules().stream().map(r -> String.join(" | ", r.key().id(), r.qualifier(),
        r.effectiveFrom().toString(), r.effectiveTo().map(Object::toString).orElse(""), r.value(),
        r.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.source()))
        .collect(Collectors.joining("\n"));
  }
}

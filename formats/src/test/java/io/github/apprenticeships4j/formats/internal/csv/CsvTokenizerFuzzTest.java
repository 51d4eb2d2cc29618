package io.github.apprenticeships4j.formats.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.validation.Severity;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes end in records and at most one fatal finding; the tokenizer never throws and never exceeds its limits.
 * Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CsvTokenizerFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void tokenize(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    check(new CsvTokenizer(new StringReader(text)), CsvTokenizer.DEFAULT_MAX_FIELD_LENGTH,
        CsvTokenizer.DEFAULT_MAX_FIELDS);
    check(new CsvTokenizer(new StringReader(text), ';', 16, 4, 32), 16, 4);
    check(new CsvTokenizer(new CsvTokenizerTest.TrickleReader(text), ',', 8, 3, 12), 8, 3);
  }

  private static void check(CsvTokenizer tokenizer, int maxFieldLength, int maxFields) {
    long lastLine = 0;
    long ordinal = 0;
    for (CsvRecord record = tokenizer.next(); record != null; record = tokenizer.next()) {
      assertThat(record.ordinal()).isEqualTo(++ordinal);
      assertThat(record.line()).isGreaterThan(lastLine);
      lastLine = record.line();
      assertThat(record.size()).isBetween(1, maxFields);
      for (int i = 0; i < record.size(); i++) {
        assertThat(record.field(i).length()).isLessThanOrEqualTo(maxFieldLength);
        assertThat(record.fieldLine(i)).isGreaterThanOrEqualTo(record.line());
        assertThat(record.fieldColumn(i)).isPositive();
      }
      assertThat(record.problems()).allSatisfy(p -> assertThat(p.severity()).isIn(Severity.WARNING, Severity.ERROR));
      if (record.isBlank()) {
        assertThat(record.fields()).containsExactly("");
      }
    }
    assertThat(tokenizer.next()).isNull();
    tokenizer.failure().ifPresent(f -> {
      assertThat(f.severity()).isEqualTo(Severity.FATAL);
      assertThat(f.line()).isPositive();
      assertThat(f.column()).isPositive();
    });
  }
}

package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;

/**
 * Any bytes end in rows and a summary in which read = accepted + rejected; nothing is thrown, a fatal finding is the
 * only way a read ends early, and every accepted record goes through the calculator without an exception. Replays
 * the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ApprenticeshipsJsonFuzzTest {
  static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();

  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    long rows = 0;
    long accepted = 0;
    ReadSummary summary;
    try (RecordReader<FundingInput> reader = ApprenticeshipsJson.reader()
        .open(new ByteArrayInputStream(input), "fuzz.json")) {
      for (Row<FundingInput> row : (Iterable<Row<FundingInput>>) reader.rows()::iterator) {
        rows++;
        assertThat(row.position().record()).hasValue(rows);
        if (row instanceof Row.Accepted<FundingInput> ok) {
          accepted++;
          CALCULATOR.calculate(ok.value().apprenticeship(), ok.value().progress());
        } else {
          assertThat(row.issues()).anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
          assertThat(((Row.Rejected<FundingInput>) row).raw()).hasSize(1);
        }
      }
      summary = reader.summary();
    }
    assertThat(summary.read()).isEqualTo(rows);
    assertThat(summary.accepted()).isEqualTo(accepted);
    summary.stoppedBy().ifPresent(i -> assertThat(i.severity()).isEqualTo(Severity.FATAL));
    summary.stoppedBy().ifPresent(i -> assertThat(i.code()).isNotEqualTo(ReadCodes.UNEXPECTED));
  }
}

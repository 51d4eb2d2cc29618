package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * Any bytes end in rows and a summary that keep the readers' contract ({@link ReaderInvariants}); a rejected record
 * keeps its JSON text as one element, and every accepted record goes through the calculator without an exception.
 * Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ApprenticeshipsJsonFuzzTest {
  static final FundingCalculator CALCULATOR = FundingCalculator.withDefaultRules();

  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    ReaderInvariants.readAll(ApprenticeshipsJson.reader().open(new ByteArrayInputStream(input), "fuzz.json"), row -> {
      if (row instanceof Row.Accepted<FundingInput> ok) {
        if (ok.value() instanceof FundingInput.OfApprenticeship a) {
          CALCULATOR.calculate(a.apprenticeship(), a.progress());
        } else {
          CALCULATOR.calculate(((FundingInput.OfUnit) ok.value()).unit());
        }
      } else {
        assertThat(((Row.Rejected<FundingInput>) row).raw()).hasSize(1);
      }
    });
  }

  /** The seed case is replayed from its one copy in testdata/, not copied among the seeds. */
  @Test
  void seedCase_keepsTheContract() {
    readsAnyBytes(TestData.bytes("/funding-input/seed-case.json"));
  }
}

package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderComparisonExampleTest {
  @Test
  void run_printsTheMachineLearningEngineerComparison_bestRateFirst_withoutDataLast() {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      ProviderComparisonExample.run(out);
    }
    List<String> lines = text.toString().lines().toList();

    assertThat(lines.get(0)).isEqualTo(
        "ST1398 Machine learning engineer (level 6): training providers by achievement rate");
    assertThat(lines.get(1)).contains("ICT for practitioners, level 4+, all ages").contains("national 62.1%");
    assertThat(lines.get(3)).contains("99990004").contains("employer").contains("81.0%").contains("+18.9")
        .contains("Excellent").contains("strong");
    assertThat(lines.get(4)).contains("99990001").contains("78.3%").contains("Excellent (25)");
    assertThat(lines.get(5)).contains("99990003").contains("Illustrative Analytics Training Ltd *")
        .contains("70%").contains("Excellent").contains("baseline");
    assertThat(lines.get(6)).contains("99990002").contains("69.9%").contains("Good");
    assertThat(lines.get(7)).contains("99990007").contains("59.99%").contains("-2.11").contains("Poor")
        .contains("below_baseline");
    assertThat(lines.get(8)).contains("99990005").contains(" x%").contains("None").contains("no_data");
    assertThat(lines.get(9)).contains("99990006").contains("None").contains("NotYetReviewed");
    assertThat(text.toString()).contains("* not currently starting new apprentices")
        .contains("providers/apar-sample.csv: 7 read, 7 accepted, 0 rejected");
  }
}

package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainJobTest {
  @Test
  void mainJob_runsEveryExample_inOrder() {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      MainJob.run(out);
    }
    String out = text.toString();

    assertThat(out).contains("ST1398 Machine learning engineer (version 1.0, LARS code 795)")
        .contains("Government £20900.00, employer £1100.00").contains("Senior machine learning engineer")
        .contains("== Training providers for ST1398")
        .contains("ULN.CHECK_DIGIT").contains("9 read, 2 accepted, 7 rejected")
        .contains("Cohort: 5 apprentices, 1 ready for the gateway, 4 blocked");
    assertThat(out.indexOf("== Standards")).isLessThan(out.indexOf("== Funding"));
    assertThat(out.indexOf("== Funding")).isLessThan(out.indexOf("== Career"));
    assertThat(out.indexOf("== Career")).isLessThan(out.indexOf("== Training providers"));
    assertThat(out.indexOf("== Training providers")).isLessThan(out.indexOf("== Provider feed"));
    assertThat(out.indexOf("== Provider feed")).isLessThan(out.indexOf("== Apprentice progress"));
  }
}

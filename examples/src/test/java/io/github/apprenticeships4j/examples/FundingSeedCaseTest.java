package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FundingSeedCaseTest {
  @Test
  void seedCase_aged25CoInvests_aged19IsFullyFunded_andTheLevyPayersFundsRunOut() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter writer = new PrintWriter(bytes, true, StandardCharsets.UTF_8);
    FundingSeedCase.run(writer);
    writer.flush();
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("Age at start 25; cap £22000.00 (IfATE ST1398 v1.0");
    assertThat(out).contains("Government £20900.00, employer £1100.00, levy £0.00");
    assertThat(out).contains("24 instalments of £733.33 (the last £733.41), completion £4400.00 on 2027-08-31");
    assertThat(out).contains("Age at start 19;")
        .contains("fully funded: true (NON_LEVY_YOUNG_APPRENTICE)")
        .contains("Government £22000.00, employer £0.00, levy £0.00");
    assertThat(out).contains("2026-03  levy   600.02  government   126.64  employer   6.67  balance     0.00")
        .contains("The funds run out in 2026-03");
    assertThat(out).contains("Over 24 months: levy 5000.00, government 16149.94, employer 850.06");
  }
}

package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandardsTourTest {
  @Test
  void tour_printsTheMachineLearningEngineer_theFindings_andTheDataTechnicianDiff() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter writer = new PrintWriter(bytes, true, StandardCharsets.UTF_8);
    StandardsTour.run(writer);
    writer.flush();
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("99 read, 99 accepted, 0 rejected");
    assertThat(out).contains("ST1398 Machine learning engineer (version 1.0, LARS code 795)");
    assertThat(out).contains("Level 6 (Degree, equivalent to Bachelor's degree)");
    assertThat(out).contains("Typical duration: 24 months; maximum funding: £22000.00");
    assertThat(out).contains("KSBs: 31 knowledge, 34 skills, 5 behaviours");
    assertThat(out).contains("    9. ");
    assertThat(out).contains("Changes from ST0795_1.0 to ST0795_1.1 (Data technician):");
    assertThat(out).contains("maxFunding: 12000.00 -> 13000.00");
  }
}

package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressCheckExampleTest {
  @Test
  void run_printsTheApprenticesCoverageHoursAndBlockers_thenTheCohortSummary() {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      ProgressCheckExample.run(out);
    }
    List<String> lines = text.toString().lines().toList();

    assertThat(lines.get(0)).isEqualTo("A002: ST1398_1.0 Machine learning engineer, on 2027-06-01: not ready for the"
        + " gateway, 48 blockers");
    assertThat(lines.get(1)).isEqualTo("  KSB coverage: 24 of 70 (34%); knowledge 12 of 31 (38%), skills 9 of 34"
        + " (26%), behaviours 3 of 5 (60%)");
    assertThat(lines.subList(2, 11)).hasSize(9).allSatisfy(l -> assertThat(l).startsWith("    core   "));
    assertThat(lines.get(3)).contains("10 of 13 (76%)").contains("Plan the engineering development");
    assertThat(lines.get(11)).isEqualTo("  Off-the-job hours: 418 required (the standard's published minimum), 270"
        + " logged, 148 still needed, 96 planned from 2027-06-01");
    assertThat(lines.get(12)).isEqualTo("    planned end 2027-11-30 (moved on by breaks in learning): 5.67 hours a"
        + " week needed");
    assertThat(lines.get(13)).isEqualTo("  English and maths: not required for this apprentice");
    assertThat(lines.get(14)).startsWith("  Latest end-point assessment: 2028-03-31");
    assertThat(lines.get(16)).startsWith("    progress.ksb.no-evidence evidence: 46 times, for K13, K14,")
        .endsWith("S34, B4, B5");
    assertThat(lines.get(17)).isEqualTo("    progress.off-the-job.short offTheJobSessions [148]: 148 off-the-job hours"
        + " short of the minimum of 418 (270 logged)");
    assertThat(lines.get(18)).contains("progress.gateway.requirement-not-met gatewayRequirements[0] [portfolio]");
    assertThat(lines.subList(20, lines.size())).containsExactly(
        "Cohort: 5 apprentices, 1 ready for the gateway, 4 blocked",
        "  progress.english.missing: 1 (A003)",
        "  progress.gateway.requirement-not-met: 2 (A002, A005)",
        "  progress.ksb.no-evidence: 2 (A002, A005)",
        "  progress.off-the-job.short: 3 (A002, A004, A005)",
        "  KSBs without evidence in total: 109",
        "  Off-the-job hours short in total: 402",
        "",
        "With the 28 items of the cohort's evidence log added:",
        "Cohort: 5 apprentices, 1 ready for the gateway, 4 blocked",
        "  progress.english.missing: 1 (A003)",
        "  progress.gateway.requirement-not-met: 2 (A002, A005)",
        "  progress.ksb.no-evidence: 2 (A002, A005)",
        "  progress.off-the-job.short: 3 (A002, A004, A005)",
        "  KSBs without evidence in total: 101",
        "  Off-the-job hours short in total: 402");
  }
}

package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ProgressTest {
  StringWriter text = new StringWriter();
  PrintWriter err = new PrintWriter(text);

  @Test
  void withoutTerminal_printsALineEveryTenThousandItems() {
    Progress progress = Progress.lines(err, "rows");
    for (int i = 0; i < 25_000; i++) {
      progress.advance(i);
    }
    progress.finish();

    assertThat(text.toString().lines()).containsExactly("a4j: 10000 rows read", "a4j: 20000 rows read");
  }

  @Test
  void onTerminal_redrawsABarInPlaceAsThePercentageChanges_andClearsItAtTheEnd() {
    Progress progress = Progress.bar(err, "rows", 1_000);
    for (int row = 1; row <= 100; row++) {
      progress.advance(row * 10L);
    }
    progress.finish();

    String drawn = text.toString();
    assertThat(drawn).doesNotContain("\n");
    assertThat(drawn.split("\r", -1)).hasSize(1 + 100 + 2);       // one redraw per percent, then blanks between two CRs
    assertThat(drawn).contains("\ra4j: [###############               ]  50%, rows: 50")
        .contains("\ra4j: [##############################] 100%, rows: 100");
    assertThat(drawn).endsWith("\r" + " ".repeat("a4j: [##############################] 100%, rows: 100".length())
        + "\r");
  }

  @Test
  void onTerminal_withoutAKnownSize_redrawsTheCount() {
    Progress progress = Progress.bar(err, "records", 0);
    for (int i = 0; i < 2_500; i++) {
      progress.advance(0);
    }
    progress.finish();

    assertThat(text.toString()).contains("\ra4j: 1000 records read", "\ra4j: 2000 records read")
        .doesNotContain("\n", "%");
  }

  @Test
  void nothingRead_leavesNothingOnTheTerminal() {
    Progress.bar(err, "rows", 100).finish();

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void theLauncherTellsWhetherStandardErrorIsATerminal() {
    Assumptions.assumeFalse("dumb".equals(System.getenv("TERM")), "a dumb terminal never gets a bar");
    String before = System.getProperty(A4j.STDERR_TERMINAL);
    try {
      System.setProperty(A4j.STDERR_TERMINAL, "true");
      assertThat(A4j.attachedToTerminal()).isTrue();
      System.setProperty(A4j.STDERR_TERMINAL, "false");
      assertThat(A4j.attachedToTerminal()).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty(A4j.STDERR_TERMINAL);
      } else {
        System.setProperty(A4j.STDERR_TERMINAL, before);
      }
    }
  }

  @Test
  void countingInputStream_countsEveryByteRead() throws IOException {
    try (Progress.CountingInputStream in = new Progress.CountingInputStream(new ByteArrayInputStream(new byte[100]))) {
      in.read();
      in.read(new byte[30], 0, 30);
      in.skip(9);
      in.readAllBytes();
      assertThat(in.count()).isEqualTo(100);
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.count()).isEqualTo(100);
    }
  }
}

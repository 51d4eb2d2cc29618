package io.github.apprenticeships4j.formats.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * {@link EvidenceLogCsv} reads any bytes, as UTF-8 with and without a day to check dates against, and as UTF-16LE,
 * into rows and a summary that keep the readers' contract ({@link ReaderInvariants}). Replays the committed inputs in
 * a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class EvidenceLogCsvFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    ReaderInvariants.readAll(EvidenceLogCsv.reader().open(new ByteArrayInputStream(input), "fuzz.csv"));
    ReaderInvariants.readAll(EvidenceLogCsv.reader(LocalDate.of(2026, 9, 1)).open(new ByteArrayInputStream(input),
        "fuzz.csv"));
    ReaderInvariants.readAll(EvidenceLogCsv.reader().charset(StandardCharsets.UTF_16LE)
        .open(new ByteArrayInputStream(input), "fuzz.csv"));
  }
}

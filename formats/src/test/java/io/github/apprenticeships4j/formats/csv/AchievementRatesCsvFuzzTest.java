package io.github.apprenticeships4j.formats.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@link AchievementRatesCsv} reads any bytes into rows and a summary that add up (see {@link ProviderFuzzCheck}). Replays the
 * committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class AchievementRatesCsvFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    ProviderFuzzCheck.check(AchievementRatesCsv.reader().open(new ByteArrayInputStream(input), "fuzz.csv"));
    ProviderFuzzCheck.check(AchievementRatesCsv.reader().charset(StandardCharsets.UTF_16LE)
        .open(new ByteArrayInputStream(input), "fuzz.csv"));
  }
}

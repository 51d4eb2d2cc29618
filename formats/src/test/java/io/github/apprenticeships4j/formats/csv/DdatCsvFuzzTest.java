package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.career.CareerValidator;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Any text ends in rows and a summary that keep the readers' contract ({@link ReaderInvariants}); a load of both
 * throws the fatal finding that stopped a read or joins whatever was accepted.
 * The input is split at the first NUL: role content before it, skill descriptions after. Replays the committed
 * inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class DdatCsvFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyText(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int split = text.indexOf('\0');
    String roles = split < 0 ? text : text.substring(0, split);
    String skills = split < 0 ? "" : text.substring(split + 1);

    ReaderInvariants.readAll(DdatCsv.rolesReader().open(new StringReader(roles), "roles.csv"));
    ReaderInvariants.readAll(DdatCsv.skillsReader().open(new StringReader(skills), "skills.csv"));
    Loaded<Framework> load;
    try {
      load = DdatCsv.readFramework(DdatCsv.rolesReader().open(new StringReader(roles), "roles.csv"),
          DdatCsv.skillsReader().open(new StringReader(skills), "skills.csv"));
    } catch (LoadException stopped) {
      assertThat(stopped.stoppedBy()).hasValueSatisfying(i -> assertThat(i.severity()).isEqualTo(Severity.FATAL));
      return;
    }
    assertThat(load.rejected()).hasSize((int) load.summaries().stream().mapToLong(ReadSummary::rejected).sum());
    CareerValidator.validate(load.value());
  }
}

package io.github.apprenticeships4j.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.formats.csv.AchievementRatesCsv;
import io.github.apprenticeships4j.formats.csv.AparCsv;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.csv.EpaoRegisterCsv;
import io.github.apprenticeships4j.formats.csv.EvidenceLogCsv;
import io.github.apprenticeships4j.formats.csv.LevyLedgerCsv;
import io.github.apprenticeships4j.formats.csv.FundingBandsCsv;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.csv.StandardsCsv;
import io.github.apprenticeships4j.formats.json.ApprenticeshipsJson;
import io.github.apprenticeships4j.formats.json.CareerJson;
import io.github.apprenticeships4j.formats.json.ProgressJson;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The closing rule of {@link ReaderOptions}, for every reader: the reader owns its input, whether it opened it or was
 * handed it, and closes it when it is closed, when its rows' stream is closed, when a load ends (read to the end or
 * not), and when {@code open} fails; it does not close it before.
 */
class ReaderClosingTest {
  /** Text that no reader accepts whole: the CSV readers find no header, the JSON readers an incomplete record. */
  private static final String TEXT = "a,b\n1,2\n";
  private static final String JSON = "{}";

  /** One entry point: its options at their defaults, and an input for it. */
  record Entry(String name, ReaderOptions<?> options, String input) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Entry> readers() {
    FeedContext feed = FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15)).build();
    return Stream.of(
        new Entry("StandardsCsv", StandardsCsv.reader(), TEXT),
        new Entry("AparCsv", AparCsv.reader(), TEXT),
        new Entry("AchievementRatesCsv", AchievementRatesCsv.reader("2324"), TEXT),
        new Entry("EpaoRegisterCsv", EpaoRegisterCsv.reader(), TEXT),
        new Entry("LevyLedgerCsv", LevyLedgerCsv.reader(), TEXT),
        new Entry("EvidenceLogCsv", EvidenceLogCsv.reader(), TEXT),
        new Entry("FundingBandsCsv", FundingBandsCsv.reader(), TEXT),
        new Entry("DdatCsv skills", DdatCsv.skillsReader(), TEXT),
        new Entry("DdatCsv roles", DdatCsv.rolesReader(), TEXT),
        new Entry("ProviderFeedCsv", ProviderFeedCsv.reader(feed), TEXT),
        new Entry("StandardsJson", StandardsJson.reader(), JSON),
        new Entry("ApprenticeshipsJson", ApprenticeshipsJson.reader(), JSON),
        new Entry("CareerJson", CareerJson.reader(), JSON),
        new Entry("ProgressJson", ProgressJson.reader(), JSON));
  }

  static Stream<Entry> csvReaders() {
    return readers().filter(e -> e.options() instanceof CsvOptions);
  }

  private static ClosedInputStream bytes(Entry entry) {
    return new ClosedInputStream(entry.input());
  }

  @ParameterizedTest
  @MethodSource("readers")
  void closingTheReader_closesTheStreamHandedIn_andNotBefore(Entry entry) {
    ClosedInputStream input = bytes(entry);

    RecordReader<?> reader = entry.options().open(input, "input");
    assertThat(input.closed).as("open before the reader is closed").isFalse();
    reader.close();

    assertThat(input.closed).isTrue();
  }

  @ParameterizedTest
  @MethodSource("readers")
  void closingTheRows_closesTheStreamHandedIn(Entry entry) {
    ClosedInputStream input = bytes(entry);
    RecordReader<?> reader = entry.options().open(input, "input");

    try (Stream<? extends Row<?>> rows = reader.rows()) {
      rows.findFirst();
    }

    assertThat(input.closed).isTrue();
  }

  @ParameterizedTest
  @MethodSource("readers")
  void load_closesTheStreamHandedIn_whetherTheInputLoadsOrNot(Entry entry) {
    ClosedInputStream empty = new ClosedInputStream("");
    ClosedInputStream input = bytes(entry);

    boolean emptyLoaded = loads(entry.options().open(empty, "empty"));
    loads(entry.options().open(input, "input"));

    assertThat(empty.closed).isTrue();
    assertThat(input.closed).isTrue();
    assertThat(emptyLoaded).as("an empty input loads only as a feed whose file rules refuse it")
        .isEqualTo(entry.name().equals("ProviderFeedCsv"));
  }

  /** Whether {@code reader} loads, i.e. reads its input to the end. */
  private static boolean loads(RecordReader<?> reader) {
    try {
      reader.load();
      return true;
    } catch (LoadException e) {
      assertThat(e.stoppedBy()).isPresent();
      return false;
    }
  }

  @ParameterizedTest
  @MethodSource("readers")
  void open_thatFails_closesTheStreamHandedIn(Entry entry) {
    ClosedInputStream input = bytes(entry);

    assertThatThrownBy(() -> entry.options().open(input, null)).isInstanceOf(NullPointerException.class);

    assertThat(input.closed).isTrue();
  }

  @ParameterizedTest
  @MethodSource("csvReaders")
  void theReaderHandedIn_isClosedByTheSameRule(Entry entry) {
    CsvOptions<?> options = (CsvOptions<?>) entry.options();
    ClosedReader closed = new ClosedReader(entry.input());
    ClosedReader rows = new ClosedReader(entry.input());
    ClosedReader loaded = new ClosedReader(entry.input());
    ClosedReader failed = new ClosedReader(entry.input());

    RecordReader<?> reader = options.open(closed, "input");
    assertThat(closed.closed).as("open before the reader is closed").isFalse();
    reader.close();
    options.open(rows, "input").rows().close();
    loads(options.open(loaded, "input"));
    assertThatThrownBy(() -> options.open(failed, null)).isInstanceOf(NullPointerException.class);

    assertThat(List.of(closed, rows, loaded, failed)).allMatch(r -> r.closed);
  }

  @Test
  void openingAFile_andClosingTheReader_leavesNoFileOpen(@TempDir Path dir) throws IOException {
    Path descriptors = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(descriptors), "counts the open files of the process as Linux shows them");
    Path csv = Files.writeString(dir.resolve("input.csv"), TEXT);
    Path json = Files.writeString(dir.resolve("input.json"), JSON);
    List<Entry> entries = readers().toList();
    long before = count(descriptors);

    for (int i = 0; i < 50; i++) {
      for (Entry entry : entries) {
        entry.options().open(entry.input().equals(JSON) ? json : csv).close();
      }
    }

    assertThat(count(descriptors)).as("files still open after %s reads", 50 * entries.size())
        .isLessThan(before + 50);
  }

  private static long count(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.count();
    }
  }

  /** A stream that says whether it was closed. */
  static final class ClosedInputStream extends FilterInputStream {
    boolean closed;

    ClosedInputStream(String text) {
      super(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  /** A reader that says whether it was closed. */
  static final class ClosedReader extends FilterReader {
    boolean closed;

    ClosedReader(String text) {
      super(new StringReader(text));
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}

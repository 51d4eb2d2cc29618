package io.github.apprenticeships4j.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The contract check fails for each way a reader can break the contract, so the fuzz tests cannot pass vacuously. */
class ReaderInvariantsTest {
  static final String SOURCE = "in.csv";

  /** A reader that gives the rows and the summary it is made with. */
  static final class StubReader implements RecordReader<String> {
    final List<Row<String>> rows;
    final ReadSummary summary;
    boolean closed;

    StubReader(List<Row<String>> rows, ReadSummary summary) {
      this.rows = rows;
      this.summary = summary;
    }

    @Override
    public Stream<Row<String>> rows() {
      return rows.stream();
    }

    @Override
    public ReadSummary summary() {
      return summary;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static SourcePosition record(long number) {
    return SourcePosition.at(SOURCE, number + 1, 1).inRecord(number);
  }

  static Row<String> accepted(long number) {
    return new Row.Accepted<>(record(number), "value " + number, List.of());
  }

  static Row<String> rejected(long number, Issue error) {
    return new Row.Rejected<>(record(number), List.of("raw"), List.of(error));
  }

  static Issue errorAt(SourcePosition at) {
    return Issue.error("csv.test", "broken").locatedAt(at);
  }

  static ReadSummary summary(long read, long accepted, Optional<Issue> stoppedBy) {
    return new ReadSummary(SOURCE, read, accepted, read - accepted, stoppedBy);
  }

  @Test
  void aReaderThatKeepsTheContract_passes_givesEveryRow_andIsClosed() {
    Issue fatal = Issue.of(Severity.FATAL, "csv.test", "cut").locatedAt(SourcePosition.at(SOURCE, 4, 2));
    StubReader reader = new StubReader(List.of(accepted(1), rejected(2, errorAt(record(2)))),
        summary(2, 1, Optional.of(fatal)));
    List<Row<String>> seen = new ArrayList<>();

    ReadSummary summary = ReaderInvariants.readAll(reader, seen::add);

    assertThat(summary).isEqualTo(reader.summary);
    assertThat(seen).isEqualTo(reader.rows);
    assertThat(reader.closed).isTrue();
  }

  @Test
  void aGapInTheRecordNumbers_fails() {
    StubReader reader = new StubReader(List.of(accepted(1), accepted(3)), summary(2, 2, Optional.empty()));

    assertThatThrownBy(() -> ReaderInvariants.readAll(reader)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("record number of row 2");
  }

  @Test
  void aFindingWithoutPosition_orInAnotherSource_fails() {
    StubReader unlocated = new StubReader(List.of(rejected(1, Issue.error("csv.test", "broken"))),
        summary(1, 0, Optional.empty()));
    StubReader elsewhere = new StubReader(List.of(rejected(1, errorAt(SourcePosition.of("other.csv")))),
        summary(1, 0, Optional.empty()));

    assertThatThrownBy(() -> ReaderInvariants.readAll(unlocated)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("position of");
    assertThatThrownBy(() -> ReaderInvariants.readAll(elsewhere)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("source of");
  }

  @Test
  void aRejectedRowWithoutRaw_fails() {
    Row<String> empty = new Row.Rejected<>(record(1), List.of(), List.of(errorAt(record(1))));
    StubReader reader = new StubReader(List.of(empty), summary(1, 0, Optional.empty()));

    assertThatThrownBy(() -> ReaderInvariants.readAll(reader)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("raw of rejected row 1");
  }

  @Test
  void aSummaryThatMiscountsTheRows_fails() {
    StubReader lost = new StubReader(List.of(accepted(1), accepted(2)), summary(1, 1, Optional.empty()));
    StubReader misfiled = new StubReader(List.of(accepted(1), accepted(2)), summary(2, 1, Optional.empty()));

    assertThatThrownBy(() -> ReaderInvariants.readAll(lost)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("read");
    assertThatThrownBy(() -> ReaderInvariants.readAll(misfiled)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("accepted");
  }

  @Test
  void aStopThatIsNotFatal_unforeseen_orUnlocated_fails() {
    SourcePosition at = SourcePosition.of(SOURCE);
    Issue error = Issue.error("csv.test", "cut").locatedAt(at);
    Issue unforeseen = Issue.of(Severity.FATAL, ReadCodes.UNEXPECTED, "the reader failed").locatedAt(at);
    Issue unlocated = Issue.of(Severity.FATAL, "csv.test", "cut");

    for (Issue stop : List.of(error, unforeseen, unlocated)) {
      StubReader reader = new StubReader(List.of(), summary(0, 0, Optional.of(stop)));
      assertThatThrownBy(() -> ReaderInvariants.readAll(reader)).as("%s", stop).isInstanceOf(AssertionError.class);
    }
  }
}

package io.github.apprenticeships4j.formats.internal.ddat;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.csv.CsvHeader;
import io.github.apprenticeships4j.formats.internal.csv.CsvRecord;
import io.github.apprenticeships4j.formats.internal.csv.CsvRecordSource;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import java.io.Reader;
import java.util.List;
import java.util.Set;

/** What the two DDaT readers share: the record loop, a record with an error rejected before it is mapped, fields. */
abstract class DdatCsvSource<T> extends CsvRecordSource<T> {
  private final List<String> columns;
  private int[] indexes = new int[0];

  DdatCsvSource(Reader input, String source, CsvSettings settings, List<String> columns) {
    super(input, source, settings, columns, Set.of());
    this.columns = columns;
  }

  /** Maps one record with the right number of fields; {@code issues} already holds its structural findings. */
  abstract Row<T> map(Fields fields, List<Issue> issues);

  @Override
  protected final void headerFound(CsvHeader header) {
    indexes = columns.stream().mapToInt(name -> header.indexOf(name).orElseThrow()).toArray();
  }

  @Override
  protected final Row<T> map(CsvRecord record, SourcePosition position, List<Issue> issues) {
    if (issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR))) {
      // a malformed record (e.g. text after a closing quote) is rejected before it is mapped
      return reject(record, position, issues);
    }
    return map(new Fields(record, position), issues);
  }

  /** The fields of one record, by column name, each with its position. */
  final class Fields {
    private final CsvRecord record;
    private final SourcePosition position;

    Fields(CsvRecord record, SourcePosition position) {
      this.record = record;
      this.position = position;
    }

    SourcePosition position() {
      return position;
    }

    List<String> raw() {
      return record.fields();
    }

    /** The text of {@code column} as written. */
    String get(String column) {
      return record.field(indexes[columns.indexOf(column)]);
    }

    /** Where {@code column} starts in this record. */
    SourcePosition at(String column) {
      int index = indexes[columns.indexOf(column)];
      return SourcePosition.at(source(), record.fieldLine(index), record.fieldColumn(index))
          .inRecord(position.record().orElse(0)).atField(column);
    }

    /**
     * The text of {@code column} without surrounding white space; reports {@link ReadCodes#DDAT_TEXT_PADDED} if there
     * was some, and {@link ReadCodes#DDAT_FIELD_BLANK} (an error) if {@code required} and nothing is left.
     */
    String text(String column, String path, boolean required, List<Issue> issues) {
      String raw = get(column);
      String text = raw.strip();
      if (!text.equals(raw) && !text.isEmpty()) {
        issues.add(Issue.of(Severity.INFO, ReadCodes.DDAT_TEXT_PADDED, column + " has white space around it; stripped")
            .at(path).rejecting(raw).locatedAt(at(column)));
      }
      if (required && text.isEmpty()) {
        issues.add(Issue.error(ReadCodes.DDAT_FIELD_BLANK, column + " must not be blank").at(path).locatedAt(at(
            column)));
      }
      return text;
    }
  }
}

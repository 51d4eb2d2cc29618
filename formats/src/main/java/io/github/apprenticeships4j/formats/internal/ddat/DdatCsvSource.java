package io.github.apprenticeships4j.formats.internal.ddat;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.RowSource;
import io.github.apprenticeships4j.formats.internal.csv.CsvHeader;
import io.github.apprenticeships4j.formats.internal.csv.CsvProblem;
import io.github.apprenticeships4j.formats.internal.csv.CsvRecord;
import io.github.apprenticeships4j.formats.internal.csv.CsvTokenizer;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the two DDaT readers share: the header, the record loop, structural findings and located field access. */
abstract class DdatCsvSource<T> extends RowSource<T> {
  private final CsvTokenizer tokenizer;
  private final List<String> columns;
  private @Nullable CsvHeader header;
  private int[] indexes = new int[0];
  private long recordNumber;

  DdatCsvSource(Reader reader, String source, List<String> columns) {
    super(source);
    this.tokenizer = new CsvTokenizer(reader);
    this.columns = columns;
  }

  /** Maps one record with the right number of fields; {@code issues} already holds its structural findings. */
  abstract Row<T> map(Fields fields, List<Issue> issues);

  @Override
  protected final @Nullable Row<T> readNext() {
    if (header == null) {
      CsvHeader.Located located = CsvHeader.locate(tokenizer, columns, 0, source());
      if (located.header().isEmpty()) {
        stop(located.failure().orElseThrow());
        return null;
      }
      CsvHeader found = located.header().get();
      indexes = columns.stream().mapToInt(name -> found.indexOf(name).orElseThrow()).toArray();
      header = found;
    }
    while (true) {
      CsvRecord record = tokenizer.next();
      if (record == null) {
        tokenizer.failure().ifPresent(p -> stop(p.toIssue(source()).locatedAt(
            SourcePosition.at(source(), p.line(), p.column()).inRecord(recordNumber + 1))));
        return null;
      }
      if (record.isBlank()) {
        continue; // a blank line holds no record
      }
      recordNumber++;
      return mapRecord(record, Objects.requireNonNull(header));
    }
  }

  private Row<T> mapRecord(CsvRecord record, CsvHeader header) {
    SourcePosition position = SourcePosition.at(source(), record.line(), 1).inRecord(recordNumber);
    List<Issue> issues = new ArrayList<>();
    for (CsvProblem problem : record.problems()) {
      SourcePosition at = SourcePosition.at(source(), problem.line(), problem.column()).inRecord(recordNumber);
      if (problem.field().isPresent() && problem.field().getAsInt() < header.size()) {
        at = at.atField(header.nameAt(problem.field().getAsInt()));
      }
      issues.add(problem.toIssue(source()).locatedAt(at));
    }
    if (record.size() != header.size()) {
      issues.add(Issue.error(ReadCodes.CSV_RECORD_FIELD_COUNT, "the record has " + record.size()
          + " fields but the header has " + header.size()).locatedAt(position));
    }
    if (issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR))) {
      // a malformed record (e.g. text after a closing quote) is rejected before it is mapped
      return new Row.Rejected<>(position, record.fields(), issues);
    }
    return map(new Fields(record, position), issues);
  }

  @Override
  protected final void release() {
    try {
      tokenizer.close();
    } catch (IOException e) {
      // Nothing was lost: every row read has been delivered.
    }
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

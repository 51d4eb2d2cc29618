package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.RowSource;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A reader of a CSV file with named columns: finds the header (skipping up to the settings' preamble of title lines),
 * skips blank lines, numbers the records 1..n, turns the tokenizer's findings into located issues, rejects a record
 * whose number of fields is not the header's, and leaves the mapping of every other record to {@link #map}. Columns
 * listed as redacted (personal data) are blanked in the fields of rejected rows.
 *
 * @param <T> the model type records map to
 */
public abstract class CsvRecordSource<T> extends RowSource<T> {
  private final CsvTokenizer tokenizer;
  private final List<String> required;
  private final Set<String> redacted;
  private final int maxPreambleLines;
  private @Nullable CsvHeader header;
  private long recordNumber;

  /**
   * A reader of {@code input}, which it owns.
   *
   * @param required the columns the header must have
   * @param redacted the columns blanked in rejected rows
   */
  protected CsvRecordSource(Reader input, String source, CsvSettings settings, List<String> required,
      Set<String> redacted) {
    super(source);
    this.tokenizer = settings.tokenizer(input);
    this.required = List.copyOf(required);
    this.redacted = redacted.stream().map(CsvHeader::normalize).collect(Collectors.toUnmodifiableSet());
    this.maxPreambleLines = settings.maxPreambleLines();
  }

  /**
   * The row of one record that has as many fields as the header.
   *
   * @param position where the record starts, with its record number
   * @param issues the structural findings of the record, to add to
   */
  protected abstract Row<T> map(CsvRecord record, SourcePosition position, List<Issue> issues);

  /** Called once, when the header is found, before the first record is mapped. */
  protected void headerFound(CsvHeader header) {}

  /** The header; only once it has been found. */
  protected final CsvHeader header() {
    return Objects.requireNonNull(header, "the header is not read yet");
  }

  /** Where field {@code index} of {@code record} starts, with its column name as written in the header. */
  protected final SourcePosition at(CsvRecord record, int index) {
    return SourcePosition.at(source(), record.fieldLine(index), record.fieldColumn(index)).inRecord(recordNumber)
        .atField(header().nameAt(index));
  }

  /** {@code record} rejected with {@code issues}, its redacted columns blanked. */
  protected final Row<T> reject(CsvRecord record, SourcePosition position, List<Issue> issues) {
    List<String> raw = new ArrayList<>(record.fields());
    for (int i = 0; i < raw.size() && i < header().size(); i++) {
      if (redacted.contains(CsvHeader.normalize(header().nameAt(i)))) {
        raw.set(i, "");
      }
    }
    return new Row.Rejected<>(position, raw, issues);
  }

  @Override
  protected final @Nullable Row<T> readNext() {
    if (header == null) {
      CsvHeader.Located located = CsvHeader.locate(tokenizer, required, maxPreambleLines, source());
      if (located.header().isEmpty()) {
        stop(located.failure().orElseThrow());
        return null;
      }
      header = located.header().get();
      headerFound(header);
    }
    CsvHeader found = header;
    while (true) {
      CsvRecord record = tokenizer.next();
      if (record == null) {
        tokenizer.failure().ifPresent(p -> stop(p.toIssue(source()).locatedAt(
            SourcePosition.at(source(), p.line(), p.column()).inRecord(recordNumber + 1))));
        return null;
      }
      if (record.isBlank()) {
        continue; // a blank line holds no record; like FastCSV and Commons CSV, skip it
      }
      recordNumber++;
      SourcePosition position = SourcePosition.at(source(), record.line(), 1).inRecord(recordNumber);
      List<Issue> issues = new ArrayList<>();
      for (CsvProblem problem : record.problems()) {
        SourcePosition at = SourcePosition.at(source(), problem.line(), problem.column()).inRecord(recordNumber);
        if (problem.field().isPresent() && problem.field().getAsInt() < found.size()) {
          at = at.atField(found.nameAt(problem.field().getAsInt()));
        }
        issues.add(problem.toIssue(source()).locatedAt(at));
      }
      if (record.size() != found.size()) {
        issues.add(Issue.error(ReadCodes.CSV_RECORD_FIELD_COUNT, "the record has " + record.size()
            + " fields but the header has " + found.size()).locatedAt(position));
        return reject(record, position, issues);
      }
      return map(record, position, issues);
    }
  }

  @Override
  protected final void release() {
    try {
      tokenizer.close();
    } catch (IOException e) {
      // Nothing was lost: every row read has been delivered.
    }
  }
}

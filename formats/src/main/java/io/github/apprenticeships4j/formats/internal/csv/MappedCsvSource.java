package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.provider.ProviderCodes;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.CsvCodes;
import io.github.apprenticeships4j.formats.internal.RowSource;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A CSV reader that maps each record onto a model value through named columns: it finds the header (skipping up to
 * {@code maxPreambleLines} title lines), skips blank lines, numbers the records 1..n, turns the tokenizer's findings
 * into located issues, rejects records with the wrong number of fields, and leaves the mapping of one record to
 * {@link #map(Fields)}. Columns listed as redacted are blanked in the raw fields of rejected rows.
 */
public abstract class MappedCsvSource<T> extends RowSource<T> {
  /** Dates written dd/MM/yyyy, as DfE's register downloads write them. */
  public static final DateTimeFormatter SLASHED_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final CsvTokenizer tokenizer;
  private final List<String> required;
  private final List<String> optional;
  private final Set<String> redacted;
  private final int maxPreambleLines;
  private @Nullable CsvHeader header;
  private long recordNumber;

  /**
   * A reader of {@code reader}, which it closes.
   *
   * @param required the columns the header must have
   * @param optional columns read when the header has them
   * @param redacted columns blanked in rejected rows (personal data)
   */
  protected MappedCsvSource(Reader reader, String source, List<String> required, List<String> optional,
      Set<String> redacted, int maxPreambleLines) {
    super(source);
    this.tokenizer = new CsvTokenizer(reader);
    this.required = List.copyOf(required);
    this.optional = List.copyOf(optional);
    this.redacted = redacted.stream().map(CsvHeader::normalize).collect(Collectors.toUnmodifiableSet());
    this.maxPreambleLines = maxPreambleLines;
  }

  /** The row of one record whose field count matches the header; its structural findings are already added. */
  protected abstract Row<T> map(Fields fields);

  @Override
  protected final @Nullable Row<T> readNext() {
    if (header == null) {
      CsvHeader.Located located = CsvHeader.locate(tokenizer, required, maxPreambleLines, source());
      if (located.header().isEmpty()) {
        stop(located.failure().orElseThrow());
        return null;
      }
      header = located.header().get();
    }
    while (true) {
      CsvRecord record = tokenizer.next();
      if (record == null) {
        tokenizer.failure().ifPresent(p -> stop(p.toIssue(source()).locatedAt(
            SourcePosition.at(source(), p.line(), p.column()).inRecord(recordNumber + 1))));
        return null;
      }
      if (record.isBlank()) {
        continue;
      }
      recordNumber++;
      Fields fields = new Fields(record, Objects.requireNonNull(header));
      if (record.size() != header.size()) {
        fields.issues.add(Issue.error(CsvCodes.RECORD_FIELD_COUNT, "the record has " + record.size()
            + " fields but the header has " + header.size()).locatedAt(fields.position));
        return fields.reject();
      }
      return map(fields);
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

  /** One record being mapped, with its findings. */
  protected final class Fields {
    private final CsvRecord record;
    private final CsvHeader header;
    private final SourcePosition position;
    private final List<Issue> issues = new ArrayList<>();

    Fields(CsvRecord record, CsvHeader header) {
      this.record = record;
      this.header = header;
      this.position = SourcePosition.at(source(), record.line(), 1).inRecord(recordNumber);
      for (CsvProblem problem : record.problems()) {
        SourcePosition at = SourcePosition.at(source(), problem.line(), problem.column()).inRecord(recordNumber);
        if (problem.field().isPresent() && problem.field().getAsInt() < header.size()) {
          at = at.atField(header.nameAt(problem.field().getAsInt()));
        }
        issues.add(problem.toIssue(source()).locatedAt(at));
      }
    }

    /** Whether the header has {@code column} (always true for required columns). */
    public boolean has(String column) {
      return header.indexOf(column).isPresent();
    }

    /** The value of {@code column}, stripped; empty if the header lacks the (optional) column. */
    public String text(String column) {
      return has(column) ? record.field(header.indexOf(column).getAsInt()).strip() : "";
    }

    /** Where the value of {@code column} starts, with the column name as written in the header. */
    public SourcePosition at(String column) {
      int index = header.indexOf(column).orElseThrow();
      return SourcePosition.at(source(), record.fieldLine(index), record.fieldColumn(index)).inRecord(recordNumber)
          .atField(header.nameAt(index));
    }

    /** Adds {@code issue} about the value of {@code column}, at model property {@code path}. */
    public void add(Issue issue, String column, String path) {
      issues.add(issue.at(path).locatedAt(at(column)));
    }

    /** Adds an error about the value of {@code column}, echoing it. */
    public void error(String code, String message, String column, String path) {
      add(Issue.error(code, message).rejecting(text(column)), column, path);
    }

    /** Adds a warning about the value of {@code column}, echoing it when it is not blank. */
    public void warning(String code, String message, String column, String path) {
      Issue issue = Issue.warning(code, message);
      String value = text(column);
      add(value.isEmpty() ? issue : issue.rejecting(value), column, path);
    }

    /** Warns that {@code column} is blank and taken as {@code taken}. */
    public void blank(String column, String path, String taken) {
      warning(CsvCodes.VALUE_BLANK, column + " is blank; taken as " + taken, column, path);
    }

    /** The UKPRN in {@code column}, or null with an error ({@value ProviderCodes#UKPRN_FORMAT}). */
    public @Nullable Ukprn ukprn(String column, String path) {
      try {
        return Ukprn.parse(text(column));
      } catch (InvalidValueException e) {
        add(e.issue(), column, path);
        return null;
      }
    }

    /** A date written dd/MM/yyyy; blank gives none (with a warning if {@code warnIfBlank}), junk an error. */
    public Optional<LocalDate> date(String column, String path, boolean warnIfBlank) {
      String text = text(column);
      if (text.isEmpty()) {
        if (warnIfBlank) {
          blank(column, path, "absent");
        }
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text, SLASHED_DATE));
      } catch (DateTimeParseException e) {
        error(CsvCodes.DATE_FORMAT, column + " must be a date written dd/MM/yyyy, e.g. 06/01/2020", column, path);
        return Optional.empty();
      }
    }

    /** Whether an error was found in the record. */
    public boolean hasErrors() {
      return issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
    }

    /** The record accepted as {@code value}, with its warnings. */
    public Row<T> accept(T value) {
      return new Row.Accepted<>(position, value, issues);
    }

    /** The record rejected, with its raw fields (redacted columns blanked). */
    public Row<T> reject() {
      List<String> raw = new ArrayList<>(record.fields());
      for (int i = 0; i < raw.size() && i < header.size(); i++) {
        if (redacted.contains(CsvHeader.normalize(header.nameAt(i)))) {
          raw.set(i, "");
        }
      }
      return new Row.Rejected<>(position, raw, issues);
    }

    /** The row: rejected if an error was found, else accepted as the value {@code value} builds. */
    public Row<T> acceptUnlessErrors(java.util.function.Supplier<T> value) {
      if (hasErrors()) {
        return reject();
      }
      try {
        return accept(value.get());
      } catch (InvalidValueException e) {
        issues.add(e.issue().locatedAt(position));
        return reject();
      }
    }
  }

  /** The optional columns, for subclasses that list them. */
  protected final List<String> optionalColumns() {
    return optional;
  }
}

package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A CSV reader that maps each record onto a model value through named columns, with {@link Fields}: the located access
 * to the values of one record and its findings.
 */
public abstract class MappedCsvSource<T> extends CsvRecordSource<T> {
  /** Dates written dd/MM/yyyy, as DfE's register downloads write them. */
  public static final DateTimeFormatter SLASHED_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /**
   * A reader of {@code input}, which it owns.
   *
   * @param required the columns the header must have; others, such as optional ones, are read when present
   */
  protected MappedCsvSource(Reader input, String source, CsvSettings settings, List<String> required) {
    this(input, source, settings, required, Set.of());
  }

  /**
   * A reader of {@code input}, which it owns, that blanks the {@code redacted} columns (personal data) in the fields
   * of rejected rows.
   */
  protected MappedCsvSource(Reader input, String source, CsvSettings settings, List<String> required,
      Set<String> redacted) {
    super(input, source, settings, required, redacted);
  }

  /** The row of one record, mapped through {@code fields}; its structural findings are already added. */
  protected abstract Row<T> map(Fields fields);

  @Override
  protected final Row<T> map(CsvRecord record, SourcePosition position, List<Issue> issues) {
    return map(new Fields(record, position, issues));
  }

  /** One record being mapped, with its findings. */
  protected final class Fields {
    private final CsvRecord record;
    private final SourcePosition position;
    private final List<Issue> issues;

    Fields(CsvRecord record, SourcePosition position, List<Issue> issues) {
      this.record = record;
      this.position = position;
      this.issues = issues;
    }

    /** Whether the header has {@code column} (always true for required columns). */
    public boolean has(String column) {
      return header().indexOf(column).isPresent();
    }

    /** The value of {@code column}, stripped; empty if the header lacks the (optional) column. */
    public String text(String column) {
      return has(column) ? record.field(header().indexOf(column).getAsInt()).strip() : "";
    }

    /** Where the value of {@code column} starts, with the column name as written in the header. */
    public SourcePosition at(String column) {
      return MappedCsvSource.this.at(record, header().indexOf(column).orElseThrow());
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
      warning(ReadCodes.CSV_VALUE_BLANK, column + " is blank; taken as " + taken, column, path);
    }

    /** The UKPRN in {@code column}, or null with an error (the code of {@link Ukprn#parse}). */
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
        error(ReadCodes.CSV_DATE_FORMAT, column + " must be a date written dd/MM/yyyy, e.g. 06/01/2020", column, path);
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

    /** The record rejected, with its raw fields. */
    public Row<T> reject() {
      return MappedCsvSource.this.reject(record, position, issues);
    }

    /** The row: rejected if an error was found, else accepted as the value {@code value} builds. */
    public Row<T> acceptUnlessErrors(Supplier<T> value) {
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

}

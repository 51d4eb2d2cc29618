package io.github.apprenticeships4j.formats.internal;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reads record readers to their end for the loaders. */
public final class Loading {
  private Loading() {}

  /**
   * Everything one reader gave: its accepted rows, its rejected rows, every finding in input order (those about
   * the input as a whole after the rows', the fatal one last) and its summary.
   */
  public record Rows<T>(List<Row.Accepted<T>> accepted, List<Row.Rejected<?>> rejected, List<Issue> issues,
      ReadSummary summary) {}

  /** The rows of {@code reader} as {@link RecordReader#load()} gives them. */
  public static <T> Loaded<List<T>> load(RecordReader<T> reader, Supplier<List<Issue>> inputIssues)
      throws LoadException {
    Rows<T> rows = readAll(reader, inputIssues);
    requireComplete(List.of(rows.summary()), rows.issues());
    return new Loaded<>(rows.accepted().stream().map(Row.Accepted::value).collect(Collectors.toUnmodifiableList()),
        List.of(rows.summary()), rows.rejected(), rows.issues());
  }

  /**
   * Reads {@code reader} to its end and closes it; {@code inputIssues} gives the findings about the input as a whole
   * once the rows are read.
   */
  public static <T> Rows<T> readAll(RecordReader<T> reader, Supplier<List<Issue>> inputIssues) {
    List<Row.Accepted<T>> accepted = new ArrayList<>();
    List<Row.Rejected<?>> rejected = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    ReadSummary summary;
    try (reader) {
      reader.rows().forEach(row -> {
        issues.addAll(row.issues());
        if (row instanceof Row.Accepted<T> ok) {
          accepted.add(ok);
        } else if (row instanceof Row.Rejected<T> no) {
          rejected.add(no);
        }
      });
      summary = reader.summary();
      List<Issue> about = inputIssues.get();
      about.stream().filter(i -> summary.stoppedBy().filter(i::equals).isEmpty()).forEach(issues::add);
    }
    summary.stoppedBy().ifPresent(issues::add);
    return new Rows<>(accepted, rejected, issues, summary);
  }

  /**
   * Throws if an input was not read to its end.
   *
   * @throws LoadException with {@code summaries} and {@code issues}
   */
  public static void requireComplete(List<ReadSummary> summaries, List<Issue> issues) throws LoadException {
    if (summaries.stream().anyMatch(s -> !s.complete())) {
      throw new LoadException(summaries, issues);
    }
  }
}

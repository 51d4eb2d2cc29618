package io.github.apprenticeships4j.formats;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a load built from inputs read to their end: the value made of every accepted record, the account of each
 * input, the rejected records and every finding. Rejected records do not stop a load; an input that cannot be read
 * to its end does, with a {@link LoadException}.
 *
 * <pre>{@code
 * Loaded<StandardCatalogue> loaded = StandardsJson.readCatalogue(path);
 * StandardCatalogue catalogue = loaded.value();                 // every accepted record
 * loaded.rejected().forEach(row -> row.issues().forEach(System.out::println));
 * StandardCatalogue strict = StandardsJson.readCatalogue(path).requireNoErrors();   // or LoadException
 * }</pre>
 *
 * @param value what was built from the accepted records
 * @param summaries the account of each input, in the order read (read = accepted + rejected in each)
 * @param rejected the rejected records in input order, each with what the input said and its located findings
 * @param issues every finding in input order, warnings included: those of the records, then those about an input
 *     as a whole
 * @param <T> the type of the value
 */
public record Loaded<T>(T value, List<ReadSummary> summaries, List<Row.Rejected<?>> rejected, List<Issue> issues) {
  /**
   * Checks that the account holds together.
   *
   * @throws IllegalArgumentException if there is no summary, a read did not end, or the rejected rows are not those
   *     counted
   */
  public Loaded {
    Objects.requireNonNull(value, "value");
    summaries = List.copyOf(summaries);
    rejected = List.copyOf(rejected);
    issues = List.copyOf(issues);
    if (summaries.isEmpty()) {
      throw new IllegalArgumentException("a load needs the summary of its input");
    }
    if (summaries.stream().anyMatch(s -> !s.complete())) {
      throw new IllegalArgumentException("an input read in part is not loaded: " + summaries);
    }
    long counted = summaries.stream().mapToLong(ReadSummary::rejected).sum();
    if (counted != rejected.size()) {
      throw new IllegalArgumentException("rejected rows lost: " + counted + " counted, " + rejected.size() + " kept");
    }
  }

  /**
   * The value, if no finding is an error: no record was rejected and nothing is wrong with an input as a whole.
   *
   * @throws LoadException if a finding is an error; its message lists them with their positions
   */
  public T requireNoErrors() throws LoadException {
    if (issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR))) {
      throw new LoadException(summaries, issues);
    }
    return value;
  }

  /** The same load with {@code function} applied to its value, e.g. {@code load().map(StandardCatalogue::of)}. */
  public <R> Loaded<R> map(Function<? super T, ? extends R> function) {
    return new Loaded<>(function.apply(value), summaries, rejected, issues);
  }

  /** The account of each input, e.g. {@code standards.json: 2170 read, 2166 accepted, 4 rejected}. */
  @Override
  public String toString() {
    return summaries.stream().map(ReadSummary::toString).collect(Collectors.joining("; "));
  }
}

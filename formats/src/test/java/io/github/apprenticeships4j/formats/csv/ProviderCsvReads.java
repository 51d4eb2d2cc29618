package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import java.util.List;
import java.util.stream.Collectors;

/** A read of a whole input, for the provider readers' tests. */
record ProviderCsvReads<T>(List<Row<T>> rows, ReadSummary summary) {
  static <T> ProviderCsvReads<T> of(RecordReader<T> reader) {
    try (reader) {
      List<Row<T>> rows = reader.rows().collect(Collectors.toList());
      return new ProviderCsvReads<>(rows, reader.summary());
    }
  }

  Row.Accepted<T> accepted(int index) {
    if (rows.get(index) instanceof Row.Accepted<T> accepted) {
      return accepted;
    }
    throw new AssertionError("row " + index + " is rejected: " + rows.get(index).issues());
  }

  Row.Rejected<T> rejected(int index) {
    if (rows.get(index) instanceof Row.Rejected<T> rejected) {
      return rejected;
    }
    throw new AssertionError("row " + index + " is accepted");
  }
}

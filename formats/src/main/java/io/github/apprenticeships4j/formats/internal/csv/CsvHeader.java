package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The header record of a CSV input: column names matched ignoring case and surrounding white space (runs of white
 * space inside a name count as one space), in any order. The first of two columns with the same name wins.
 * Immutable.
 */
public final class CsvHeader {
  private final CsvRecord record;
  private final Map<String, Integer> indexes;
  private final long preambleRecords;

  private CsvHeader(CsvRecord record, long preambleRecords) {
    this.record = record;
    this.preambleRecords = preambleRecords;
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      byName.putIfAbsent(normalize(record.field(i)), i);
    }
    this.indexes = byName;
  }

  /**
   * Finds the header among the first {@code maxPreambleRecords + 1} records of {@code tokenizer}: the first record
   * that has every one of {@code required}. Records above it (title lines, blank lines) are skipped. On failure the
   * result holds a fatal finding: the tokenizer's own, or {@value ReadCodes#CSV_HEADER_MISSING_COLUMN} about the
   * record that came closest (field: the first missing column), or {@value ReadCodes#CSV_HEADER_MISSING} if no record
   * had any of the required names.
   *
   * @param source the name of the input, for positions
   */
  public static Located locate(CsvTokenizer tokenizer, Collection<String> required, int maxPreambleRecords,
      String source) {
    @Nullable CsvRecord closest = null;
    long closestMatches = 0;
    boolean misdecoded = false;
    long seen = 0;
    while (seen <= maxPreambleRecords) {
      CsvRecord record = tokenizer.next();
      if (record == null) {
        break;
      }
      CsvHeader candidate = new CsvHeader(record, seen);
      seen++;
      misdecoded |= record.fields().stream().anyMatch(f -> f.indexOf('\u0000') >= 0 || f.indexOf('\uFFFD') >= 0);
      long matches = required.stream().filter(name -> candidate.indexOf(name).isPresent()).count();
      if (matches == required.size()) {
        return new Located(Optional.of(candidate), Optional.empty());
      }
      if (matches > closestMatches) {
        closest = record;
        closestMatches = matches;
      }
    }
    Optional<CsvProblem> failure = tokenizer.failure();
    if (failure.isPresent()) {
      return new Located(Optional.empty(), Optional.of(failure.get().toIssue(source)));
    }
    String hint = misdecoded ? " (the text looks mis-decoded: check the charset)" : "";
    if (closest != null) {
      CsvHeader header = new CsvHeader(closest, 0);
      List<String> missing = required.stream().filter(name -> header.indexOf(name).isEmpty())
          .collect(Collectors.toList());
      Issue issue = Issue.of(Severity.FATAL, ReadCodes.CSV_HEADER_MISSING_COLUMN,
          "the header lacks the required column" + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing) + hint)
          .locatedAt(SourcePosition.at(source, closest.line(), 1).atField(missing.get(0)));
      return new Located(Optional.empty(), Optional.of(issue));
    }
    String message = seen == 0 ? "the input is empty; expected a header"
        : "no header with the columns " + String.join(", ", required) + " in the first " + seen + " records" + hint;
    return new Located(Optional.empty(), Optional.of(Issue.of(Severity.FATAL, ReadCodes.CSV_HEADER_MISSING, message)
        .locatedAt(SourcePosition.at(source, seen == 0 ? 1 : tokenizer.line(), 1))));
  }

  /** A column name as matched: stripped, lower case, runs of white space as one space. */
  public static String normalize(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The header record. */
  public CsvRecord record() {
    return record;
  }

  /** How many records (title lines, blank lines) were skipped above the header. */
  public long preambleRecords() {
    return preambleRecords;
  }

  /** The number of columns. */
  public int size() {
    return record.size();
  }

  /** The 0-based index of the column named {@code name}, matched as described above, if there is one. */
  public OptionalInt indexOf(String name) {
    Integer index = indexes.get(normalize(name));
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /** The name of column {@code index} as written, without surrounding white space. */
  public String nameAt(int index) {
    return record.field(index).strip();
  }

  /**
   * The outcome of {@link #locate}: a header, or the fatal finding that none was found.
   *
   * @param header the header, if found
   * @param failure the fatal finding, if not
   */
  public record Located(Optional<CsvHeader> header, Optional<Issue> failure) {}
}

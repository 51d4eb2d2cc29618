package io.github.apprenticeships4j.formats.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever the fields hold, writing records with RFC 4180 quoting and tokenizing the text gives back the same records,
 * at the lines where they were written.
 */
class CsvTokenizerPropertiesTest {
  /** Characters that matter to the tokenizer, and a few that do not, to build fields likely to break it. */
  private static final String TRICKY = "ab ,;\t\"\r\n\uFEFFé€";

  @Test
  void quotedRecords_tokenizeToTheSameFieldsAndRecordCount() {
    qt().withExamples(1_000)
        .forAll(files(), layouts())
        .checkAssert((records, layout) -> {
          String text = layout.write(records);
          Reader reader = layout.trickle ? new CsvTokenizerTest.TrickleReader(text) : new StringReader(text);
          CsvTokenizer tokenizer = new CsvTokenizer(reader, layout.delimiter, CsvTokenizer.DEFAULT_MAX_FIELD_LENGTH,
              CsvTokenizer.DEFAULT_MAX_FIELDS, CsvTokenizer.DEFAULT_MAX_RECORD_LENGTH);

          List<CsvRecord> read = CsvTokenizerTest.all(tokenizer);

          assertThat(read).hasSameSizeAs(records);
          assertThat(read.stream().map(CsvRecord::fields).collect(Collectors.toList())).isEqualTo(records);
          assertThat(read).extracting(CsvRecord::line).isEqualTo(layout.startLines(text));
          for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).problems()).isEmpty();
            assertThat(read.get(i).survivesNaiveSplit()).isEqualTo(!layout.quotesAny(records.get(i)));
          }
        });
  }

  @Test
  void anyText_endsInRecordsOrOneFailure_withoutThrowing() {
    qt().withExamples(1_000)
        .forAll(Generate.oneOf(trickyText(80), strings().allPossible().ofLengthBetween(0, 80)), booleans().all())
        .checkAssert((text, trickle) -> {
          Reader reader = trickle ? new CsvTokenizerTest.TrickleReader(text) : new StringReader(text);
          CsvTokenizer tokenizer = new CsvTokenizer(reader, ',', 8, 4, 16);
          long lastLine = 0;
          for (CsvRecord r = tokenizer.next(); r != null; r = tokenizer.next()) {
            assertThat(r.size()).isBetween(1, 4);
            assertThat(r.line()).isGreaterThan(lastLine);
            lastLine = r.line();
          }
          assertThat(tokenizer.next()).isNull();
          tokenizer.failure().ifPresent(f -> assertThat(f.isFatal()).isTrue());
        });
  }

  private static Gen<String> trickyText(int maxLength) {
    return lists().of(integers().between(0, TRICKY.length() - 1)).ofSizeBetween(0, maxLength)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(TRICKY.charAt(i))).collect(Collectors.joining()));
  }

  private static Gen<String> fields() {
    return Generate.oneOf(strings().allPossible().ofLengthBetween(0, 12), trickyText(12));
  }

  private static Gen<List<List<String>>> files() {
    return lists().of(lists().of(fields()).ofSizeBetween(1, 6)).ofSizeBetween(0, 8);
  }

  private static Gen<Layout> layouts() {
    return Generate.pick(List.of(',', ';', '\t'))
        .zip(Generate.pick(List.of("\n", "\r\n", "\r")), booleans().all(), booleans().all(),
            (delimiter, lineEnd, quoteAll, endWithLineEnd) -> new Layout(delimiter, lineEnd, quoteAll,
                endWithLineEnd, false))
        .zip(booleans().all(), (layout, trickle) -> layout.trickling(trickle));
  }

  /** How records are written: delimiter, line end, quoting every field or not, ending with a line end or not. */
  private static final class Layout {
    final char delimiter;
    final String lineEnd;
    final boolean quoteAll;
    final boolean endWithLineEnd;
    final boolean trickle;

    Layout(char delimiter, String lineEnd, boolean quoteAll, boolean endWithLineEnd, boolean trickle) {
      this.delimiter = delimiter;
      this.lineEnd = lineEnd;
      this.quoteAll = quoteAll;
      this.endWithLineEnd = endWithLineEnd;
      this.trickle = trickle;
    }

    Layout trickling(boolean on) {
      return new Layout(delimiter, lineEnd, quoteAll, endWithLineEnd, on);
    }

    /** RFC 4180 quoting: a field is quoted if it must be (or always, with quoteAll). */
    String write(List<List<String>> records) {
      StringBuilder text = new StringBuilder();
      for (int r = 0; r < records.size(); r++) {
        List<String> record = records.get(r);
        for (int f = 0; f < record.size(); f++) {
          if (f > 0) {
            text.append(delimiter);
          }
          String field = record.get(f);
          text.append(quoted(record, field) ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        if (r < records.size() - 1 || endWithLineEnd) {
          text.append(lineEnd);
        }
      }
      return text.toString();
    }

    boolean quotesAny(List<String> record) {
      return record.stream().anyMatch(f -> quoted(record, f));
    }

    private boolean quoted(List<String> record, String field) {
      boolean onlyEmptyField = record.size() == 1 && field.isEmpty(); // unquoted, it would be a blank line
      return quoteAll || onlyEmptyField || field.indexOf(delimiter) >= 0 || field.indexOf('"') >= 0
          || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0 || field.startsWith("\uFEFF");
    }

    /** The 1-based line where each record starts, counting CR, LF and CRLF as one line end each. */
    List<Long> startLines(String text) {
      List<Long> starts = new ArrayList<>();
      long line = 1;
      boolean inQuotes = false;
      boolean atRecordStart = true;
      for (int i = 0; i < text.length(); i++) {
        if (atRecordStart) {
          starts.add(line);
          atRecordStart = false;
        }
        char c = text.charAt(i);
        if (c == '"') {
          inQuotes = !inQuotes;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          line++;
          atRecordStart = !inQuotes;
        }
      }
      return starts;
    }
  }
}

package io.github.apprenticeships4j.formats.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTokenizerTest {

  @Test
  void next_splitsPlainRecords_withLinesAndColumns() {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("a,bb,ccc\n1,22,333\n"));

    CsvRecord first = tokenizer.next();
    assertThat(first.fields()).containsExactly("a", "bb", "ccc");
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.ordinal()).isEqualTo(1);
    assertThat(List.of(first.fieldColumn(0), first.fieldColumn(1), first.fieldColumn(2))).containsExactly(1L, 3L, 6L);
    assertThat(first.survivesNaiveSplit()).isTrue();
    assertThat(first.isBlank()).isFalse();
    assertThat(first.problems()).isEmpty();

    CsvRecord second = tokenizer.next();
    assertThat(second.fields()).containsExactly("1", "22", "333");
    assertThat(second.line()).isEqualTo(2);
    assertThat(second.fieldLine(2)).isEqualTo(2);
    assertThat(second.ordinal()).isEqualTo(2);

    assertThat(tokenizer.next()).isNull();
    assertThat(tokenizer.failure()).isEmpty();
  }

  @Test
  void next_keepsDelimiterInsideQuotes() {
    CsvRecord record = single("\"a,b\",c");

    assertThat(record.fields()).containsExactly("a,b", "c");
    assertThat(record.fieldColumn(1)).isEqualTo(7);
    assertThat(record.survivesNaiveSplit()).isFalse();
  }

  @Test
  void next_readsDoubledQuotesAsOne() {
    assertThat(single("\"say \"\"hi\"\"\",\"\"\"\"").fields()).containsExactly("say \"hi\"", "\"");
  }

  @Test
  void next_keepsQuotedFieldWithOnlyCharactersAsNotPlain() {
    CsvRecord record = single("\"abc\",d");

    assertThat(record.fields()).containsExactly("abc", "d");
    assertThat(record.survivesNaiveSplit()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void next_keepsLineBreaksInsideQuotes_andCountsTheirLines(String lineEnd) {
    String input = "\"one" + lineEnd + "two\",x" + lineEnd + "next,y" + lineEnd;
    List<CsvRecord> records = all(input);

    assertThat(records).hasSize(2);
    assertThat(records.get(0).fields()).containsExactly("one" + lineEnd + "two", "x");
    assertThat(records.get(0).line()).isEqualTo(1);
    assertThat(records.get(0).fieldLine(1)).isEqualTo(2);
    assertThat(records.get(0).fieldColumn(1)).isEqualTo(6);
    assertThat(records.get(1).line()).isEqualTo(3);
    assertThat(records.get(1).fields()).containsExactly("next", "y");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void next_endsRecordsAtEachKindOfLineEnd(String lineEnd) {
    List<CsvRecord> records = all("a,b" + lineEnd + "c,d" + lineEnd + "e,f");

    assertThat(records).extracting(CsvRecord::fields)
        .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
    assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
  }

  @Test
  void next_readsMixedLineEnds() {
    assertThat(all("a\r\nb\nc\rd")).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void next_skipsByteOrderMarkAtTheStart_withoutCountingIt() {
    CsvRecord record = single("\uFEFFa,b");

    assertThat(record.fields()).containsExactly("a", "b");
    assertThat(record.fieldColumn(0)).isEqualTo(1);
    assertThat(record.fieldColumn(1)).isEqualTo(3);
  }

  @Test
  void next_keepsByteOrderMarkAnywhereElse() {
    assertThat(all("a\n\uFEFFb")).extracting(CsvRecord::fields)
        .containsExactly(List.of("a"), List.of("\uFEFFb"));
  }

  @Test
  void next_readsNothingFromEmptyInputOrByteOrderMarkAlone() {
    assertThat(all("")).isEmpty();
    assertThat(all("\uFEFF")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\n\n\n", "a\r\n\r\n", "a\r\r", "a\n"})
  void next_ignoresTrailingBlankLines(String input) {
    assertThat(all(input)).extracting(CsvRecord::fields).containsExactly(List.of("a"));
  }

  @Test
  void next_ignoresInputOfBlankLinesOnly() {
    assertThat(all("\n\r\n\n")).isEmpty();
  }

  @Test
  void next_deliversBlankLinesInTheMiddle_asOneEmptyField() {
    List<CsvRecord> records = all("a\n\n\r\nb\n\n");

    assertThat(records).extracting(CsvRecord::fields)
        .containsExactly(List.of("a"), List.of(""), List.of(""), List.of("b"));
    assertThat(records).extracting(CsvRecord::isBlank).containsExactly(false, true, true, false);
    assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L);
    assertThat(records).extracting(CsvRecord::ordinal).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void next_readsBlankLineAtTheStart_asBlankRecord() {
    List<CsvRecord> records = all("\na");

    assertThat(records).extracting(CsvRecord::isBlank).containsExactly(true, false);
    assertThat(records.get(1).line()).isEqualTo(2);
  }

  @Test
  void next_doesNotTakeQuotedEmptyFieldForBlank() {
    CsvRecord record = all("\"\"\nb").get(0);

    assertThat(record.fields()).containsExactly("");
    assertThat(record.isBlank()).isFalse();
  }

  @Test
  void next_readsEmptyFields() {
    assertThat(single(",a,,").fields()).containsExactly("", "a", "", "");
    assertThat(single(",").fields()).containsExactly("", "");
  }

  @Test
  void next_readsLastRecordWithoutLineEnd() {
    assertThat(all("a\nb,\"c\"")).extracting(CsvRecord::fields).containsExactly(List.of("a"), List.of("b", "c"));
  }

  @Test
  void next_stopsAtUnclosedQuote_withItsLineAndColumn() {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("a,b\nc,\"d,e\nf,g\n"));

    assertThat(tokenizer.next().fields()).containsExactly("a", "b");
    assertThat(tokenizer.next()).isNull();
    assertThat(tokenizer.next()).isNull();

    CsvProblem failure = tokenizer.failure().orElseThrow();
    assertThat(failure.code()).isEqualTo(ReadCodes.CSV_QUOTE_UNCLOSED);
    assertThat(failure.severity()).isEqualTo(Severity.FATAL);
    assertThat(failure.line()).isEqualTo(2);
    assertThat(failure.column()).isEqualTo(3);
  }

  @Test
  void next_stopsAtUnclosedQuote_afterBlankLines_withoutDeliveringThem() {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("a\n\n\"b"));

    assertThat(tokenizer.next().fields()).containsExactly("a");
    assertThat(tokenizer.next()).isNull();
    assertThat(tokenizer.failure().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void next_reportsCharacterAfterClosingQuote_asErrorOfThatRecordOnly() {
    List<CsvRecord> records = all("x,\"a\"b c,d\ne,f\n");

    assertThat(records).hasSize(2);
    CsvRecord bad = records.get(0);
    assertThat(bad.fields()).containsExactly("x", "ab c", "d");
    assertThat(bad.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ReadCodes.CSV_QUOTE_TRAILING_CHARACTER);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isEqualTo(6);
      assertThat(p.field()).hasValue(1);
      assertThat(p.rejectedValue()).hasValue("b");
    });
    assertThat(records.get(1).fields()).containsExactly("e", "f");
    assertThat(records.get(1).problems()).isEmpty();
  }

  @Test
  void next_keepsBareQuoteAsLiteral_withWarning() {
    CsvRecord record = single("5\" screen,x\"y");

    assertThat(record.fields()).containsExactly("5\" screen", "x\"y");
    assertThat(record.survivesNaiveSplit()).isFalse();
    assertThat(record.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ReadCodes.CSV_QUOTE_BARE);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.column()).isEqualTo(2);
      assertThat(p.field()).hasValue(0);
    });
  }

  @Test
  void next_acceptsFieldsAtTheLimits() {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("abcde,\"fghij\",k\n"), ',', 5, 3, 11);

    assertThat(tokenizer.next().fields()).containsExactly("abcde", "fghij", "k");
    assertThat(tokenizer.next()).isNull();
    assertThat(tokenizer.failure()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok\nab,abcdef\n", "ok\nab,\"abc\"\"def\"\n", "ok\nab,\"abc\ndef\"\n"})
  void next_stopsAtFieldLongerThanTheLimit_atTheFieldStart(String input) {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(input), ',', 5, 10, 100);

    assertThat(tokenizer.next().fields()).containsExactly("ok");
    assertThat(tokenizer.next()).isNull();
    CsvProblem failure = tokenizer.failure().orElseThrow();
    assertThat(failure.code()).isEqualTo(ReadCodes.CSV_FIELD_TOO_LONG);
    assertThat(failure.severity()).isEqualTo(Severity.FATAL);
    assertThat(failure.line()).isEqualTo(2);
    assertThat(failure.column()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok\nab,abcdef,z\nnext\n", "ok\nab,\"abc\"\"def\",z\nnext\n",
      "ok\nab,\"abc\ndef\",z\nnext\n"})
  void next_truncatingLongFields_keepsThePrefix_reportsOnTheRecord_andGoesOn(String input) {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(input), ',', 5, 10, 100, true);

    assertThat(tokenizer.next().fields()).containsExactly("ok");
    CsvRecord record = tokenizer.next();
    assertThat(record.fields()).hasSize(3).startsWith("ab").endsWith("z");
    assertThat(record.field(1)).hasSize(5).startsWith("abc");
    assertThat(record.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ReadCodes.CSV_FIELD_TOO_LONG);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(4);
      assertThat(p.field()).hasValue(1);
    });
    CsvRecord next = tokenizer.next();
    assertThat(next.fields()).containsExactly("next");
    assertThat(next.line()).isEqualTo(input.contains("abc\ndef") ? 4 : 3);
    assertThat(tokenizer.next()).isNull();
    assertThat(tokenizer.failure()).isEmpty();
  }

  @Test
  void next_truncatingLongFields_stillStopsAtRecordLongerThanTheLimit() {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("abcd,abcdefgh\n"), ',', 5, 10, 8, true);

    assertThat(tokenizer.next()).isNull();
    assertThat(tokenizer.failure().orElseThrow().code()).isEqualTo(ReadCodes.CSV_RECORD_TOO_LONG);
  }

  @Test
  void next_stopsAtRecordWithTooManyFields_atTheFirstFieldTooMany() {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("a,b,c,d\n"), ',', 100, 3, 100);

    assertThat(tokenizer.next()).isNull();
    CsvProblem failure = tokenizer.failure().orElseThrow();
    assertThat(failure.code()).isEqualTo(ReadCodes.CSV_RECORD_TOO_MANY_FIELDS);
    assertThat(failure.line()).isEqualTo(1);
    assertThat(failure.column()).isEqualTo(7);
  }

  @Test
  void next_stopsAtRecordLongerThanTheLimit() {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("x\nabc,def,ghi\n"), ',', 100, 100, 8);

    assertThat(tokenizer.next().fields()).containsExactly("x");
    assertThat(tokenizer.next()).isNull();
    CsvProblem failure = tokenizer.failure().orElseThrow();
    assertThat(failure.code()).isEqualTo(ReadCodes.CSV_RECORD_TOO_LONG);
    assertThat(failure.line()).isEqualTo(2);
  }

  @Test
  void next_stopsAtHugeFieldWithDefaultLimit_withoutReadingItAll() {
    Reader endless = new Reader() {
      private long served;

      @Override
      public int read(char[] buffer, int offset, int length) {
        Arrays.fill(buffer, offset, offset + length, 'x');
        served += length;
        if (served > 10L * CsvTokenizer.DEFAULT_MAX_FIELD_LENGTH) {
          throw new AssertionError("read far past the field limit");
        }
        return length;
      }

      @Override
      public void close() {}
    };
    CsvTokenizer tokenizer = new CsvTokenizer(endless);

    assertThat(tokenizer.next()).isNull();
    assertThat(tokenizer.failure().orElseThrow().code()).isEqualTo(ReadCodes.CSV_FIELD_TOO_LONG);
  }

  @ParameterizedTest
  @ValueSource(chars = {';', '\t', '|'})
  void next_splitsAtTheChosenDelimiter(char delimiter) {
    String d = String.valueOf(delimiter);
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("a" + d + "\"b" + d + "c\"" + d + "d,e\n"), delimiter,
        100, 100, 1000);

    assertThat(tokenizer.next().fields()).containsExactly("a", "b" + d + "c", "d,e");
    assertThat(tokenizer.delimiter()).isEqualTo(delimiter);
  }

  @ParameterizedTest
  @ValueSource(chars = {'"', '\r', '\n', '\uFEFF'})
  void constructor_refusesDelimiterThatCannotSeparate(char delimiter) {
    assertThatThrownBy(() -> new CsvTokenizer(new StringReader(""), delimiter, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_refusesLimitsBelowOne() {
    assertThatThrownBy(() -> new CsvTokenizer(new StringReader(""), ',', 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void next_reportsReadFailure_asFatal() {
    CsvTokenizer tokenizer = new CsvTokenizer(failingAfter("a,b\nc", new IOException("disk gone")));

    assertThat(tokenizer.next().fields()).containsExactly("a", "b");
    assertThat(tokenizer.next()).isNull();
    CsvProblem failure = tokenizer.failure().orElseThrow();
    assertThat(failure.code()).isEqualTo(ReadCodes.IO);
    assertThat(failure.severity()).isEqualTo(Severity.FATAL);
    assertThat(failure.line()).isEqualTo(2);
  }

  @Test
  void next_reportsUndecodableInput_asEncodingFailure() {
    CsvTokenizer tokenizer = new CsvTokenizer(failingAfter("a", new MalformedInputException(1)));

    assertThat(tokenizer.next()).isNull();
    assertThat(tokenizer.failure().orElseThrow().code()).isEqualTo(ReadCodes.ENCODING);
  }

  @Test
  void survivesNaiveSplit_agreesWithSplitOnPlainLines() {
    for (String line : List.of("a,b,c", "a,,c", "x", " spaced , fields ")) {
      CsvRecord record = single(line);
      assertThat(record.survivesNaiveSplit()).isTrue();
      assertThat(record.fields()).isEqualTo(Arrays.asList(line.split(",", -1)));
    }
  }

  @Test
  void next_givesTheSameRecords_whateverTheReaderChunks() {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      input.append(i).append(",\"quoted, with \"\"quotes\"\"\r\nand a line\",plain text ").append(i).append("\r\n");
    }
    String text = input.toString();

    List<CsvRecord> whole = all(text);
    List<CsvRecord> trickled = all(new CsvTokenizer(new TrickleReader(text)));

    assertThat(whole).hasSize(3_000);
    assertThat(trickled).extracting(CsvRecord::fields).isEqualTo(
        whole.stream().map(CsvRecord::fields).collect(Collectors.toList()));
    assertThat(trickled).extracting(CsvRecord::line).isEqualTo(
        whole.stream().map(CsvRecord::line).collect(Collectors.toList()));
    assertThat(whole.get(2_999).line()).isEqualTo(2 * 2_999 + 1);
    assertThat(whole.get(2_999).fieldColumn(2)).isEqualTo(13);
  }

  @Test
  void next_countsCrLfSplitAcrossReadsInsideQuotes_asOneLineEnd() {
    List<CsvRecord> records = all(new CsvTokenizer(new TrickleReader("\"a\r\nb\"\nc")));

    assertThat(records.get(1).line()).isEqualTo(3);
  }

  @Test
  void close_closesTheReader() throws IOException {
    boolean[] closed = {false};
    Reader reader = new StringReader("a") {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    CsvTokenizer tokenizer = new CsvTokenizer(reader);
    tokenizer.close();

    assertThat(closed[0]).isTrue();
    assertThat(tokenizer.next()).isNull();
  }

  static List<CsvRecord> all(String input) {
    return all(new CsvTokenizer(new StringReader(input)));
  }

  static List<CsvRecord> all(CsvTokenizer tokenizer) {
    List<CsvRecord> records = new ArrayList<>();
    for (CsvRecord r = tokenizer.next(); r != null; r = tokenizer.next()) {
      records.add(r);
    }
    assertThat(tokenizer.failure()).isEmpty();
    return records;
  }

  private static CsvRecord single(String input) {
    List<CsvRecord> records = all(input);
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  private static Reader failingAfter(String text, IOException failure) {
    return new Reader() {
      private final StringReader start = new StringReader(text);

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = start.read(buffer, offset, length);
        if (n < 0) {
          throw failure;
        }
        return n;
      }

      @Override
      public void close() {}
    };
  }

  /** Gives one character per read, so that every boundary falls between two reads. */
  static final class TrickleReader extends Reader {
    private final String text;
    private int next;

    TrickleReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (next == text.length()) {
        return -1;
      }
      if (length == 0) {
        return 0;
      }
      buffer[offset] = text.charAt(next++);
      return 1;
    }

    @Override
    public void close() {}
  }
}

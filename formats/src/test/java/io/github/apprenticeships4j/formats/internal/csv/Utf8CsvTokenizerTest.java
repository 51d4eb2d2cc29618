package io.github.apprenticeships4j.formats.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.DecodingReader;
import io.github.apprenticeships4j.formats.internal.csv.Utf8CsvTokenizer.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8CsvTokenizerTest {

  @Test
  void plainRecords_areReadInPlace_withTheirLinesAndColumns() {
    Utf8CsvTokenizer tokenizer = tokenizer("a,bc\r\nde,,f\n");

    assertThat(tokenizer.next()).isEqualTo(Kind.PLAIN);
    assertThat(fields(tokenizer)).containsExactly("a", "bc");
    assertThat(tokenizer.recordLine()).isEqualTo(1);
    assertThat(tokenizer.fieldColumn(1)).isEqualTo(3);
    assertThat(tokenizer.next()).isEqualTo(Kind.PLAIN);
    assertThat(fields(tokenizer)).containsExactly("de", "", "f");
    assertThat(tokenizer.recordLine()).isEqualTo(2);
    assertThat(tokenizer.fieldColumn(2)).isEqualTo(5);
    assertThat(tokenizer.next()).isEqualTo(Kind.END);
    assertThat(tokenizer.line()).isEqualTo(3);
    assertThat(tokenizer.failure()).isEmpty();
    assertThat(tokenizer.bytesRead()).isEqualTo(12);
  }

  @Test
  void aByteOrderMark_isSkipped_andNotCountedAsAColumn() {
    Utf8CsvTokenizer tokenizer = tokenizer("\uFEFFa,b");

    assertThat(tokenizer.next()).isEqualTo(Kind.PLAIN);
    assertThat(fields(tokenizer)).containsExactly("a", "b");
    assertThat(tokenizer.fieldColumn(1)).isEqualTo(3);
  }

  @Test
  void blankLines_areDeliveredOneByOne_whateverTheirLineEnd() {
    Utf8CsvTokenizer tokenizer = tokenizer("\r\n\n\ra,b\r");

    for (int line = 1; line <= 3; line++) {
      assertThat(tokenizer.next()).isEqualTo(Kind.BLANK);
      assertThat(tokenizer.blankLine()).isEqualTo(line);
      assertThat(tokenizer.blankRecord().isBlank()).isTrue();
    }
    assertThat(tokenizer.next()).isEqualTo(Kind.PLAIN);
    assertThat(tokenizer.recordLine()).isEqualTo(4);
    assertThat(tokenizer.next()).isEqualTo(Kind.END);
  }

  @Test
  void recordsThatAreNotPlain_areHandedOver_asTheCharacterTokenizerReadsThem() {
    String text = "x,\"a,b\"\r\n\"multi\nline\",z\nZoë,1\nbare\"quote,\"q\"tail\n\tx,\u007F\nplain,row\n\"end\"";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(read(bytes, 10_000)).isEqualTo(readByCharacters(bytes, 10_000));
    assertThat(kinds(bytes)).containsExactly(Kind.RECORD, Kind.RECORD, Kind.RECORD, Kind.RECORD, Kind.RECORD,
        Kind.PLAIN, Kind.RECORD, Kind.END);
  }

  @Test
  void bytesThatAreNotUtf8_areReplaced_andTheirOffsetsKept() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("ok,1\nCaf".getBytes(StandardCharsets.UTF_8));
    out.write(0xE9);
    out.writeBytes(",2\n".getBytes(StandardCharsets.UTF_8));
    Utf8CsvTokenizer tokenizer = new Utf8CsvTokenizer(new ByteArrayInputStream(out.toByteArray()), 100, 100, 1000);

    assertThat(tokenizer.next()).isEqualTo(Kind.PLAIN);
    assertThat(tokenizer.next()).isEqualTo(Kind.RECORD);
    assertThat(tokenizer.record().fields()).containsExactly("Caf\uFFFD", "2");
    assertThat(tokenizer.record().line()).isEqualTo(2);
    DecodingReader.Replacement replacement = tokenizer.recordDecoding().takeReplacementsBefore(Long.MAX_VALUE)
        .getFirst();
    assertThat(replacement.byteOffset()).isEqualTo(8);
    assertThat(replacement.charOffset() - tokenizer.recordTokenizer().fieldOffset(0)).isEqualTo(3);
  }

  @Test
  void aRecordLongerThanTheBuffer_isHandedOver_andTheNextIsPlainAgain() {
    String field = "A".repeat(9_000);
    String text = String.join(",", field, field, field, field, field, field, field, field) + "\r\nnext,row\r\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(kinds(bytes)).containsExactly(Kind.RECORD, Kind.PLAIN, Kind.END);
    assertThat(read(bytes, 10_000)).isEqualTo(readByCharacters(bytes, 10_000));
  }

  @Test
  void aFieldOverTheLimit_isCut_andReportedOnItsRecord_andTheReadGoesOn() {
    byte[] bytes = "abcdefgh,x\nok,y\n".getBytes(StandardCharsets.UTF_8);
    Utf8CsvTokenizer tokenizer = new Utf8CsvTokenizer(new ByteArrayInputStream(bytes), 5, 100, 1000);

    assertThat(tokenizer.next()).isEqualTo(Kind.RECORD);
    assertThat(tokenizer.record().fields()).containsExactly("abcde", "x");
    assertThat(tokenizer.record().problems()).extracting(CsvProblem::code).containsExactly(
        ReadCodes.CSV_FIELD_TOO_LONG);
    assertThat(tokenizer.next()).isEqualTo(Kind.PLAIN);
    assertThat(read(bytes, 5)).isEqualTo(readByCharacters(bytes, 5));
  }

  @Test
  void aQuoteLeftOpen_endsTheRead_atTheQuote() {
    Utf8CsvTokenizer tokenizer = tokenizer("a,b\nc,\"open\n");

    assertThat(tokenizer.next()).isEqualTo(Kind.PLAIN);
    assertThat(tokenizer.next()).isEqualTo(Kind.END);
    assertThat(tokenizer.failure()).hasValueSatisfying(problem -> {
      assertThat(problem.code()).isEqualTo(ReadCodes.CSV_QUOTE_UNCLOSED);
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.column()).isEqualTo(3);
    });
    assertThat(tokenizer.next()).isEqualTo(Kind.END);
  }

  @Test
  void anInputThatFails_endsTheRead_withAnInputFailure() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    Utf8CsvTokenizer tokenizer = new Utf8CsvTokenizer(failing, 100, 100, 1000);

    assertThat(tokenizer.next()).isEqualTo(Kind.END);
    assertThat(tokenizer.failure()).hasValueSatisfying(problem -> assertThat(problem.code()).isEqualTo(
        ReadCodes.IO));
  }

  @Test
  void anInputThatGivesNoBytes_endsTheRead_withAnInputFailure() {
    InputStream empty = new InputStream() {
      @Override
      public int read() {
        return -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return 0;
      }
    };
    Utf8CsvTokenizer tokenizer = new Utf8CsvTokenizer(empty, 100, 100, 1000);

    assertThat(tokenizer.next()).isEqualTo(Kind.END);
    assertThat(tokenizer.failure()).hasValueSatisfying(problem -> assertThat(problem.message()).contains(
        "no bytes"));
  }

  @Test
  void aPlainRecord_asACsvRecord_isWhatTheCharacterTokenizerMakesOfIt() {
    byte[] bytes = "a b,c,,d\n".getBytes(StandardCharsets.UTF_8);
    Utf8CsvTokenizer tokenizer = new Utf8CsvTokenizer(new ByteArrayInputStream(bytes), 100, 100, 1000);
    tokenizer.next();

    assertThat(describe(tokenizer.toRecord())).isEqualTo(readByCharacters(bytes, 100).get(0));
  }

  @Test
  void close_endsTheRead() throws IOException {
    Utf8CsvTokenizer tokenizer = tokenizer("\"a\",b\nc,d\n");
    assertThat(tokenizer.next()).isEqualTo(Kind.RECORD);
    assertThat(tokenizer.current()).isEqualTo(Kind.RECORD);

    tokenizer.close();

    assertThat(tokenizer.next()).isEqualTo(Kind.END);
  }

  private static Utf8CsvTokenizer tokenizer(String text) {
    return new Utf8CsvTokenizer(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 10_000, 10_000,
        100_000);
  }

  private static List<String> fields(Utf8CsvTokenizer tokenizer) {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < tokenizer.size(); i++) {
      fields.add(new String(tokenizer.buffer(), tokenizer.fieldStart(i), tokenizer.fieldEnd(i) - tokenizer
          .fieldStart(i), StandardCharsets.US_ASCII));
    }
    return fields;
  }

  private static List<Kind> kinds(byte[] bytes) {
    Utf8CsvTokenizer tokenizer = new Utf8CsvTokenizer(new ByteArrayInputStream(bytes), 10_000, 10_000, 100_000);
    List<Kind> kinds = new ArrayList<>();
    Kind kind;
    do {
      kind = tokenizer.next();
      kinds.add(kind);
    } while (kind != Kind.END);
    return kinds;
  }

  /** The records of the byte tokenizer, described. */
  private static List<String> read(byte[] bytes, int maxFieldLength) {
    Utf8CsvTokenizer tokenizer = new Utf8CsvTokenizer(new ByteArrayInputStream(bytes), maxFieldLength, 10_000,
        100_000);
    List<String> records = new ArrayList<>();
    while (true) {
      Kind kind = tokenizer.next();
      if (kind == Kind.END) {
        tokenizer.failure().ifPresent(f -> records.add(f.code() + "@" + f.line() + ":" + f.column()));
        return records;
      }
      records.add(describe(kind == Kind.PLAIN ? tokenizer.toRecord() : kind == Kind.BLANK ? tokenizer.blankRecord()
          : tokenizer.record()));
    }
  }

  /** The records of the character tokenizer over the whole input, described. */
  private static List<String> readByCharacters(byte[] bytes, int maxFieldLength) {
    CsvTokenizer tokenizer = new CsvTokenizer(DecodingReader.replacing(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8), CsvTokenizer.DEFAULT_DELIMITER, maxFieldLength, 10_000, 100_000, true);
    List<String> records = new ArrayList<>();
    CsvRecord record;
    while ((record = tokenizer.next()) != null) {
      records.add(describe(record));
    }
    tokenizer.failure().ifPresent(f -> records.add(f.code() + "@" + f.line() + ":" + f.column()));
    return records;
  }

  private static String describe(CsvRecord record) {
    StringBuilder text = new StringBuilder().append(record.line()).append(' ').append(record.fields()).append(' ');
    for (int i = 0; i < record.size(); i++) {
      text.append(record.fieldLine(i)).append(':').append(record.fieldColumn(i)).append(' ');
    }
    for (CsvProblem problem : record.problems()) {
      text.append(problem.code()).append('@').append(problem.line()).append(':').append(problem.column()).append(
          ' ');
    }
    return text.append(record.survivesNaiveSplit()).append(record.isBlank()).toString();
  }
}

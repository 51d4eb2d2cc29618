package io.github.apprenticeships4j.formats.csv;

import static io.github.apprenticeships4j.formats.csv.FeedTestSupport.HEADER;
import static io.github.apprenticeships4j.formats.csv.FeedTestSupport.VALID_ROW;
import static io.github.apprenticeships4j.formats.csv.FeedTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.apprenticeships4j.core.feed.FeedColumn;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import io.github.apprenticeships4j.formats.csv.FeedTestSupport.Read;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderFeedCsvTest {
  private static final String COLUMN_COUNT = "The selected file could not be uploaded – use the template";

  private static List<String> codes(List<Issue> issues) {
    return issues.stream().map(Issue::code).collect(Collectors.toList());
  }

  @Test
  void sampleFeed_isReadWhole_andValid() throws Exception {
    Path sample = Path.of(ProviderFeedCsvTest.class.getResource("/provider-feed/sample-feed.csv").toURI());
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(FeedTestSupport.context()).open(sample)) {
      List<Row<FeedRecord>> rows = reader.rows().collect(Collectors.toList());
      assertThat(rows).hasSize(12).allSatisfy(r -> assertThat(r.issues()).as(r.toString()).isEmpty());
      assertThat(reader.summary().read()).isEqualTo(12);
      assertThat(reader.summary().accepted()).isEqualTo(12);
      assertThat(reader.summary().complete()).isTrue();
      assertThat(reader.fileIssues()).isEmpty();
      FeedRecord first = rows.get(0).valueIfAccepted().orElseThrow();
      assertThat(first.get(FeedColumn.FAMILY_NAME)).isEqualTo("Okafor");
      assertThat(rows.get(11).position().record()).hasValue(12);
      assertThat(rows.get(11).position().line()).hasValue(13);
    }
  }

  @Test
  void sampleWithErrors_rejectsEachDefectiveRow_withLocatedFindings() throws Exception {
    Path sample = Path.of(ProviderFeedCsvTest.class.getResource("/provider-feed/sample-feed-with-errors.csv").toURI());
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(FeedTestSupport.context()).open(sample)) {
      List<Row<FeedRecord>> rows = reader.rows().collect(Collectors.toList());
      assertThat(rows).extracting(Row::isAccepted)
          .containsExactly(true, false, false, false, false, false, false, false, true);
      assertThat(rows.stream().map(r -> r.issues().stream().filter(i -> i.severity() != Severity.INFO)
          .map(Issue::code).collect(Collectors.toList())))
          .containsExactly(List.of(), List.of("ULN.CHECK_DIGIT", "feed.uln.ilr-uln04"), List.of("START_DATE.FORMAT"),
              List.of("END_DATE.FORMAT"), List.of("TOTAL_PRICE.FORMAT"), List.of("ULN.DUPLICATE_IN_FILE"),
              List.of("DOB.MIN_AGE"), List.of("RPL.NOT_BOOLEAN", "RPL.REQUIRED"), List.of("feed.price.above-cap"));
      Issue uln = rows.get(1).issues().get(0);
      assertThat(uln.message()).isEqualTo("The <b>unique learner number</b> of 1272117936 isn't valid");
      assertThat(uln.path()).isEqualTo("Uln");
      SourcePosition at = uln.position().orElseThrow();
      assertThat(at.source()).endsWith("sample-feed-with-errors.csv");
      assertThat(at.line()).hasValue(3);
      assertThat(at.column()).hasValue(9);
      assertThat(at.record()).hasValue(2);
      assertThat(at.field()).contains("ULN");
      assertThat(((Row.Rejected<FeedRecord>) rows.get(1)).raw()).hasSize(19).contains("1272117936");
      assertThat(reader.summary().read()).isEqualTo(9);
      assertThat(reader.summary().rejected()).isEqualTo(7);
    }
  }

  @Test
  void headerNames_inAnyOrderAndCase() {
    String[] names = HEADER.split(",");
    String[] values = VALID_ROW.split(",", -1);
    StringBuilder header = new StringBuilder();
    StringBuilder row = new StringBuilder();
    for (int i = names.length - 1; i >= 0; i--) {
      header.append(i % 2 == 0 ? names[i].toUpperCase() : names[i].toLowerCase()).append(i == 0 ? "" : ",");
      row.append(values[i]).append(i == 0 ? "" : ",");
    }
    Read read = read(header + "\r\n" + row + "\r\n");
    assertThat(read.rows()).singleElement().satisfies(r -> assertThat(r.issues()).isEmpty());
    assertThat(read.fileIssues()).isEmpty();
  }

  @Test
  void headerWithAMissingOrSpacedName_stopsTheRead_withTheServicesMessage() {
    Read read = read(HEADER.replace("ULN,", "ULN ,") + "\n" + VALID_ROW + "\n");
    assertThat(read.rows()).isEmpty();
    Issue stop = read.summary().stoppedBy().orElseThrow();
    assertThat(stop.severity()).isEqualTo(Severity.FATAL);
    assertThat(stop.code()).isEqualTo("FILE.HEADER_INVALID");
    assertThat(stop.message()).isEqualTo("One or more Field Names in the header row are invalid. You need to refer to "
        + "the template or specification to correct this");
    assertThat(stop.rejectedValue()).contains("missing: ULN");
  }

  @Test
  void emptyFile_andHeaderOnly() {
    assertThat(read("").fileIssues()).extracting(Issue::code, Issue::message)
        .containsExactly(tuple("FILE.EMPTY", "The selected file is empty"));
    assertThat(read("\n\n").fileIssues()).extracting(Issue::code).contains("FILE.EMPTY");
    Read headerOnly = read(HEADER + "\n");
    assertThat(headerOnly.fileIssues()).extracting(Issue::code, Issue::message)
        .containsExactly(tuple("FILE.NO_APPRENTICES", "The selected file does not contain apprentice details"));
    assertThat(headerOnly.summary().read()).isZero();
    assertThat(headerOnly.summary().complete()).isTrue();
  }

  @Test
  void rowLimit_countsTheHeader_asTheServiceDoes() {
    String ninetyNine = HEADER + "\n" + distinctRows(99);
    assertThat(read(ninetyNine).fileIssues()).isEmpty();
    Read hundred = read(HEADER + "\n" + distinctRows(100));
    assertThat(hundred.fileIssues()).extracting(Issue::code, Issue::message)
        .containsExactly(tuple("FILE.TOO_MANY_ROWS", "The selected file must be less than 100 lines"));
    assertThat(hundred.fileIssues().get(0).position().orElseThrow().line()).hasValue(101);
    assertThat(hundred.summary().read()).isEqualTo(100); // every row is still read and checked
  }

  @Test
  void rowLimit_isInjected() {
    FeedContext small = FeedTestSupport.context().withMaxFileLines(3);
    Read read = read((HEADER + "\n" + distinctRows(3)).getBytes(StandardCharsets.UTF_8),
        ProviderFeedCsv.reader(small));
    assertThat(read.fileIssues()).extracting(Issue::message)
        .containsExactly("The selected file must be less than 3 lines");
  }

  @Test
  void quotedCommaOrLineBreak_isRead_butWarnsThatTheServiceWouldRejectTheFile() {
    String row = VALID_ROW.replace("Okafor", "\"Okafor, Jr\"").replace("APP-2026-001", "\"APP\n001\"");
    Read read = read(HEADER + "\r\n" + row + "\r\n");
    Row<FeedRecord> only = read.rows().get(0);
    assertThat(only.isAccepted()).isTrue();
    assertThat(only.valueIfAccepted().orElseThrow().get(FeedColumn.FAMILY_NAME)).isEqualTo("Okafor, Jr");
    assertThat(codes(only.issues())).containsExactly("feed-csv.naive-split");
    assertThat(read.fileIssues()).extracting(Issue::severity, Issue::code)
        .containsExactly(tuple(Severity.WARNING, "feed-csv.naive-split"));
    assertThat(read.fileIssues().get(0).message()).endsWith("\"" + COLUMN_COUNT + "\"");
  }

  @Test
  void quotedFieldsWithoutCommas_areFineForTheService() {
    Read read = read(HEADER + "\n" + VALID_ROW.replace("Okafor", "\"Okafor\"") + "\n");
    assertThat(read.rows().get(0).issues()).isEmpty();
    assertThat(read.fileIssues()).isEmpty();
  }

  @Test
  void blankLines_inTheMiddle_orAtTheEnd_warn_aSingleFinalLineBreakDoesNot() {
    assertThat(read(HEADER + "\n" + VALID_ROW).fileIssues()).isEmpty();
    assertThat(read(HEADER + "\r\n" + VALID_ROW + "\r\n").fileIssues()).isEmpty();
    Read trailing = read(HEADER + "\r\n" + VALID_ROW + "\r\n\r\n\r\n");
    assertThat(trailing.rows()).hasSize(1);
    assertThat(trailing.fileIssues()).extracting(Issue::code).containsExactly("feed-csv.naive-split");
    assertThat(trailing.fileIssues().get(0).position().orElseThrow().line()).hasValue(3);
    Read middle = read(HEADER + "\n\n" + VALID_ROW + "\n");
    assertThat(middle.rows()).hasSize(1);
    assertThat(middle.rows().get(0).position().record()).hasValue(1);
    assertThat(middle.fileIssues()).extracting(Issue::code).containsExactly("feed-csv.naive-split");
    assertThat(read("\n" + HEADER + "\n" + VALID_ROW + "\n").fileIssues()).extracting(Issue::code)
        .containsExactly("feed-csv.naive-split");
  }

  @Test
  void excelEmptyRows_areNotRows_butCountTowardTheLimit() {
    Read read = read(HEADER + "\n" + VALID_ROW + "\n,,,,,,,,,,,,,,,,,,\n");
    assertThat(read.summary().read()).isEqualTo(1);
    assertThat(read.fileIssues()).extracting(Issue::severity, Issue::code)
        .containsExactly(tuple(Severity.INFO, "feed-csv.empty-rows"));
  }

  @Test
  void aRecordWithTheWrongNumberOfFields_isRejected_andTheServiceWouldRejectTheFile() {
    Read read = read(HEADER + "\n" + VALID_ROW + ",extra\n" + VALID_ROW.replace("4230216733", "1272117935")
        .replace("adaeze", "kasia") + "\n");
    assertThat(read.rows()).extracting(Row::isAccepted).containsExactly(false, true);
    assertThat(codes(read.rows().get(0).issues())).containsExactly("csv.record.field-count");
    assertThat(((Row.Rejected<FeedRecord>) read.rows().get(0)).raw()).hasSize(20);
    assertThat(read.fileIssues()).extracting(Issue::code, Issue::message)
        .containsExactly(tuple("FILE.COLUMN_COUNT", COLUMN_COUNT));
  }

  @Test
  void bareQuote_warnsOfTheServicesErrorPage() {
    Read read = read(HEADER + "\n" + VALID_ROW.replace("Okafor", "O\"Kafor") + "\n");
    assertThat(codes(read.rows().get(0).issues())).containsExactly("csv.quote.bare", "feed-csv.bad-data");
    assertThat(read.rows().get(0).isAccepted()).isTrue();
  }

  @Test
  void unclosedQuote_stopsTheRead_afterTheRowsBefore() {
    Read read = read(HEADER + "\n" + VALID_ROW + "\n,\"XEGE5X,4230216733\n");
    assertThat(read.rows()).hasSize(1);
    assertThat(read.summary().stoppedBy()).hasValueSatisfying(i -> assertThat(i.code())
        .isEqualTo("csv.quote.unclosed"));
  }

  @Test
  void utf8Bom_isSkipped() {
    byte[] text = (HEADER + "\n" + VALID_ROW + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Read read = FeedTestSupport.read(withBom, ProviderFeedCsv.reader(FeedTestSupport.context()));
    assertThat(read.rows()).singleElement().satisfies(r -> assertThat(r.isAccepted()).isTrue());
    assertThat(read.fileIssues()).isEmpty();
  }

  @Test
  void utf16WithBom_isDetected() {
    Read read = FeedTestSupport.read(("\uFEFF" + HEADER + "\n" + VALID_ROW + "\n").getBytes(StandardCharsets.UTF_16LE),
        ProviderFeedCsv.reader(FeedTestSupport.context()));
    assertThat(read.rows()).singleElement().satisfies(r -> assertThat(r.isAccepted()).isTrue());
  }

  @Test
  void invalidUtf8_isReplacedAsTheServiceDoes_withALocatedWarning_andTheReadGoesOn() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] before = (HEADER + "\n" + VALID_ROW + "\n,XEGE5X,1272117935,Nowak,K").getBytes(StandardCharsets.UTF_8);
    bytes.writeBytes(before);
    bytes.write(0xE9); // é in Windows-1252: not UTF-8
    bytes.writeBytes("sia,2005-11-02,kasia.nowak@example.com,80,2026-09-14,2028-03,15000,,,false,,,,,\n"
        .getBytes(StandardCharsets.UTF_8));
    Read read = FeedTestSupport.read(bytes.toByteArray(), ProviderFeedCsv.reader(FeedTestSupport.context()));

    assertThat(read.summary().stoppedBy()).isEmpty();
    assertThat(read.rows()).hasSize(2).allMatch(Row::isAccepted);
    assertThat(read.rows().get(1).valueIfAccepted().orElseThrow().get(FeedColumn.GIVEN_NAMES)).isEqualTo("K\uFFFDsia");
    Issue replaced = read.rows().get(1).issues().get(0);
    assertThat(replaced.code()).isEqualTo("feed-csv.encoding.replaced");
    assertThat(replaced.severity()).isEqualTo(Severity.WARNING);
    assertThat(replaced.position().orElseThrow().line()).hasValue(3);
    assertThat(replaced.position().orElseThrow().column()).hasValue(27); // just after ",XEGE5X,1272117935,Nowak,K"
    assertThat(replaced.position().orElseThrow().field()).hasValue("GivenNames");
    assertThat(replaced.message()).contains("0xE9", "byte offset " + before.length, "stores \"K\uFFFDsia\"",
        "in windows-1252 they read \"é\"");
    assertThat(read.fileIssues()).extracting(Issue::code).containsExactly("feed-csv.encoding.guess");
  }

  @Test
  void aWindows1252File_readAsUtf8_givesEveryRowItsVerdict_withLocatedWarnings_andAdvice() {
    byte[] file = TestData.bytes("/provider-feed-encodings/sample-feed-windows-1252.csv");
    Read read = FeedTestSupport.read(file, ProviderFeedCsv.reader(FeedTestSupport.context()));

    assertThat(read.summary().stoppedBy()).isEmpty();
    assertThat(read.summary().read()).isEqualTo(5);
    assertThat(read.rows()).extracting(Row::isAccepted).containsExactly(true, true, true, true, false);
    List<Issue> replaced = read.rows().stream().flatMap(r -> r.issues().stream())
        .filter(i -> i.code().equals("feed-csv.encoding.replaced")).toList();
    assertThat(replaced).extracting(i -> i.position().orElseThrow().toString()).containsExactly(
        "feed.csv:2:29 (record 1, field GivenNames)", "feed.csv:3:40 (record 2, field GivenNames)",
        "feed.csv:5:20 (record 4, field FamilyName)", "feed.csv:6:32 (record 5, field GivenNames)");
    assertThat(replaced).extracting(Issue::message).allMatch(m -> m.contains("are not UTF-8 text"));
    assertThat(replaced.get(0).message()).contains("0xEB", "stores \"Zo\uFFFD\"");
    assertThat(read.rows().get(4).issues()).extracting(Issue::code).contains("ULN.CHECK_DIGIT");
    assertThat(read.rows().get(0).valueIfAccepted().orElseThrow().get(FeedColumn.GIVEN_NAMES)).isEqualTo("Zo\uFFFD");
    assertThat(read.fileIssues()).singleElement().satisfies(advice -> {
      assertThat(advice.code()).isEqualTo("feed-csv.encoding.guess");
      assertThat(advice.message()).startsWith("4 value(s) had bytes that are not UTF-8 text")
          .contains("most likely windows-1252", "reads \"ë\"", "--charset windows-1252");
    });
  }

  @Test
  void aWindows1252File_readInItsCharset_isClean() {
    byte[] file = TestData.bytes("/provider-feed-encodings/sample-feed-windows-1252.csv");
    Read read = FeedTestSupport.read(file, ProviderFeedCsv.reader(FeedTestSupport.context())
        .charset(Charset.forName("windows-1252")));

    assertThat(read.rows()).extracting(Row::isAccepted).containsExactly(true, true, true, true, false);
    assertThat(read.rows().stream().flatMap(r -> r.issues().stream())).extracting(Issue::code)
        .containsExactly("ULN.CHECK_DIGIT", "feed.uln.ilr-uln04");
    assertThat(read.fileIssues()).isEmpty();
    assertThat(read.rows().get(3).valueIfAccepted().orElseThrow().get(FeedColumn.FAMILY_NAME)).isEqualTo("Ó Briain");
  }

  @Test
  void bytesThatAreNotTextInAnyLikelyCharset_areReplaced_withAdviceToSaveAsUtf8() {
    byte[] head = (HEADER + "\n" + VALID_ROW.replace("Adaeze", "Ada")).getBytes(StandardCharsets.UTF_8);
    int at = (HEADER + "\n,XEGE5X,4230216733,Okafor,Ada").length();
    byte[] bytes = new byte[head.length + 1];
    System.arraycopy(head, 0, bytes, 0, at);
    bytes[at] = (byte) 0x81; // not UTF-8, and not windows-1252 either
    System.arraycopy(head, at, bytes, at + 1, head.length - at);
    Read read = FeedTestSupport.read(bytes, ProviderFeedCsv.reader(FeedTestSupport.context()));

    assertThat(read.rows()).singleElement().satisfies(r -> assertThat(r.issues()).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("0x81").doesNotContain("windows-1252")));
    assertThat(read.fileIssues()).singleElement().satisfies(i -> assertThat(i.message())
        .contains("is not UTF-8 text").doesNotContain("likely"));
  }

  @Test
  void replacedBytesInTheHeader_areWarnedAboutInTheFileIssues() {
    byte[] head = (HEADER + ",Extra\n" + VALID_ROW + ",x\n").getBytes(StandardCharsets.UTF_8);
    int at = HEADER.length() + 2;
    byte[] bytes = new byte[head.length + 1];
    System.arraycopy(head, 0, bytes, 0, at);
    bytes[at] = (byte) 0xE9;
    System.arraycopy(head, at, bytes, at + 1, head.length - at);
    Read read = FeedTestSupport.read(bytes, ProviderFeedCsv.reader(FeedTestSupport.context()));

    assertThat(read.fileIssues()).extracting(Issue::code).contains("feed-csv.encoding.replaced",
        "feed-csv.encoding.guess");
    assertThat(read.fileIssues()).filteredOn(i -> i.code().equals("feed-csv.encoding.replaced")).singleElement()
        .satisfies(i -> assertThat(i.position().orElseThrow().column()).hasValue(at + 1));
  }

  @Test
  void windows1252_onRequest() {
    Charset cp1252 = Charset.forName("windows-1252");
    byte[] bytes = (HEADER + "\n" + VALID_ROW.replace("Adaeze", "Zoë") + "\n").getBytes(cp1252);
    Read read = FeedTestSupport.read(bytes, ProviderFeedCsv.reader(FeedTestSupport.context()).charset(cp1252));
    assertThat(read.rows().get(0).valueIfAccepted().orElseThrow().get(FeedColumn.GIVEN_NAMES)).isEqualTo("Zoë");
  }

  @Test
  void binaryInput_failsFast() {
    byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
    Read read = FeedTestSupport.read(xlsx, ProviderFeedCsv.reader(FeedTestSupport.context()));
    assertThat(read.rows()).isEmpty();
    assertThat(read.summary().stoppedBy()).hasValueSatisfying(i -> {
      assertThat(i.code()).isEqualTo("feed-csv.file.binary");
      assertThat(i.message()).contains("Excel");
    });
    Read nul = FeedTestSupport.read(new byte[] {'a', ',', 0, 'b'}, ProviderFeedCsv.reader(FeedTestSupport.context()));
    assertThat(nul.summary().stoppedBy()).hasValueSatisfying(i -> assertThat(i.message()).contains("offset 2"));
  }

  @Test
  void aGivenNameOf100KiB_rejectsItsRowWithTheServiceRule_andTheNextRowsAreRead() {
    String[] rows = distinctRows(3).split("\n");
    rows[1] = rows[1].replace("Adaeze", "G".repeat(100 * 1024));
    Read read = FeedTestSupport.read((HEADER + "\n" + String.join("\n", rows) + "\n")
        .getBytes(StandardCharsets.UTF_8), ProviderFeedCsv.reader(FeedTestSupport.context()));

    assertThat(read.summary().stoppedBy()).isEmpty();
    assertThat(read.summary().read()).isEqualTo(3);
    assertThat(read.summary().accepted()).isEqualTo(2);
    assertThat(read.summary().rejected()).isEqualTo(1);
    assertThat(read.rows()).extracting(Row::isAccepted).containsExactly(true, false, true);
    Row.Rejected<FeedRecord> rejected = (Row.Rejected<FeedRecord>) read.rows().get(1);
    assertThat(rejected.issues()).extracting(Issue::code, Issue::message).containsExactly(tuple("GIVEN_NAMES.TOO_LONG",
        "Enter a <b>first name</b> that is not longer than 100 characters"));
    assertThat(rejected.issues().get(0).position().orElseThrow().toString()).contains("feed.csv:3:",
        "field GivenNames");
    assertThat(rejected.raw().get(4)).hasSize(10_000);
    assertThat(read.rows().get(2).position().line()).hasValue(4);
  }

  @Test
  void aFieldOverTheReadersLimit_withoutAServiceRule_rejectsItsRowWithTheReadersCode_andTheReadGoesOn() {
    String[] rows = distinctRows(2).split("\n");
    rows[0] = rows[0].replace("Okafor", "\"O\n" + "O".repeat(50) + "\"");
    Read read = FeedTestSupport.read((HEADER + "\n" + String.join("\n", rows) + "\n")
        .getBytes(StandardCharsets.UTF_8), ProviderFeedCsv.reader(FeedTestSupport.context()).maxFieldLength(40));

    assertThat(read.summary().stoppedBy()).isEmpty();
    assertThat(read.rows()).extracting(Row::isAccepted).containsExactly(false, true);
    assertThat(read.rows().get(0).issues()).filteredOn(i -> i.severity() == Severity.ERROR)
        .extracting(Issue::code).containsExactly("csv.field.too-long");
    assertThat(read.rows().get(0).issues()).filteredOn(i -> i.code().equals("csv.field.too-long"))
        .singleElement().satisfies(i -> assertThat(i.position().orElseThrow().toString())
            .contains("feed.csv:2:", "field FamilyName"));
    assertThat(read.rows().get(1).position().line()).hasValue(4);
  }

  @Test
  void aHeaderFieldOverTheLimit_stopsTheRead() {
    Read read = FeedTestSupport.read((HEADER + ",ABCDEFGHIJKLMNOPQRSTUVWXYZ\n" + VALID_ROW + ",\n")
        .getBytes(StandardCharsets.UTF_8), ProviderFeedCsv.reader(FeedTestSupport.context()).maxFieldLength(25));
    assertThat(read.rows()).isEmpty();
    assertThat(read.summary().stoppedBy()).hasValueSatisfying(i -> {
      assertThat(i.code()).isEqualTo("csv.field.too-long");
      assertThat(i.message()).contains("header", "25 characters");
      assertThat(i.position().orElseThrow().column()).hasValue(HEADER.length() + 2);
    });
  }

  @Test
  void recordLengthLimit_stopsTheRead() {
    Read line = FeedTestSupport.read((HEADER + "\n" + VALID_ROW + "\n").getBytes(StandardCharsets.UTF_8),
        ProviderFeedCsv.reader(FeedTestSupport.context()).maxRecordLength(100));
    assertThat(line.summary().stoppedBy()).hasValueSatisfying(i -> assertThat(i.code())
        .isEqualTo("csv.record.too-long"));
  }

  @Test
  void fileName_mustEndWithCsv_andSizeLimit(@TempDir Path dir) throws Exception {
    Path txt = dir.resolve("feed.txt");
    Files.writeString(txt, HEADER + "\n" + distinctRows(8));
    FeedContext tiny = FeedTestSupport.context().withMaxFileSizeKb(1);
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(tiny).open(txt)) {
      assertThat(reader.rows().count()).isEqualTo(8);
      assertThat(reader.fileIssues()).extracting(Issue::code, Issue::message).containsExactly(
          tuple("FILE.NOT_CSV", "The selected file must be a CSV"),
          tuple("FILE.TOO_LARGE", "The selected file must be smaller than 1KB"));
    }
  }

  @Test
  void aFeedReadAsCharacters_isCheckedAsBytesAre_butForItsSizeInBytes() {
    FeedContext tiny = FeedTestSupport.context().withMaxFileSizeKb(1);
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(tiny).open(new StringReader(HEADER + "\n"
        + distinctRows(8)), "feed.csv")) {
      assertThat(reader.rows().filter(Row::isAccepted).count()).isEqualTo(8);
      assertThat(reader.fileIssues()).isEmpty();
      assertThat(reader.notChecked()).containsKey("FILE.TOO_LARGE");
    }
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(tiny).open(new StringReader("PK\u0003\u0004..."),
        "book.xlsx")) {
      assertThat(reader.rows()).isEmpty();
      assertThat(reader.summary().stoppedBy()).map(Issue::code).contains("feed-csv.file.binary");
    }
  }

  @Test
  void thePreamble_cannotBeSet_forTheServiceReadsTheHeaderOnTheFirstLine() {
    assertThatThrownBy(() -> ProviderFeedCsv.reader(FeedTestSupport.context()).maxPreambleLines(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first line");
    assertThat(ProviderFeedCsv.reader(FeedTestSupport.context()).maxPreambleLines(0)).isNotNull();
  }

  @Test
  void noDeclaredStandards_isAFileError() {
    FeedContext none = FeedTestSupport.context().withDeclaredStandards(Set.of());
    Read read = FeedTestSupport.read((HEADER + "\n" + VALID_ROW + "\n").getBytes(StandardCharsets.UTF_8),
        ProviderFeedCsv.reader(none));
    assertThat(read.fileIssues()).extracting(Issue::code, Issue::message, Issue::path)
        .contains(tuple("PROVIDER.NO_DECLARED_STANDARDS", "No Standards Declared", "DeclaredStandards"));
  }

  /** {@code n} valid rows with distinct ULNs and emails. */
  static String distinctRows(int n) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String prefix = Integer.toString(100_000_000 + i * 7);
      var check = io.github.apprenticeships4j.core.learner.Uln.checkDigit(prefix);
      if (check.isEmpty()) {
        n++;
        continue;
      }
      rows.append(VALID_ROW.replace("4230216733", prefix + check.getAsInt())
          .replace("adaeze.okafor@", "a" + i + "@")).append('\n');
    }
    return rows.toString();
  }

  @Test
  void load_sampleWithErrors_keepsTheAcceptedRows_andTheRejectedWithTheirFields() throws Exception {
    Path sample = Path.of(ProviderFeedCsvTest.class.getResource("/provider-feed/sample-feed-with-errors.csv").toURI());

    Loaded<List<FeedRecord>> loaded = ProviderFeedCsv.reader(FeedTestSupport.context()).open(sample).load();

    assertThat(loaded.value()).hasSize(2);
    assertThat(loaded.rejected()).hasSize(7);
    assertThat(loaded.summaries()).singleElement().satisfies(s -> {
      assertThat(s.read()).isEqualTo(9);
      assertThat(s.read()).isEqualTo(loaded.value().size() + loaded.rejected().size());
    });
    assertThat(loaded.rejected().get(0).raw()).hasSize(19).contains("1272117936");
    assertThat(loaded.rejected().get(0).issues().get(0).position().orElseThrow().line()).hasValue(3);
    assertThat(catchThrowableOfType(loaded::requireNoErrors, LoadException.class).getMessage())
        .contains("ULN.CHECK_DIGIT", "(record 2, field ULN)");
  }

  @Test
  void load_fileErrorOnAcceptedRows_isAmongTheFindings_andRequireNoErrorsRefusesIt() throws LoadException {
    FeedContext small = FeedTestSupport.context().withMaxFileLines(3);
    byte[] bytes = (HEADER + "\n" + distinctRows(3)).getBytes(StandardCharsets.UTF_8);

    Loaded<List<FeedRecord>> loaded = ProviderFeedCsv.reader(small).open(new ByteArrayInputStream(bytes), "feed.csv")
        .load();

    assertThat(loaded.value()).hasSize(3);
    assertThat(loaded.rejected()).isEmpty();
    assertThat(loaded.issues()).last().satisfies(i -> assertThat(i.code()).isEqualTo("FILE.TOO_MANY_ROWS"));
    assertThat(catchThrowableOfType(loaded::requireNoErrors, LoadException.class).getMessage())
        .contains("FILE.TOO_MANY_ROWS");
  }

  @Test
  void load_headerTheServiceRefuses_throwsLoadException_withTheFatalFindingOnce() {
    byte[] bytes = (HEADER.replace("ULN,", "ULN ,") + "\n" + VALID_ROW + "\n").getBytes(StandardCharsets.UTF_8);

    LoadException stopped = catchThrowableOfType(() -> ProviderFeedCsv.reader(FeedTestSupport.context())
        .open(new ByteArrayInputStream(bytes), "feed.csv").load(), LoadException.class);

    Issue stop = stopped.stoppedBy().orElseThrow();
    assertThat(stop.code()).isEqualTo("FILE.HEADER_INVALID");
    assertThat(stopped.issues()).filteredOn(stop::equals).hasSize(1);
  }
  @Test
  void aMegabyteEmailAddress_rejectsItsRow_andTheRowsAroundItAreReported() {
    String address = "kasia" + ".n".repeat(1 << 19) + "@example.com";
    String feed = HEADER + "\n" + VALID_ROW + "\n"
        + ",V7YK9P,1272117935,Nowak,Kasia,2005-11-02," + address + ",80,2026-09-14,2028-03,15000,EPA0011,"
        + "APP-2026-002,false,,,,,\n"
        + ",AB12CD,6107731392,Pritchard,Rhys,2007-01-29,rhys.pritchard@example.com,795,2026-10-05,2028-10,22000,"
        + "EPA0012,APP-2026-003,false,,,,,\n";
    CsvOptions<ProviderFeedCsv.Reader> options = ProviderFeedCsv.reader(FeedTestSupport.context())
        .maxFieldLength(address.length()).maxRecordLength(address.length() + 1_000);

    Read read = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> read(feed.getBytes(StandardCharsets.UTF_8), options));

    assertThat(read.summary().stoppedBy()).isEmpty();
    assertThat(read.rows()).extracting(Row::isAccepted).containsExactly(true, false, true);
    assertThat(read.rows().get(1).issues()).filteredOn(i -> i.severity() != Severity.INFO)
        .extracting(Issue::code, Issue::path).containsExactly(tuple("EMAIL.TOO_LONG", "EmailAddress"));
    assertThat(read.rows().get(1).issues().get(0).position().orElseThrow().line()).hasValue(3);
    assertThat(read.summary().read()).isEqualTo(3);
    assertThat(read.summary().complete()).isTrue();
  }
}

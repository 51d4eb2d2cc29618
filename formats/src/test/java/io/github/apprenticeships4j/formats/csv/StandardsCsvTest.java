package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StandardsCsvTest {
  private static final String REAL_FILE = "/ifate-standards-csv-2018/ApprenticeshipStandards-2018-05-08.utf16le.csv";
  private static final String HEADER = "Name, Reference, Standard Approved, Assessment Plan Approved, "
      + "Approved for Delivery Date, Route, Level, Integrated Degree, Maximum Funding (£), Funding Band, "
      + "Typical Duration, Trailblazer Contact, LARS code for providers only, Link";
  private static final String TITLE = "Apprenticeship Standards accurate as of 08 May 2018";
  private static final String GOOD = "Data analyst,ST0118,Y,Y,23-03-2016,Digital,4,,15000,11,24,"
      + "someone@example.invalid,80,https://www.instituteforapprenticeships.org/apprenticeship-standards/data-analyst/";

  @Test
  void realFile_readsEveryRecord() throws Exception {
    Read read = read(StandardsCsv.reader().charset(StandardCharsets.UTF_16LE).open(realFile()));

    assertThat(read.summary.read()).isEqualTo(546);
    assertThat(read.summary.read()).isEqualTo(read.summary.accepted() + read.summary.rejected());
    assertThat(read.summary.accepted()).isEqualTo(539);
    assertThat(read.summary.rejected()).isEqualTo(7);
    assertThat(read.summary.complete()).isTrue();
    assertThat(read.rows).extracting(r -> r.position().record().getAsLong())
        .isEqualTo(LongStream.rangeClosed(1, 546).boxed().collect(Collectors.toList()));
    assertThat(read.rows).allSatisfy(r -> assertThat(r.position().line().getAsLong()).isEqualTo(r.position().record()
        .getAsLong() + 2));
    assertThat(read.summary.source()).endsWith("ApprenticeshipStandards-2018-05-08.utf16le.csv");
  }

  @Test
  void realFile_mapsDataAnalyst() throws Exception {
    Row.Accepted<Standard> row = accepted(read(openRealFile()), "ST0118");

    Standard standard = row.value();
    assertThat(standard.title()).isEqualTo("Data analyst");
    assertThat(standard.level()).isEqualTo(4);
    assertThat(standard.route()).isEqualTo("Digital");
    assertThat(standard.maxFunding()).isEqualTo(new BigDecimal("15000.00"));
    assertThat(standard.typicalDurationMonths()).isEqualTo(24);
    assertThat(standard.larsCode()).contains(LarsCode.of(80));
    assertThat(standard.approvedForDeliveryDate()).contains(LocalDate.of(2016, 3, 23));
    assertThat(standard.integratedDegree()).isEmpty();
    assertThat(standard.status()).isEqualTo(StandardStatus.APPROVED_FOR_DELIVERY);
    assertThat(standard.version()).isEqualTo(StandardVersion.of(1, 0));
    assertThat(standard.versionNumber()).isEmpty();
    assertThat(row.issues()).isEmpty();
    assertThat(row.position().line()).hasValue(77);
    assertThat(row.position().record()).hasValue(75);
  }

  @Test
  void realFile_mapsDigitalAndTechnologySolutionsProfessional() throws Exception {
    Standard standard = accepted(read(openRealFile()), "ST0119").value();

    assertThat(standard.title()).isEqualTo("Digital and technology solutions professional (degree)");
    assertThat(standard.level()).isEqualTo(6);
    assertThat(standard.integratedDegree()).contains("integrated degree");
    assertThat(standard.maxFunding()).isEqualTo(new BigDecimal("27000.00"));
    assertThat(standard.typicalDurationMonths()).isEqualTo(36);
    assertThat(standard.larsCode()).contains(LarsCode.of(25));
    assertThat(standard.approvedForDeliveryDate()).contains(LocalDate.of(2015, 3, 26));
  }

  @Test
  void realFile_rejectsReferencesWithRevisionSuffix_keepingTheirFields() throws Exception {
    List<Row.Rejected<Standard>> rejected = read(openRealFile()).rows.stream().filter(r -> !r.isAccepted())
        .map(r -> (Row.Rejected<Standard>) r).collect(Collectors.toList());

    assertThat(rejected).extracting(r -> r.position().record().getAsLong())
        .containsExactly(64L, 110L, 119L, 188L, 190L, 387L, 401L);
    assertThat(rejected).extracting(r -> r.raw().get(1))
        .containsExactly("ST0242_03", "ST0006-02", "ST0310_02", "ST0005-02", "ST0417/01", "ST0073_02", "ST0526_02");
    assertThat(rejected).allSatisfy(r -> {
      Issue error = r.issues().stream().filter(i -> i.severity() == Severity.ERROR).findFirst().orElseThrow();
      assertThat(error.code()).isEqualTo(StandardCodes.REFERENCE_FORMAT);
      assertThat(error.path()).isEqualTo("reference");
      assertThat(error.rejectedValue()).hasValue(r.raw().get(1));
      assertThat(error.position().orElseThrow().field()).hasValue("Reference");
      assertThat(r.raw()).hasSize(14);
    });
    assertThat(rejected.get(0).position().line()).hasValue(66);
    assertThat(rejected.get(0).raw().get(0)).isEqualTo("Land-based service engineer");
  }

  @Test
  void realFile_warnsOfEveryTbc_andRejectsOnlyMalformedReferences() throws Exception {
    Read read = read(openRealFile());

    Map<String, Long> warnings = read.rows.stream().flatMap(r -> r.issues().stream())
        .collect(Collectors.groupingBy(i -> i.severity() + " " + i.code() + " " + i.position().orElseThrow().field()
            .orElseThrow(), TreeMap::new, Collectors.counting()));
    assertThat(warnings).containsExactly(
        Map.entry("ERROR standard.reference.format Reference", 7L),
        Map.entry("WARNING csv.value.tbc Approved for Delivery Date", 267L),
        Map.entry("WARNING csv.value.tbc Integrated Degree", 5L),
        Map.entry("WARNING csv.value.tbc LARS code for providers only", 288L),
        Map.entry("WARNING csv.value.tbc Maximum Funding (£)", 285L));
  }

  @Test
  void realFile_takesTbcFundingAsZero_withLocatedWarning() throws Exception {
    Row.Accepted<Standard> row = accepted(read(openRealFile()), "ST0432");

    assertThat(row.value().title()).isEqualTo("Advanced Manufacturing Fitter");
    assertThat(row.value().maxFunding()).isEqualTo(new BigDecimal("0.00"));
    assertThat(row.value().larsCode()).isEmpty();
    assertThat(row.value().approvedForDeliveryDate()).isEmpty();
    assertThat(row.value().status()).isEqualTo(StandardStatus.IN_DEVELOPMENT);
    Issue funding = withCodeAndPath(row.issues(), ReadCodes.CSV_VALUE_TBC, "maxFunding");
    assertThat(funding.severity()).isEqualTo(Severity.WARNING);
    assertThat(funding.rejectedValue()).hasValue("TBC");
    assertThat(funding.position()).hasValue(position(201, 80, 199, "Maximum Funding (£)"));
    assertThat(withCodeAndPath(row.issues(), ReadCodes.CSV_VALUE_TBC, "larsCode").position())
        .hasValue(position(201, 91, 199, "LARS code for providers only"));
  }

  @Test
  void realFile_readAsUtf8_stopsWithEncodingFailure() throws Exception {
    Read read = read(StandardsCsv.reader().open(realFile()));

    assertThat(read.rows).isEmpty();
    assertThat(read.summary.stoppedBy()).hasValueSatisfying(i -> {
      assertThat(i.code()).isEqualTo(ReadCodes.ENCODING);
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
    });
  }

  @Test
  void injectedBadRows_areRejectedWithLocatedErrors_andTheRestAccepted() {
    String text = String.join("\n", TITLE, HEADER,
        GOOD,                                                                            // line 3, record 1
        "Bad level,ST0001,Y,Y,23-03-2016,Digital,abc,,15000,11,24,a@example.invalid,80,x", // line 4, record 2
        "Bad date,ST0002,Y,Y,31-02-2018,Digital,4,,15000,11,24,b@example.invalid,81,x",    // line 5, record 3
        "Unconfirmed,ST0003,N,N,TBC,Digital,4,TBC,TBC,TBC,24,,TBC,x",                      // line 6, record 4
        "Bad reference,XX1,Y,Y,23-03-2016,Digital,4,,15000,11,24,,82,x",                   // line 7, record 5
        "Bad funding,ST0005,Y,Y,23-03-2016,Digital,4,,15000.123,11,24,,83,x",              // line 8, record 6
        "Bad LARS,ST0006,Y,Y,23-03-2016,Digital,4,,15000,11,24,,123456,x",                 // line 9, record 7
        "Too few fields,ST0007,Y",                                                         // line 10, record 8
        "\"Quoted, with a comma\",ST0008,Y,Y,23-03-2016,Digital,4,,15000,11,24,,84,x",     // line 11, record 9
        "\"Bad\"quote,ST0009,Y,Y,23-03-2016,Digital,4,,15000,11,24,c@example.invalid,85,x", // line 12, record 10
        "\"Two\nlines\",ST0010,Y,Y,23-03-2016,Digital,4,,15000,11,24,,86,x",               // lines 13-14, record 11
        "Last,ST0011,Y,Y,23-03-2016,Digital,0,,0,11,0,,0,x") + "\n";

    Read read = read(StandardsCsv.reader().open(new StringReader(text), "injected.csv"));

    assertThat(read.summary.read()).isEqualTo(12);
    assertThat(read.summary.accepted()).isEqualTo(5);
    assertThat(read.summary.rejected()).isEqualTo(7);
    assertThat(read.summary.complete()).isTrue();

    Row.Rejected<Standard> badLevel = rejected(read, 2);
    Issue level = badLevel.issues().get(0);
    assertThat(badLevel.issues()).hasSize(1);
    assertThat(level.code()).isEqualTo(ReadCodes.CSV_NUMBER_FORMAT);
    assertThat(level.severity()).isEqualTo(Severity.ERROR);
    assertThat(level.path()).isEqualTo("level");
    assertThat(level.rejectedValue()).hasValue("abc");
    assertThat(level.position()).hasValue(position("injected.csv", 4, 41, 2, "Level"));
    assertThat(badLevel.position()).isEqualTo(SourcePosition.at("injected.csv", 4, 1).inRecord(2));
    assertThat(badLevel.raw()).hasSize(14).contains("Bad level", "abc").doesNotContain("a@example.invalid");
    assertThat(badLevel.raw().get(11)).isEmpty();

    Issue date = single(rejected(read, 3).issues());
    assertThat(date.code()).isEqualTo(ReadCodes.CSV_DATE_FORMAT);
    assertThat(date.path()).isEqualTo("approvedForDeliveryDate");
    assertThat(date.rejectedValue()).hasValue("31-02-2018");
    assertThat(date.position()).hasValue(position("injected.csv", 5, 21, 3, "Approved for Delivery Date"));

    Row.Accepted<Standard> unconfirmed = accepted(read, 4);
    assertThat(unconfirmed.value().maxFunding()).isEqualTo(new BigDecimal("0.00"));
    assertThat(unconfirmed.value().larsCode()).isEmpty();
    assertThat(unconfirmed.value().approvedForDeliveryDate()).isEmpty();
    assertThat(unconfirmed.value().integratedDegree()).isEmpty();
    assertThat(unconfirmed.issues()).extracting(Issue::code).containsOnly(ReadCodes.CSV_VALUE_TBC);
    assertThat(unconfirmed.issues()).extracting(Issue::path)
        .containsExactlyInAnyOrder("approvedForDeliveryDate", "integratedDegree", "maxFunding", "larsCode");
    assertThat(unconfirmed.issues()).allSatisfy(i -> assertThat(i.position().orElseThrow().record()).hasValue(4));

    Issue reference = single(rejected(read, 5).issues());
    assertThat(reference.code()).isEqualTo(StandardCodes.REFERENCE_FORMAT);
    assertThat(reference.path()).isEqualTo("reference");
    assertThat(reference.position()).hasValue(position("injected.csv", 7, 15, 5, "Reference"));

    Issue funding = single(rejected(read, 6).issues());
    assertThat(funding.code()).isEqualTo(ReadCodes.CSV_NUMBER_FORMAT);
    assertThat(funding.position().orElseThrow().field()).hasValue("Maximum Funding (£)");

    Issue lars = single(rejected(read, 7).issues());
    assertThat(lars.code()).isEqualTo(StandardCodes.LARS_CODE_RANGE);
    assertThat(lars.path()).isEqualTo("larsCode");
    assertThat(lars.position().orElseThrow().field()).hasValue("LARS code for providers only");

    Row.Rejected<Standard> tooFew = rejected(read, 8);
    assertThat(single(tooFew.issues()).code()).isEqualTo(ReadCodes.CSV_RECORD_FIELD_COUNT);
    assertThat(tooFew.raw()).containsExactly("Too few fields", "ST0007", "Y");

    assertThat(accepted(read, 9).value().title()).isEqualTo("Quoted, with a comma");

    Row.Rejected<Standard> badQuote = rejected(read, 10);
    Issue quote = single(badQuote.issues());
    assertThat(quote.code()).isEqualTo(ReadCodes.CSV_QUOTE_TRAILING_CHARACTER);
    assertThat(quote.position()).hasValue(position("injected.csv", 12, 6, 10, "Name"));
    assertThat(badQuote.raw().get(0)).isEqualTo("Badquote");
    assertThat(badQuote.raw().get(11)).isEmpty();

    Row.Accepted<Standard> twoLines = accepted(read, 11);
    assertThat(twoLines.value().title()).isEqualTo("Two\nlines");
    assertThat(twoLines.position().line()).hasValue(13);

    Row.Accepted<Standard> last = accepted(read, 12);
    assertThat(last.position().line()).hasValue(15);
    assertThat(last.value().level()).isZero();
    assertThat(last.value().larsCode()).isEmpty();
    assertThat(last.issues()).isEmpty();
  }

  @Test
  void bareQuote_isKept_withLocatedWarning() {
    String text = HEADER + "\n" + GOOD.replace("Data analyst", "12\" display fitter") + "\n";

    Row.Accepted<Standard> row = accepted(read(StandardsCsv.reader().open(new StringReader(text), "bare.csv")), 1);

    assertThat(row.value().title()).isEqualTo("12\" display fitter");
    Issue warning = single(row.issues());
    assertThat(warning.code()).isEqualTo(ReadCodes.CSV_QUOTE_BARE);
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.position()).hasValue(position("bare.csv", 2, 3, 1, "Name"));
  }

  @Test
  void header_matchesNamesInAnyOrderAndCase_withoutTitleLine() {
    String text = "link,LARS CODE FOR PROVIDERS ONLY ,  typical   duration,maximum funding (£),"
        + "integrated degree,level,route,approved for delivery date,reference,name\n"
        + "x,80,24,15000,,4,Digital,23-03-2016,ST0118,Data analyst\n";

    Read read = read(StandardsCsv.reader().maxPreambleLines(0).open(new StringReader(text), "shuffled.csv"));

    Standard standard = accepted(read, 1).value();
    assertThat(standard.reference()).isEqualTo(StandardReference.parse("ST0118"));
    assertThat(standard.larsCode()).contains(LarsCode.of(80));
    assertThat(standard.typicalDurationMonths()).isEqualTo(24);
    assertThat(accepted(read, 1).position().line()).hasValue(2);
  }

  @Test
  void header_missingColumn_stopsTheRead_naming_it() {
    String text = TITLE + "\n" + HEADER.replace(" Level,", "") + "\n" + GOOD.replace(",4,,", ",,") + "\n";

    Read read = read(StandardsCsv.reader().open(new StringReader(text), "no-level.csv"));

    assertThat(read.rows).isEmpty();
    Issue stop = read.summary.stoppedBy().orElseThrow();
    assertThat(stop.code()).isEqualTo(ReadCodes.CSV_HEADER_MISSING_COLUMN);
    assertThat(stop.severity()).isEqualTo(Severity.FATAL);
    assertThat(stop.position()).hasValue(SourcePosition.at("no-level.csv", 2, 1).atField("Level"));
  }

  @Test
  void header_belowThePreambleLimit_isNotFound() {
    String text = "title\nsubtitle\n" + HEADER + "\n" + GOOD + "\n";

    Read read = read(StandardsCsv.reader().maxPreambleLines(1).open(new StringReader(text), "deep.csv"));

    assertThat(read.rows).isEmpty();
    assertThat(read.summary.stoppedBy().orElseThrow().code()).isEqualTo(ReadCodes.CSV_HEADER_MISSING);
    assertThat(read(StandardsCsv.reader().maxPreambleLines(2).open(new StringReader(text), "deep.csv")).rows)
        .hasSize(1);
  }

  @Test
  void emptyInput_stopsWithHeaderMissing() {
    Read read = read(StandardsCsv.reader().open(new StringReader(""), "empty.csv"));

    assertThat(read.summary.read()).isZero();
    assertThat(read.summary.stoppedBy().orElseThrow().code()).isEqualTo(ReadCodes.CSV_HEADER_MISSING);
  }

  @Test
  void headerOnly_readsNoRecords_completely() {
    Read read = read(StandardsCsv.reader().open(new StringReader(TITLE + "\n" + HEADER + "\n"), "header.csv"));

    assertThat(read.summary.read()).isZero();
    assertThat(read.summary.complete()).isTrue();
  }

  @Test
  void unclosedQuote_stopsTheRead_afterTheRowsBeforeIt() {
    String text = String.join("\n", TITLE, HEADER, GOOD, "\"Never closed,ST0001", GOOD) + "\n";

    Read read = read(StandardsCsv.reader().open(new StringReader(text), "unclosed.csv"));

    assertThat(read.rows).hasSize(1);
    assertThat(read.summary.read()).isEqualTo(1);
    Issue stop = read.summary.stoppedBy().orElseThrow();
    assertThat(stop.code()).isEqualTo(ReadCodes.CSV_QUOTE_UNCLOSED);
    assertThat(stop.severity()).isEqualTo(Severity.FATAL);
    assertThat(stop.position()).hasValue(SourcePosition.at("unclosed.csv", 4, 1).inRecord(2));
  }

  @Test
  void blankLines_areSkipped_andNotCounted() {
    String text = "\n" + TITLE + "\n\n" + HEADER + "\n" + GOOD + "\n\n\r\n" + GOOD + "\n\n";

    Read read = read(StandardsCsv.reader().open(new StringReader(text), "blank.csv"));

    assertThat(read.summary.read()).isEqualTo(2);
    assertThat(read.rows).extracting(r -> r.position().line().getAsLong()).containsExactly(5L, 8L);
    assertThat(read.rows).extracting(r -> r.position().record().getAsLong()).containsExactly(1L, 2L);
  }

  @Test
  void byteOrderMark_ofTheChosenCharset_isSkipped() {
    String text = HEADER + "\r\n" + GOOD + "\r\n";
    for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bytes = ("\uFEFF" + text).getBytes(charset);

      Read read = read(StandardsCsv.reader().charset(charset).open(new ByteArrayInputStream(bytes), "bom.csv"));

      assertThat(read.summary.accepted()).as(charset.name()).isEqualTo(1);
    }
  }

  @Test
  void open_missingFile_throwsIOException() {
    assertThatThrownBy(() -> StandardsCsv.reader().open(Path.of("no-such-file.csv")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void options_areImmutable_andCheckTheirArguments() {
    CsvOptions<RecordReader<Standard>> utf16 = StandardsCsv.reader().charset(StandardCharsets.UTF_16LE);

    assertThat(utf16).isNotSameAs(StandardsCsv.reader());
    assertThat(read(StandardsCsv.reader().open(new ByteArrayInputStream((HEADER + "\n" + GOOD).getBytes(
        StandardCharsets.UTF_8)), "utf8.csv")).summary.accepted()).isEqualTo(1);
    assertThatThrownBy(() -> StandardsCsv.reader().maxPreambleLines(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static RecordReader<Standard> openRealFile() throws IOException, URISyntaxException {
    return StandardsCsv.reader().charset(StandardCharsets.UTF_16LE).open(realFile());
  }

  private static Path realFile() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(StandardsCsvTest.class.getResource(REAL_FILE)).toURI());
  }

  private static SourcePosition position(long line, long column, long record, String field) {
    return SourcePosition.at(realFileName(), line, column).inRecord(record).atField(field);
  }

  private static String realFileName() {
    try {
      return realFile().toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SourcePosition position(String source, long line, long column, long record, String field) {
    return SourcePosition.at(source, line, column).inRecord(record).atField(field);
  }

  private static Issue single(List<Issue> issues) {
    assertThat(issues).hasSize(1);
    return issues.get(0);
  }

  private static Issue withCodeAndPath(List<Issue> issues, String code, String path) {
    return issues.stream().filter(i -> i.code().equals(code) && i.path().equals(path)).findFirst().orElseThrow();
  }

  private static Row.Accepted<Standard> accepted(Read read, String reference) {
    for (Row<Standard> row : read.rows) {
      if (row instanceof Row.Accepted<Standard> accepted && accepted.value().reference().value().equals(reference)) {
        return accepted;
      }
    }
    throw new AssertionError("no accepted row of " + reference);
  }

  private static Row.Accepted<Standard> accepted(Read read, long record) {
    Row<Standard> row = row(read, record);
    if (row instanceof Row.Accepted<Standard> accepted) {
      return accepted;
    }
    throw new AssertionError("record " + record + " is rejected: " + row.issues());
  }

  private static Row.Rejected<Standard> rejected(Read read, long record) {
    Row<Standard> row = row(read, record);
    assertThat(row).as("record %d", record).isInstanceOf(Row.Rejected.class);
    return (Row.Rejected<Standard>) row;
  }

  private static Row<Standard> row(Read read, long record) {
    return read.rows.stream().filter(r -> r.position().record().getAsLong() == record).findFirst().orElseThrow();
  }

  private static Read read(RecordReader<Standard> reader) {
    List<Row<Standard>> rows = new ArrayList<>();
    try (reader; Stream<Row<Standard>> stream = reader.rows()) {
      stream.forEach(rows::add);
      return new Read(rows, reader.summary());
    }
  }

  private static final class Read {
    final List<Row<Standard>> rows;
    final ReadSummary summary;

    Read(List<Row<Standard>> rows, ReadSummary summary) {
      this.rows = rows;
      this.summary = summary;
    }
  }

  @Test
  void load_realFile_keepsThe539AcceptedStandards_andTheSevenRejectedWithTheirFields() throws Exception {
    Loaded<StandardCatalogue> loaded = openRealFile().load().map(StandardCatalogue::of);

    assertThat(loaded.value().size()).isEqualTo(539);
    assertThat(loaded.value().find(StandardReference.parse("ST0118"), StandardVersion.of(1, 0)))
        .map(Standard::title).contains("Data analyst");
    assertThat(loaded.summaries().get(0).read()).isEqualTo(loaded.value().size() + loaded.rejected().size());
    assertThat(loaded.rejected()).extracting(r -> r.raw().get(1))
        .containsExactly("ST0242_03", "ST0006-02", "ST0310_02", "ST0005-02", "ST0417/01", "ST0073_02", "ST0526_02");
    assertThat(loaded.rejected()).allSatisfy(r -> assertThat(r.issues()).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo(StandardCodes.REFERENCE_FORMAT);
      assertThat(i.position().orElseThrow().record()).isEqualTo(r.position().record());
      assertThat(i.position().orElseThrow().field()).hasValue("Reference");
    }));
    assertThat(loaded.issues()).filteredOn(i -> i.severity() == Severity.WARNING).hasSize(267 + 5 + 288 + 285);
  }

  @Test
  void load_unclosedQuote_throwsLoadException_withTheRowsReadBeforeIt() {
    String text = String.join("\n", TITLE, HEADER, GOOD, "\"Never closed,ST0001", GOOD) + "\n";

    LoadException stopped = catchThrowableOfType(
        () -> StandardsCsv.reader().open(new StringReader(text), "unclosed.csv").load(), LoadException.class);

    assertThat(stopped.stoppedBy()).hasValueSatisfying(i -> {
      assertThat(i.code()).isEqualTo(ReadCodes.CSV_QUOTE_UNCLOSED);
      assertThat(i.position()).hasValue(SourcePosition.at("unclosed.csv", 4, 1).inRecord(2));
    });
    assertThat(stopped.summaries().get(0).read()).isEqualTo(1);
    assertThat(stopped.getMessage()).isEqualTo("unclosed.csv: 1 read, 1 accepted, 0 rejected; stopped: "
        + stopped.stoppedBy().orElseThrow());
  }
}

package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.provider.ProviderType;
import io.github.apprenticeships4j.core.provider.RegisterEntry;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AparCsvTest {
  static final String HEADER = "Ukprn,Name,ApplicationType,StartDate,Status,ApplicationDeterminedDate\n";

  static ProviderCsvReads<RegisterEntry> read(String csv) {
    return ProviderCsvReads.of(AparCsv.reader().open(new StringReader(csv), "apar.csv"));
  }

  @Test
  void readsEveryType_andTheNotStartingStatus() {
    ProviderCsvReads<RegisterEntry> read = read(HEADER
        + "10000560,Basingstoke College of Technology,Main provider,06/01/2020,,12/12/2019\n"
        + "10033758,IXION HOLDINGS,Employer provider,01/04/2021,Not Currently Starting New Apprentices,\n"
        + "\n"
        + "10062041,\"SKILLS4STEM, LTD.\",Supporting provider,31/12/2022,,01/12/2022\r\n");

    assertThat(read.summary().read()).isEqualTo(3);
    assertThat(read.summary().accepted()).isEqualTo(3);
    assertThat(read.summary().complete()).isTrue();
    RegisterEntry main = read.accepted(0).value();
    assertThat(main.ukprn()).isEqualTo(Ukprn.of(10_000_560L));
    assertThat(main.name()).isEqualTo("Basingstoke College of Technology");
    assertThat(main.type()).isEqualTo(ProviderType.MAIN);
    assertThat(main.startDate()).contains(LocalDate.of(2020, 1, 6));
    assertThat(main.determinedDate()).contains(LocalDate.of(2019, 12, 12));
    assertThat(main.isStartingNewApprentices()).isTrue();
    RegisterEntry employer = read.accepted(1).value();
    assertThat(employer.type()).isEqualTo(ProviderType.EMPLOYER);
    assertThat(employer.notCurrentlyStartingNewApprentices()).isTrue();
    assertThat(employer.determinedDate()).isEmpty();
    assertThat(read.accepted(1).issues()).isEmpty();
    assertThat(read.accepted(2).value().name()).isEqualTo("SKILLS4STEM, LTD.");
    assertThat(read.accepted(2).position().record()).hasValue(3);
    assertThat(read.accepted(2).position().line()).hasValue(5);
  }

  @Test
  void acceptsTheApiSpellingOfTypes_andColumnsInAnyOrder() {
    ProviderCsvReads<RegisterEntry> read = read(
        "name, ukprn, status, applicationtype, startdate, applicationdetermineddate, extra\n"
            + "Good Trainers Ltd,12345678,,MainProvider,01/02/2024,,ignored\n");

    assertThat(read.accepted(0).value().type()).isEqualTo(ProviderType.MAIN);
    assertThat(read.accepted(0).value().ukprn()).isEqualTo(Ukprn.of(12_345_678L));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "1234567,Short,Main provider,06/01/2020,,|provider.ukprn.format|Ukprn|ukprn",
      "-,Dash,Main provider,06/01/2020,,|provider.ukprn.format|Ukprn|ukprn",
      "10000560,Lead,Lead provider,06/01/2020,,|csv.value.unknown|ApplicationType|type",
      "10000560,Blank type,,06/01/2020,,|csv.value.unknown|ApplicationType|type",
      "10000560,US date,Main provider,01/31/2020,,|csv.date.format|StartDate|startDate",
      "10000560,ISO date,Main provider,2020-01-06,,|csv.date.format|StartDate|startDate",
      "10000560,Feb 30,Main provider,30/02/2020,,|csv.date.format|StartDate|startDate",
      "10000560,Bad determined,Main provider,06/01/2020,,soon|csv.date.format|ApplicationDeterminedDate|determinedDate",
      "10000560,Removed,Main provider,06/01/2020,Removed,|csv.value.unknown|Status|notCurrentlyStartingNewApprentices"})
  void malformedRow_isRejected_withLocatedCode(String row, String code, String column, String path) {
    ProviderCsvReads<RegisterEntry> read = read(HEADER + "10000948,London South East College,Main provider,"
        + "06/01/2020,,\n" + row + "\n10001259,CENTRAL TRAINING ACADEMY LIMITED,Main provider,06/01/2020,,\n");

    assertThat(read.summary().read()).isEqualTo(3);
    assertThat(read.summary().accepted()).isEqualTo(2);
    assertThat(read.summary().rejected()).isEqualTo(1);
    Issue error = read.rejected(1).issues().stream().filter(i -> i.severity() == Severity.ERROR).findFirst()
        .orElseThrow();
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.path()).isEqualTo(path);
    assertThat(error.position().orElseThrow().field()).hasValue(column);
    assertThat(error.position().orElseThrow().record()).hasValue(2);
    assertThat(error.position().orElseThrow().line()).hasValue(3);
    assertThat(read.rejected(1).raw()).hasSize(6);
  }

  @Test
  void wrongFieldCount_andTrailingQuoteCharacter_rejectTheRecord() {
    ProviderCsvReads<RegisterEntry> read = read(HEADER
        + "10000560,Too few,Main provider\n"
        + "10000948,\"Quoted\"x,Main provider,06/01/2020,,\n");

    assertThat(read.rejected(0).issues()).extracting(Issue::code).containsExactly(ReadCodes.CSV_RECORD_FIELD_COUNT);
    assertThat(read.rejected(1).issues()).extracting(Issue::code).contains(ReadCodes.CSV_QUOTE_TRAILING_CHARACTER);
    assertThat(read.summary().rejected()).isEqualTo(2);
  }

  @Test
  void blankNameAndStartDate_areAcceptedWithWarnings() {
    ProviderCsvReads<RegisterEntry> read = read(HEADER + "10000560,,Main provider,,,\n");

    assertThat(read.accepted(0).issues()).extracting(Issue::code, Issue::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ReadCodes.CSV_VALUE_BLANK, "name"),
        org.assertj.core.groups.Tuple.tuple(ReadCodes.CSV_VALUE_BLANK, "startDate"));
  }

  @Test
  void missingColumn_orUnclosedQuote_stopTheRead() {
    ProviderCsvReads<RegisterEntry> noStatus = read("Ukprn,Name,ApplicationType,StartDate,ApplicationDeterminedDate\n"
        + "10000560,A,Main provider,06/01/2020,\n");
    ProviderCsvReads<RegisterEntry> unclosed = read(HEADER + "10000560,\"A,Main provider,06/01/2020,,\n");

    assertThat(noStatus.summary().stoppedBy().orElseThrow().code()).isEqualTo(ReadCodes.CSV_HEADER_MISSING_COLUMN);
    assertThat(noStatus.summary().read()).isZero();
    assertThat(unclosed.summary().stoppedBy().orElseThrow().code()).isEqualTo(ReadCodes.CSV_QUOTE_UNCLOSED);
    assertThat(unclosed.summary().stoppedBy().orElseThrow().severity()).isEqualTo(Severity.FATAL);
  }

  @Test
  void load_keepsTheAcceptedEntries_andTheRejectedWithTheirFields() throws LoadException {
    Loaded<List<RegisterEntry>> loaded = AparCsv.reader().open(new StringReader(HEADER
        + "10000948,London South East College,Main provider,06/01/2020,,\n"
        + "10000560,US date,Main provider,01/31/2020,,\n"
        + "10001259,CENTRAL TRAINING ACADEMY LIMITED,Main provider,06/01/2020,,\n"), "apar.csv").load();

    assertThat(loaded.value()).extracting(RegisterEntry::name)
        .containsExactly("London South East College", "CENTRAL TRAINING ACADEMY LIMITED");
    assertThat(loaded.rejected()).singleElement().satisfies(r -> {
      assertThat(r.raw()).containsExactly("10000560", "US date", "Main provider", "01/31/2020", "", "");
      assertThat(r.issues()).extracting(Issue::code).containsExactly(ReadCodes.CSV_DATE_FORMAT);
      assertThat(r.issues().get(0).position().orElseThrow().line()).hasValue(3);
    });
    assertThat(loaded.summaries().get(0).read()).isEqualTo(3);
    assertThat(catchThrowableOfType(loaded::requireNoErrors, LoadException.class))
        .hasMessageContaining("apar.csv: 3 read, 2 accepted, 1 rejected").hasMessageContaining(
            "(record 2, field StartDate)");
  }

  @Test
  void load_unclosedQuote_throwsLoadException() {
    LoadException stopped = catchThrowableOfType(() -> AparCsv.reader().open(new StringReader(HEADER
        + "10000560,\"A,Main provider,06/01/2020,,\n"), "apar.csv").load(), LoadException.class);

    assertThat(stopped.stoppedBy()).map(Issue::code).contains(ReadCodes.CSV_QUOTE_UNCLOSED);
  }
}

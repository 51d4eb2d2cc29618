package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.funding.CapHistory;
import io.github.apprenticeships4j.core.funding.FundingBand;
import io.github.apprenticeships4j.core.funding.FundingBandTable;
import io.github.apprenticeships4j.core.funding.FundingCodes;
import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.funding.VersionCap;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FundingBandsCsvTest {
  static final String BANDS = "/funding-bands/apprenticeship-funding-bands.csv";
  static final String HEADER = "structure,band,upper_limit_gbp,source\n";

  static FundingBandTable realTable() throws Exception {
    ProviderCsvReads<FundingBand> read = ProviderCsvReads.of(FundingBandsCsv.reader().open(TestData.path(BANDS)));
    return FundingBandTable.of(read.rows().stream().flatMap(r -> r.valueIfAccepted().stream())
        .collect(Collectors.toList()));
  }

  static ProviderCsvReads<FundingBand> read(String csv) {
    return ProviderCsvReads.of(FundingBandsCsv.reader().open(new StringReader(csv), "bands.csv"));
  }

  @Test
  void realTable_reads30BandsFromAugust2018And15Before() throws Exception {
    ProviderCsvReads<FundingBand> read = ProviderCsvReads.of(FundingBandsCsv.reader().open(TestData.path(BANDS)));
    assertThat(read.summary().complete()).isTrue();
    assertThat(read.summary().read()).isEqualTo(45);
    assertThat(read.summary().accepted()).isEqualTo(45);
    assertThat(read.rows()).allSatisfy(r -> assertThat(r.issues()).isEmpty());
    FundingBand first = read.accepted(0).value();
    assertThat(first.structure()).isEqualTo("30-band");
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.maximum()).isEqualByComparingTo("1500");
    assertThat(first.from()).contains(LocalDate.of(2018, 8, 1));
    assertThat(first.to()).isEmpty();
    assertThat(first.source()).isEqualTo("devepa.tquk.org/funding-bands");
    FundingBand last = read.accepted(44).value();
    assertThat(last.toString()).isEqualTo("15-band 15 (..2018-07-31) 27000.00");
    FundingBandTable table = realTable();
    assertThat(table.inForceOn(LocalDate.of(2018, 7, 31))).hasSize(15).allMatch(b -> b.structure().equals("15-band"));
    assertThat(table.inForceOn(LocalDate.of(2018, 8, 1))).hasSize(30).allMatch(b -> b.structure().equals("30-band"));
  }

  @Test
  void realTable_agreesWithTheRuleCatalogue() throws Exception {
    assertThat(realTable().check(FundingRules.defaults()).issues()).isEmpty();
  }

  /**
   * The cross-check over the national catalogue of 2026-08-22: every approved version's maximum funding is the maximum
   * of a band in force on its earliest start date but six, all first versions starting before 1 August 2018 whose
   * maximum funding is a 30-band maximum that is no 15-band maximum (8,000, 22,000, 26,000, 7,000): the record holds
   * the cap set after the 2018 re-banding, not the one of its first day.
   */
  @Test
  void nationalCatalogue_everyCapIsABandMaximumOnItsEarliestStart() throws Exception {
    StandardCatalogue catalogue;
    try (InputStream in = FundingBandsCsvTest.class.getResourceAsStream(
        "/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz");
        RecordReader<Standard> reader = StandardsJson.reader().open(in, "catalogue.json.gz")) {
      catalogue = StandardCatalogue.of(reader.rows().flatMap(r -> r.valueIfAccepted().stream())
          .collect(Collectors.toList()));
    }
    FundingBandTable table = realTable();
    List<Issue> issues = table.check(catalogue).issues();
    assertThat(issues).extracting(i -> i.subject().orElseThrow() + " " + i.rejectedValue().orElseThrow())
        .containsExactlyElementsOf(EXPECTED_UNMATCHED);
    assertThat(issues).extracting(Issue::code).containsOnly(FundingCodes.BAND_CAP_UNMATCHED);
    List<VersionCap> software = CapHistory.of(catalogue, StandardReference.parse("ST0116")).versions();
    assertThat(software).extracting(v -> v.version() + " " + table.bandOf(v).map(FundingBand::toString)
        .orElse("none")).containsExactly("1.0 15-band 12 (..2018-07-31) 18000.00",
            "1.1 30-band 21 (2018-08-01..) 18000.00", "1.2 30-band 21 (2018-08-01..) 18000.00");
  }

  /** What the cross-check finds in the national catalogue, found by its first run and checked in the data by hand. */
  static final List<String> EXPECTED_UNMATCHED = List.of("ST0067_1.0 8000.00", "ST0068_1.0 8000.00",
      "ST0272_1.0 22000.00", "ST0411_1.0 22000.00", "ST0609_1.0 26000.00", "ST0627_1.0 7000.00");

  @Test
  void structureWithoutItsStartDates_isRejected() {
    ProviderCsvReads<FundingBand> read = read(HEADER + "30-band,1,1500,s\n30-band (from 31 Foo 2018),1,1500,s\n"
        + "15-band (before 1 September 2018),2,2000,s\n");
    Row.Rejected<FundingBand> rejected = read.rejected(0);
    assertThat(rejected.issues()).extracting(Issue::code, Issue::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadCodes.CSV_VALUE_UNKNOWN, "structure"));
    assertThat(rejected.issues().get(0).position().orElseThrow().line()).hasValue(2L);
    assertThat(read.rejected(1).issues()).extracting(Issue::code).containsExactly(ReadCodes.CSV_DATE_FORMAT);
    assertThat(read.accepted(2).value().to()).contains(LocalDate.of(2018, 8, 31));
  }

  @Test
  void numbersThatAreNotWholeBandsOrPounds_areRejected() {
    ProviderCsvReads<FundingBand> read = read(HEADER + "30-band (new starts from 1 Aug 2018),one,1500,s\n"
        + "30-band (new starts from 1 Aug 2018),1,1500.001,s\n"
        + "30-band (new starts from 1 Aug 2018),0,1500,s\n"
        + "30-band (new starts from 1 Aug 2018),2,0,s\n");
    assertThat(read.rejected(0).issues()).extracting(Issue::code, Issue::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadCodes.CSV_NUMBER_FORMAT, "number"));
    assertThat(read.rejected(1).issues()).extracting(Issue::code, Issue::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadCodes.CSV_NUMBER_FORMAT, "maximum"));
    assertThat(read.rejected(2).issues()).extracting(Issue::code).containsExactly(FundingCodes.BAND_INVALID);
    assertThat(read.rejected(3).issues()).extracting(Issue::code).containsExactly(FundingCodes.BAND_INVALID);
    assertThat(read.summary().read()).isEqualTo(read.summary().accepted() + read.summary().rejected());
  }

  @Test
  void blankOrMissingSource_isAWarning() {
    ProviderCsvReads<FundingBand> read = read(HEADER + "30-band (new starts from 1 Aug 2018),1,1500,\n");
    assertThat(read.accepted(0).issues()).extracting(Issue::code, Issue::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadCodes.CSV_VALUE_BLANK, Severity.WARNING));
    ProviderCsvReads<FundingBand> noColumn = read("structure,band,upper_limit_gbp\n"
        + "30-band (new starts from 1 Aug 2018),1,1500\n");
    assertThat(noColumn.accepted(0).value().source()).isEmpty();
    assertThat(Optional.of(noColumn.summary().accepted())).contains(1L);
  }
}

package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.provider.AchievementBand;
import io.github.apprenticeships4j.core.provider.AchievementRate;
import io.github.apprenticeships4j.core.provider.AgeBand;
import io.github.apprenticeships4j.core.provider.LevelGroup;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AchievementRatesCsvTest {
  static final String HEADER = "UKPRN,Age_Band,Sector_Subject_Area_T2,Apprenticeship_Level_Grouped,Overall_Leavers,"
      + "Overall_Achievement_Rate\n";

  static ProviderCsvReads<AchievementRate> read(String csv) {
    return ProviderCsvReads.of(AchievementRatesCsv.reader("2324").open(new StringReader(csv), "nart.csv"));
  }

  @Test
  void providerFile_readsRatesBandsAndSuppressedValues() {
    ProviderCsvReads<AchievementRate> read = read(HEADER
        + "10000560,All Age,ICT for practitioners,4+,40,69.9\n"
        + "10000560,16-18,ICT for practitioners,3,12,70\n"
        + "10000948,24+,ICT for practitioners,All Levels,3,x\n"
        + "10000948,19-23,\"Business, administration and law\",2,low,59.99\n");

    assertThat(read.summary().read()).isEqualTo(4);
    assertThat(read.summary().accepted()).isEqualTo(4);
    AchievementRate first = read.accepted(0).value();
    assertThat(first.ukprn()).contains(Ukprn.of(10_000_560L));
    assertThat(first.ageBand()).contains(AgeBand.ALL_AGES);
    assertThat(first.sectorSubjectArea()).contains("ICT for practitioners");
    assertThat(first.levelGroup()).contains(LevelGroup.LEVEL_4_PLUS);
    assertThat(first.leavers()).hasValue(40);
    assertThat(first.percent()).contains(new BigDecimal("69.9"));
    assertThat(first.period()).contains("2324");
    assertThat(first.band()).isEqualTo(AchievementBand.GOOD);
    assertThat(read.accepted(1).value().band()).isEqualTo(AchievementBand.EXCELLENT);
    AchievementRate suppressed = read.accepted(2).value();
    assertThat(suppressed.isSuppressed()).isTrue();
    assertThat(suppressed.band()).isEqualTo(AchievementBand.NONE);
    assertThat(suppressed.publishedRate()).contains("x");
    assertThat(read.accepted(2).issues()).isEmpty();
    AchievementRate lowLeavers = read.accepted(3).value();
    assertThat(lowLeavers.leavers()).isEmpty();
    assertThat(lowLeavers.publishedLeavers()).contains("low");
    assertThat(lowLeavers.band()).isEqualTo(AchievementBand.POOR);
    assertThat(lowLeavers.sectorSubjectArea()).contains("Business, administration and law");
  }

  @Test
  void overallFile_withoutUkprnColumn_givesNationalRates() {
    ProviderCsvReads<AchievementRate> read = read("Age_Band,Sector_Subject_Area_T2,Apprenticeship_Level_Grouped,"
        + "Overall_Leavers,Overall_Achievement_Rate\nAll Age,ICT for practitioners,4+,5120,62.1\n");

    AchievementRate national = read.accepted(0).value();
    assertThat(national.isNational()).isTrue();
    assertThat(national.percent()).contains(new BigDecimal("62.1"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "1000056,All Age,ICT,4+,10,70|provider.ukprn.format|UKPRN|ukprn",
      "10000560,25+,ICT,4+,10,70|csv.value.unknown|Age_Band|ageBand",
      "10000560,All Age,ICT,Level 6,10,70|csv.value.unknown|Apprenticeship_Level_Grouped|levelGroup",
      "10000560,All Age,ICT,4+,ten,70|csv.number.format|Overall_Leavers|publishedLeavers",
      "10000560,All Age,ICT,4+,-3,70|csv.number.format|Overall_Leavers|publishedLeavers",
      "10000560,All Age,ICT,4+,10,70%|csv.number.format|Overall_Achievement_Rate|publishedRate",
      "10000560,All Age,ICT,4+,10,'70,5'|csv.number.format|Overall_Achievement_Rate|publishedRate",
      "10000560,All Age,ICT,4+,10,100.1|provider.achievement-rate.range|Overall_Achievement_Rate|publishedRate",
      "10000560,All Age,ICT,4+,10,-1|csv.number.format|Overall_Achievement_Rate|publishedRate"})
  void malformedRow_isRejected_withLocatedCode(String row, String code, String column, String path) {
    String quoted = row.replace("'", "\"");
    ProviderCsvReads<AchievementRate> read = read(HEADER + "10000948,All Age,ICT,4+,10,55\n" + quoted + "\n");

    assertThat(read.summary().read()).isEqualTo(2);
    assertThat(read.summary().rejected()).isEqualTo(1);
    Issue error = read.rejected(1).issues().stream().filter(i -> i.severity() == Severity.ERROR).findFirst()
        .orElseThrow();
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.path()).isEqualTo(path);
    assertThat(error.position().orElseThrow().field()).hasValue(column);
    assertThat(error.position().orElseThrow().record()).hasValue(2);
  }

  @Test
  void blankValues_areAcceptedWithWarnings_andTheBandIsNone() {
    ProviderCsvReads<AchievementRate> read = read(HEADER + "10000560,All Age,,4+,,\n");

    assertThat(read.accepted(0).issues()).extracting(Issue::code).containsOnly(ReadCodes.CSV_VALUE_BLANK).hasSize(3);
    assertThat(read.accepted(0).value().band()).isEqualTo(AchievementBand.NONE);
    assertThat(read.accepted(0).value().isSuppressed()).isFalse();
  }

  @Test
  void wrongFieldCount_rejects_andAMissingColumnStops() {
    ProviderCsvReads<AchievementRate> short1 = read(HEADER + "10000560,All Age,ICT,4+,10\n");
    ProviderCsvReads<AchievementRate> noRate = read("UKPRN,Age_Band,Sector_Subject_Area_T2,"
        + "Apprenticeship_Level_Grouped,Overall_Leavers\n10000560,All Age,ICT,4+,10\n");

    assertThat(short1.rejected(0).issues()).extracting(Issue::code).containsExactly(ReadCodes.CSV_RECORD_FIELD_COUNT);
    assertThat(short1.rejected(0).raw()).hasSize(5);
    assertThat(noRate.summary().stoppedBy().orElseThrow().code()).isEqualTo(ReadCodes.CSV_HEADER_MISSING_COLUMN);
    assertThat(noRate.summary().stoppedBy().orElseThrow().position().orElseThrow().field())
        .hasValue("Overall_Achievement_Rate");
  }

  @Test
  void load_keepsTheAcceptedRates_andTheRejectedWithTheirFields() throws LoadException {
    Loaded<List<AchievementRate>> loaded = AchievementRatesCsv.reader("2324").open(new StringReader(HEADER
        + "10000560,All Age,ICT for practitioners,4+,40,69.9\n"
        + "10000560,All Age,ICT for practitioners,4+,40,101\n"
        + "10000948,24+,ICT for practitioners,All Levels,3,x\n"), "nart.csv").load();

    assertThat(loaded.value()).extracting(r -> r.publishedRate().orElseThrow()).containsExactly("69.9", "x");
    assertThat(loaded.rejected()).singleElement().satisfies(r -> {
      assertThat(r.raw()).contains("101");
      assertThat(r.issues()).extracting(Issue::code).containsExactly("provider.achievement-rate.range");
      assertThat(r.issues().get(0).position().orElseThrow().record()).hasValue(2);
    });
    assertThat(loaded.summaries().get(0).read()).isEqualTo(loaded.value().size() + loaded.rejected().size());
  }

  @Test
  void load_unclosedQuote_throwsLoadException() {
    LoadException stopped = catchThrowableOfType(() -> AchievementRatesCsv.reader().open(new StringReader(HEADER
        + "10000560,All Age,\"ICT,4+,40,69.9\n"), "nart.csv").load(), LoadException.class);

    assertThat(stopped.stoppedBy()).map(Issue::code).contains(ReadCodes.CSV_QUOTE_UNCLOSED);
  }
}

package io.github.apprenticeships4j.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.csv.AchievementRatesCsv;
import io.github.apprenticeships4j.formats.csv.AparCsv;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.csv.EpaoRegisterCsv;
import io.github.apprenticeships4j.formats.csv.EvidenceLogCsv;
import io.github.apprenticeships4j.formats.csv.LevyLedgerCsv;
import io.github.apprenticeships4j.formats.csv.FundingBandsCsv;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.csv.StandardsCsv;
import io.github.apprenticeships4j.formats.json.ApprenticeshipsJson;
import io.github.apprenticeships4j.formats.json.CareerJson;
import io.github.apprenticeships4j.formats.json.ProgressJson;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReaderOptionsTest {
  private static final List<CsvOptions<?>> CSV = List.of(StandardsCsv.reader(), AparCsv.reader(),
      AchievementRatesCsv.reader(), EpaoRegisterCsv.reader(), LevyLedgerCsv.reader(), FundingBandsCsv.reader(),
      EvidenceLogCsv.reader(), DdatCsv.skillsReader(), DdatCsv.rolesReader(),
      ProviderFeedCsv.reader(FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15)).build()));
  private static final List<JsonOptions<?>> JSON = List.of(StandardsJson.reader(), ApprenticeshipsJson.reader(),
      CareerJson.reader(), ProgressJson.reader());

  private static Optional<String> stop(RecordReader<?> reader) {
    try (reader) {
      reader.rows().forEach(row -> {
      });
      return reader.summary().stoppedBy().map(Issue::code);
    }
  }

  @Test
  void everyCsvReader_stopsAtItsFieldAndRecordLimits() {
    for (CsvOptions<?> options : CSV) {
      assertThat(stop(options.maxFieldLength(3).open(new StringReader("a,abcd\n"), "long-field.csv")))
          .as(options.toString()).contains(ReadCodes.CSV_FIELD_TOO_LONG);
      assertThat(stop(options.maxRecordLength(5).open(new StringReader("abc,def\n"), "long-record.csv")))
          .as(options.toString()).contains(ReadCodes.CSV_RECORD_TOO_LONG);
    }
  }

  @Test
  void everyJsonReader_stopsAtItsNestingLimit() {
    for (JsonOptions<?> options : JSON) {
      byte[] deep = "[[[[[1]]]]]".getBytes(StandardCharsets.UTF_8);
      assertThat(stop(options.maxNestingDepth(2).open(new ByteArrayInputStream(deep), "deep.json")))
          .as(options.toString()).hasValueSatisfying(code -> assertThat(code).endsWith(".limit"));
    }
  }

  @Test
  void aSetter_givesACopy_andTheDefaultsStayAsTheyWere() {
    CsvOptions<?> csv = StandardsCsv.reader();
    JsonOptions<?> json = StandardsJson.reader();

    assertThat(csv.charset(StandardCharsets.UTF_16LE).maxPreambleLines(0).maxFieldLength(9).maxRecordLength(99))
        .hasToString("CsvOptions[charset=UTF-16LE, maxPreambleLines=0, maxFieldLength=9, maxRecordLength=99]");
    assertThat(json.maxNestingDepth(3).maxStringLength(4).maxDocumentLength(5))
        .hasToString("JsonOptions[maxNestingDepth=3, maxStringLength=4, maxDocumentLength=5]");
    assertThat(StandardsCsv.reader()).isSameAs(csv)
        .hasToString(
            "CsvOptions[charset=UTF-8, maxPreambleLines=10, maxFieldLength=1000000, maxRecordLength=10000000]");
    assertThat(StandardsJson.reader()).isSameAs(json)
        .hasToString("JsonOptions[maxNestingDepth=64, maxStringLength=5000000, maxDocumentLength=1073741824]");
  }

  @Test
  void limitsBelowOne_andANegativePreamble_areRefused() {
    for (CsvOptions<?> options : CSV) {
      assertThatThrownBy(() -> options.maxFieldLength(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> options.maxRecordLength(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> options.maxPreambleLines(-1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> options.charset(null)).isInstanceOf(NullPointerException.class);
    }
    for (JsonOptions<?> options : JSON) {
      assertThatThrownBy(() -> options.maxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> options.maxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> options.maxDocumentLength(0)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}

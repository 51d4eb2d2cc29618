package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import io.github.apprenticeships4j.core.validation.Issue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StandardsJsonFeedReaderTest {
  /** {@code standard} without what {@link StandardsJson#feedReader()} skips. */
  static Standard withoutWhatTheFeedReaderSkips(Standard standard) {
    return standard.withKsbs(List.of()).withDuties(List.of()).withOptions(List.of()).withKeywords(List.of())
        .withTypicalJobTitles(List.of()).withIntegratedDegree(Optional.empty()).withRegulatedBody(Optional.empty())
        .withEqaProvider(Optional.empty()).withOverviewOfRole(Optional.empty())
        .withOccupationalSummary(Optional.empty()).withMinimumOffTheJobHours(OptionalInt.empty())
        .withEndPointAssessmentMonths(OptionalInt.empty()).withPathway(Optional.empty())
        .withClusterId(Optional.empty()).withCluster(Optional.empty()).withClusterDescription(Optional.empty())
        .withSectorSubjectArea(Optional.empty()).withSectorSubjectAreaTier2(Optional.empty())
        .withOccupationCode(Optional.empty()).withStartsPaused(Optional.empty()).withTemplateType(Optional.empty())
        .withProfessionalRecognitions(List.of()).withQualifications(List.of()).withRegulated(Optional.empty())
        .withRegulatorApprovals(List.of()).withGreenJobTitles(List.of()).withAssessmentPlanUrl(Optional.empty())
        .withStandardPageUrl(Optional.empty()).withChangeNote(Optional.empty()).withChangedDate(Optional.empty());
  }

  static List<Row<Standard>> read(RecordReader<Standard> reader) {
    try (reader) {
      return reader.rows().collect(Collectors.toList());
    }
  }

  static List<Row<Standard>> read(byte[] json, boolean feedReader) {
    return read((feedReader ? StandardsJson.feedReader() : StandardsJson.reader())
        .open(new ByteArrayInputStream(json), "standard.json"));
  }

  @Test
  void feedReader_keepsEveryFactOfAStandard_butNotItsKsbsDutiesOptionsAndTexts() {
    byte[] json = TestData.bytes("/ifate-standards-api/records/ST0795_1.1.json");

    Standard full = read(json, false).get(0).valueIfAccepted().orElseThrow();
    Standard slim = read(json, true).get(0).valueIfAccepted().orElseThrow();

    assertThat(full.ksbs()).isNotEmpty();
    assertThat(full.duties()).isNotEmpty();
    assertThat(full.occupationalSummary()).isPresent();
    assertThat(slim).isEqualTo(withoutWhatTheFeedReaderSkips(full));
    assertThat(slim.ksbs()).isEmpty();
    assertThat(slim.duties()).isEmpty();
  }

  @Test
  void feedReader_readsFoundationApprenticeshipsToo() {
    byte[] json = TestData.bytes("/ifate-standards-api/foundation/FA0001_1.0.json");

    Standard full = read(json, false).get(0).valueIfAccepted().orElseThrow();
    Standard slim = read(json, true).get(0).valueIfAccepted().orElseThrow();

    assertThat(full.ksbs()).isNotEmpty();
    assertThat(slim).isEqualTo(withoutWhatTheFeedReaderSkips(full));
  }

  @Test
  void feedReader_doesNotCheckTheFieldsItSkips_soAKsbWithoutAnIdRejectsTheRecordOnlyInTheFullReader() {
    byte[] json = ("{\"referenceNumber\":\"ST0795\",\"version\":\"1.1\",\"larsCode\":795,\"title\":\"Engineer\","
        + "\"level\":6,\"status\":\"Approved for delivery\",\"maxFunding\":22000,"
        + "\"knowledges\":[{\"detail\":\"no id\"}],\"duties\":{\"not\":\"a list\"}}")
        .getBytes(StandardCharsets.UTF_8);

    List<Row<Standard>> full = read(json, false);
    List<Row<Standard>> slim = read(json, true);

    assertThat(full.get(0).isAccepted()).isFalse();
    assertThat(full.get(0).issues()).extracting(Issue::code).containsExactly(ReadCodes.JSON_FIELD_TYPE);
    assertThat(slim.get(0).isAccepted()).isTrue();
    assertThat(slim.get(0).valueIfAccepted().orElseThrow().maxFunding()).isEqualByComparingTo("22000");
  }

  @Test
  void feedReader_stillReportsTheFactsItKeeps() {
    byte[] json = "[{\"referenceNumber\":\"ST0795\",\"version\":\"1.1\",\"level\":\"six\",\"title\":\"E\"}]"
        .getBytes(StandardCharsets.UTF_8);

    List<Row<Standard>> slim = read(json, true);

    assertThat(slim).hasSize(1);
    assertThat(slim.get(0).isAccepted()).isFalse();
    assertThat(slim.get(0).issues()).extracting(Issue::code).containsExactly(ReadCodes.JSON_NUMBER_FORMAT);
    assertThat(slim.get(0).issues().get(0).path()).isEqualTo("level");
  }
}

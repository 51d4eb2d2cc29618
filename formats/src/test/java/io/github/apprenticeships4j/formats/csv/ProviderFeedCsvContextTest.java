package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import io.github.apprenticeships4j.formats.json.FeedContextJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample feed checked with the bundled context file: the service's rules on its state fire with its
 * messages; without the file they are listed as not checked.
 */
class ProviderFeedCsvContextTest {
  static FeedContext sampleContext() throws IOException {
    return FeedContextJson.read(TestData.path("/provider-feed/sample-context.json")).value()
        .withStandards(KnownStandards.of(FeedTestSupport.catalogue()));
  }

  static List<Row<FeedRecord>> rows(FeedContext context, String csv) throws IOException {
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(new java.io.ByteArrayInputStream(
        csv.getBytes(StandardCharsets.UTF_8)), "feed.csv")) {
      return reader.rows().collect(Collectors.toList());
    }
  }

  @Test
  void theSampleWithItsContext_givesTheServicesFindingsOnItsState() throws IOException {
    List<Row<FeedRecord>> rows;
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(sampleContext())
        .open(TestData.path("/provider-feed/sample-feed.csv"))) {
      rows = reader.rows().collect(Collectors.toList());
      assertThat(reader.notChecked()).isEmpty();
    }
    assertThat(rows).hasSize(12);
    assertThat(rows.get(0).issues()).extracting(Issue::code, Issue::path, Issue::message).contains(tuple(
        "ULN.OVERLAP_START", "Uln",
        "The <b>start date</b> overlaps with existing training dates for the same apprentice"));
    assertThat(rows.get(1).issues()).extracting(Issue::code, Issue::path, Issue::message).containsExactly(tuple(
        "AGREEMENT_ID.NOT_SIGNED", "LegalAgreementId",
        "You cannot add apprentices for this employer as they need to <b>accept the agreement</b> with the DfE."));
    assertThat(rows.get(2).issues()).extracting(Issue::code, Issue::path, Issue::message).contains(tuple(
        "EMAIL.OVERLAP_END", "EmailAddress",
        "The <b>end date</b> overlaps with existing training dates for an apprentice with the same email address"));
    assertThat(rows.get(3).issues()).isEmpty();
    assertThat(rows.get(11).issues()).extracting(Issue::code, Issue::path, Issue::message).contains(tuple(
        "STD_CODE.NOT_DECLARED", "CourseCode", "Enter a valid <b>standard code.</b> You have not told us that you "
            + "deliver this training course. You must assign the course to your account in the "
            + "<a href=https://example.org/courses/10000055/review-your-details class='govuk - link'>Your standards "
            + "and training venues</a> section."));
    assertThat(rows).filteredOn(r -> r instanceof Row.Rejected).hasSize(7);
  }

  @Test
  void aCohortRefTheContextDoesNotHold_isInvalid() throws IOException {
    String row = FeedTestSupport.VALID_ROW.replaceFirst("^,", "NOSUCH,").replace("4230216733", "1000000000");
    assertThat(rows(sampleContext(), FeedTestSupport.HEADER + "\n" + row + "\n").get(0).issues())
        .extracting(Issue::code, Issue::path, Issue::message)
        .containsExactly(tuple("COHORT_REF.INVALID", "CohortRef", "Enter a valid <b>Cohort Ref</b>"));
  }

  @Test
  void withoutTheContext_theRulesOnTheServicesState_areListedAsNotChecked() throws IOException {
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(FeedTestSupport.context())
        .open(TestData.path("/provider-feed/sample-feed.csv"))) {
      assertThat(reader.rows()).allMatch(r -> r.issues().isEmpty());
      assertThat(reader.notChecked()).containsKeys("AGREEMENT_ID.NOT_SIGNED", "COHORT.NO_PERMISSION",
          "COHORT_REF.INVALID (unknown cohort) and COHORT_REF.*", "STD_CODE.NOT_DECLARED, "
              + "PROVIDER.NO_DECLARED_STANDARDS", "ULN.OVERLAP_START, ULN.OVERLAP_END, EMAIL.OVERLAP_START, "
                  + "EMAIL.OVERLAP_END", "RESERVATION.INVALID");
    }
  }
}

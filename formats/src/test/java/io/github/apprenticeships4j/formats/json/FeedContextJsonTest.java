package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.apprenticeships4j.core.feed.Cohort;
import io.github.apprenticeships4j.core.feed.ExistingApprenticeship;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The feed context document: the bundled sample, its JSON Schema, and every kind of bad value located. */
class FeedContextJsonTest {
  static final String SAMPLE = "/provider-feed/sample-context.json";

  static Loaded<FeedContext> read(String json) throws LoadException {
    return FeedContextJson.read(FeedContextJson.reader().open(new ByteArrayInputStream(json.getBytes(
        StandardCharsets.UTF_8)), "context.json"));
  }

  static LoadException refused(String json) {
    return catchThrowableOfType(LoadException.class, () -> read(json));
  }

  static List<Error> schemaErrors(String json) {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(FeedContextJson.schema());
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void theBundledSample_readsEveryPart() throws IOException {
    Loaded<FeedContext> loaded = FeedContextJson.read(TestData.path(SAMPLE));
    FeedContext context = loaded.value();

    assertThat(loaded.issues()).isEmpty();
    assertThat(context.validationDate()).isEqualTo(LocalDate.of(2026, 9, 15));
    assertThat(context.ukprn()).contains(Ukprn.of(10_000_055L));
    assertThat(context.courseManagementLink()).contains("https://example.org/courses");
    assertThat(context.declaredStandards().orElseThrow()).hasSize(11).contains(LarsCode.of(795))
        .doesNotContain(LarsCode.of(828));
    assertThat(context.agreementIds()).contains(Set.of("XEGE5X", "V7YK9P", "AB12CD"));
    assertThat(context.unsignedAgreementIds()).containsExactly("V7YK9P");
    assertThat(context.levyPayerAgreementIds()).contains(Set.of("XEGE5X"));
    assertThat(context.permittedAgreementIds()).contains(Set.of("XEGE5X", "V7YK9P", "AB12CD"));
    assertThat(context.cohorts().orElseThrow()).extracting(Cohort::reference, Cohort::withParty)
        .containsExactly(tuple("VLB8N4", Cohort.Party.PROVIDER), tuple("MK9Q2R", Cohort.Party.EMPLOYER));
    assertThat(context.cohorts().orElseThrow().get(0).ulns()).containsExactly("1000000000");
    assertThat(context.existingApprenticeships().orElseThrow()).extracting(ExistingApprenticeship::uln,
        ExistingApprenticeship::status, ExistingApprenticeship::stopDate).containsExactly(
            tuple("4230216733", ExistingApprenticeship.Status.LIVE, Optional.empty()),
            tuple("9999999998", ExistingApprenticeship.Status.LIVE, Optional.empty()),
            tuple("8541445924", ExistingApprenticeship.Status.STOPPED, Optional.of(LocalDate.of(2025, 6, 30))));
    assertThat(context.reservationErrors()).contains(Map.of());
    assertThat(context.maxFileLines()).isEqualTo(100);
    assertThat(context.knowsServiceState()).isTrue();
  }

  @Test
  void theSchema_acceptsTheBundledSample_andAMinimalDocument_butNotAMisspeltProperty() {
    String sample = new String(TestData.bytes(SAMPLE), StandardCharsets.UTF_8);
    assertThat(schemaErrors(sample)).isEmpty();
    assertThat(schemaErrors("{\"validationDate\": \"2026-09-15\"}")).isEmpty();
    assertThat(schemaErrors("{\"validationDate\": \"2026-09-15\", \"cohort\": []}")).isNotEmpty();
    assertThat(schemaErrors("{\"validationDate\": \"2026-09-15\", \"existingApprenticeships\": [{\"uln\": "
        + "\"1000000000\", \"startDate\": \"2025-01-01\", \"endDate\": \"2026-01-01\", \"status\": \"stopped\"}]}"))
        .isNotEmpty();
  }

  @Test
  void theSchema_andTheReader_agreeOnEveryDocumentOfTheseTests() {
    for (String json : List.of(MINIMAL, FULL_ROW_FACTS, BAD_VALUES)) {
      boolean read;
      try {
        read = read(json).issues().stream().noneMatch(i -> i.severity().isAtLeast(Severity.WARNING));
      } catch (LoadException e) {
        read = false;
      }
      assertThat(schemaErrors(json).isEmpty()).as(json).isEqualTo(read);
    }
  }

  static final String MINIMAL = "{\"validationDate\": \"2026-09-15\"}";
  static final String FULL_ROW_FACTS = """
      {"format": "apprenticeships4j-feed-context/1", "validationDate": "2026-09-15",
       "agreements": [{"id": "XEGE5X", "levyPayer": false, "permission": false}],
       "cohorts": [{"reference": "TRANS1", "agreementId": "XEGE5X", "provider": 10000055,
         "withParty": "transfer-sender", "transferFunded": true, "changeOfParty": false, "ulns": [],
         "emailAddresses": ["a@example.com"], "incompleteRecords": true, "overlappingTrainingDates": false,
         "overlappingEmails": false}],
       "existingApprenticeships": [{"uln": "1000000000", "emailAddress": "a@example.com",
         "startDate": "2024-01-01", "endDate": "2026-12-31", "status": "completed",
         "completionDate": "2026-06-30"}],
       "reservations": [{"row": 2, "reasons": ["first"]}, {"row": 2, "reasons": ["second"]}],
       "limits": {"minimumAge": 16, "maximumAge": 100, "maximumAgeFoundation": 24, "maximumAgeLevel7": 26,
         "minimumOffTheJobHours": 200, "offTheJobHoursByCourse": [{"larsCode": 795, "hours": 278}],
         "maximumTrainingHoursReduction": 500, "minimumPriceReduction": 50, "maxFileLines": 1000,
         "maxFileSizeKb": 10}}
      """;
  static final String BAD_VALUES = """
      {"validationDate": "15/09/2026", "provider": {"ukprn": 123},
       "declaredStandards": ["795", 0],
       "agreements": [{"id": "XEGE5X", "levyPayer": true}, {"id": "AB12CD", "signed": "yes"}],
       "cohorts": [{"reference": "VLB8N4", "withParty": "nobody"}, 7],
       "existingApprenticeships": [{"uln": "1000000000", "startDate": "2025-01-01", "status": "stopped"}],
       "reservations": [{"row": 0, "reasons": [1]}],
       "limits": {"minimumAge": -1, "maxFileLines": 0, "offTheJobHoursByCourse": [{"larsCode": 795}]}}
      """;

  @Test
  void aMinimalDocument_knowsOnlyTheDate() throws LoadException {
    FeedContext context = read(MINIMAL).value();
    assertThat(context).isEqualTo(FeedContext.on(LocalDate.of(2026, 9, 15)));
    assertThat(context.knowsServiceState()).isFalse();
  }

  @Test
  void everyFactOfARow_isRead() throws LoadException {
    FeedContext context = read(FULL_ROW_FACTS).value();
    assertThat(context.levyPayerAgreementIds()).contains(Set.of());
    assertThat(context.permittedAgreementIds()).contains(Set.of());
    Cohort cohort = context.cohorts().orElseThrow().get(0);
    assertThat(cohort).isEqualTo(Cohort.builder().reference("TRANS1").agreementId("XEGE5X")
        .provider(Ukprn.of(10_000_055L)).withParty(Cohort.Party.TRANSFER_SENDER).transferFunded(true)
        .changeOfParty(false).addEmailAddresses("a@example.com").incompleteRecords(true)
        .overlappingTrainingDates(false).overlappingEmails(false).build());
    assertThat(context.existingApprenticeships().orElseThrow().get(0).completionDate())
        .contains(LocalDate.of(2026, 6, 30));
    assertThat(context.reservationErrors()).contains(Map.of(2, List.of("first", "second")));
    assertThat(context.minimumAge()).isEqualTo(16);
    assertThat(context.maximumAge()).isEqualTo(100);
    assertThat(context.maximumAgeFoundation()).isEqualTo(24);
    assertThat(context.maximumAgeLevel7()).isEqualTo(26);
    assertThat(context.minimumOffTheJobHours(Optional.of(LarsCode.of(795)))).isEqualTo(278);
    assertThat(context.minimumOffTheJobHours(Optional.empty())).isEqualTo(200);
    assertThat(context.maximumTrainingHoursReduction()).isEqualTo(500);
    assertThat(context.minimumPriceReduction()).isEqualTo(50);
    assertThat(context.maxFileLines()).isEqualTo(1000);
    assertThat(context.maxFileSizeKb()).isEqualTo(10);
  }

  @Test
  void badValues_rejectTheDocument_withEveryErrorAtItsJsonPointer() {
    LoadException e = refused(BAD_VALUES);
    assertThat(e.summaries().get(0).rejected()).isEqualTo(1);
    assertThat(e.issues()).allMatch(i -> i.position().isPresent());
    assertThat(e.issues()).extracting(Issue::code, Issue::path).contains(
        tuple("json.date.format", "/validationDate"),
        tuple("provider.ukprn.format", "/provider/ukprn"),
        tuple("json.field.type", "/declaredStandards/0"),
        tuple("standard.lars-code.range", "/declaredStandards/1"),
        tuple("json.field.missing", "/agreements/1/levyPayer"),
        tuple("json.field.type", "/agreements/1/signed"),
        tuple("json.field.missing", "/cohorts/0/agreementId"),
        tuple("json.record.invalid", "/cohorts/0/withParty"),
        tuple("json.field.type", "/cohorts/1"),
        tuple("json.field.missing", "/existingApprenticeships/0/endDate"),
        tuple("json.field.missing", "/existingApprenticeships/0/stopDate"),
        tuple("json.record.invalid", "/reservations/0/row"),
        tuple("json.field.type", "/reservations/0/reasons/0"),
        tuple("json.record.invalid", "/limits/minimumAge"),
        tuple("json.record.invalid", "/limits/maxFileLines"),
        tuple("json.field.missing", "/limits/offTheJobHoursByCourse/0/hours"));
  }

  @Test
  void anUnknownProperty_isAWarning_atItsPointer_andTheRestIsRead() throws LoadException {
    Loaded<FeedContext> loaded = read("{\"validationDate\": \"2026-09-15\", \"cohort\": [],"
        + " \"agreements\": [{\"id\": \"XEGE5X\", \"levy\": true}]}");
    assertThat(loaded.issues()).extracting(Issue::severity, Issue::code, Issue::path).containsExactly(
        tuple(Severity.WARNING, "json.field.unknown", "/cohort"),
        tuple(Severity.WARNING, "json.field.unknown", "/agreements/0/levy"));
    assertThat(loaded.value().agreementIds()).contains(Set.of("XEGE5X"));
    assertThat(loaded.value().cohorts()).isEmpty();
  }

  @Test
  void aDocumentWithoutItsDate_orOfAnotherFormat_orNotAnObject_isRejected() {
    assertThat(refused("{}").issues()).extracting(Issue::code, Issue::path)
        .containsExactly(tuple("json.field.missing", "/validationDate"));
    assertThat(refused("{\"format\": \"other/1\", \"validationDate\": \"2026-09-15\"}").issues())
        .extracting(Issue::code, Issue::path).containsExactly(tuple("json.record.invalid", "/format"));
    assertThat(refused("[]").issues()).extracting(Issue::code).containsExactly("json.field.type");
    assertThat(refused("{\"validationDate\": \"2026-09-15\", \"limits\": {\"minimumAge\": 120}}").issues())
        .extracting(Issue::code, Issue::path).containsExactly(tuple("json.record.invalid", "/limits"));
  }

  @Test
  void aRepeatedProperty_isAnError() {
    assertThat(refused("{\"validationDate\": \"2026-09-15\", \"validationDate\": \"2026-09-16\"}").issues())
        .extracting(Issue::code).containsExactly("json.field.duplicate");
  }

  @Test
  void brokenOrEmptyInput_stopsTheRead_withAFatalFinding() {
    assertThat(refused("{\"validationDate\": ").stoppedBy()).map(Issue::code).contains("json.syntax");
    assertThat(refused("").stoppedBy()).map(Issue::code).contains("json.empty");
    assertThat(refused("{} {}").stoppedBy()).map(Issue::code).contains("json.syntax");
  }

  @Test
  void theSchema_isDraft202012_andNamesTheFormat() {
    assertThat(FeedContextJson.schema()).contains("https://json-schema.org/draft/2020-12/schema",
        FeedContextJson.FORMAT);
  }
}

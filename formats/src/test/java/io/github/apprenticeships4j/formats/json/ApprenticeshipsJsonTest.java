package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.BreakInLearning;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.EmployerChange;
import io.github.apprenticeships4j.core.funding.PriceChange;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingResult;
import io.github.apprenticeships4j.core.funding.PaymentKind;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ApprenticeshipsJsonTest {
  static final String SEED_CASE = "/funding-input/seed-case.json";
  static final String VALID = "{\"startDate\": \"2025-09-01\", \"plannedDurationMonths\": 24,"
      + " \"standard\": {\"reference\": \"ST1398\", \"level\": 6, \"typicalDurationMonths\": 24},"
      + " \"trainingPrice\": \"19000\", \"assessmentPrice\": \"3000\", \"employer\": {\"levyPayer\": false},"
      + " \"apprentice\": {\"dateOfBirth\": \"2000-03-15\"}}";

  record Read(List<Row<FundingInput>> rows, ReadSummary summary) {
    FundingInput.OfApprenticeship accepted(int index) {
      return (FundingInput.OfApprenticeship) acceptedInput(index);
    }

    FundingInput acceptedInput(int index) {
      assertThat(rows.get(index).isAccepted()).as("%s", rows.get(index).issues()).isTrue();
      return rows.get(index).valueIfAccepted().orElseThrow();
    }

    Row.Rejected<FundingInput> rejected(int index) {
      assertThat(rows.get(index)).isInstanceOf(Row.Rejected.class);
      return (Row.Rejected<FundingInput>) rows.get(index);
    }

    Issue fatal() {
      assertThat(summary.stoppedBy()).isPresent();
      return summary.stoppedBy().get();
    }
  }

  static Read read(byte[] bytes) {
    try (RecordReader<FundingInput> reader = ApprenticeshipsJson.reader()
        .open(new ByteArrayInputStream(bytes), "in.json")) {
      List<Row<FundingInput>> rows = reader.rows().collect(Collectors.toList());
      return new Read(rows, reader.summary());
    }
  }

  static Read read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] resource(String name) {
    try (InputStream in = ApprenticeshipsJsonTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String with(String field, String value) {
    return VALID.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\d+|\\{[^}]*\\})", "\"" + field + "\": " + value);
  }

  /** Issue 11: a repeated property was taken silently, the last value winning; money depends on which is meant. */
  @Test
  void aRepeatedPropertyName_rejectsItsRecordOnly_withAnErrorAtTheRepeat() {
    String repeated = VALID.replace("\"trainingPrice\": \"19000\"", "\"trainingPrice\": \"19000\","
        + " \"trainingPrice\": \"9000\"").replace("\"levyPayer\": false", "\"levyPayer\": false, \"levyPayer\": true");

    Read read = read("[" + repeated + ",\n" + VALID + "]");

    Row.Rejected<FundingInput> rejected = read.rejected(0);
    assertThat(rejected.issues()).extracting(Issue::code, Issue::path, Issue::severity).containsExactly(
        tuple(ReadCodes.JSON_FIELD_DUPLICATE, "trainingPrice", Severity.ERROR),
        tuple(ReadCodes.JSON_FIELD_DUPLICATE, "employer.levyPayer", Severity.ERROR));
    assertThat(rejected.issues().get(0).message()).isEqualTo("the property 'trainingPrice' appears more than once in"
        + " its object; which value is meant is unknown");
    assertThat(rejected.issues().get(1).position()).hasValueSatisfying(p -> {
      assertThat(p.record()).hasValue(1);
      assertThat(p.field()).hasValue("employer.levyPayer");
    });
    assertThat(rejected.raw()).singleElement().asString().startsWith("{\"startDate\"").endsWith("}");
    assertThat(read.accepted(1).apprenticeship().trainingPrice()).isEqualByComparingTo("19000");
  }

  @Test
  void readsTheSeedCases_aListOfThree() {
    Read read = read(resource(SEED_CASE));

    assertThat(read.summary().toString()).isEqualTo("in.json: 3 read, 3 accepted, 0 rejected");
    FundingInput.OfApprenticeship first = read.accepted(0);
    assertThat(first.id()).hasValue("non-levy, aged 25");
    Apprenticeship a = first.apprenticeship();
    assertThat(a.startDate()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(a.plannedDurationMonths()).hasValue(24);
    assertThat(a.standard().reference().toString()).isEqualTo("ST1398");
    assertThat(a.standard().caps()).isEmpty();
    assertThat(a.agreedPrice()).isEqualByComparingTo("22000");
    assertThat(a.employer().levyPayer()).isFalse();
    assertThat(first.progress().breaks()).isEmpty();

    FundingInput.OfApprenticeship second = read.accepted(1);
    assertThat(second.apprenticeship().plannedEndDate()).hasValue(LocalDate.of(2027, 8, 31));
    assertThat(second.apprenticeship().standard().caps()).singleElement()
        .satisfies(cap -> assertThat(cap.source()).isEqualTo("IfATE ST1398 v1.0"));
    assertThat(second.apprenticeship().priorLearningPercentage()).hasValue(new BigDecimal("12.5"));
    assertThat(second.apprenticeship().employer().headcount()).hasValue(40);
    assertThat(second.apprenticeship().apprentice().careLeaver()).isTrue();
    assertThat(second.progress().breaks()).containsExactly(
        BreakInLearning.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 1)));

    FundingInput.OfApprenticeship third = read.accepted(2);
    assertThat(third.apprenticeship().employer().levyFundsAvailable()).isEqualTo(new BigDecimal("12000.50"));
    assertThat(third.progress().completionDate()).hasValue(LocalDate.of(2027, 6, 15));
  }

  @Test
  void theSeedCase_readFromJson_givesTheIssuesFigures() {
    FundingInput.OfApprenticeship input = read(resource(SEED_CASE)).accepted(0);
    FundingBreakdown f = FundingCalculator.withDefaultRules().calculate(input.apprenticeship(), input.progress())
        .orElseThrow();
    assertThat(f.governmentCoInvestment().value()).isEqualTo(new BigDecimal("20900.00"));
    assertThat(f.employerCoInvestment().value()).isEqualTo(new BigDecimal("1100.00"));
  }

  @Test
  void oneObject_isOneRecord_andGzipIsDetected() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(zipped)) {
      zip.write(VALID.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(read(VALID).summary().accepted()).isEqualTo(1);
    assertThat(read(zipped.toByteArray()).summary().accepted()).isEqualTo(1);
  }

  @Test
  void standardByReferenceOnly_withoutAStartDate_reportsTheStartDateAlone() {
    String json = "{\"standard\": {\"reference\": \"ST0116\"}, \"trainingPrice\": \"1000\","
        + " \"assessmentPrice\": \"0\", \"employer\": {\"levyPayer\": false},"
        + " \"apprentice\": {\"dateOfBirth\": \"2000-01-01\"}}";
    assertThat(read(json).rejected(0).issues()).extracting(Issue::path).containsExactly("startDate");
  }

  @Test
  void foundationInput_readsTheCustodialSentenceAndTheProgressionDate_andEarnsTheFoundationIncentive() {
    String json = "{\"startDate\": \"2025-09-01\", \"plannedEndDate\": \"2026-05-31\","
        + " \"standard\": {\"reference\": \"FA0001\", \"level\": 2, \"typicalDurationMonths\": 8,"
        + " \"caps\": [{\"amount\": \"4000\", \"from\": \"2025-08-01\"}]},"
        + " \"trainingPrice\": \"3500\", \"assessmentPrice\": \"500\", \"employer\": {\"levyPayer\": false},"
        + " \"apprentice\": {\"dateOfBirth\": \"2002-06-01\", \"custodialSentence\": true},"
        + " \"progress\": {\"progressionDate\": \"2026-06-15\"}}";
    FundingInput.OfApprenticeship input = read(json).accepted(0);
    assertThat(input.apprenticeship().standard().foundation()).isTrue();
    assertThat(input.apprenticeship().apprentice().custodialSentence()).isTrue();
    assertThat(input.progress().progressionDate()).contains(LocalDate.of(2026, 6, 15));
    FundingBreakdown f = FundingCalculator.withDefaultRules().calculate(input.apprenticeship(), input.progress())
        .orElseThrow();
    assertThat(f.ageAtStart().value()).isEqualTo(23);
    assertThat(f.payments().total(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE)).isEqualByComparingTo("2000");
    assertThat(read(json.replace("\"2026-06-15\"", "\"15/06/2026\"")).rejected(0).issues())
        .extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadCodes.JSON_DATE_FORMAT, "progress.progressionDate"));
  }

  @Test
  void amounts_areReadExactly_neverThroughDouble() {
    Read read = read(with("trainingPrice", "18999.99").replace("\"3000\"", "0.01"));
    Apprenticeship a = read.accepted(0).apprenticeship();
    assertThat(a.trainingPrice()).isEqualTo(new BigDecimal("18999.99"));
    assertThat(a.assessmentPrice()).isEqualTo(new BigDecimal("0.01"));
    assertThat(read(with("trainingPrice", "0.1")).accepted(0).apprenticeship().trainingPrice())
        .isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void aNegativePrice_isMapped_andLeftToTheCalculator() {
    Apprenticeship a = read(with("trainingPrice", "\"-1\"")).accepted(0).apprenticeship();
    FundingResult result = FundingCalculator.withDefaultRules().calculate(a);
    assertThat(result.report().issues()).extracting(Issue::code).containsExactly("funding.price.negative");
  }

  @Test
  void missingFields_rejectTheRecord_withEveryPath() {
    Read read = read("{\"standard\": {}, \"employer\": {}, \"apprentice\": {}}");

    Row.Rejected<FundingInput> row = read.rejected(0);
    assertThat(row.issues()).extracting(Issue::code).containsOnly(ReadCodes.JSON_FIELD_MISSING);
    assertThat(row.issues()).extracting(Issue::path).containsExactly("startDate", "standard.reference",
        "standard.level", "standard.typicalDurationMonths", "trainingPrice", "assessmentPrice", "employer.levyPayer",
        "apprentice.dateOfBirth");
    assertThat(row.raw()).containsExactly("{\"standard\": {}, \"employer\": {}, \"apprentice\": {}}");
    assertThat(read.summary().rejected()).isEqualTo(1);
  }

  @Test
  void badValues_areLocatedErrors_andTheRecordKeepsItsText() {
    Read read = read("[" + VALID + ",\n" + with("startDate", "\"1 Sept 2025\"")
        .replace("\"level\": 6", "\"level\": 6.5")
        .replace("\"ST1398\"", "\"X1\"")
        .replace("\"19000\"", "\"19,000\"") + "]");

    assertThat(read.summary().toString()).isEqualTo("in.json: 2 read, 1 accepted, 1 rejected");
    Row.Rejected<FundingInput> row = read.rejected(1);
    assertThat(row.issues()).extracting(Issue::severity, Issue::code, Issue::path).containsExactly(
        tuple(Severity.ERROR, ReadCodes.JSON_DATE_FORMAT, "startDate"),
        tuple(Severity.ERROR, "standard.reference.format", "standard.reference"),
        tuple(Severity.ERROR, ReadCodes.JSON_NUMBER_FORMAT, "standard.level"),
        tuple(Severity.ERROR, ReadCodes.JSON_NUMBER_FORMAT, "trainingPrice"));
    Issue date = row.issues().get(0);
    assertThat(date.rejectedValue()).hasValue("1 Sept 2025");
    assertThat(date.position().orElseThrow().line()).hasValue(2);
    assertThat(date.position().orElseThrow().record()).hasValue(2);
    assertThat(date.position().orElseThrow().field()).hasValue("startDate");
    assertThat(row.raw().get(0)).contains("1 Sept 2025");
  }

  @Test
  void hugeOrOverPreciseNumbers_areRejected_notComputed() {
    assertThat(read(with("trainingPrice", "1e999999999")).rejected(0).issues()).extracting(Issue::code)
        .containsExactly(ReadCodes.JSON_NUMBER_FORMAT);
    assertThat(read(with("trainingPrice", "\"0.00000000001\"")).rejected(0).issues()).extracting(Issue::path)
        .containsExactly("trainingPrice");
  }

  @Test
  void aFieldOfTheWrongJsonType_rejectsTheRecord_withItsPath() {
    Row.Rejected<FundingInput> row = read(with("apprentice", "[1, 2]")).rejected(0);
    assertThat(row.issues()).extracting(Issue::code, Issue::path)
        .containsExactly(tuple(ReadCodes.JSON_FIELD_TYPE, "apprentice"));
    Row.Rejected<FundingInput> date = read(with("startDate", "{\"year\": 2025}")).rejected(0);
    assertThat(date.issues()).extracting(Issue::path).containsExactly("startDate");
  }

  @Test
  void badCapsAndBreaks_areRejectedWithTheirIndex() {
    String json = VALID.replace("\"typicalDurationMonths\": 24}", "\"typicalDurationMonths\": 24, \"caps\": ["
        + "{\"amount\": \"-5\", \"from\": \"2024-01-01\"}, {\"from\": \"2024-01-01\"}]}")
        .replace("}}", "}, \"progress\": {\"breaks\": [{\"lastDayInLearning\": \"2026-01-31\"}]}}");
    Row.Rejected<FundingInput> row = read(json).rejected(0);
    assertThat(row.issues()).extracting(Issue::code, Issue::path).containsExactly(
        tuple("funding.rule.value", "standard.caps[0]"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "standard.caps[1].amount"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "progress.breaks[0].returnDate"));
  }

  @Test
  void priceAndEmployerChanges_areRead_andCalculated() {
    String json = VALID.replace("}}", "}, \"progress\": {\"priceChanges\": [{\"effectiveFrom\": \"2026-03-01\","
        + " \"trainingPrice\": \"15000\", \"assessmentPrice\": 3000, \"note\": 1}],"
        + " \"employerChanges\": [{\"effectiveFrom\": \"2026-09-01\", \"employer\": {\"levyPayer\": true,"
        + " \"levyFundsAvailable\": \"5000\"}, \"note\": 1}]}}");
    FundingInput.OfApprenticeship input = read(json).accepted(0);
    assertThat(input.progress().priceChanges()).containsExactly(new PriceChange(LocalDate.of(2026, 3, 1),
        new BigDecimal("15000"), new BigDecimal("3000")));
    assertThat(input.progress().employerChanges()).containsExactly(new EmployerChange(LocalDate.of(2026, 9, 1),
        Employer.levyPayer(new BigDecimal("5000"))));
    FundingBreakdown f = FundingCalculator.withDefaultRules().calculate(input.apprenticeship(), input.progress())
        .orElseThrow();
    assertThat(f.fundedPrice().value()).isEqualTo(new BigDecimal("18000.00"));
    assertThat(f.employerPeriods()).hasSize(2);
  }

  @Test
  void badPriceAndEmployerChanges_areRejectedWithTheirIndex() {
    String json = VALID.replace("}}", "}, \"progress\": {\"priceChanges\": [{\"effectiveFrom\": \"1 March\","
        + " \"trainingPrice\": \"x\"}, null], \"employerChanges\": [{\"employer\": {\"headcount\": 5}},"
        + " null]}}");
    Row.Rejected<FundingInput> row = read(json).rejected(0);
    assertThat(row.issues()).extracting(Issue::code, Issue::path).containsExactly(
        tuple(ReadCodes.JSON_DATE_FORMAT, "progress.priceChanges[0].effectiveFrom"),
        tuple(ReadCodes.JSON_NUMBER_FORMAT, "progress.priceChanges[0].trainingPrice"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "progress.priceChanges[0].assessmentPrice"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "progress.priceChanges[1]"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "progress.employerChanges[0].effectiveFrom"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "progress.employerChanges[0].employer.levyPayer"),
        tuple(ReadCodes.JSON_FIELD_MISSING, "progress.employerChanges[1]"));
  }

  @Test
  void listElementsThatAreNoObjects_areRejectedRows() {
    Read read = read("[1, \"x\", null, " + VALID + "]");
    assertThat(read.summary().toString()).isEqualTo("in.json: 4 read, 1 accepted, 3 rejected");
    assertThat(read.rejected(0).issues()).extracting(Issue::code).containsExactly(ReadCodes.JSON_RECORD_NOT_OBJECT);
    assertThat(read.rejected(1).raw()).containsExactly("\"x\"");
  }

  @Test
  void malformedInput_endsTheRead_withAFatalFinding() {
    assertThat(read("").fatal().code()).isEqualTo(ReadCodes.JSON_EMPTY);
    assertThat(read("42").fatal().code()).isEqualTo(ReadCodes.JSON_SHAPE);
    assertThat(read("[" + VALID + ", {\"startDate\": ").fatal().code()).isEqualTo(ReadCodes.JSON_SYNTAX);
    assertThat(read(VALID + " {}").fatal().code()).isEqualTo(ReadCodes.JSON_SYNTAX);
    assertThat(read("[" + VALID + ", {\"startDate\" 1}]").fatal().severity()).isEqualTo(Severity.FATAL);
    assertThat(read(new byte[] {'[', '"', (byte) 0xC3, (byte) 0x28, '"', ']'}).fatal().code())
        .isEqualTo(ReadCodes.JSON_SYNTAX);
    byte[] gzipHeaderOnly = {0x1f, (byte) 0x8b, 8, 0};
    assertThat(read(gzipHeaderOnly).fatal().code()).isEqualTo(ReadCodes.IO);
  }

  @Test
  void aTruncatedList_keepsTheRowsBefore_andCountsAddUp() {
    Read read = read("[" + VALID + ", " + VALID.substring(0, 40));
    assertThat(read.rows()).hasSize(1);
    assertThat(read.summary().read()).isEqualTo(1);
    assertThat(read.fatal().position().orElseThrow().record()).hasValue(2);
  }

  @Test
  void deepNesting_isALimit() {
    String deep = "[" + VALID.replace("\"id\"", "").replace("}}", "}, \"extra\": " + "[".repeat(40)
        + "]".repeat(40) + "}");
    assertThat(read(deep).fatal().code()).isEqualTo(ReadCodes.JSON_LIMIT);
  }

  @Test
  void anEmptyList_readsNothing() {
    Read read = read("[]");
    assertThat(read.rows()).isEmpty();
    assertThat(read.summary().complete()).isTrue();
    assertThat(Optional.of(read.summary().read())).hasValue(0L);
  }

  static Loaded<List<FundingInput>> load(String json) throws LoadException {
    return ApprenticeshipsJson.reader().open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "in.json").load();
  }

  @Test
  void load_keepsTheAcceptedApprenticeships_andTheRejectedWithTheirText() throws LoadException {
    Loaded<List<FundingInput>> loaded = load("[" + VALID + ", " + with("startDate", "\"01/09/2025\"") + ", "
        + with("trainingPrice", "\"18000\"") + "]");

    assertThat(loaded.value()).extracting(i -> ((FundingInput.OfApprenticeship) i).apprenticeship().trainingPrice())
        .containsExactly(new BigDecimal("19000"), new BigDecimal("18000"));
    assertThat(loaded.rejected()).singleElement().satisfies(r -> {
      assertThat(r.raw()).singleElement().satisfies(text -> assertThat(text).contains("01/09/2025"));
      assertThat(r.issues()).extracting(Issue::code, Issue::path)
          .containsExactly(tuple(ReadCodes.JSON_DATE_FORMAT, "startDate"));
      assertThat(r.issues().get(0).position().orElseThrow().record()).hasValue(2);
    });
    assertThat(loaded.summaries()).singleElement().hasToString("in.json: 3 read, 2 accepted, 1 rejected");
  }

  @Test
  void load_truncatedList_throwsLoadException_namingTheRecordWhereItStopped() {
    LoadException stopped = catchThrowableOfType(() -> load("[" + VALID + ", " + VALID.substring(0, 40)),
        LoadException.class);

    assertThat(stopped.stoppedBy()).hasValueSatisfying(i -> {
      assertThat(i.code()).isEqualTo(ReadCodes.JSON_SYNTAX);
      assertThat(i.position().orElseThrow().record()).hasValue(2);
    });
    assertThat(stopped.summaries().get(0).accepted()).isEqualTo(1);
  }
}

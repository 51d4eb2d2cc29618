package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.provider.AssessmentOrganisation;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpaoRegisterCsvTest {
  static final String HEADER = "EPA_organisation_identifier,EPA_organisation,Organisation_type,Website_link,"
      + "Contact_address1,Contact_address2,Contact_address3,Contact_address4,Contact_postcode,UKPRN\n";

  static Path realFile() throws Exception {
    return Path.of(EpaoRegisterCsvTest.class.getResource("/epao-register-2018/organisation.csv").toURI());
  }

  static ProviderCsvReads<AssessmentOrganisation> read(String csv) {
    return ProviderCsvReads.of(EpaoRegisterCsv.reader().open(new StringReader(csv), "organisation.csv"));
  }

  @Test
  void realFile_readsAll143Organisations_oneWithoutUkprn() throws Exception {
    ProviderCsvReads<AssessmentOrganisation> read = ProviderCsvReads.of(EpaoRegisterCsv.reader().open(realFile()));

    assertThat(read.summary().read()).isEqualTo(143);
    assertThat(read.summary().accepted()).isEqualTo(143);
    assertThat(read.summary().complete()).isTrue();
    assertThat(read.rows()).extracting(r -> r.position().record().getAsLong())
        .isEqualTo(LongStream.rangeClosed(1, 143).boxed().collect(Collectors.toList()));

    AssessmentOrganisation bcs = read.accepted(0).value();
    assertThat(bcs.id()).isEqualTo("EPA0001");
    assertThat(bcs.name()).isEqualTo("BCS, The Chartered Institute for IT");
    assertThat(bcs.organisationType()).isEqualTo("Professional body");
    assertThat(bcs.website()).contains("http://www.bcs.org/");
    assertThat(bcs.addressLines()).containsExactly("BCS, The Chartered Institute for IT",
        "Block D, North Star House", "North Star Avenue", "Swindon");
    assertThat(bcs.postcode()).contains("SN2 1FA");
    assertThat(bcs.ukprn()).contains(Ukprn.of(90_000_312L));

    List<Issue> warnings = read.rows().stream().flatMap(r -> r.issues().stream()).collect(Collectors.toList());
    assertThat(warnings).hasSize(1);
    Issue dash = warnings.get(0);
    assertThat(dash.code()).isEqualTo(ReadCodes.CSV_VALUE_PLACEHOLDER);
    assertThat(dash.severity()).isEqualTo(Severity.WARNING);
    assertThat(dash.path()).isEqualTo("ukprn");
    assertThat(dash.rejectedValue()).contains("-");
    assertThat(dash.position().orElseThrow().field()).hasValue("UKPRN");
    AssessmentOrganisation noUkprn = read.rows().stream().filter(r -> r.issues().contains(dash))
        .flatMap(r -> r.valueIfAccepted().stream())
        .findFirst().orElseThrow();
    assertThat(noUkprn.id()).isEqualTo("EPA0151");
    assertThat(noUkprn.ukprn()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "EPA12,Short id,Other,,a,b,c,d,AB1 2CD,90000312|provider.epao.id.format|EPA_organisation_identifier|id",
      "EPA0009,Bad ukprn,Other,,a,b,c,d,AB1 2CD,9000031|provider.ukprn.format|UKPRN|ukprn",
      "EPA0009,Words,Other,,a,b,c,d,AB1 2CD,none|provider.ukprn.format|UKPRN|ukprn"})
  void malformedRow_isRejected_withLocatedCode(String row, String code, String column, String path) {
    ProviderCsvReads<AssessmentOrganisation> read = read(HEADER + row + "\n");

    Issue error = read.rejected(0).issues().stream().filter(i -> i.severity() == Severity.ERROR).findFirst()
        .orElseThrow();
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.path()).isEqualTo(path);
    assertThat(error.position().orElseThrow().field()).hasValue(column);
    assertThat(read.rejected(0).raw()).hasSize(10);
  }

  @Test
  void blankUkprnNameAndLines_areAcceptedWithWarnings() {
    ProviderCsvReads<AssessmentOrganisation> read = read(HEADER + "EPA0009,,,,,,Town,,,\n");

    AssessmentOrganisation organisation = read.accepted(0).value();
    assertThat(organisation.addressLines()).containsExactly("Town");
    assertThat(organisation.website()).isEmpty();
    assertThat(organisation.postcode()).isEmpty();
    assertThat(read.accepted(0).issues()).extracting(Issue::path).containsExactly("name", "organisationType", "ukprn");
  }

  @Test
  void wrongFieldCount_rejects() {
    ProviderCsvReads<AssessmentOrganisation> read = read(HEADER + "EPA0009,Too few,Other\n");

    assertThat(read.rejected(0).issues()).extracting(Issue::code).containsExactly(ReadCodes.CSV_RECORD_FIELD_COUNT);
    assertThat(read.summary().read()).isEqualTo(1);
  }

  @Test
  void load_realFile_keepsAll143_withTheOneWarning_andNoErrors() throws Exception {
    Loaded<List<AssessmentOrganisation>> loaded = EpaoRegisterCsv.reader().open(realFile()).load();

    assertThat(loaded.requireNoErrors()).hasSize(143);
    assertThat(loaded.rejected()).isEmpty();
    assertThat(loaded.issues()).extracting(Issue::code).containsExactly(ReadCodes.CSV_VALUE_PLACEHOLDER);
  }

  @Test
  void load_keepsTheAcceptedOrganisations_andTheRejectedWithTheirFields() throws LoadException {
    Loaded<List<AssessmentOrganisation>> loaded = EpaoRegisterCsv.reader().open(new StringReader(HEADER
        + "EPA0001,BCS,Professional body,,,,,,,90000312\n"
        + "EPA12,Short id,Professional body,,,,,,,\n"), "organisation.csv").load();

    assertThat(loaded.value()).extracting(AssessmentOrganisation::id).containsExactly("EPA0001");
    assertThat(loaded.rejected()).singleElement().satisfies(r -> {
      assertThat(r.raw()).contains("EPA12", "Short id");
      assertThat(r.issues()).extracting(Issue::code).contains("provider.epao.id.format");
    });
  }
}

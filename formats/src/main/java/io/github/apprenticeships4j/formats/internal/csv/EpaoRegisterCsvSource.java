package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.provider.AssessmentOrganisation;
import io.github.apprenticeships4j.core.provider.ProviderCodes;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the 2018 EPAO register CSV; see {@code io.github.apprenticeships4j.formats.csv.EpaoRegisterCsv}. */
public final class EpaoRegisterCsvSource extends MappedCsvSource<AssessmentOrganisation> {
  public static final String ID = "EPA_organisation_identifier";
  public static final String NAME = "EPA_organisation";
  public static final String TYPE = "Organisation_type";
  public static final String WEBSITE = "Website_link";
  public static final List<String> ADDRESS =
      List.of("Contact_address1", "Contact_address2", "Contact_address3", "Contact_address4");
  public static final String POSTCODE = "Contact_postcode";
  public static final String UKPRN = "UKPRN";

  public static final List<String> REQUIRED_COLUMNS = List.of(ID, NAME, TYPE, WEBSITE, ADDRESS.get(0),
      ADDRESS.get(1), ADDRESS.get(2), ADDRESS.get(3), POSTCODE, UKPRN);

  public EpaoRegisterCsvSource(Reader input, String source, CsvSettings settings) {
    super(input, source, settings, REQUIRED_COLUMNS);
  }

  @Override
  protected Row<AssessmentOrganisation> map(Fields fields) {
    String id = fields.text(ID);
    if (!id.matches("EPA\\d{4}")) {
      fields.error(ProviderCodes.EPAO_ID_FORMAT, "an EPAO identifier is 'EPA' and 4 digits", ID, "id");
    }
    String name = fields.text(NAME);
    if (name.isEmpty()) {
      fields.blank(NAME, "name", "empty");
    }
    String type = fields.text(TYPE);
    if (type.isEmpty()) {
      fields.blank(TYPE, "organisationType", "empty");
    }
    List<String> lines = new ArrayList<>();
    ADDRESS.stream().map(fields::text).filter(l -> !l.isEmpty()).forEach(lines::add);
    Optional<Ukprn> ukprn = ukprn(fields);
    String website = fields.text(WEBSITE);
    String postcode = fields.text(POSTCODE);
    return fields.acceptUnlessErrors(() -> AssessmentOrganisation.builder()
        .id(id)
        .name(name)
        .organisationType(type)
        .website(website.isEmpty() ? Optional.empty() : Optional.of(website))
        .addAllAddressLines(lines)
        .postcode(postcode.isEmpty() ? Optional.empty() : Optional.of(postcode))
        .ukprn(ukprn)
        .build());
  }

  /** "-" (EPA0151 in 2018) and blank give none with a warning; else a UKPRN or an error. */
  private static Optional<Ukprn> ukprn(Fields fields) {
    String text = fields.text(UKPRN);
    if (text.equals("-")) {
      fields.add(Issue.warning(ReadCodes.CSV_VALUE_PLACEHOLDER, UKPRN + " is '-' (none); taken as absent").rejecting(
          text),
          UKPRN, "ukprn");
      return Optional.empty();
    }
    if (text.isEmpty()) {
      fields.blank(UKPRN, "ukprn", "absent");
      return Optional.empty();
    }
    return Optional.ofNullable(fields.ukprn(UKPRN, "ukprn"));
  }
}

package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.provider.ProviderType;
import io.github.apprenticeships4j.core.provider.RegisterEntry;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the APAR register CSV; see {@code io.github.apprenticeships4j.formats.csv.AparCsv}. */
public final class AparCsvSource extends MappedCsvSource<RegisterEntry> {
  public static final String UKPRN = "Ukprn";
  public static final String NAME = "Name";
  public static final String APPLICATION_TYPE = "ApplicationType";
  public static final String START_DATE = "StartDate";
  public static final String STATUS = "Status";
  public static final String DETERMINED_DATE = "ApplicationDeterminedDate";
  /** The one status the download writes; an empty status means the provider may start new apprentices. */
  public static final String NOT_STARTING = "Not Currently Starting New Apprentices";

  public static final List<String> REQUIRED_COLUMNS =
      List.of(UKPRN, NAME, APPLICATION_TYPE, START_DATE, STATUS, DETERMINED_DATE);

  public AparCsvSource(Reader input, String source, CsvSettings settings) {
    super(input, source, settings, REQUIRED_COLUMNS);
  }

  @Override
  protected Row<RegisterEntry> map(Fields fields) {
    Ukprn ukprn = fields.ukprn(UKPRN, "ukprn");
    String name = fields.text(NAME);
    if (name.isEmpty()) {
      fields.blank(NAME, "name", "empty");
    }
    Optional<ProviderType> type = ProviderType.tryParse(fields.text(APPLICATION_TYPE));
    if (type.isEmpty()) {
      fields.error(ReadCodes.CSV_VALUE_UNKNOWN, APPLICATION_TYPE
          + " must be Main provider, Employer provider or Supporting provider", APPLICATION_TYPE, "type");
    }
    Optional<LocalDate> start = fields.date(START_DATE, "startDate", true);
    String status = fields.text(STATUS);
    boolean notStarting = status.equalsIgnoreCase(NOT_STARTING);
    if (!status.isEmpty() && !notStarting) {
      fields.error(ReadCodes.CSV_VALUE_UNKNOWN, STATUS + " must be empty or '" + NOT_STARTING + "'", STATUS,
          "notCurrentlyStartingNewApprentices");
    }
    Optional<LocalDate> determined = fields.date(DETERMINED_DATE, "determinedDate", false);
    return fields.acceptUnlessErrors(() -> RegisterEntry.builder()
        .ukprn(java.util.Objects.requireNonNull(ukprn))
        .name(name)
        .type(type.orElseThrow())
        .startDate(start)
        .determinedDate(determined)
        .notCurrentlyStartingNewApprentices(notStarting)
        .build());
  }
}

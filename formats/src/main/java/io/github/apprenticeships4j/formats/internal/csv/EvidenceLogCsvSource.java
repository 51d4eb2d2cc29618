package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.progress.EvidenceLogEntry;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads a cohort's KSB evidence log; see {@code io.github.apprenticeships4j.formats.csv.EvidenceLogCsv}. */
public final class EvidenceLogCsvSource extends MappedCsvSource<EvidenceLogEntry> {
  public static final String APPRENTICE_ID = "ApprenticeId";
  public static final String STANDARD_REFERENCE = "StandardReference";
  public static final String KSB_CODE = "KsbCode";
  public static final String EVIDENCE = "Evidence";
  public static final String DATE = "Date";
  public static final String CONFIRMED_BY = "ConfirmedBy";

  public static final List<String> REQUIRED_COLUMNS =
      List.of(APPRENTICE_ID, STANDARD_REFERENCE, KSB_CODE, EVIDENCE, DATE, CONFIRMED_BY);

  private static final Pattern KSB = Pattern.compile("(TK|TS|ESB|K|S|B)[1-9][0-9]{0,2}");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final @Nullable LocalDate today;
  /** The accepted rows so far, by what makes two rows the same evidence, with where the first one starts. */
  private final Map<EvidenceLogEntry, SourcePosition> seen = new HashMap<>();

  /**
   * A reader of {@code input}, which it owns.
   *
   * @param today the day after which evidence is in the future; null not to check
   */
  public EvidenceLogCsvSource(Reader input, String source, CsvSettings settings, @Nullable LocalDate today) {
    super(input, source, settings, REQUIRED_COLUMNS);
    this.today = today;
  }

  @Override
  protected Row<EvidenceLogEntry> map(Fields fields) {
    String apprenticeId = required(fields, APPRENTICE_ID, "apprenticeId");
    Optional<StandardReference> standard = standard(fields);
    Optional<String> ksbCode = ksbCode(fields);
    String description = required(fields, EVIDENCE, "description");
    Optional<LocalDate> date = date(fields);
    String confirmedBy = fields.text(CONFIRMED_BY);
    if (confirmedBy.isEmpty()) {
      fields.blank(CONFIRMED_BY, "confirmedBy", "empty");
    }
    if (fields.hasErrors()) {
      return fields.reject();
    }
    EvidenceLogEntry entry = EvidenceLogEntry.of(apprenticeId, standard.orElseThrow(), KsbEvidence.builder()
        .ksbCode(ksbCode.orElseThrow()).description(description).date(date.orElseThrow()).confirmedBy(confirmedBy)
        .build());
    SourcePosition first = seen.putIfAbsent(entry.withEvidence(entry.evidence().withConfirmedBy("")),
        fields.at(EVIDENCE));
    if (first != null) {
      fields.warning(ReadCodes.EVIDENCE_CSV_ROW_DUPLICATE, "the same apprentice, standard, KSB, date and evidence as "
          + "record " + first.record().orElse(0) + " (line " + first.line().orElse(0) + ")", EVIDENCE, "description");
    }
    return fields.accept(entry);
  }

  /** The text of a column that must not be blank; an error if it is. */
  private static String required(Fields fields, String column, String path) {
    String text = fields.text(column);
    if (text.isEmpty()) {
      fields.add(Issue.error(ReadCodes.EVIDENCE_CSV_VALUE_BLANK, column + " is blank; a row of the log needs it"),
          column, path);
    }
    return text;
  }

  private static Optional<StandardReference> standard(Fields fields) {
    String text = required(fields, STANDARD_REFERENCE, "standardReference");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(StandardReference.parse(text));
    } catch (InvalidValueException e) {
      fields.add(e.issue(), STANDARD_REFERENCE, "standardReference");
      return Optional.empty();
    }
  }

  /** The KSB code in upper case, e.g. {@code S12} or, in a foundation apprenticeship, {@code TK1}. */
  private static Optional<String> ksbCode(Fields fields) {
    String text = required(fields, KSB_CODE, "ksbCode").toUpperCase(Locale.ROOT);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (!KSB.matcher(text).matches()) {
      fields.error(ReadCodes.EVIDENCE_CSV_KSB_CODE_FORMAT, KSB_CODE + " must be K, S, B, TK, TS or ESB followed by a"
          + " number from 1 to 999, e.g. K1, S12, B3 or TK1", KSB_CODE, "ksbCode");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private Optional<LocalDate> date(Fields fields) {
    String text = required(fields, DATE, "date");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> parsed = isoDate(text);
    if (parsed.isEmpty()) {
      fields.error(ReadCodes.CSV_DATE_FORMAT, DATE + " must be a date written yyyy-MM-dd, e.g. 2026-03-02", DATE,
          "date");
      return Optional.empty();
    }
    LocalDate date = parsed.get();
    LocalDate limit = today;
    if (limit != null && date.isAfter(limit)) {
      fields.error(ReadCodes.EVIDENCE_CSV_DATE_FUTURE, DATE + " is after today, " + limit + "; evidence cannot be "
          + "dated in the future", DATE, "date");
      return Optional.empty();
    }
    return Optional.of(date);
  }

  /** The day {@code text} writes as yyyy-MM-dd, if it is one. */
  private static Optional<LocalDate> isoDate(String text) {
    if (!ISO_DATE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty(); // a day that does not exist, e.g. 2026-02-30
    }
  }
}

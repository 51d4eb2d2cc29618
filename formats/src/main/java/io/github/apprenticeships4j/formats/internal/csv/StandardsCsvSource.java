package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the IfATE standards CSV export of 2018 onto {@link Standard}s; see
 * {@code io.github.apprenticeships4j.formats.csv.StandardsCsv} for the mapping and its findings.
 */
public final class StandardsCsvSource extends MappedCsvSource<Standard> {
  public static final String NAME = "Name";
  public static final String REFERENCE = "Reference";
  public static final String APPROVED_FOR_DELIVERY_DATE = "Approved for Delivery Date";
  public static final String ROUTE = "Route";
  public static final String LEVEL = "Level";
  public static final String INTEGRATED_DEGREE = "Integrated Degree";
  public static final String MAXIMUM_FUNDING = "Maximum Funding (£)";
  public static final String TYPICAL_DURATION = "Typical Duration";
  public static final String LARS_CODE = "LARS code for providers only";
  /** Personal data (named email addresses): never read into the model, blanked in rejected rows. */
  public static final String TRAILBLAZER_CONTACT = "Trailblazer Contact";

  /** The columns the mapping needs, in the order of the 2018 export. */
  public static final List<String> REQUIRED_COLUMNS = List.of(NAME, REFERENCE, APPROVED_FOR_DELIVERY_DATE, ROUTE,
      LEVEL, INTEGRATED_DEGREE, MAXIMUM_FUNDING, TYPICAL_DURATION, LARS_CODE);

  /** The version given to every standard: the export has no version column. */
  public static final StandardVersion VERSION = StandardVersion.of(1, 0);

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final String TBC = "TBC";
  private static final int MAX_INTEGER_DIGITS = 9;
  private static final int MAX_POUNDS_DIGITS = 15;

  /** A reader of {@code input}, which it owns. */
  public StandardsCsvSource(Reader input, String source, CsvSettings settings) {
    super(input, source, settings, REQUIRED_COLUMNS, Set.of(TRAILBLAZER_CONTACT));
  }

  @Override
  protected Row<Standard> map(Fields fields) {
    StandardReference reference = reference(fields);
    String title = text(fields, NAME, "title");
    String route = text(fields, ROUTE, "route");
    Integer level = integer(fields, LEVEL, "level");
    Integer duration = integer(fields, TYPICAL_DURATION, "typicalDurationMonths");
    BigDecimal funding = pounds(fields, MAXIMUM_FUNDING, "maxFunding");
    Optional<LarsCode> larsCode = larsCode(fields);
    Optional<LocalDate> approved = date(fields, APPROVED_FOR_DELIVERY_DATE, "approvedForDeliveryDate");
    Optional<String> degree = integratedDegree(fields);

    if (reference == null || level == null || duration == null || funding == null || fields.hasErrors()) {
      return fields.reject();
    }
    return fields.accept(Standard.builder()
        .reference(reference)
        .version(VERSION)
        .title(title)
        .level(level)
        .route(route)
        .status(approved.isPresent() ? StandardStatus.APPROVED_FOR_DELIVERY : StandardStatus.IN_DEVELOPMENT)
        .typicalDurationMonths(duration)
        .maxFunding(funding)
        .larsCode(larsCode)
        .approvedForDeliveryDate(approved)
        .integratedDegree(degree)
        .build());
  }

  private @Nullable StandardReference reference(Fields fields) {
    try {
      return StandardReference.parse(fields.text(REFERENCE));
    } catch (InvalidValueException e) {
      fields.add(e.issue(), REFERENCE, "reference");
      return null;
    }
  }

  /** Text, stripped; blank gives a warning and an empty string. */
  private String text(Fields fields, String column, String path) {
    String text = fields.text(column);
    if (text.isEmpty()) {
      fields.add(Issue.warning(ReadCodes.CSV_VALUE_BLANK, column + " is blank"), column, path);
    }
    return text;
  }

  /** A whole number; TBC or blank give a warning and 0, anything else but digits an error. */
  private @Nullable Integer integer(Fields fields, String column, String path) {
    String text = fields.text(column);
    if (isUnset(fields, text, column, path, "0")) {
      return 0;
    }
    if (!isInteger(text, MAX_INTEGER_DIGITS)) {
      fields.add(Issue.error(ReadCodes.CSV_NUMBER_FORMAT, column + " must be a whole number").rejecting(text), column,
          path);
      return null;
    }
    return Integer.parseInt(text);
  }

  /** An amount of pounds with at most two decimal places; TBC or blank give a warning and 0. */
  private @Nullable BigDecimal pounds(Fields fields, String column, String path) {
    String text = fields.text(column);
    if (isUnset(fields, text, column, path, "0")) {
      return BigDecimal.ZERO;
    }
    int point = text.indexOf('.');
    String pounds = point < 0 ? text : text.substring(0, point);
    String pence = point < 0 ? "" : text.substring(point + 1);
    if (!isInteger(pounds, MAX_POUNDS_DIGITS) || (point >= 0 && (pence.isEmpty() || pence.length() > 2
        || !pence.chars().allMatch(c -> c >= '0' && c <= '9')))) {
      fields.add(Issue.error(ReadCodes.CSV_NUMBER_FORMAT,
          column + " must be an amount in pounds with at most two decimal places, e.g. 15000 or 15000.00")
          .rejecting(text), column, path);
      return null;
    }
    return new BigDecimal(text);
  }

  /** A LARS code; TBC, blank or 0 (no code yet) give none, the first two with a warning. */
  private Optional<LarsCode> larsCode(Fields fields) {
    String text = fields.text(LARS_CODE);
    if (isUnset(fields, text, LARS_CODE, "larsCode", "absent") || text.equals("0")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LarsCode.parse(text));
    } catch (InvalidValueException e) {
      fields.add(e.issue(), LARS_CODE, "larsCode");
      return Optional.empty();
    }
  }

  /** A date written dd-MM-yyyy; TBC or blank give a warning and none. */
  private Optional<LocalDate> date(Fields fields, String column, String path) {
    String text = fields.text(column);
    if (isUnset(fields, text, column, path, "absent")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, DATE));
    } catch (DateTimeParseException e) {
      fields.add(Issue.error(ReadCodes.CSV_DATE_FORMAT, column + " must be a date written dd-MM-yyyy, e.g. 23-03-2016")
          .rejecting(text), column, path);
      return Optional.empty();
    }
  }

  /** Free text; blank is usual (no degree) and gives none quietly, TBC gives none with a warning. */
  private Optional<String> integratedDegree(Fields fields) {
    String text = fields.text(INTEGRATED_DEGREE);
    if (text.isEmpty() || isUnset(fields, text, INTEGRATED_DEGREE, "integratedDegree", "absent")) {
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** Whether {@code text} is TBC or blank, in which case a warning saying it is taken as {@code taken} is added. */
  private boolean isUnset(Fields fields, String text, String column, String path, String taken) {
    if (text.equalsIgnoreCase(TBC)) {
      fields.add(Issue.warning(ReadCodes.CSV_VALUE_TBC, column + " is TBC (to be confirmed); taken as " + taken)
          .rejecting(text), column, path);
      return true;
    }
    if (text.isEmpty()) {
      fields.add(Issue.warning(ReadCodes.CSV_VALUE_BLANK, column + " is blank; taken as " + taken), column, path);
      return true;
    }
    return false;
  }

  /** Whether {@code text} is an optional minus sign and 1 to {@code maxDigits} ASCII digits. */
  private static boolean isInteger(String text, int maxDigits) {
    int start = text.startsWith("-") ? 1 : 0;
    int digits = text.length() - start;
    if (digits < 1 || digits > maxDigits) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}

package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.CsvCodes;
import io.github.apprenticeships4j.formats.internal.RowSource;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the IfATE standards CSV export of 2018 onto {@link Standard}s; see
 * {@code io.github.apprenticeships4j.formats.csv.StandardsCsv} for the mapping and its findings.
 */
public final class StandardsCsvSource extends RowSource<Standard> {
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

  private final CsvTokenizer tokenizer;
  private final int maxPreambleLines;
  private @Nullable CsvHeader header;
  private int[] columns = new int[0];
  private int contactIndex = -1;
  private long recordNumber;

  /**
   * A reader of {@code reader}, which it closes.
   *
   * @param maxPreambleLines how many records (title lines) may stand above the header
   */
  public StandardsCsvSource(Reader reader, String source, int maxPreambleLines) {
    super(source);
    this.tokenizer = new CsvTokenizer(reader);
    this.maxPreambleLines = maxPreambleLines;
  }

  @Override
  protected @Nullable Row<Standard> readNext() {
    if (header == null && !findHeader()) {
      return null;
    }
    while (true) {
      CsvRecord record = tokenizer.next();
      if (record == null) {
        tokenizer.failure().ifPresent(p -> stop(p.toIssue(source()).locatedAt(
            SourcePosition.at(source(), p.line(), p.column()).inRecord(recordNumber + 1))));
        return null;
      }
      if (record.isBlank()) {
        continue; // a blank line holds no standard; like FastCSV and Commons CSV, skip it
      }
      recordNumber++;
      return new RecordMapping(record).map();
    }
  }

  private boolean findHeader() {
    CsvHeader.Located located = CsvHeader.locate(tokenizer, REQUIRED_COLUMNS, maxPreambleLines, source());
    if (located.header().isEmpty()) {
      stop(located.failure().orElseThrow());
      return false;
    }
    CsvHeader found = located.header().get();
    columns = REQUIRED_COLUMNS.stream().mapToInt(name -> found.indexOf(name).orElseThrow()).toArray();
    contactIndex = found.indexOf(TRAILBLAZER_CONTACT).orElse(-1);
    header = found;
    return true;
  }

  @Override
  protected void release() {
    try {
      tokenizer.close();
    } catch (IOException e) {
      // Nothing was lost: every row read has been delivered.
    }
  }

  /** The mapping of one record; collects its findings. */
  private final class RecordMapping {
    private final CsvRecord record;
    private final CsvHeader header;
    private final List<Issue> issues = new ArrayList<>();

    RecordMapping(CsvRecord record) {
      this.record = record;
      this.header = Objects.requireNonNull(StandardsCsvSource.this.header);
    }

    Row<Standard> map() {
      SourcePosition position = SourcePosition.at(source(), record.line(), 1).inRecord(recordNumber);
      for (CsvProblem problem : record.problems()) {
        Issue issue = problem.toIssue(source());
        SourcePosition at = SourcePosition.at(source(), problem.line(), problem.column()).inRecord(recordNumber);
        if (problem.field().isPresent() && problem.field().getAsInt() < header.size()) {
          at = at.atField(header.nameAt(problem.field().getAsInt()));
        }
        issues.add(issue.locatedAt(at));
      }
      if (record.size() != header.size()) {
        issues.add(Issue.error(CsvCodes.RECORD_FIELD_COUNT, "the record has " + record.size()
            + " fields but the header has " + header.size()).locatedAt(position));
        return new Row.Rejected<>(position, redactedFields(), issues);
      }

      StandardReference reference = reference();
      String title = text(NAME, "title");
      String route = text(ROUTE, "route");
      Integer level = integer(LEVEL, "level");
      Integer duration = integer(TYPICAL_DURATION, "typicalDurationMonths");
      BigDecimal funding = pounds(MAXIMUM_FUNDING, "maxFunding");
      Optional<LarsCode> larsCode = larsCode();
      Optional<LocalDate> approved = date(APPROVED_FOR_DELIVERY_DATE, "approvedForDeliveryDate");
      Optional<String> degree = integratedDegree();

      if (reference == null || level == null || duration == null || funding == null
          || issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR))) {
        return new Row.Rejected<>(position, redactedFields(), issues);
      }
      Standard standard = Standard.builder()
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
          .build();
      return new Row.Accepted<>(position, standard, issues);
    }

    private @Nullable StandardReference reference() {
      String text = raw(REFERENCE);
      try {
        return StandardReference.parse(text);
      } catch (InvalidValueException e) {
        issues.add(e.issue().at("reference").locatedAt(at(REFERENCE)));
        return null;
      }
    }

    /** Text, stripped; blank gives a warning and an empty string. */
    private String text(String column, String path) {
      String text = raw(column).strip();
      if (text.isEmpty()) {
        issues.add(Issue.warning(CsvCodes.VALUE_BLANK, column + " is blank").at(path).locatedAt(at(column)));
      }
      return text;
    }

    /** A whole number; TBC or blank give a warning and 0, anything else but digits an error. */
    private @Nullable Integer integer(String column, String path) {
      String text = raw(column).strip();
      if (isUnset(text, column, path, "0")) {
        return 0;
      }
      if (!isInteger(text, MAX_INTEGER_DIGITS)) {
        issues.add(Issue.error(CsvCodes.NUMBER_FORMAT, column + " must be a whole number").at(path)
            .rejecting(text).locatedAt(at(column)));
        return null;
      }
      return Integer.parseInt(text);
    }

    /** An amount of pounds with at most two decimal places; TBC or blank give a warning and 0. */
    private @Nullable BigDecimal pounds(String column, String path) {
      String text = raw(column).strip();
      if (isUnset(text, column, path, "0")) {
        return BigDecimal.ZERO;
      }
      int point = text.indexOf('.');
      String pounds = point < 0 ? text : text.substring(0, point);
      String pence = point < 0 ? "" : text.substring(point + 1);
      if (!isInteger(pounds, MAX_POUNDS_DIGITS) || (point >= 0 && (pence.isEmpty() || pence.length() > 2
          || !pence.chars().allMatch(c -> c >= '0' && c <= '9')))) {
        issues.add(Issue.error(CsvCodes.NUMBER_FORMAT,
            column + " must be an amount in pounds with at most two decimal places, e.g. 15000 or 15000.00")
            .at(path).rejecting(text).locatedAt(at(column)));
        return null;
      }
      return new BigDecimal(text);
    }

    /** A LARS code; TBC, blank or 0 (no code yet) give none, the first two with a warning. */
    private Optional<LarsCode> larsCode() {
      String text = raw(LARS_CODE).strip();
      if (isUnset(text, LARS_CODE, "larsCode", "absent") || text.equals("0")) {
        return Optional.empty();
      }
      try {
        return Optional.of(LarsCode.parse(text));
      } catch (InvalidValueException e) {
        issues.add(e.issue().at("larsCode").locatedAt(at(LARS_CODE)));
        return Optional.empty();
      }
    }

    /** A date written dd-MM-yyyy; TBC or blank give a warning and none. */
    private Optional<LocalDate> date(String column, String path) {
      String text = raw(column).strip();
      if (isUnset(text, column, path, "absent")) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text, DATE));
      } catch (DateTimeParseException e) {
        issues.add(Issue.error(CsvCodes.DATE_FORMAT, column + " must be a date written dd-MM-yyyy, e.g. 23-03-2016")
            .at(path).rejecting(text).locatedAt(at(column)));
        return Optional.empty();
      }
    }

    /** Free text; blank is usual (no degree) and gives none quietly, TBC gives none with a warning. */
    private Optional<String> integratedDegree() {
      String text = raw(INTEGRATED_DEGREE).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      if (isUnset(text, INTEGRATED_DEGREE, "integratedDegree", "absent")) {
        return Optional.empty();
      }
      return Optional.of(text);
    }

    /** Whether {@code text} is TBC or blank, in which case a warning saying it is taken as {@code taken} is added. */
    private boolean isUnset(String text, String column, String path, String taken) {
      if (text.equalsIgnoreCase(TBC)) {
        issues.add(Issue.warning(CsvCodes.VALUE_TBC, column + " is TBC (to be confirmed); taken as " + taken)
            .at(path).rejecting(text).locatedAt(at(column)));
        return true;
      }
      if (text.isEmpty()) {
        issues.add(Issue.warning(CsvCodes.VALUE_BLANK, column + " is blank; taken as " + taken).at(path)
            .locatedAt(at(column)));
        return true;
      }
      return false;
    }

    private String raw(String column) {
      return record.field(index(column));
    }

    private int index(String column) {
      return columns[REQUIRED_COLUMNS.indexOf(column)];
    }

    private SourcePosition at(String column) {
      int index = index(column);
      return SourcePosition.at(source(), record.fieldLine(index), record.fieldColumn(index)).inRecord(recordNumber)
          .atField(header.nameAt(index));
    }

    private List<String> redactedFields() {
      if (contactIndex < 0 || contactIndex >= record.size()) {
        return record.fields();
      }
      List<String> fields = new ArrayList<>(record.fields());
      fields.set(contactIndex, "");
      return fields;
    }
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

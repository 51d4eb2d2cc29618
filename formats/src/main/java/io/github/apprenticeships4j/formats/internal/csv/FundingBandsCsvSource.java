package io.github.apprenticeships4j.formats.internal.csv;

import io.github.apprenticeships4j.core.funding.FundingBand;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the funding-band history CSV; see {@code io.github.apprenticeships4j.formats.csv.FundingBandsCsv}. */
public final class FundingBandsCsvSource extends MappedCsvSource<FundingBand> {
  public static final String STRUCTURE = "structure";
  public static final String BAND = "band";
  public static final String UPPER_LIMIT = "upper_limit_gbp";
  public static final String SOURCE = "source";

  public static final List<String> REQUIRED_COLUMNS = List.of(STRUCTURE, BAND, UPPER_LIMIT);

  /** {@code 30-band (new starts from 1 Aug 2018)}, {@code 15-band (before 1 Aug 2018)}. */
  private static final Pattern STRUCTURE_WINDOW = Pattern.compile(
      "(?<name>[^()]*?)\\s*\\((?:new starts\\s+)?(?<edge>from|before)\\s+(?<date>\\d{1,2} [A-Za-z]{3,9} \\d{4})\\)",
      Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter DAY_MONTH_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("d ").appendPattern("[MMMM][MMM]").appendPattern(" uuuu").toFormatter(Locale.ENGLISH);
  private static final int MAX_DIGITS = 9;

  public FundingBandsCsvSource(Reader input, String source, CsvSettings settings) {
    super(input, source, settings, REQUIRED_COLUMNS);
  }

  @Override
  protected Row<FundingBand> map(Fields fields) {
    Optional<Window> window = window(fields);
    OptionalInt number = number(fields);
    Optional<BigDecimal> maximum = maximum(fields);
    String source = fields.text(SOURCE);
    if (source.isEmpty() && fields.has(SOURCE)) {
      fields.blank(SOURCE, "source", "empty");
    }
    return fields.acceptUnlessErrors(() -> FundingBand.of(window.orElseThrow().name(), number.orElseThrow(),
        maximum.orElseThrow(), window.get().from(), window.get().to(), source));
  }

  /** The structure's name and start dates. */
  private record Window(String name, Optional<LocalDate> from, Optional<LocalDate> to) {}

  private static Optional<Window> window(Fields fields) {
    String text = fields.text(STRUCTURE);
    Matcher m = STRUCTURE_WINDOW.matcher(text);
    if (m.matches() && !m.group("name").isBlank()) {
      try {
        LocalDate edge = LocalDate.parse(m.group("date"), DAY_MONTH_YEAR);
        return Optional.of(m.group("edge").equalsIgnoreCase("from")
            ? new Window(m.group("name"), Optional.of(edge), Optional.empty())
            : new Window(m.group("name"), Optional.empty(), Optional.of(edge.minusDays(1))));
      } catch (DateTimeParseException e) {
        fields.error(ReadCodes.CSV_DATE_FORMAT, STRUCTURE + " must date its window as day, month, year, e.g. "
            + "'1 Aug 2018'", STRUCTURE, m.group("edge").equalsIgnoreCase("from") ? "from" : "to");
        return Optional.empty();
      }
    }
    fields.error(ReadCodes.CSV_VALUE_UNKNOWN, STRUCTURE + " must name the structure and its start dates, e.g. "
        + "'30-band (new starts from 1 Aug 2018)' or '15-band (before 1 Aug 2018)'", STRUCTURE, "structure");
    return Optional.empty();
  }

  private static OptionalInt number(Fields fields) {
    String text = fields.text(BAND);
    if (text.matches("\\d{1," + MAX_DIGITS + "}")) {
      return OptionalInt.of(Integer.parseInt(text));
    }
    fields.error(ReadCodes.CSV_NUMBER_FORMAT, BAND + " must be a whole number", BAND, "number");
    return OptionalInt.empty();
  }

  private static Optional<BigDecimal> maximum(Fields fields) {
    String text = fields.text(UPPER_LIMIT);
    if (text.matches("\\d{1," + MAX_DIGITS + "}(\\.\\d{1,2})?")) {
      return Optional.of(new BigDecimal(text));
    }
    fields.error(ReadCodes.CSV_NUMBER_FORMAT, UPPER_LIMIT + " must be pounds, e.g. 27000 or 1500.00", UPPER_LIMIT,
        "maximum");
    return Optional.empty();
  }
}

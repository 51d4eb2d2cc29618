package io.github.apprenticeships4j.formats.csv;

/**
 * The codes of the findings the CSV readers of this package report, with their severities. Codes never change once
 * published; assert on them, not on message text.
 *
 * <p>Structure of the file (every CSV reader):
 * <ul>
 *   <li>{@value #QUOTE_UNCLOSED} (fatal): a quoted field is still open at the end of the input; where the record ends
 *       cannot be known, so the read stops. Located at the opening quote.
 *   <li>{@value #QUOTE_TRAILING_CHARACTER} (error): a character other than the delimiter or a line end follows the
 *       closing quote of a field, as in {@code "a"b}; the record is rejected and the read goes on. Located at that
 *       character.
 *   <li>{@value #QUOTE_BARE} (warning): a quote inside a field that does not start with one, as in {@code 5" screen};
 *       RFC 4180 does not allow it, but the quote is kept as a literal character and the record is read on.
 *   <li>{@value #FIELD_TOO_LONG}, {@value #RECORD_TOO_MANY_FIELDS}, {@value #RECORD_TOO_LONG} (fatal): a field, or a
 *       record, is larger than the reader's limits, which protect memory from hostile input.
 *   <li>{@value #IO} (fatal): the input could not be read on; {@value #ENCODING} (fatal): its bytes are not text in
 *       the chosen charset.
 *   <li>{@value #HEADER_MISSING} (fatal): no header was found at the top of the input (for example an empty file).
 *   <li>{@value #HEADER_MISSING_COLUMN} (fatal): the header lacks a column the reader needs.
 *   <li>{@value #RECORD_FIELD_COUNT} (error): a record has a different number of fields from the header.
 * </ul>
 * Values in a record:
 * <ul>
 *   <li>{@value #NUMBER_FORMAT} (error): a number column holds something that is not a number of the expected form.
 *   <li>{@value #DATE_FORMAT} (error): a date column holds something that is not a date of the expected form.
 *   <li>{@value #VALUE_TBC} (warning): a column holds "TBC" (to be confirmed); the value is taken as absent, or as 0
 *       where the model has no absence.
 *   <li>{@value #VALUE_BLANK} (warning): a column the model expects holds nothing; the value is taken as absent, or as
 *       0 or empty where the model has no absence.
 *   <li>{@value #VALUE_PLACEHOLDER} (warning): a column holds a placeholder for "none", such as the "-" of the 2018
 *       EPAO register's UKPRN; the value is taken as absent.
 *   <li>{@value #VALUE_UNKNOWN} (error): a column holds a value outside the set it allows, such as a provider type
 *       other than main, employer or supporting.
 * </ul>
 * Values that the model's own factories refuse keep the factory's code, e.g. {@code standard.reference.format} for a
 * malformed standard reference or {@code standard.lars-code.range} for a LARS code out of range, with the severity
 * error.
 */
public final class CsvCodes {
  /** Fatal: a quoted field is not closed before the end of the input. */
  public static final String QUOTE_UNCLOSED = "csv.quote.unclosed";
  /** Error: a character other than the delimiter or a line end after the closing quote of a field. */
  public static final String QUOTE_TRAILING_CHARACTER = "csv.quote.trailing-character";
  /** Warning: a quote inside an unquoted field, kept as a literal character. */
  public static final String QUOTE_BARE = "csv.quote.bare";
  /** Fatal: a field longer than the reader's limit. */
  public static final String FIELD_TOO_LONG = "csv.field.too-long";
  /** Fatal: a record with more fields than the reader's limit. */
  public static final String RECORD_TOO_MANY_FIELDS = "csv.record.too-many-fields";
  /** Fatal: a record longer, in characters, than the reader's limit. */
  public static final String RECORD_TOO_LONG = "csv.record.too-long";
  /** Fatal: reading the input failed; the code every reader of the library uses for that. */
  public static final String IO = "read.io";
  /** Fatal: the input is not valid text in the chosen charset. */
  public static final String ENCODING = "read.encoding";
  /** Fatal: no header line was found. */
  public static final String HEADER_MISSING = "csv.header.missing";
  /** Fatal: the header lacks a required column. */
  public static final String HEADER_MISSING_COLUMN = "csv.header.missing-column";
  /** Error: a record has a different number of fields from the header. */
  public static final String RECORD_FIELD_COUNT = "csv.record.field-count";
  /** Error: a malformed number. */
  public static final String NUMBER_FORMAT = "csv.number.format";
  /** Error: a malformed date. */
  public static final String DATE_FORMAT = "csv.date.format";
  /** Warning: "TBC" where a value was expected. */
  public static final String VALUE_TBC = "csv.value.tbc";
  /** Warning: nothing where a value was expected. */
  public static final String VALUE_BLANK = "csv.value.blank";
  /** Warning: a placeholder such as "-" written for "none"; the value is taken as absent. */
  public static final String VALUE_PLACEHOLDER = "csv.value.placeholder";
  /** Error: a value outside the set the column allows, such as an unknown provider type. */
  public static final String VALUE_UNKNOWN = "csv.value.unknown";

  private CsvCodes() {}
}

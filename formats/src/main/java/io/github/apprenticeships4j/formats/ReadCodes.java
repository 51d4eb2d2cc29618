package io.github.apprenticeships4j.formats;

/**
 * The codes of the findings the readers of this module report, each declared once. Codes are stable: assert on them,
 * not on messages. A code is lower case, 2 to 4 dot-separated segments in kebab case, the first naming its area:
 * {@code read} (every reader), {@code csv}, {@code json}, {@code career-json}, {@code case-json},
 * {@code crosswalk-json}, {@code progress-json}, {@code ddat}, {@code feed-csv}, {@code evidence-csv}. A constant is
 * named after its code in upper snake case; the area is left out for {@code read}, this catalogue's own, and kept for
 * the others, so that {@code csv.number.format} and {@code json.number.format} do not clash.
 *
 * <p>Values that the model's factories refuse keep the factory's code, from the catalogues of {@code core}, e.g. a
 * malformed standard reference or LARS code; the bulk-upload feed's file rules are those of
 * {@link io.github.apprenticeships4j.core.feed.FeedCodes}.
 */
public final class ReadCodes {
  // --- Every reader

  /** Fatal: the input could not be read on (an I/O failure, a truncated gzip stream). */
  public static final String IO = "read.io";
  /** Fatal: the bytes are not text in the chosen charset; never replaced (but by the provider feed reader). */
  public static final String ENCODING = "read.encoding";
  /** Fatal: the reader failed in a way it did not foresee; a bug to report, never expected. */
  public static final String UNEXPECTED = "read.unexpected";

  // --- CSV: the structure of the file

  /** Fatal: a quoted field is still open at the end of the input; located at the opening quote. */
  public static final String CSV_QUOTE_UNCLOSED = "csv.quote.unclosed";
  /** Error: a character other than the delimiter or a line end follows a closing quote, as in {@code "a"b}. */
  public static final String CSV_QUOTE_TRAILING_CHARACTER = "csv.quote.trailing-character";
  /** Warning: a quote inside a field that does not start with one, as in {@code 5" screen}; kept as written. */
  public static final String CSV_QUOTE_BARE = "csv.quote.bare";
  /** Fatal: a field is longer than the reader's limit; error on its record in the provider feed reader. */
  public static final String CSV_FIELD_TOO_LONG = "csv.field.too-long";
  /** Fatal: a record has more fields than the reader's limit. */
  public static final String CSV_RECORD_TOO_MANY_FIELDS = "csv.record.too-many-fields";
  /** Fatal: a record is longer, in characters, than the reader's limit. */
  public static final String CSV_RECORD_TOO_LONG = "csv.record.too-long";
  /** Fatal: no header was found at the top of the input, e.g. an empty file. */
  public static final String CSV_HEADER_MISSING = "csv.header.missing";
  /** Fatal: the header lacks a column the reader needs. */
  public static final String CSV_HEADER_MISSING_COLUMN = "csv.header.missing-column";
  /** Error: a record has a different number of fields from the header. */
  public static final String CSV_RECORD_FIELD_COUNT = "csv.record.field-count";

  // --- CSV: the values of a record

  /** Error: a number column holds something that is not a number of the expected form. */
  public static final String CSV_NUMBER_FORMAT = "csv.number.format";
  /** Error: a date column holds something that is not a date of the expected form. */
  public static final String CSV_DATE_FORMAT = "csv.date.format";
  /** Warning: a column holds "TBC" (to be confirmed); taken as absent, or as 0 where the model has no absence. */
  public static final String CSV_VALUE_TBC = "csv.value.tbc";
  /** Warning: a column the model expects is blank; taken as absent, or as 0 or empty where it has no absence. */
  public static final String CSV_VALUE_BLANK = "csv.value.blank";
  /** Warning: a placeholder for "none", such as the "-" of the 2018 EPAO register's UKPRN; taken as absent. */
  public static final String CSV_VALUE_PLACEHOLDER = "csv.value.placeholder";
  /** Error: a value outside the set the column allows, such as an unknown provider type. */
  public static final String CSV_VALUE_UNKNOWN = "csv.value.unknown";

  // --- JSON: the readers of the standards API and of the funding calculator's input

  /** Fatal: malformed JSON, invalid UTF-8, or content after the end of the document. */
  public static final String JSON_SYNTAX = "json.syntax";
  /** Fatal: a read limit (nesting depth, string or document length) was exceeded. */
  public static final String JSON_LIMIT = "json.limit";
  /** Fatal: the document is neither a list of records nor one record. */
  public static final String JSON_SHAPE = "json.shape";
  /** Fatal: the input holds no JSON at all. */
  public static final String JSON_EMPTY = "json.empty";
  /** Error: an element of the list is not an object; the element is rejected. */
  public static final String JSON_RECORD_NOT_OBJECT = "json.record.not-object";
  /** Error: the record does not make a value of the model; the message says why. */
  public static final String JSON_RECORD_INVALID = "json.record.invalid";
  /** Error: a required field is missing or null. */
  public static final String JSON_FIELD_MISSING = "json.field.missing";
  /** Error: a field has the wrong JSON type, e.g. an object where a date is expected. */
  public static final String JSON_FIELD_TYPE = "json.field.type";
  /**
   * A property name repeated in one object, located at the repeat: a warning for the standards (the last value is
   * kept), an error for the funding input (which value is meant is unknown, and money depends on it) and for the
   * canonical standards (written by programs, so a repeat is damage).
   */
  public static final String JSON_FIELD_DUPLICATE = "json.field.duplicate";
  /** Warning: a property the format does not have (the feed context, the canonical standards); it is ignored. */
  public static final String JSON_FIELD_UNKNOWN = "json.field.unknown";
  /** Error: a malformed number. */
  public static final String JSON_NUMBER_FORMAT = "json.number.format";
  /** Error: a malformed date. */
  public static final String JSON_DATE_FORMAT = "json.date.format";
  /** Error: a standard of the canonical format names a format other than this library's. */
  public static final String JSON_FORMAT_UNKNOWN = "json.format.unknown";
  /**
   * Error: a funding input's standard is given by reference only (no level, no typical duration) and the reader has
   * no standards catalogue to take them from.
   */
  public static final String JSON_STANDARD_NO_CATALOGUE = "json.standard.no-catalogue";
  /**
   * Error: a funding input's standard is given by reference only and the standards catalogue read with it has no
   * approved version of it for the start date.
   */
  public static final String JSON_STANDARD_UNKNOWN = "json.standard.unknown";
  /** Error: a KSB item, duty or option of a standard without its id. */
  public static final String JSON_ID_MISSING = "json.id.missing";
  /** Warning: a standard with a blank version, read as 1.0. */
  public static final String JSON_VERSION_BLANK = "json.version.blank";
  /** Warning: a duty without {@code isThisACoreDuty}, read as a core duty. */
  public static final String JSON_DUTY_CORE_FLAG_MISSING = "json.duty.core-flag-missing";

  // --- The library's career JSON

  /** Fatal: malformed JSON, or content after the end of the document. */
  public static final String CAREER_JSON_SYNTAX = "career-json.syntax";
  /** Fatal: a read limit (nesting depth, string or document length) was exceeded. */
  public static final String CAREER_JSON_LIMIT = "career-json.limit";
  /** Fatal: the input holds no JSON at all. */
  public static final String CAREER_JSON_EMPTY = "career-json.empty";
  /** Error: a required property is missing. */
  public static final String CAREER_JSON_FIELD_MISSING = "career-json.field.missing";
  /** Error: a property has the wrong JSON type or an out-of-range value, or the document is not an object. */
  public static final String CAREER_JSON_FIELD_TYPE = "career-json.field.type";
  /** Warning: a property the format does not have, e.g. a misspelling. */
  public static final String CAREER_JSON_FIELD_UNKNOWN = "career-json.field.unknown";
  /** Error: a property name repeated in one object, located at the repeat. */
  public static final String CAREER_JSON_FIELD_DUPLICATE = "career-json.field.duplicate";
  /** Error: the document's {@code format} is not the one the reader reads. */
  public static final String CAREER_JSON_FORMAT_UNKNOWN = "career-json.format.unknown";
  /** Warning: the document does not say its {@code format}. */
  public static final String CAREER_JSON_FORMAT_MISSING = "career-json.format.missing";
  /** Error: the skill level scale is not a scale (e.g. no levels, or the same label twice). */
  public static final String CAREER_JSON_SCALE_INVALID = "career-json.scale.invalid";
  /** Error: an edge of a kind the format does not have. */
  public static final String CAREER_JSON_EDGE_KIND_UNKNOWN = "career-json.edge-kind.unknown";
  /** Error: a date not written yyyy-mm-dd. */
  public static final String CAREER_JSON_DATE_FORMAT = "career-json.date.format";

  // --- The library's crosswalk JSON

  /** Fatal: malformed JSON, or content after the end of the crosswalk document. */
  public static final String CROSSWALK_JSON_SYNTAX = "crosswalk-json.syntax";
  /** Fatal: a read limit (nesting depth, string or document length) was exceeded. */
  public static final String CROSSWALK_JSON_LIMIT = "crosswalk-json.limit";
  /** Fatal: the input holds no JSON at all. */
  public static final String CROSSWALK_JSON_EMPTY = "crosswalk-json.empty";
  /** Error: a required property is missing. */
  public static final String CROSSWALK_JSON_FIELD_MISSING = "crosswalk-json.field.missing";
  /** Error: a property has the wrong JSON type, or the document is not an object. */
  public static final String CROSSWALK_JSON_FIELD_TYPE = "crosswalk-json.field.type";
  /** Warning: a property the format does not have, e.g. a misspelling. */
  public static final String CROSSWALK_JSON_FIELD_UNKNOWN = "crosswalk-json.field.unknown";
  /** Error: a property name repeated in one object, located at the repeat. */
  public static final String CROSSWALK_JSON_FIELD_DUPLICATE = "crosswalk-json.field.duplicate";
  /** Error: the document's {@code format} is not the one the reader reads. */
  public static final String CROSSWALK_JSON_FORMAT_UNKNOWN = "crosswalk-json.format.unknown";
  /** Warning: the document does not say its {@code format}. */
  public static final String CROSSWALK_JSON_FORMAT_MISSING = "crosswalk-json.format.missing";
  /** Error: an alignment's {@code match} is not exact, broad, narrow or related. */
  public static final String CROSSWALK_JSON_MATCH_UNKNOWN = "crosswalk-json.match.unknown";
  /** Error: a date not written yyyy-mm-dd. */
  public static final String CROSSWALK_JSON_DATE_FORMAT = "crosswalk-json.date.format";
  /** Error: a blank KSB code. */
  public static final String CROSSWALK_JSON_KSB_BLANK = "crosswalk-json.ksb.blank";

  // --- Progress JSON: the library's format for apprentices' progress records (ProgressJson)

  /** Fatal: malformed JSON, or content after the end of the progress document. */
  public static final String PROGRESS_JSON_SYNTAX = "progress-json.syntax";
  /** Fatal: a read limit (nesting depth, string or document length) was exceeded. */
  public static final String PROGRESS_JSON_LIMIT = "progress-json.limit";
  /** Fatal: the input holds no JSON at all. */
  public static final String PROGRESS_JSON_EMPTY = "progress-json.empty";
  /** Error: a required property is missing, e.g. an apprentice without a {@code startDate}. */
  public static final String PROGRESS_JSON_FIELD_MISSING = "progress-json.field.missing";
  /** Error: a property of the wrong JSON type, {@code null} too, or a document or apprentice not an object. */
  public static final String PROGRESS_JSON_FIELD_TYPE = "progress-json.field.type";
  /** Warning: a property the format does not have, e.g. a misspelling. */
  public static final String PROGRESS_JSON_FIELD_UNKNOWN = "progress-json.field.unknown";
  /** Error: a property name repeated in one object, located at the repeat. */
  public static final String PROGRESS_JSON_FIELD_DUPLICATE = "progress-json.field.duplicate";
  /** Error: the document's {@code format} is not the one the reader reads. */
  public static final String PROGRESS_JSON_FORMAT_UNKNOWN = "progress-json.format.unknown";
  /** Warning: the document does not say its {@code format}. */
  public static final String PROGRESS_JSON_FORMAT_MISSING = "progress-json.format.missing";
  /** Error: the document has both {@code apprentice} and {@code apprentices}, or neither. */
  public static final String PROGRESS_JSON_DOCUMENT_SHAPE = "progress-json.document.shape";
  /** Error: a date not written yyyy-mm-dd, or not a day of the calendar. */
  public static final String PROGRESS_JSON_DATE_FORMAT = "progress-json.date.format";
  /** Error: a number out of its range: negative hours or age, hours with over 2 decimals, a level outside 1 to 8. */
  public static final String PROGRESS_JSON_NUMBER_RANGE = "progress-json.number.range";
  /** Error: a KSB code not shaped like K1, S12, B3 or TK4 (letters, then digits). */
  public static final String PROGRESS_JSON_KSB_FORMAT = "progress-json.ksb.format";
  /** Error: an off-the-job session's {@code kind} is not planned or actual. */
  public static final String PROGRESS_JSON_KIND_UNKNOWN = "progress-json.kind.unknown";
  // --- CASE 1.1 packages (1EdTech Competencies and Academic Standards Exchange)

  /** Fatal: malformed JSON, or content after the end of the package. */
  public static final String CASE_JSON_SYNTAX = "case-json.syntax";
  /** Fatal: a read limit (nesting depth, string or document length) was exceeded. */
  public static final String CASE_JSON_LIMIT = "case-json.limit";
  /** Fatal: the input holds no JSON at all. */
  public static final String CASE_JSON_EMPTY = "case-json.empty";
  /** Error: a property the reader needs is missing, e.g. a package without its {@code CFDocument}. */
  public static final String CASE_JSON_FIELD_MISSING = "case-json.field.missing";
  /** Error: a property has the wrong JSON type, or the package is not an object. */
  public static final String CASE_JSON_FIELD_TYPE = "case-json.field.type";
  /** Error: a property name repeated in one object, located at the repeat. */
  public static final String CASE_JSON_FIELD_DUPLICATE = "case-json.field.duplicate";
  /** Warning: the document's {@code caseVersion} is not 1.1; the package is read as 1.1. */
  public static final String CASE_JSON_VERSION_UNSUPPORTED = "case-json.version.unsupported";
  /** Error: two items of the package have the same identifier. */
  public static final String CASE_JSON_IDENTIFIER_DUPLICATE = "case-json.identifier.duplicate";
  /** Warning: an item whose {@code CFItemType} the model has no place for; it is ignored. */
  public static final String CASE_JSON_ITEM_TYPE_UNKNOWN = "case-json.item-type.unknown";
  /** Error: an item's {@code humanCodingScheme} does not fit its type, e.g. a knowledge item coded S1. */
  public static final String CASE_JSON_CODE_INVALID = "case-json.code.invalid";
  /**
   * Error: an item the model places under a parent (a role level, a skill level, a skill level description) has no
   * {@code isChildOf} one, or a skill level description no {@code hasSkillLevel} level.
   */
  public static final String CASE_JSON_PARENT_MISSING = "case-json.parent.missing";
  /**
   * Warning: an association's destination is not an item of the package where the model needs one (a duty's KSB or
   * option, a requirement's skill); its title is kept as the id it names.
   */
  public static final String CASE_JSON_NODE_UNKNOWN = "case-json.node.unknown";
  /** Error: the skill level items do not make a scale (e.g. none, or the same label twice). */
  public static final String CASE_JSON_SCALE_INVALID = "case-json.scale.invalid";
  /** Error: a date not written yyyy-mm-dd. */
  public static final String CASE_JSON_DATE_FORMAT = "case-json.date.format";

  // --- The DDaT Capability Framework CSV downloads

  /** Info: a skill's level cell says the level is not defined; the skill is kept without that level. */
  public static final String DDAT_SKILL_LEVEL_NOT_DEFINED = "ddat.skill-level.not-defined";
  /** Warning: a skill described at no level (the Senior Civil Service skills). */
  public static final String DDAT_SKILL_UNSCALED = "ddat.skill.unscaled";
  /** A skill without a description: a warning in the skill file, info in the role file. */
  public static final String DDAT_SKILL_DESCRIPTION_BLANK = "ddat.skill-description.blank";
  /** Warning: the role file writes "MISSING" for the skill description. */
  public static final String DDAT_SKILL_DESCRIPTION_MISSING = "ddat.skill-description.missing";
  /** Warning: the role level is "NOT IN USE" (the four chief roles); read as one level named after the role. */
  public static final String DDAT_ROLE_LEVEL_NOT_IN_USE = "ddat.role-level.not-in-use";
  /** Warning: the skill level is "NOT IN USE"; read as a requirement without a level. */
  public static final String DDAT_SKILL_LEVEL_NOT_IN_USE = "ddat.skill-level.not-in-use";
  /** Info: a cell has white space around it; stripped. */
  public static final String DDAT_TEXT_PADDED = "ddat.text.padded";
  /** Error: a name or level cell is blank; the record is rejected. */
  public static final String DDAT_FIELD_BLANK = "ddat.field.blank";
  /** Warning, when joining: a role level requires a skill twice; the first is kept. */
  public static final String DDAT_REQUIREMENT_DUPLICATE = "ddat.requirement.duplicate";
  /** Warning, when joining: the records of one role or role level disagree on its family, description or type. */
  public static final String DDAT_ROLE_INCONSISTENT = "ddat.role.inconsistent";
  /** Warning, when joining: the role file's copy of a skill text differs from the skill file. */
  public static final String DDAT_SKILL_TEXT_DIFFERS = "ddat.skill.text-differs";
  /** Warning, when joining: "Roles that require Skill" does not match the role file. */
  public static final String DDAT_SKILL_ROLES_DIFFER = "ddat.skill.roles-differ";
  /** Warning, when joining: a level of a role with several levels that the order resource does not rank. */
  public static final String DDAT_ROLE_LEVEL_ORDER_UNKNOWN = "ddat.role-level.order-unknown";
  /** Warning, when joining: the order resource ranks a level the role does not have. */
  public static final String DDAT_ROLE_LEVEL_ORDER_STALE = "ddat.role-level.order-stale";

  // --- The bulk-upload feed CSV: what the reader sees that the service would not

  /** Fatal: the input is not text (binary, or a spreadsheet saved in its own format such as .xlsx). */
  public static final String FEED_CSV_FILE_BINARY = "feed-csv.file.binary";
  /**
   * Warning: the service, which splits lines on commas without reading quotes, would reject the file that the reader
   * reads (a quoted comma or line break, a blank line).
   */
  public static final String FEED_CSV_NAIVE_SPLIT = "feed-csv.naive-split";
  /** Warning: a quote inside an unquoted field, on which the service fails with an error page. */
  public static final String FEED_CSV_BAD_DATA = "feed-csv.bad-data";
  /** Info: lines whose fields are all blank; the service ignores them but counts them toward its row limit. */
  public static final String FEED_CSV_EMPTY_ROWS = "feed-csv.empty-rows";
  /** Warning: bytes of a value that are not text in the charset, replaced with U+FFFD as the service replaces them. */
  public static final String FEED_CSV_ENCODING_REPLACED = "feed-csv.encoding.replaced";
  /** Warning: once per file with replaced bytes, the encoding the file likely has and how to read it in that. */
  public static final String FEED_CSV_ENCODING_GUESS = "feed-csv.encoding.guess";

  // --- A cohort's KSB evidence log CSV

  /** Error: the apprentice id, standard reference, KSB code, date or evidence of a row is blank; row rejected. */
  public static final String EVIDENCE_CSV_VALUE_BLANK = "evidence-csv.value.blank";
  /** Error: a KSB code not K, S, B, TK, TS or ESB and a number from 1 to 999, e.g. K1, S12, TK1; row rejected. */
  public static final String EVIDENCE_CSV_KSB_CODE_FORMAT = "evidence-csv.ksb-code.format";
  /** Error: evidence dated after the day the reader was given as today; row rejected. */
  public static final String EVIDENCE_CSV_DATE_FUTURE = "evidence-csv.date.future";
  /** Warning: the same apprentice, standard, KSB, date and evidence as an earlier row; accepted. */
  public static final String EVIDENCE_CSV_ROW_DUPLICATE = "evidence-csv.row.duplicate";

  private ReadCodes() {}
}

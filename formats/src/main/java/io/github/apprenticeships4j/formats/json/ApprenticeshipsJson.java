package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.json.JsonApprenticeshipsSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads apprenticeships for the {@link io.github.apprenticeships4j.core.funding.FundingCalculator} from JSON: one
 * object, or a list of them, gzip-compressed or not. Each record becomes a {@link FundingInput}: an
 * {@link io.github.apprenticeships4j.core.funding.Apprenticeship} and its
 * {@link io.github.apprenticeships4j.core.funding.Progress}.
 *
 * <pre>{@code
 * {
 *   "id": "seed-25",                         // optional label, echoed by tools
 *   "startDate": "2025-09-01",
 *   "plannedDurationMonths": 24,             // or "plannedEndDate": "2027-08-31"
 *   "standard": {"reference": "ST1398", "level": 6, "typicalDurationMonths": 24, "foundation": false,
 *                "caps": [{"amount": "22000", "from": "2024-12-18", "to": null, "source": "IfATE"}]},
 *   "trainingPrice": "19000", "assessmentPrice": "3000",
 *   "priorLearningPercentage": 0,
 *   "employer": {"levyPayer": false, "headcount": 40, "levyFundsAvailable": "0"},
 *   "apprentice": {"dateOfBirth": "2000-03-15", "hasEhcPlan": false, "careLeaver": false,
 *                  "consentsToTellEmployer": false},
 *   "progress": {"completionDate": null, "withdrawalDate": null,
 *                "breaks": [{"lastDayInLearning": "2026-01-31", "returnDate": "2026-04-01",
 *                            "newPlannedEndDate": null}]}
 * }
 * }</pre>
 * Required: {@code startDate}, {@code standard.reference}, {@code standard.level},
 * {@code standard.typicalDurationMonths}, {@code trainingPrice}, {@code assessmentPrice}, {@code employer.levyPayer}
 * and {@code apprentice.dateOfBirth}; the rest is optional ({@code caps} absent: the calculator's rule catalogue gives
 * the cap; {@code progress} absent: completion as planned). Amounts and percentages are JSON numbers or strings,
 * read exactly as written (never through {@code double}); whole numbers may be strings of digits; dates are ISO
 * {@code yyyy-MM-dd}. Unknown fields are ignored.
 *
 * <p>The reader maps; it does not apply the funding rules: a negative price or a planned end before the start is
 * accepted here and rejected by the calculator, with its own codes. Findings of the reader:
 * <ul>
 *   <li>rejected records (ERROR): {@value #FIELD_MISSING}, {@value #FIELD_TYPE} (a field of the wrong JSON type, e.g.
 *       an object where a date is expected), {@value #NUMBER_FORMAT}, {@value #DATE_FORMAT},
 *       {@code standard.reference.format} (a malformed standard reference), {@code funding.rule.value} (a cap that is
 *       no amount), {@value #NOT_AN_OBJECT}, {@value #RECORD_INVALID}, {@value #FIELD_DUPLICATE} (a property name
 *       repeated in one object, located at the repeat: which of the values is meant is unknown, and money depends on
 *       it);</li>
 *   <li>reads stopped (FATAL, in {@link ReadSummary#stoppedBy()}): {@value #SYNTAX}, {@value #LIMIT},
 *       {@value #SHAPE}, {@value #EMPTY}, {@value #IO}, as for {@link StandardsJson}.</li>
 * </ul>
 * Each finding has its JSON path ({@code employer.headcount}, {@code progress.breaks[0].returnDate}) and a position
 * with the line and column where the record starts and its record number; rejected rows keep the record's JSON text.
 */
public final class ApprenticeshipsJson {
  public static final String NUMBER_FORMAT = StandardsJson.NUMBER_FORMAT;
  public static final String DATE_FORMAT = StandardsJson.DATE_FORMAT;
  public static final String FIELD_MISSING = StandardsJson.FIELD_MISSING;
  public static final String FIELD_TYPE = StandardsJson.FIELD_TYPE;
  public static final String FIELD_DUPLICATE = StandardsJson.FIELD_DUPLICATE;
  public static final String NOT_AN_OBJECT = StandardsJson.NOT_AN_OBJECT;
  public static final String RECORD_INVALID = StandardsJson.RECORD_INVALID;
  public static final String SYNTAX = StandardsJson.SYNTAX;
  public static final String LIMIT = StandardsJson.LIMIT;
  public static final String SHAPE = StandardsJson.SHAPE;
  public static final String EMPTY = StandardsJson.EMPTY;
  public static final String IO = StandardsJson.IO;

  /** Default deepest nesting of arrays and objects: 16 (records nest 4 deep). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 16;
  /** Default longest string value: 100,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** Default longest document: 256 MiB uncompressed. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 1L << 28;

  private ApprenticeshipsJson() {}

  private static final Options DEFAULTS =
      new Options(DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_DOCUMENT_LENGTH);

  /** A reader with the default limits. */
  public static Options reader() {
    return DEFAULTS;
  }

  /**
   * How to read: the read constraints applied to the JSON. Immutable and thread-safe; each method returns a new
   * instance. Keep and reuse an instance: it holds the configured parser factory.
   */
  public static final class Options {
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final long maxDocumentLength;
    private final JsonFactory factory;

    private Options(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {
      this.maxNestingDepth = maxNestingDepth;
      this.maxStringLength = maxStringLength;
      this.maxDocumentLength = maxDocumentLength;
      this.factory = JsonApprenticeshipsSource.factory(maxNestingDepth, maxStringLength, maxDocumentLength);
    }

    /** Deepest nesting of arrays and objects; default {@value #DEFAULT_MAX_NESTING_DEPTH}. */
    public Options maxNestingDepth(int depth) {
      return new Options(depth, maxStringLength, maxDocumentLength);
    }

    /** Longest string value in characters; default {@value #DEFAULT_MAX_STRING_LENGTH}. */
    public Options maxStringLength(int length) {
      return new Options(maxNestingDepth, length, maxDocumentLength);
    }

    /** Longest document in bytes (uncompressed); default {@value #DEFAULT_MAX_DOCUMENT_LENGTH}. */
    public Options maxDocumentLength(long length) {
      return new Options(maxNestingDepth, maxStringLength, length);
    }

    /**
     * Opens {@code file}; its name is the source of positions.
     *
     * @throws IOException if the file cannot be opened
     */
    public RecordReader<FundingInput> open(Path file) throws IOException {
      return open(Files.newInputStream(file), file.toString());
    }

    /** Reads {@code input}, which the reader closes; {@code sourceName} names it in positions. */
    public RecordReader<FundingInput> open(InputStream input, String sourceName) {
      return new JsonApprenticeshipsSource(Objects.requireNonNull(input, "input"),
          Objects.requireNonNull(sourceName, "sourceName"), factory);
    }
  }
}

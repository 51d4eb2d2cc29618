package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.json.JsonApprenticeshipsSource;
import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;

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
 *   <li>rejected records (ERROR): {@value ReadCodes#JSON_FIELD_MISSING}, {@value ReadCodes#JSON_FIELD_TYPE} (a field
 *       of the wrong JSON type, e.g. an object where a date is expected), {@value ReadCodes#JSON_NUMBER_FORMAT},
 *       {@value ReadCodes#JSON_DATE_FORMAT}, the codes of the model's factories (a malformed standard reference, a
 *       cap that is no amount), {@value ReadCodes#JSON_RECORD_NOT_OBJECT}, {@value ReadCodes#JSON_RECORD_INVALID},
 *       {@value ReadCodes#JSON_FIELD_DUPLICATE} (a property name repeated in one object, located at the repeat:
 *       which of the values is meant is unknown, and money depends on it);</li>
 *   <li>reads stopped (FATAL, in {@link ReadSummary#stoppedBy()}): {@value ReadCodes#JSON_SYNTAX},
 *       {@value ReadCodes#JSON_LIMIT}, {@value ReadCodes#JSON_SHAPE}, {@value ReadCodes#JSON_EMPTY},
 *       {@value ReadCodes#IO}, as for {@link StandardsJson}.</li>
 * </ul>
 * Each finding has its JSON path ({@code employer.headcount}, {@code progress.breaks[0].returnDate}) and a position
 * with the line and column where the record starts and its record number; rejected rows keep the record's JSON text.
 */
public final class ApprenticeshipsJson {
  private static final JsonOptions<RecordReader<FundingInput>> DEFAULTS =
      JsonReaderOptions.of(JsonApprenticeshipsSource::new, 16, 100_000, 1L << 28);

  private ApprenticeshipsJson() {}

  /**
   * The options of a reader, at their defaults: nesting depth 16 (records nest 4 deep), strings of 100,000
   * characters, documents of 256 MiB uncompressed.
   */
  public static JsonOptions<RecordReader<FundingInput>> reader() {
    return DEFAULTS;
  }
}

package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.json.JsonApprenticeshipsSource;
import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;

/**
 * Reads apprenticeships and apprenticeship units for the
 * {@link io.github.apprenticeships4j.core.funding.FundingCalculator} from JSON onto {@link FundingInput}s (an
 * apprenticeship and its progress, or a unit), with the contract of the JSON record readers of this package. The shape
 * of a record is shown in the project README ("Funding JSON"). For an apprenticeship {@code startDate},
 * {@code standard.reference}, {@code trainingPrice}, {@code assessmentPrice}, {@code employer.levyPayer} and
 * {@code apprentice.dateOfBirth} are required, and so are {@code standard.level} and
 * {@code standard.typicalDurationMonths} unless the reader has a standards catalogue ({@link #reader(StandardCatalogue)})
 * and the standard gives neither: then they are the version's in force on the start date. Each of its
 * {@code englishAndMathsAims} needs a {@code qualification} (a rule qualifier: {@code english}, {@code maths-entry},
 * {@code maths}, {@code gcse-english}, {@code gcse-maths}) and a {@code startDate}. Without {@code caps} the
 * calculator's standards catalogue or rule catalogue gives the cap; without {@code progress} the apprenticeship
 * completes as planned. A record with a {@code unit} object is a unit: {@code unit.startDate},
 * {@code unit.plannedEndDate}, {@code unit.plannedHours}, {@code unit.price}, {@code employer.levyPayer} and
 * {@code apprentice.dateOfBirth} are required, and the fields of an apprenticeship beside it reject the record. Amounts
 * and percentages are JSON numbers or strings, read exactly (never through {@code double}); dates are
 * {@code yyyy-MM-dd}; unknown fields are ignored. A property name repeated in one object rejects the record: which
 * value is meant is unknown, and money depends on it.
 *
 * <p>The reader maps; it does not apply the funding rules: a negative price or a planned end before the start is
 * accepted here and rejected by the calculator.
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

  /**
   * The options of a reader, at the same defaults, that takes the level and typical duration of a standard given by
   * reference only from the version of {@code standards} new apprentices start on on the start date
   * ({@link StandardCatalogue#versionForStartOn}); without such a version the record is rejected
   * ({@code json.standard.unknown}). The plain {@link #reader()} rejects such a record with
   * {@code json.standard.no-catalogue}.
   */
  public static JsonOptions<RecordReader<FundingInput>> reader(StandardCatalogue standards) {
    return JsonReaderOptions.of((input, source, factory) -> new JsonApprenticeshipsSource(input, source, factory,
        standards), 16, 100_000, 1L << 28);
  }
}

package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.formats.json.FundingInput;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.io.InputStream;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the apprenticeships of a funding input JSON document, each bound straight from the parser's tokens to
 * {@link ApprenticeshipRecord} and mapped by {@link ApprenticeshipRecordMapper}. Numbers are read exactly.
 */
public final class JsonApprenticeshipsSource extends JsonRecordSource<FundingInput, ApprenticeshipRecord> {
  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public JsonApprenticeshipsSource(InputStream input, String source, JsonFactory factory) {
    this(input, source, factory, ApprenticeshipRecordMapper::map);
  }

  /** A reader of {@code input}, which it owns, that takes standards given by reference only from {@code standards}. */
  public JsonApprenticeshipsSource(InputStream input, String source, JsonFactory factory,
      StandardCatalogue standards) {
    this(input, source, factory, ApprenticeshipRecordMapper.with(standards));
  }

  private JsonApprenticeshipsSource(InputStream input, String source, JsonFactory factory,
      Mapper<ApprenticeshipRecord, FundingInput> mapper) {
    super(input, source, factory, ApprenticeshipRecord::bind, mapper,
        "a list of apprenticeships or one apprenticeship", "an apprenticeship", Severity.ERROR);
  }
}

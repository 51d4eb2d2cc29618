package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.FundingInput;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the apprenticeships of a funding input JSON document, each bound straight from the parser's tokens to
 * {@link ApprenticeshipRecord} and mapped by {@link ApprenticeshipRecordMapper}. Numbers are read exactly.
 */
public final class JsonApprenticeshipsSource extends JsonRecordSource<FundingInput, ApprenticeshipRecord> {
  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public JsonApprenticeshipsSource(InputStream input, String source, JsonFactory factory) {
    super(input, source, factory, ApprenticeshipRecord::bind, "a list of apprenticeships or one apprenticeship",
        "an apprenticeship", Severity.ERROR);
  }

  @Override
  protected Row<FundingInput> map(ApprenticeshipRecord bound, SourcePosition at, Supplier<List<String>> raw) {
    List<Issue> issues = new ArrayList<>();
    Optional<FundingInput> input = ApprenticeshipRecordMapper.map(bound, issues);
    List<Issue> located = located(issues, at);
    return input.<Row<FundingInput>>map(i -> new Row.Accepted<>(at, i, located))
        .orElseGet(() -> new Row.Rejected<>(at, raw.get(), located));
  }
}

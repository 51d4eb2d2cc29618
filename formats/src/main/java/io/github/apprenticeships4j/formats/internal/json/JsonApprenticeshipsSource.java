package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.FundingInput;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;

/**
 * Streams the apprenticeships of a funding input JSON document: one record's tree at a time, bound to
 * {@link ApprenticeshipRecord} and mapped by {@link ApprenticeshipRecordMapper}. Numbers are read exactly.
 */
public final class JsonApprenticeshipsSource extends JsonRecordSource<FundingInput> {
  public JsonApprenticeshipsSource(InputStream input, String source, int maxNestingDepth, int maxStringLength,
      long maxDocumentLength) {
    super(input, source, mapper(maxNestingDepth, maxStringLength, maxDocumentLength, true),
        "a list of apprenticeships or one apprenticeship", "an apprenticeship");
  }

  @Override
  protected Row<FundingInput> map(JsonNode tree, SourcePosition at, List<String> raw) {
    ApprenticeshipRecord bound;
    try {
      bound = mapper().treeToValue(tree, ApprenticeshipRecord.class);
    } catch (DatabindException e) {
      return wrongType(e, at, raw);
    }
    List<Issue> issues = new ArrayList<>();
    Optional<FundingInput> input = ApprenticeshipRecordMapper.map(bound, issues);
    List<Issue> located = located(issues, at);
    return input.<Row<FundingInput>>map(i -> new Row.Accepted<>(at, i, located))
        .orElseGet(() -> new Row.Rejected<>(at, raw, located));
  }
}

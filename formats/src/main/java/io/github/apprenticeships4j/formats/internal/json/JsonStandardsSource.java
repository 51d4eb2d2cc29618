package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.Row;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;

/**
 * Streams the records of a Skills England JSON document: one record's tree at a time, bound to
 * {@link StandardRecord} and mapped by {@link StandardRecordMapper}.
 */
public final class JsonStandardsSource extends JsonRecordSource<Standard> {
  public JsonStandardsSource(InputStream input, String source, int maxNestingDepth, int maxStringLength,
      long maxDocumentLength) {
    super(input, source, mapper(maxNestingDepth, maxStringLength, maxDocumentLength, false),
        "a list of standards or one standard", "a standard");
  }

  @Override
  protected Row<Standard> map(JsonNode tree, SourcePosition at, List<String> raw) {
    StandardRecord bound;
    try {
      bound = mapper().treeToValue(tree, StandardRecord.class);
    } catch (DatabindException e) {
      return wrongType(e, at, raw);
    }
    List<Issue> issues = new ArrayList<>();
    Optional<Standard> standard = StandardRecordMapper.map(bound, issues);
    List<Issue> located = located(issues, at);
    return standard.<Row<Standard>>map(s -> new Row.Accepted<>(at, s, located))
        .orElseGet(() -> new Row.Rejected<>(at, raw, located));
  }
}

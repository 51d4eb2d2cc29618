package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.Row;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the records of a Skills England JSON document, each bound to {@link StandardRecord} and mapped by
 * {@link StandardRecordMapper}.
 */
public final class JsonStandardsSource extends JsonRecordSource<Standard, StandardRecord> {
  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public JsonStandardsSource(InputStream input, String source, JsonFactory factory) {
    super(input, source, factory, StandardRecord::bind, "a list of standards or one standard", "a standard",
        Severity.WARNING);
  }

  @Override
  protected Row<Standard> map(StandardRecord bound, SourcePosition at, Supplier<List<String>> raw) {
    List<Issue> issues = new ArrayList<>();
    Optional<Standard> standard = StandardRecordMapper.map(bound, issues);
    List<Issue> located = located(issues, at);
    return standard.<Row<Standard>>map(s -> new Row.Accepted<>(at, s, located))
        .orElseGet(() -> new Row.Rejected<>(at, raw.get(), located));
  }
}

package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Severity;
import java.io.InputStream;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the records of a Skills England JSON document, each bound to {@link StandardRecord} and mapped by
 * {@link StandardRecordMapper}.
 */
public final class JsonStandardsSource extends JsonRecordSource<Standard, StandardRecord> {
  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public JsonStandardsSource(InputStream input, String source, JsonFactory factory) {
    super(input, source, factory, StandardRecord::bind, StandardRecordMapper::map,
        "a list of standards or one standard", "a standard", Severity.WARNING);
  }
}

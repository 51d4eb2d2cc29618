package io.github.apprenticeships4j.formats.internal.canonical;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.internal.json.JsonRecordSource;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import java.io.InputStream;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the standards of a canonical document, a list of standards or one standard: each record is read as a
 * {@link JsonValue} tree and mapped by {@link CanonicalStandardMapper}. A property name repeated in one object is an
 * error: the format is written by programs, and which value was meant is unknown.
 */
public final class CanonicalStandardsSource extends JsonRecordSource<Standard, JsonValue> {
  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public CanonicalStandardsSource(InputStream input, String source, JsonFactory factory) {
    super(input, source, factory, JsonValue::read, CanonicalStandardMapper::map, "a list of standards or one standard",
        "a standard", Severity.ERROR);
  }
}

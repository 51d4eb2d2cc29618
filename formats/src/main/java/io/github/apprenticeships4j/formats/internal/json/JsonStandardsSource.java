package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Severity;
import java.io.InputStream;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the records of a Skills England JSON document, each bound to {@link StandardRecord} and mapped by
 * {@link StandardRecordMapper}. The strings of neighbouring records are shared through a {@link StringPool}: a
 * catalogue keeps each text of a standard once however many of its versions and duties repeat it.
 */
public final class JsonStandardsSource extends JsonRecordSource<Standard, StandardRecord> {
  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public JsonStandardsSource(InputStream input, String source, JsonFactory factory) {
    this(input, source, factory, new StringPool());
  }

  /**
   * A reader of {@code input} that keeps of each record only the facts the provider feed rules read (see
   * {@link StandardRecord#bindFeedFacts}): its standards have no KSBs, duties, options, descriptive texts or
   * the record's other facts (off-the-job hours, EPA period, pathway, cluster and the like).
   */
  public static JsonStandardsSource feedFacts(InputStream input, String source, JsonFactory factory) {
    return new JsonStandardsSource(input, source, factory, new StringPool(), true);
  }

  private JsonStandardsSource(InputStream input, String source, JsonFactory factory, StringPool pool) {
    this(input, source, factory, pool, false);
  }

  private JsonStandardsSource(InputStream input, String source, JsonFactory factory, StringPool pool,
      boolean feedFactsOnly) {
    super(input, source, factory,
        p -> {
          pool.nextRecord();
          return feedFactsOnly ? StandardRecord.bindFeedFacts(p, pool) : StandardRecord.bind(p, pool);
        },
        (record, issues) -> StandardRecordMapper.map(record, issues, pool), "a list of standards or one standard",
        "a standard", Severity.WARNING);
  }
}

package io.github.apprenticeships4j.formats.internal.career;

import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.DuplicateNameParser;
import io.github.apprenticeships4j.formats.internal.json.JsonDocumentSource;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a crosswalk JSON document as one record, mapped by {@link CrosswalkJsonMapper}. See
 * {@code io.github.apprenticeships4j.formats.json.CrosswalkJson}.
 */
public final class CrosswalkJsonSource extends JsonDocumentSource<Crosswalk> {
  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public CrosswalkJsonSource(InputStream input, String source, JsonFactory factory) {
    super(input, source, factory, ReadCodes.CROSSWALK_JSON_EMPTY, ReadCodes.CROSSWALK_JSON_SYNTAX,
        ReadCodes.CROSSWALK_JSON_LIMIT);
  }

  @Override
  protected Optional<Crosswalk> map(JsonValue root, DuplicateNameParser.Duplicates repeated, List<Issue> issues) {
    return CrosswalkJsonMapper.map(root, repeated, source(), issues);
  }
}

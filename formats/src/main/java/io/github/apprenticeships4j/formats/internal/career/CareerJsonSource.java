package io.github.apprenticeships4j.formats.internal.career;

import io.github.apprenticeships4j.core.career.ProgressionGraph;
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
 * Reads a career JSON document as one record, mapped by {@link CareerJsonMapper}. See
 * {@code io.github.apprenticeships4j.formats.json.CareerJson}.
 */
public final class CareerJsonSource extends JsonDocumentSource<ProgressionGraph> {
  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public CareerJsonSource(InputStream input, String source, JsonFactory factory) {
    super(input, source, factory, ReadCodes.CAREER_JSON_EMPTY, ReadCodes.CAREER_JSON_SYNTAX,
        ReadCodes.CAREER_JSON_LIMIT);
  }

  @Override
  protected Optional<ProgressionGraph> map(JsonValue root, DuplicateNameParser.Duplicates repeated,
      List<Issue> issues) {
    return CareerJsonMapper.map(root, repeated, source(), issues);
  }
}

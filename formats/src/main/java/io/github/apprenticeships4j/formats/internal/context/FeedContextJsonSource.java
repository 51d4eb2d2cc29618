package io.github.apprenticeships4j.formats.internal.context;

import io.github.apprenticeships4j.core.feed.FeedContext;
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
 * Reads a feed context document as one record, mapped by {@link FeedContextJsonMapper}. See
 * {@code io.github.apprenticeships4j.formats.json.FeedContextJson}.
 */
public final class FeedContextJsonSource extends JsonDocumentSource<FeedContext> {
  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public FeedContextJsonSource(InputStream input, String source, JsonFactory factory) {
    super(input, source, factory, ReadCodes.JSON_EMPTY, ReadCodes.JSON_SYNTAX, ReadCodes.JSON_LIMIT);
  }

  @Override
  protected Optional<FeedContext> map(JsonValue root, DuplicateNameParser.Duplicates repeated, List<Issue> issues) {
    return FeedContextJsonMapper.map(root, repeated, source(), issues);
  }
}

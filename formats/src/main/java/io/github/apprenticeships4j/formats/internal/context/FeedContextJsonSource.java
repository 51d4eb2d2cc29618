package io.github.apprenticeships4j.formats.internal.context;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.Failures;
import io.github.apprenticeships4j.formats.internal.RecordingInputStream;
import io.github.apprenticeships4j.formats.internal.RowSource;
import io.github.apprenticeships4j.formats.internal.json.DuplicateNameParser;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a feed context document as one record: read whole into a {@link JsonValue} tree by Jackson's streaming parser,
 * then mapped by {@link FeedContextJsonMapper}; its row is accepted with the context, or rejected with the document's
 * text and every error. See {@code io.github.apprenticeships4j.formats.json.FeedContextJson}.
 */
public final class FeedContextJsonSource extends RowSource<FeedContext> {
  /** Longest document text kept for a rejected row: 16 MiB. */
  private static final int MAX_TEXT = 16 << 20;

  private final RecordingInputStream input;
  private final JsonFactory factory;
  private boolean read;

  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public FeedContextJsonSource(InputStream input, String source, JsonFactory factory) {
    super(source);
    this.input = new RecordingInputStream(input, MAX_TEXT);
    this.factory = factory;
  }

  @Override
  protected @Nullable Row<FeedContext> readNext() {
    if (read) {
      return null;
    }
    read = true;
    JsonValue root;
    DuplicateNameParser.Duplicates repeated;
    TokenStreamLocation start;
    long end;
    try (DuplicateNameParser p = new DuplicateNameParser(factory.createParser(ObjectReadContext.empty(), input))) {
      if (p.nextToken() == null) {
        stop(Issue.error(ReadCodes.JSON_EMPTY, "the input holds no JSON").locatedAt(SourcePosition.of(source())));
        return null;
      }
      start = p.currentTokenLocation();
      root = JsonValue.read(p);
      end = p.currentLocation().getByteOffset();
      repeated = p.takeDuplicates();
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        stop(Issue.error(ReadCodes.JSON_SYNTAX, "unexpected content after the end of the document: " + trailing)
            .locatedAt(position(p.currentTokenLocation())));
        return null;
      }
    } catch (StreamConstraintsException e) {
      stop(fatal(ReadCodes.JSON_LIMIT, e));
      return null;
    } catch (JacksonIOException e) {
      stop(fatal(ReadCodes.IO, e));
      return null;
    } catch (JacksonException e) {
      stop(fatal(ReadCodes.JSON_SYNTAX, e));
      return null;
    }
    SourcePosition at = position(start).inRecord(1);
    List<Issue> issues = new ArrayList<>();
    Optional<FeedContext> context = FeedContextJsonMapper.map(root, repeated, source(), issues);
    if (context.isPresent()) {
      return new Row.Accepted<>(at, context.get(), issues);
    }
    String text = new String(input.bytes(start.getByteOffset(), end), StandardCharsets.UTF_8);
    return new Row.Rejected<>(at, List.of(text), issues);
  }

  private Issue fatal(String code, JacksonException e) {
    String message = code.equals(ReadCodes.IO) ? "cannot read " + source() + ": " + Failures.describe(e)
        : Failures.describe(e);
    TokenStreamLocation location = e.getLocation();
    return Issue.error(code, message).locatedAt(location == null ? SourcePosition.of(source()) : position(location));
  }

  private SourcePosition position(TokenStreamLocation at) {
    return at.getLineNr() < 1 ? SourcePosition.of(source())
        : SourcePosition.at(source(), at.getLineNr(), Math.max(1, at.getColumnNr()));
  }

  @Override
  protected void release() {
    try {
      input.close();
    } catch (IOException e) {
      // Closing a source that was only read cannot lose data; nothing to report.
    }
  }
}

package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.Failures;
import io.github.apprenticeships4j.formats.internal.RecordingInputStream;
import io.github.apprenticeships4j.formats.internal.RowSource;
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
 * Reads a JSON document as one record: read whole into a {@link JsonValue} tree by Jackson's streaming parser, with
 * repeated property names noted, then mapped by {@link #map}; its row is accepted with the value, or rejected with
 * the document's text and every error. A document that cannot be parsed ends the read with one located finding.
 *
 * @param <T> the value a document maps to
 */
public abstract class JsonDocumentSource<T> extends RowSource<T> {
  /** Longest document text kept for a rejected row: 16 MiB. */
  private static final int MAX_TEXT = 16 << 20;

  private final RecordingInputStream input;
  private final JsonFactory factory;
  private final String emptyCode;
  private final String syntaxCode;
  private final String limitCode;
  private boolean read;

  /**
   * A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits) and reports an empty
   * input, bad syntax and a broken read limit with the codes given.
   */
  protected JsonDocumentSource(InputStream input, String source, JsonFactory factory, String emptyCode,
      String syntaxCode, String limitCode) {
    super(source);
    this.input = new RecordingInputStream(input, MAX_TEXT);
    this.factory = factory;
    this.emptyCode = emptyCode;
    this.syntaxCode = syntaxCode;
    this.limitCode = limitCode;
  }

  /** The value of the document {@code root}, or empty with the errors added to {@code issues}. */
  protected abstract Optional<T> map(JsonValue root, DuplicateNameParser.Duplicates repeated, List<Issue> issues);

  @Override
  protected final @Nullable Row<T> readNext() {
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
        stop(Issue.error(emptyCode, "the input holds no JSON").locatedAt(SourcePosition.of(source())));
        return null;
      }
      start = p.currentTokenLocation();
      root = JsonValue.read(p);
      end = p.currentLocation().getByteOffset();
      repeated = p.takeDuplicates();
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        stop(Issue.error(syntaxCode, "unexpected content after the end of the document: " + trailing).locatedAt(
            Failures.position(source(), p.currentTokenLocation())));
        return null;
      }
    } catch (StreamConstraintsException e) {
      stop(fatal(limitCode, e));
      return null;
    } catch (JacksonIOException e) {
      stop(fatal(ReadCodes.IO, e));
      return null;
    } catch (JacksonException e) {
      stop(fatal(syntaxCode, e));
      return null;
    }
    SourcePosition at = Failures.position(source(), start).inRecord(1);
    List<Issue> issues = new ArrayList<>();
    Optional<T> value = map(root, repeated, issues);
    if (value.isPresent()) {
      return new Row.Accepted<>(at, value.get(), issues);
    }
    String text = new String(input.bytes(start.getByteOffset(), end), StandardCharsets.UTF_8);
    return new Row.Rejected<>(at, List.of(text), issues);
  }

  private Issue fatal(String code, JacksonException e) {
    return Failures.stopping(source(), code, e);
  }

  @Override
  protected final void release() {
    try {
      input.close();
    } catch (IOException e) {
      // Closing a source that was only read cannot lose data; nothing to report.
    }
  }
}

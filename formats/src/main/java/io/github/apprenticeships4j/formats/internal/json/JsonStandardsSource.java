package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.RecordingInputStream;
import io.github.apprenticeships4j.formats.internal.RowSource;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the records of a Skills England JSON document with Jackson's streaming parser: each record is bound
 * straight from the parser to {@link StandardRecord} and mapped by {@link StandardRecordMapper}; only the current
 * record's bytes are kept, to give back the text of a rejected one.
 */
public final class JsonStandardsSource extends RowSource<Standard> {
  private static final int GZIP_MAGIC = 0x8b1f;
  private static final int BUFFER = 1 << 16;
  /** Longest record text kept for a rejected row: 16 MiB (real records are under 200 KB). */
  private static final int MAX_RECORD_TEXT = 16 << 20;

  private enum State { START, IN_ARRAY, SINGLE, DONE }

  private final InputStream raw;
  private final JsonMapper mapper;
  private @Nullable JsonParser parser;
  private @Nullable RecordingInputStream recording;
  private State state = State.START;
  private long record;
  private boolean inRecord;

  /** A reader of {@code input} that parses with {@code mapper} (see {@link #mapper(int, int, long)}). */
  public JsonStandardsSource(InputStream input, String source, JsonMapper mapper) {
    super(source);
    this.raw = input;
    this.mapper = mapper;
  }

  /**
   * The mapper for the given read constraints. Building one is costly and a mapper is thread-safe, so callers keep
   * it and share it between readers.
   */
  public static JsonMapper mapper(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxDocumentLength(maxDocumentLength)
        .build();
    return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  @Override
  protected @Nullable Row<Standard> readNext() {
    try {
      return advance();
    } catch (StreamConstraintsException e) {
      stop(fatal(StandardsJson.LIMIT, e));
    } catch (JacksonIOException e) {
      stop(fatal(StandardsJson.IO, e));
    } catch (JacksonException e) {
      stop(fatal(StandardsJson.SYNTAX, e));
    } catch (IOException e) {
      stop(Issue.error(StandardsJson.IO, "cannot read " + source() + ": " + e.getMessage())
          .locatedAt(SourcePosition.of(source())));
    }
    return null;
  }

  private @Nullable Row<Standard> advance() throws IOException {
    switch (state) {
      case START:
        JsonParser p = mapper.createParser(decompressed());
        parser = p;
        JsonToken first = p.nextToken();
        if (first == null) {
          stop(Issue.error(StandardsJson.EMPTY, "the input holds no JSON").locatedAt(SourcePosition.of(source())));
          return null;
        }
        if (first == JsonToken.START_ARRAY) {
          state = State.IN_ARRAY;
          return advance();
        }
        if (first == JsonToken.START_OBJECT) {
          state = State.SINGLE;
          return readRecord(p);
        }
        stop(Issue.error(StandardsJson.SHAPE, "expected a list of standards or one standard, found " + first)
            .locatedAt(position(p.currentTokenLocation())));
        return null;
      case IN_ARRAY:
        JsonParser q = parser();
        JsonToken next = q.nextToken();
        if (next == JsonToken.END_ARRAY) {
          return end(q);
        }
        if (next == JsonToken.START_OBJECT) {
          return readRecord(q);
        }
        return readNonObject(q);
      case SINGLE:
        return end(parser());
      default:
        return null;
    }
  }

  /** Checks that nothing but white space follows the document. */
  private @Nullable Row<Standard> end(JsonParser p) {
    state = State.DONE;
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      stop(Issue.error(StandardsJson.SYNTAX, "unexpected content after the end of the document: " + trailing)
          .locatedAt(position(p.currentTokenLocation())));
    }
    return null;
  }

  /**
   * Binds one record straight from the parser to {@link StandardRecord}: no tree is built. The text of a rejected
   * record is taken from the bytes kept by the {@link RecordingInputStream}.
   */
  private Row<Standard> readRecord(JsonParser p) {
    TokenStreamLocation start = p.currentTokenLocation();
    SourcePosition at = position(start).inRecord(++record);
    recording().forgetBefore(start.getByteOffset());
    int depth = p.streamReadContext().getNestingDepth();
    inRecord = true;
    StandardRecord bound;
    try {
      bound = mapper.readValue(p, StandardRecord.class);
    } catch (DatabindException e) {
      skipRestOfRecord(p, depth);
      inRecord = false;
      String path = jsonPath(e);
      Issue issue = Issue.error(StandardsJson.FIELD_TYPE, path + " has the wrong JSON type: "
          + e.getOriginalMessage()).at(path);
      return new Row.Rejected<>(at, raw(start, p), List.of(issue.locatedAt(at.atField(path))));
    }
    inRecord = false;
    List<Issue> issues = new ArrayList<>();
    Optional<Standard> standard = StandardRecordMapper.map(bound, issues);
    List<Issue> located = new ArrayList<>(issues.size());
    issues.forEach(i -> located.add(i.locatedAt(i.path().isEmpty() ? at : at.atField(i.path()))));
    return standard.<Row<Standard>>map(s -> new Row.Accepted<>(at, s, located))
        .orElseGet(() -> new Row.Rejected<>(at, raw(start, p), located));
  }

  /** Reads on to the end of the record whose object opened at {@code depth}, after a binding failure inside it. */
  private static void skipRestOfRecord(JsonParser p, int depth) {
    if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
      p.skipChildren();
    }
    while (p.streamReadContext().getNestingDepth() >= depth) {
      if (p.nextToken() == null) {
        return;
      }
      if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
    }
  }

  /**
   * The text of the record from {@code start} to the end of the parser's current token; empty if the input is not
   * UTF-8 (Jackson gives byte offsets only for byte input).
   */
  private List<String> raw(TokenStreamLocation start, JsonParser p) {
    long end = p.currentLocation().getByteOffset();
    byte[] bytes = recording().bytes(start.getByteOffset(), end);
    return List.of(new String(bytes, StandardCharsets.UTF_8));
  }

  private Row<Standard> readNonObject(JsonParser p) {
    TokenStreamLocation start = p.currentTokenLocation();
    SourcePosition at = position(start).inRecord(++record);
    recording().forgetBefore(start.getByteOffset());
    JsonToken token = p.currentToken();
    inRecord = true;
    p.skipChildren();
    inRecord = false;
    return new Row.Rejected<>(at, raw(start, p), List.of(
        Issue.error(StandardsJson.NOT_AN_OBJECT, "a standard must be a JSON object, found " + token)
            .locatedAt(at)));
  }

  private static String jsonPath(DatabindException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private InputStream decompressed() throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    boolean gzip = b1 >= 0 && b2 >= 0 && ((b2 << 8) | b1) == GZIP_MAGIC;
    RecordingInputStream recorded =
        new RecordingInputStream(gzip ? new GZIPInputStream(in, BUFFER) : in, MAX_RECORD_TEXT);
    recording = recorded;
    return recorded;
  }

  private RecordingInputStream recording() {
    RecordingInputStream r = recording;
    if (r == null) {
      throw new IllegalStateException("no input");
    }
    return r;
  }

  private JsonParser parser() {
    JsonParser p = parser;
    if (p == null) {
      throw new IllegalStateException("no parser");
    }
    return p;
  }

  private Issue fatal(String code, JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    SourcePosition at = location == null ? SourcePosition.of(source()) : position(location);
    if (inRecord) {
      at = at.inRecord(record);
    }
    return Issue.error(code, e.getOriginalMessage()).locatedAt(at);
  }

  private SourcePosition position(TokenStreamLocation location) {
    return SourcePosition.at(source(), location.getLineNr(), location.getColumnNr());
  }

  @Override
  protected void release() {
    try {
      if (parser != null) {
        parser.close();
      }
      raw.close();
    } catch (IOException | JacksonException e) {
      // Closing a source that was only read cannot lose data; nothing to report.
    }
  }
}

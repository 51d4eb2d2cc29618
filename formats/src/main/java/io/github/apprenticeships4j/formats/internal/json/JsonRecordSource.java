package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.Failures;
import io.github.apprenticeships4j.formats.internal.RecordingInputStream;
import io.github.apprenticeships4j.formats.internal.RowSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the records of a JSON document that is a list of objects or one object, gzip-compressed or not, with
 * Jackson's streaming parser ({@code jackson-core} only): each record is bound straight from the parser's tokens to
 * its DTO by a {@link JsonBinding.ObjectBinder} (no tree is built) and handed to {@link #map}. Only the current
 * record's bytes are kept, to give back the text of a rejected one. Syntax errors, exceeded limits and I/O failures
 * end the read with a fatal finding; a list element that is not an object is a rejected row, and a field of the wrong
 * JSON type ({@link JsonMismatch}) rejects its record. A property name repeated in one object
 * ({@link DuplicateNameParser}) is a finding {@link ReadCodes#JSON_FIELD_DUPLICATE} of its record, at the repeat, of
 * the severity the reader chooses: a warning keeps the record (its last value is used), an error rejects it.
 *
 * @param <T> the model type records map to
 * @param <D> the DTO records are bound to
 */
public abstract class JsonRecordSource<T, D> extends RowSource<T> {
  private static final int GZIP_MAGIC = 0x8b1f;
  private static final int BUFFER = 1 << 16;
  /** Longest record text kept for a rejected row: 16 MiB (real records are under 200 KB). */
  private static final int MAX_RECORD_TEXT = 16 << 20;

  private enum State { START, IN_ARRAY, SINGLE, DONE }

  private final InputStream raw;
  private final JsonFactory factory;
  private final JsonBinding.ObjectBinder<D> binder;
  private final Mapper<D, T> mapper;
  private final String expected;
  private final String recordNoun;
  private final Severity duplicates;
  private @Nullable DuplicateNameParser parser;
  private @Nullable RecordingInputStream recording;
  private State state = State.START;
  private boolean gzip;
  private long record;
  private boolean inRecord;

  /**
   * @param factory the parser factory with the read limits, from {@link JsonReaderOptions}
   * @param binder binds one record, on its {@code START_OBJECT}, to the DTO
   * @param mapper maps the DTO onto the model
   * @param expected what the document should be, for the {@code json.shape} finding, e.g. "a list of standards"
   * @param recordNoun what one record is, e.g. "a standard"
   * @param duplicates the severity of a property name repeated in one object: {@link Severity#WARNING} or
   *     {@link Severity#ERROR}
   */
  protected JsonRecordSource(InputStream input, String source, JsonFactory factory, JsonBinding.ObjectBinder<D> binder,
      Mapper<D, T> mapper, String expected, String recordNoun, Severity duplicates) {
    super(source);
    this.raw = input;
    this.factory = factory;
    this.binder = binder;
    this.mapper = mapper;
    this.expected = expected;
    this.recordNoun = recordNoun;
    this.duplicates = duplicates;
  }

  /**
   * Maps the DTO of one record onto a value of the model.
   *
   * @param <D> the DTO
   * @param <T> the model type
   */
  @FunctionalInterface
  public interface Mapper<D, T> {
    /** The value of {@code bound}, or empty if the record is rejected; its findings are added to {@code issues}. */
    Optional<T> map(D bound, List<Issue> issues);
  }

  /** The row of one bound record, its findings located in it; {@code raw} gives its text if it is rejected. */
  private Row<T> map(D bound, SourcePosition at, Supplier<List<String>> raw) {
    List<Issue> issues = new ArrayList<>();
    Optional<T> value = mapper.map(bound, issues);
    List<Issue> located = issues.stream().map(i -> i.locatedAt(i.path().isEmpty() ? at : at.atField(i.path())))
        .collect(Collectors.toList());
    return value.<Row<T>>map(v -> new Row.Accepted<>(at, v, located))
        .orElseGet(() -> new Row.Rejected<>(at, raw.get(), located));
  }

  @Override
  protected final @Nullable Row<T> readNext() {
    try {
      return advance();
    } catch (StreamConstraintsException e) {
      stop(fatal(ReadCodes.JSON_LIMIT, e));
    } catch (JacksonIOException e) {
      stop(fatal(ReadCodes.IO, e));
    } catch (JacksonException e) {
      stop(fatal(ReadCodes.JSON_SYNTAX, e));
    } catch (IOException e) {
      stop(Issue.error(ReadCodes.IO, cannotRead(e)).locatedAt(SourcePosition.of(source())));
    }
    return null;
  }

  private @Nullable Row<T> advance() throws IOException {
    switch (state) {
      case START:
        DuplicateNameParser p = new DuplicateNameParser(factory.createParser(ObjectReadContext.empty(),
            decompressed()));
        parser = p;
        JsonToken first = p.nextToken();
        if (first == null) {
          stop(Issue.error(ReadCodes.JSON_EMPTY, "the input holds no JSON").locatedAt(SourcePosition.of(source())));
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
        stop(Issue.error(ReadCodes.JSON_SHAPE, "expected " + expected + ", found " + first)
            .locatedAt(Failures.position(source(), p.currentTokenLocation())));
        return null;
      case IN_ARRAY:
        DuplicateNameParser q = parser();
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
  private @Nullable Row<T> end(JsonParser p) {
    state = State.DONE;
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      stop(Issue.error(ReadCodes.JSON_SYNTAX, "unexpected content after the end of the document: " + trailing)
          .locatedAt(Failures.position(source(), p.currentTokenLocation())));
    }
    return null;
  }

  private Row<T> readRecord(DuplicateNameParser p) {
    TokenStreamLocation start = p.currentTokenLocation();
    SourcePosition at = Failures.position(source(), start).inRecord(++record);
    recording().forgetBefore(start.getByteOffset());
    int depth = p.streamReadContext().getNestingDepth();
    p.pathsFrom(depth);
    inRecord = true;
    D bound;
    try {
      bound = binder.bind(p);
    } catch (JsonMismatch e) {
      skipRestOfRecord(p, depth);
      inRecord = false;
      return withDuplicates(wrongType(e, at, raw(start, p)), p.takeDuplicates(), () -> raw(start, p));
    }
    inRecord = false;
    DuplicateNameParser.Duplicates repeated = p.takeDuplicates();
    p.clearCurrentToken(); // as Jackson's binding left it, which shows in messages on what follows
    return withDuplicates(map(bound, at, () -> raw(start, p)), repeated, () -> raw(start, p));
  }

  /**
   * {@code row} with a finding for each repeated property name first; an accepted row becomes a rejected one when
   * the findings are errors.
   */
  private Row<T> withDuplicates(Row<T> row, DuplicateNameParser.Duplicates repeated, Supplier<List<String>> raw) {
    if (repeated.isEmpty()) {
      return row;
    }
    List<Issue> issues = new ArrayList<>(repeated.findings(ReadCodes.JSON_FIELD_DUPLICATE, duplicates, source(),
        record, row.position()));
    issues.addAll(row.issues());
    if (row instanceof Row.Accepted<T> accepted && !duplicates.isAtLeast(Severity.ERROR)) {
      return new Row.Accepted<>(row.position(), accepted.value(), issues);
    }
    List<String> text = row instanceof Row.Rejected<T> rejected ? rejected.raw() : raw.get();
    return new Row.Rejected<>(row.position(), text, issues);
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
   * UTF-8 (Jackson gives byte offsets only for byte input) or the record is longer than the text kept.
   */
  private List<String> raw(TokenStreamLocation start, JsonParser p) {
    byte[] bytes = recording().bytes(start.getByteOffset(), p.currentLocation().getByteOffset());
    return List.of(new String(bytes, StandardCharsets.UTF_8));
  }

  private Row<T> readNonObject(JsonParser p) {
    TokenStreamLocation start = p.currentTokenLocation();
    SourcePosition at = Failures.position(source(), start).inRecord(++record);
    recording().forgetBefore(start.getByteOffset());
    JsonToken token = p.currentToken();
    inRecord = true;
    if (token.isScalarValue()) {
      p.getString(); // finishes a lazily read string, so that its end is known
    } else {
      p.skipChildren();
    }
    inRecord = false;
    return new Row.Rejected<>(at, raw(start, p), List.of(
        Issue.error(ReadCodes.JSON_RECORD_NOT_OBJECT, recordNoun + " must be a JSON object, found " + token)
            .locatedAt(at)));
  }

  /** A rejected row for a record whose field has the wrong JSON type for its DTO. */
  private Row<T> wrongType(JsonMismatch e, SourcePosition at, List<String> raw) {
    String path = e.path();
    Issue issue = Issue.error(ReadCodes.JSON_FIELD_TYPE, path + " has the wrong JSON type: "
        + e.getMessage()).at(path);
    return new Row.Rejected<>(at, raw, List.of(issue.locatedAt(at.atField(path))));
  }

  private InputStream decompressed() throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    gzip = b1 >= 0 && b2 >= 0 && ((b2 << 8) | b1) == GZIP_MAGIC;
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

  private DuplicateNameParser parser() {
    DuplicateNameParser p = parser;
    if (p == null) {
      throw new IllegalStateException("no parser");
    }
    return p;
  }

  private Issue fatal(String code, JacksonException e) {
    SourcePosition at = Failures.position(source(), e.getLocation());
    if (inRecord) {
      at = at.inRecord(record);
    }
    return Issue.error(code, code.equals(ReadCodes.IO) ? cannotRead(e) : Failures.describe(e)).locatedAt(at);
  }

  /** Why the source failed, naming it (and that it is gzip): e.g. a gzip file holding only a header. */
  private String cannotRead(Exception e) {
    return "cannot read " + source() + (gzip ? ", a gzip stream" : "") + ": " + Failures.describe(e);
  }

  @Override
  protected final void release() {
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

package io.github.apprenticeships4j.formats.internal.progress;

import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.internal.Failures;
import io.github.apprenticeships4j.formats.internal.RecordingInputStream;
import io.github.apprenticeships4j.formats.internal.RowSource;
import io.github.apprenticeships4j.formats.internal.json.DuplicateNameParser;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.json.ProgressJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a progress JSON document: one row per apprentice (the {@code apprentice} of a one-apprentice document, or
 * each element of {@code apprentices}), numbered from 1 in document order and positioned at the apprentice's first
 * character; the findings of the document itself (its format, properties it does not have) go with the first row (an
 * empty cohort has no row, and so none of these warnings). A document whose frame has errors (not an object, an
 * unknown format, both or neither of {@code apprentice} and {@code apprentices}) is one rejected row, the whole
 * document. See {@link ProgressJson}.
 */
public final class ProgressJsonSource extends RowSource<ProgressRecord> {
  private static final Set<String> DOCUMENT = Set.of("$schema", "format", "apprentice", "apprentices");
  /** Longest document text kept for rejected rows: 16 MiB. */
  private static final int MAX_TEXT = 16 << 20;

  /** One apprentice as read: where it starts and ends, its tree and its repeated property names. */
  private record Element(String path, TokenStreamLocation start, long end, JsonValue value,
      DuplicateNameParser.Duplicates repeated) {}

  private final RecordingInputStream input;
  private final JsonFactory factory;
  private @Nullable Deque<Row<ProgressRecord>> rows;

  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public ProgressJsonSource(InputStream input, String source, JsonFactory factory) {
    super(source);
    this.input = new RecordingInputStream(input, MAX_TEXT);
    this.factory = factory;
  }

  @Override
  protected @Nullable Row<ProgressRecord> readNext() {
    if (rows == null) {
      rows = new ArrayDeque<>();
      read(rows);
    }
    return rows.poll();
  }

  /** Parses the whole document into {@code rows}; a document that cannot be parsed stops the read instead. */
  private void read(Deque<Row<ProgressRecord>> rows) {
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    Set<String> framed = new HashSet<>();
    List<Element> elements = new ArrayList<>();
    List<Issue> repeated = new ArrayList<>();
    TokenStreamLocation start;
    long end;
    @Nullable JsonValue notAnObject = null;
    try (DuplicateNameParser p = new DuplicateNameParser(factory.createParser(ObjectReadContext.empty(), input))) {
      JsonToken first = p.nextToken();
      if (first == null) {
        stop(Issue.error(ReadCodes.PROGRESS_JSON_EMPTY, "the input holds no JSON")
            .locatedAt(SourcePosition.of(source())));
        return;
      }
      start = p.currentTokenLocation();
      if (first != JsonToken.START_OBJECT) {
        notAnObject = JsonValue.read(p);
      } else {
        for (String name = p.nextName(); name != null; name = p.nextName()) {
          JsonToken token = p.nextToken();
          boolean cohort = name.equals("apprentices") && token == JsonToken.START_ARRAY;
          boolean single = name.equals("apprentice") && token == JsonToken.START_OBJECT;
          if ((cohort || single) && framed.add(name)) {
            if (single) {
              elements.add(element(p, "apprentice", repeated));
            } else {
              for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                elements.add(element(p, "apprentices[" + i + "]", repeated));
              }
            }
          } else {
            properties.put(name, JsonValue.read(p));
          }
        }
      }
      end = p.currentLocation().getByteOffset();
      repeated.addAll(duplicates(p.takeDuplicates(), 0));
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        stop(Issue.error(ReadCodes.PROGRESS_JSON_SYNTAX, "unexpected content after the end of the document: "
            + trailing).locatedAt(Failures.position(source(), p.currentTokenLocation())));
        return;
      }
    } catch (StreamConstraintsException e) {
      stop(fatal(ReadCodes.PROGRESS_JSON_LIMIT, e));
      return;
    } catch (JacksonIOException e) {
      stop(fatal(ReadCodes.IO, e));
      return;
    } catch (JacksonException e) {
      stop(fatal(ReadCodes.PROGRESS_JSON_SYNTAX, e));
      return;
    }
    SourcePosition document = Failures.position(source(), start);
    List<Issue> issues = new ArrayList<>(repeated);
    if (notAnObject != null) {
      issues.add(Issue.error(ReadCodes.PROGRESS_JSON_FIELD_TYPE, "the document must be an object, not "
          + notAnObject.type()).rejecting(notAnObject.toString()).locatedAt(document));
    } else {
      frame(properties, framed, document, issues);
    }
    if (issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR))) {
      String text = new String(input.bytes(start.getByteOffset(), end), StandardCharsets.UTF_8);
      rows.add(new Row.Rejected<>(document.inRecord(1), List.of(text), issues));
      return;
    }
    for (int i = 0; i < elements.size(); i++) {
      Element element = elements.get(i);
      SourcePosition at = Failures.position(source(), element.start()).inRecord(i + 1);
      List<Issue> found = new ArrayList<>(i == 0 ? issues : List.of());
      found.addAll(element.repeated().findings(ReadCodes.PROGRESS_JSON_FIELD_DUPLICATE, Severity.ERROR, source(),
          i + 1, at));
      Optional<ProgressRecord> record = ProgressJsonMapper.map(element.value(), element.path(), at, found);
      if (record.isPresent() && element.repeated().isEmpty()) {
        rows.add(new Row.Accepted<>(at, record.get(), found));
      } else {
        String text = new String(input.bytes(element.start().getByteOffset(), element.end()),
            StandardCharsets.UTF_8);
        rows.add(new Row.Rejected<>(at, List.of(text.isEmpty() ? element.value().toString() : text), found));
      }
    }
  }

  /** Reads the apprentice at the parser's current token; the repeats noted before it are the document's. */
  private Element element(DuplicateNameParser p, String path, List<Issue> repeated) {
    repeated.addAll(duplicates(p.takeDuplicates(), 0));
    TokenStreamLocation at = p.currentTokenLocation();
    JsonValue value = JsonValue.read(p);
    return new Element(path, at, p.currentLocation().getByteOffset(), value, p.takeDuplicates());
  }

  private List<Issue> duplicates(DuplicateNameParser.Duplicates repeated, long record) {
    return repeated.findings(ReadCodes.PROGRESS_JSON_FIELD_DUPLICATE, Severity.ERROR, source(), record,
        SourcePosition.of(source()));
  }

  /**
   * Checks the document's own properties: {@code properties} as read, {@code framed} the names read as apprentices.
   */
  private void frame(Map<String, JsonValue> properties, Set<String> framed, SourcePosition document,
      List<Issue> issues) {
    for (String name : properties.keySet()) {
      if (!DOCUMENT.contains(name)) {
        issues.add(Issue.warning(ReadCodes.PROGRESS_JSON_FIELD_UNKNOWN, "the format has no property '" + name
            + "' here").rejecting(name).at(name).locatedAt(document.atField(name)));
      }
    }
    JsonValue schema = properties.get("$schema");
    if (schema != null && !schema.isString()) {
      issues.add(typeError("$schema", "a string", schema, document));
    }
    JsonValue format = properties.get("format");
    if (format == null) {
      issues.add(Issue.warning(ReadCodes.PROGRESS_JSON_FORMAT_MISSING, "the document does not say its format, "
          + ProgressJson.FORMAT).at("format").locatedAt(document.atField("format")));
    } else if (!format.isString()) {
      issues.add(typeError("format", "a string", format, document));
    } else if (!format.stringValue().equals(ProgressJson.FORMAT)) {
      issues.add(Issue.error(ReadCodes.PROGRESS_JSON_FORMAT_UNKNOWN, "this reader reads format "
          + ProgressJson.FORMAT).rejecting(format.stringValue()).at("format").locatedAt(document.atField("format")));
    }
    boolean single = present(properties, framed, "apprentice", JsonValue::isObject, "an object", document, issues);
    boolean cohort = present(properties, framed, "apprentices", JsonValue::isArray, "an array", document, issues);
    if (single == cohort) {
      issues.add(Issue.error(ReadCodes.PROGRESS_JSON_DOCUMENT_SHAPE, single
          ? "the document has both 'apprentice' and 'apprentices'; it holds one or the other"
          : "the document needs 'apprentice' (one record) or 'apprentices' (a list)").locatedAt(document));
    }
  }

  /** Whether the document has {@code name}; a value of the wrong type, {@code null} included, is reported. */
  private static boolean present(Map<String, JsonValue> properties, Set<String> framed, String name,
      java.util.function.Predicate<JsonValue> fits, String expected, SourcePosition document, List<Issue> issues) {
    JsonValue value = properties.get(name);
    if (value != null && !fits.test(value)) {
      issues.add(typeError(name, expected, value, document));
    }
    return framed.contains(name) || value != null;
  }

  private static Issue typeError(String path, String expected, JsonValue node, SourcePosition document) {
    return Issue.error(ReadCodes.PROGRESS_JSON_FIELD_TYPE, path + " must be " + expected + ", not " + node.type())
        .rejecting(node.toString()).at(path).locatedAt(document.atField(path));
  }

  private Issue fatal(String code, JacksonException e) {
    return Failures.stopping(source(), code, e);
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

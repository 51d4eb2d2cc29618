package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Reads values out of a {@link JsonValue} tree by path, collecting a finding for every value that does not fit, in
 * the codes and wording of one format's {@link JsonDialect}. A path is written as the findings print it, in the
 * dialect's {@linkplain JsonDialect.PathStyle style} (see {@link #pathOf}); the document itself is the empty path. An
 * absent property and a JSON null are the same, no value, unless the dialect makes a null
 * {@linkplain JsonDialect#nullIsAValue() a value} (then of the wrong type).
 */
public final class JsonWalk {
  private final JsonDialect dialect;
  private final @Nullable SourcePosition source;
  private final List<Issue> issues = new ArrayList<>();

  private JsonWalk(JsonDialect dialect, @Nullable SourcePosition source) {
    this.dialect = dialect;
    this.source = source;
  }

  /** A walk of a document read from {@code source}, whose findings are located there at the field of their path. */
  public static JsonWalk of(String source, JsonDialect dialect) {
    return of(SourcePosition.of(source), dialect);
  }

  /**
   * A walk of a document at {@code position} (e.g. in a record of its source), whose findings are located there at
   * the field of their path.
   */
  public static JsonWalk of(SourcePosition position, JsonDialect dialect) {
    return new JsonWalk(dialect, position);
  }

  /** A walk whose findings have paths but no positions: the caller locates them in its input. */
  public static JsonWalk unlocated(JsonDialect dialect) {
    return new JsonWalk(dialect, null);
  }

  /** The findings so far, in the order they were made. */
  public List<Issue> issues() {
    return Collections.unmodifiableList(issues);
  }

  /** {@code value} if the walk found no error, else empty; either way its findings are added to {@code into}. */
  public <T> Optional<T> result(Optional<T> value, List<Issue> into) {
    into.addAll(issues);
    return hasErrors() ? Optional.empty() : value;
  }

  /**
   * Reports the property names {@code repeated} in one object of the document, each an error with {@code code} (in
   * the record of the walk's position, if it has one).
   *
   * @throws IllegalStateException if the walk is {@linkplain #unlocated unlocated}
   */
  public void reportRepeated(DuplicateNameParser.Duplicates repeated, String code) {
    if (source == null) {
      throw new IllegalStateException("an unlocated walk has no source to locate repeated names in");
    }
    issues.addAll(repeated.findings(code, Severity.ERROR, source.source(), source.record().orElse(0), source));
  }

  public boolean hasErrors() {
    return hasErrorsFrom(0);
  }

  /** Whether a finding from the {@code first} one on (in {@link #issues()}) is an error. */
  public boolean hasErrorsFrom(int first) {
    return issues.subList(first, issues.size()).stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
  }

  /** Reports {@code issue} about the value at {@code path}: located there, and at that path unless it names its own. */
  public void report(Issue issue, String path) {
    Issue located = source == null ? issue : issue.locatedAt(path.isEmpty() ? source : source.atField(path));
    issues.add(located.path().isEmpty() ? located.at(path) : located);
  }

  /** The document itself, which must be an object: anything else, {@code null} included, is a type error. */
  public @Nullable JsonValue document(JsonValue root) {
    if (!root.isObject()) {
      typeError("", "an object", root);
      return null;
    }
    return root;
  }

  /**
   * Warns about the properties of {@code object} not in {@code known}.
   *
   * @throws IllegalStateException if the dialect has no code for an unknown property
   */
  public void onlyKnown(JsonValue object, String path, Set<String> known) {
    String code = dialect.unknown();
    if (code == null) {
      throw new IllegalStateException("this format allows any property");
    }
    for (String name : object.properties().keySet()) {
      if (!known.contains(name)) {
        report(Issue.warning(code, JsonDialect.word(dialect.unknownWording(), name)).rejecting(name), pathOf(path,
            name));
      }
    }
  }

  /** {@code node} if it is an object; {@code null} if it is null or absent, or (a type error) something else. */
  public @Nullable JsonValue object(@Nullable JsonValue node, String path) {
    if (node == null || noValue(node)) {
      return null;
    }
    if (!node.isObject()) {
      typeError(path, "an object", node);
      return null;
    }
    return node;
  }

  /** An element of an array of objects: anything else, {@code null} included, is a type error. */
  public @Nullable JsonValue element(JsonValue element, String path) {
    if (!element.isObject()) {
      typeError(path, "an object", element);
      return null;
    }
    return element;
  }

  /**
   * An element of an array of objects, its unknown properties reported; {@code null} if it is null or not an object,
   * reported as the absence of its {@code required} property (and, if not null, as a type error).
   */
  public @Nullable JsonValue entry(@Nullable JsonValue element, String path, String required, Set<String> known) {
    JsonValue node = object(element, path);
    if (node == null) {
      missing(path, required);
      return null;
    }
    onlyKnown(node, path, known);
    return node;
  }

  /** The object property {@code name} of {@code parent}; {@code null}, with an error, if it is absent or no object. */
  public @Nullable JsonValue requiredObject(JsonValue parent, String path, String name) {
    JsonValue node = object(parent.get(name), pathOf(path, name));
    if (node == null && noValue(parent.get(name))) {
      missing(path, name);
    }
    return node;
  }

  /** The elements of the array property {@code name}; empty if it is absent or (a type error) not an array. */
  public List<JsonValue> array(JsonValue parent, String path, String name) {
    return givenArray(parent, path, name).orElse(List.of());
  }

  /**
   * The elements of the array property {@code name}, even none, if it is given; empty if it is absent or (a type
   * error) not an array.
   */
  public Optional<List<JsonValue>> givenArray(JsonValue parent, String path, String name) {
    JsonValue node = value(parent, path, name, JsonValue::isArray, "an array");
    return node == null ? Optional.empty() : Optional.of(node.elements());
  }

  /** The text of the property {@code name}; empty if it is absent or (a type error) not a string. */
  public Optional<String> text(JsonValue parent, String path, String name) {
    JsonValue node = value(parent, path, name, JsonValue::isString, "a string");
    return node == null ? Optional.empty() : Optional.of(node.stringValue());
  }

  /** As {@link #text}, with an error if the property is absent. */
  public Optional<String> requiredText(JsonValue parent, String path, String name) {
    Optional<String> text = text(parent, path, name);
    if (text.isEmpty() && noValue(parent.get(name))) {
      missing(path, name);
    }
    return text;
  }

  /** The text of the required property {@code name} made a value by {@code factory}; see {@link #parse}. */
  public <T> Optional<T> required(JsonValue parent, String path, String name, Function<String, T> factory) {
    return requiredText(parent, path, name).flatMap(t -> parse(t, pathOf(path, name), factory));
  }

  /** The strings of the array property {@code name}; the elements that are not strings are reported and left out. */
  public List<String> texts(JsonValue parent, String path, String name) {
    List<JsonValue> elements = array(parent, path, name);
    List<String> texts = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      JsonValue element = elements.get(i);
      if (element.isString()) {
        texts.add(element.stringValue());
      } else {
        typeError(pathOf(path, name, i), "a string", element);
      }
    }
    return texts;
  }

  /** The whole number {@code name} in the range of {@code long}; empty if absent or (a type error) anything else. */
  public OptionalLong whole(JsonValue parent, String path, String name) {
    JsonValue node = value(parent, path, name, n -> n.isIntegralNumber() && n.canConvertToLong(), "a whole number");
    return node == null ? OptionalLong.empty() : OptionalLong.of(node.longValue());
  }

  /**
   * The whole number {@code name} in the range of {@code int}; empty if it is absent, not a whole number (a type
   * error) or out of that range (reported as the dialect says).
   */
  public OptionalInt integer(JsonValue parent, String path, String name) {
    JsonValue node = value(parent, path, name,
        n -> n.isIntegralNumber() && (n.canConvertToLong() || dialect.bigIntegersOutOfRange()), "a whole number");
    if (node == null) {
      return OptionalInt.empty();
    }
    String at = pathOf(path, name);
    if (!node.canConvertToInt()) {
      report(Issue.error(dialect.range(), JsonDialect.word(dialect.rangeWording(), at)).rejecting(node.toString()),
          at);
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) node.longValue());
  }

  /** As {@link #integer}, with an error if the property is absent. */
  public OptionalInt requiredInteger(JsonValue parent, String path, String name) {
    OptionalInt value = integer(parent, path, name);
    if (value.isEmpty() && noValue(parent.get(name))) {
      missing(path, name);
    }
    return value;
  }

  /** The boolean {@code name}; empty if it is absent or (a type error) not {@code true} or {@code false}. */
  public Optional<Boolean> bool(JsonValue parent, String path, String name) {
    JsonValue node = value(parent, path, name, JsonValue::isBoolean, "true or false");
    return node == null ? Optional.empty() : Optional.of(node.booleanValue());
  }

  /** The date of the text property {@code name}, written yyyy-mm-dd; see {@link #date(String, String)}. */
  public Optional<LocalDate> date(JsonValue parent, String path, String name) {
    return text(parent, path, name).flatMap(text -> date(text, pathOf(path, name)));
  }

  /** As {@link #date(JsonValue, String, String)}, with an error if the property is absent. */
  public Optional<LocalDate> requiredDate(JsonValue parent, String path, String name) {
    Optional<LocalDate> date = date(parent, path, name);
    if (date.isEmpty() && noValue(parent.get(name))) {
      missing(path, name);
    }
    return date;
  }

  /** The date {@code text}, written yyyy-mm-dd; empty, with an error, if it is not one. */
  public Optional<LocalDate> date(String text, String path) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      report(Issue.error(dialect.date(), JsonDialect.word(dialect.dateWording(), path)).rejecting(text), path);
      return Optional.empty();
    }
  }

  /** {@code factory} applied to {@code value}, or empty with the finding of its {@link InvalidValueException}. */
  public <V, T> Optional<T> parse(V value, String path, Function<V, T> factory) {
    try {
      return Optional.of(factory.apply(value));
    } catch (InvalidValueException e) {
      report(e.issue(), path);
      return Optional.empty();
    }
  }

  /** Reports the required property {@code name} of the value at {@code path} as missing. */
  public void missing(String path, String name) {
    report(Issue.error(dialect.missing(), "required property '" + name + "' is missing"), pathOf(path, name));
  }

  /** Reports the value {@code node} at {@code path} as not of the {@code expected} type, e.g. {@code an object}. */
  public void typeError(String path, String expected, JsonValue node) {
    report(Issue.error(dialect.type(), dialect.subject(path) + " must be " + expected + ", not "
        + dialect.typeName(node)).rejecting(node.toString()), path);
  }

  /**
   * The property {@code name} of {@code parent} if it is of the {@code expected} kind; {@code null} if it is absent,
   * or (a type error) of another kind.
   */
  private @Nullable JsonValue value(JsonValue parent, String path, String name, Predicate<JsonValue> kind,
      String expected) {
    JsonValue node = parent.get(name);
    if (node == null || noValue(node)) {
      return null;
    }
    if (!kind.test(node)) {
      typeError(pathOf(path, name), expected, node);
      return null;
    }
    return node;
  }

  /** Whether {@code node} (a property's value, {@code null} if absent) is no value in the dialect. */
  private boolean noValue(@Nullable JsonValue node) {
    return node == null || (node.isNull() && !dialect.nullIsAValue());
  }

  /** Whether {@code parent} has no property {@code name}, or has it as JSON null: both are no value. */
  public static boolean absent(JsonValue parent, String name) {
    JsonValue node = parent.get(name);
    return node == null || node.isNull();
  }

  /** The path of the property {@code name} of the value at {@code path}, in the dialect's style. */
  public String pathOf(String path, String name) {
    return dialect.paths().property(path, name);
  }

  /** The path of element {@code i} of the array property {@code name} of the value at {@code path}, likewise. */
  public String pathOf(String path, String name, int i) {
    return dialect.paths().element(pathOf(path, name), i);
  }

  /**
   * The {@linkplain JsonDialect.PathStyle#DOTTED dotted} path of the property {@code name} of the value at
   * {@code path}, whatever the dialect.
   */
  public static String join(String path, String name) {
    return JsonDialect.PathStyle.DOTTED.property(path, name);
  }

  /** The dotted path of element {@code i} of the array property {@code name} of the value at {@code path}. */
  public static String index(String path, String name, int i) {
    return JsonDialect.PathStyle.DOTTED.element(join(path, name), i);
  }
}

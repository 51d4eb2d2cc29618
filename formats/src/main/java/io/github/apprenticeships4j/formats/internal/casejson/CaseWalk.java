package io.github.apprenticeships4j.formats.internal.casejson;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads values out of the JSON tree of a CASE package by path, collecting a located finding for each misfit. */
final class CaseWalk {
  private final String source;
  private final List<Issue> issues = new ArrayList<>();

  CaseWalk(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  List<Issue> issues() {
    return issues;
  }

  boolean hasErrors() {
    return issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
  }

  /** Reports {@code issue} about the value at {@code path}. */
  void report(Issue issue, String path) {
    SourcePosition at = SourcePosition.of(source);
    Issue located = issue.locatedAt(path.isEmpty() ? at : at.atField(path));
    issues.add(located.path().isEmpty() ? located.at(path) : located);
  }

  /** {@code node} if it is an object; a type error if it is something else, {@code null} if null or absent. */
  @Nullable
  JsonValue object(@Nullable JsonValue node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      typeError(path, "an object", node);
      return null;
    }
    return node;
  }

  /** The required object property {@code name} of {@code parent}. */
  @Nullable
  JsonValue requiredObject(JsonValue parent, String path, String name) {
    JsonValue value = parent.get(name);
    JsonValue node = object(value, join(path, name));
    if (value == null || value.isNull()) {
      missing(path, name);
    }
    return node;
  }

  /** The elements of the array property {@code name}; empty if absent or not an array (reported). */
  List<JsonValue> array(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      typeError(join(path, name), "an array", node);
      return List.of();
    }
    return node.elements();
  }

  Optional<String> text(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isString()) {
      typeError(join(path, name), "a string", node);
      return Optional.empty();
    }
    return Optional.of(node.stringValue());
  }

  /** The text of {@code name}; empty text, with an error, if it is absent. */
  String requiredText(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      missing(path, name);
      return "";
    }
    return text(parent, path, name).orElse("");
  }

  /** The strings of the array {@code name}; those that are not strings are reported and left out. */
  List<String> texts(JsonValue parent, String path, String name) {
    List<JsonValue> elements = array(parent, path, name);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      JsonValue element = elements.get(i);
      if (element.isString()) {
        texts.add(element.stringValue());
      } else {
        typeError(index(path, name, i), "a string", element);
      }
    }
    return texts;
  }

  OptionalLong whole(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return OptionalLong.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      typeError(join(path, name), "a whole number", node);
      return OptionalLong.empty();
    }
    return OptionalLong.of(node.longValue());
  }

  /** A whole number in the range of {@code int}. */
  Optional<Integer> integer(JsonValue parent, String path, String name) {
    OptionalLong value = whole(parent, path, name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.getAsLong() < Integer.MIN_VALUE || value.getAsLong() > Integer.MAX_VALUE) {
      report(Issue.error(ReadCodes.CASE_JSON_FIELD_TYPE, join(path, name) + " is too large").rejecting(Long
          .toString(value.getAsLong())), join(path, name));
      return Optional.empty();
    }
    return Optional.of((int) value.getAsLong());
  }

  /** A whole number of {@code int} range; 0, with an error, if it is absent. */
  int requiredInteger(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      missing(path, name);
      return 0;
    }
    return integer(parent, path, name).orElse(0);
  }

  Optional<Boolean> bool(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      typeError(join(path, name), "true or false", node);
      return Optional.empty();
    }
    return Optional.of(node.booleanValue());
  }

  /** The date of the text property {@code name}, written yyyy-mm-dd. */
  Optional<LocalDate> date(JsonValue parent, String path, String name) {
    return text(parent, path, name).flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        report(Issue.error(ReadCodes.CASE_JSON_DATE_FORMAT, join(path, name) + " must be a date, yyyy-mm-dd")
            .rejecting(text), join(path, name));
        return Optional.empty();
      }
    });
  }

  /** {@code factory} applied to the text, or empty with the factory's finding reported. */
  <T> Optional<T> parse(String text, String path, Function<String, T> factory) {
    try {
      return Optional.of(factory.apply(text));
    } catch (InvalidValueException e) {
      report(e.issue(), path);
      return Optional.empty();
    }
  }

  void missing(String path, String name) {
    report(Issue.error(ReadCodes.CASE_JSON_FIELD_MISSING, "required property '" + name + "' is missing"),
        join(path, name));
  }

  void typeError(String path, String expected, JsonValue node) {
    report(Issue.error(ReadCodes.CASE_JSON_FIELD_TYPE, path + " must be " + expected + ", not " + node.type())
        .rejecting(node.toString()), path);
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String index(String path, String name, int i) {
    return join(path, name) + "[" + i + "]";
  }
}

package io.github.apprenticeships4j.formats.internal.career;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads values out of a JSON tree by path, collecting a located finding for every value that does not fit, with the
 * codes of its format (the career JSON's, or the crosswalk JSON's).
 */
final class JsonWalk {
  private final String source;
  private final String missingCode;
  private final String typeCode;
  private final String unknownCode;
  private final List<Issue> issues = new ArrayList<>();

  /** A walk of a career JSON document, reporting the {@code career-json.field.*} codes. */
  JsonWalk(String source) {
    this(source, ReadCodes.CAREER_JSON_FIELD_MISSING, ReadCodes.CAREER_JSON_FIELD_TYPE,
        ReadCodes.CAREER_JSON_FIELD_UNKNOWN);
  }

  /** A walk that reports a missing property, a wrong type and an unknown property with these codes. */
  JsonWalk(String source, String missingCode, String typeCode, String unknownCode) {
    this.source = source;
    this.missingCode = missingCode;
    this.typeCode = typeCode;
    this.unknownCode = unknownCode;
  }

  List<Issue> issues() {
    return issues;
  }

  boolean hasErrors() {
    return issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
  }

  void report(Issue issue, String path) {
    report(issue, path, SourcePosition.of(source));
  }

  /** Reports {@code issue} about the value at {@code path}, found at {@code at} (a line and column, if known). */
  void report(Issue issue, String path, SourcePosition at) {
    Issue located = issue.locatedAt(path.isEmpty() ? at : at.atField(path));
    issues.add(located.path().isEmpty() ? located.at(path) : located);
  }

  /** Warns about properties of {@code object} not in {@code known}. */
  void onlyKnown(JsonValue object, String path, Set<String> known) {
    for (String name : object.properties().keySet()) {
      if (!known.contains(name)) {
        report(Issue.warning(unknownCode, "the format has no property '" + name + "' here")
            .rejecting(name), join(path, name));
      }
    }
  }

  /**
   * The element of a list at {@code path} as an object, its unknown properties reported; {@code null} if it is null
   * or not an object, reported as the absence of its {@code required} property (or as a type error).
   */
  @Nullable
  JsonValue entry(@Nullable JsonValue element, String path, String required, Set<String> known) {
    JsonValue node = object(element, path);
    if (node == null) {
      missing(path, required);
      return null;
    }
    onlyKnown(node, path, known);
    return node;
  }

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

  /** The document itself, which must be an object: anything else, {@code null} included, is an error. */
  @Nullable
  JsonValue document(JsonValue root) {
    if (!root.isObject()) {
      report(Issue.error(typeCode, "the document must be an object, not " + root.type())
          .rejecting(root.toString()), "");
      return null;
    }
    return root;
  }

  /** The required object property {@code name} of {@code parent}. */
  @Nullable
  JsonValue requiredObject(JsonValue parent, String path, String name) {
    JsonValue node = object(parent.get(name), join(path, name));
    if (node == null && !hasValue(parent, name)) {
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

  String requiredText(JsonValue parent, String path, String name) {
    Optional<String> text = text(parent, path, name);
    if (text.isEmpty() && !hasValue(parent, name)) {
      missing(path, name);
    }
    return text.orElse("");
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
    report(Issue.error(missingCode, "required property '" + name + "' is missing"), join(path,
        name));
  }

  private void typeError(String path, String expected, JsonValue node) {
    report(Issue.error(typeCode, path + " must be " + expected + ", not " + node.type())
        .rejecting(node.toString()), path);
  }

  private static boolean hasValue(JsonValue parent, String name) {
    JsonValue node = parent.get(name);
    return node != null && !node.isNull();
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String index(String path, String name, int i) {
    return join(path, name) + "[" + i + "]";
  }
}

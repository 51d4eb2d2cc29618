package io.github.apprenticeships4j.jackson;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A finding as {@code {"severity": "error", "code": "...", "message": "...", "path": "...", "subject": "...",
 * "rejectedValue": "...", "position": {"source": "...", "line": 3, "column": 7, "record": 2, "field": "..."}}}, with
 * absent values and an empty path left out. A position is read back with its line only when it has its column too,
 * as every position the library makes does; a rejected value is read through {@link Issue#rejecting}, which cuts it
 * to 64 characters, so one the model has already cut is cut again.
 */
final class IssueSerializers {
  private IssueSerializers() {}

  static final class IssueWriter extends StdSerializer<Issue> {
    IssueWriter() {
      super(Issue.class);
    }

    @Override
    public void serialize(Issue issue, JsonGenerator json, SerializationContext context) {
      json.writeStartObject();
      json.writeStringProperty("severity", issue.severity().name().toLowerCase(Locale.ROOT));
      json.writeStringProperty("code", issue.code());
      json.writeStringProperty("message", issue.message());
      if (!issue.path().isEmpty()) {
        json.writeStringProperty("path", issue.path());
      }
      issue.subject().ifPresent(s -> json.writeStringProperty("subject", s));
      issue.rejectedValue().ifPresent(v -> json.writeStringProperty("rejectedValue", v));
      issue.position().ifPresent(p -> {
        json.writeObjectPropertyStart("position");
        json.writeStringProperty("source", p.source());
        p.line().ifPresent(l -> json.writeNumberProperty("line", l));
        p.column().ifPresent(c -> json.writeNumberProperty("column", c));
        p.record().ifPresent(r -> json.writeNumberProperty("record", r));
        p.field().ifPresent(f -> json.writeStringProperty("field", f));
        json.writeEndObject();
      });
      json.writeEndObject();
    }
  }

  static final class IssueReader extends StdDeserializer<Issue> {
    IssueReader() {
      super(Issue.class);
    }

    @Override
    public Issue deserialize(JsonParser p, DeserializationContext context) {
      JsonNode node = context.readTree(p);
      if (!node.isObject()) {
        return context.reportInputMismatch(Issue.class, "a finding is a JSON object, found %s", node.getNodeType());
      }
      String severityName = required(node, "severity", context);
      Severity severity = Arrays.stream(Severity.values())
          .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(severityName)).findFirst()
          .orElseGet(() -> context.reportInputMismatch(Issue.class, "unknown severity %s", severityName));
      Issue issue = Issue.of(severity, required(node, "code", context), required(node, "message", context));
      Optional<String> path = text(node, "path");
      if (path.isPresent()) {
        issue = issue.at(path.get());
      }
      Optional<String> subject = text(node, "subject");
      if (subject.isPresent()) {
        issue = issue.about(subject.get());
      }
      Optional<String> rejected = text(node, "rejectedValue");
      if (rejected.isPresent()) {
        issue = issue.rejecting(rejected.get());
      }
      JsonNode position = node.get("position");
      if (position != null && position.isObject()) {
        issue = issue.locatedAt(position(position, context));
      }
      return issue;
    }

    private static SourcePosition position(JsonNode node, DeserializationContext context) {
      String source = required(node, "source", context);
      JsonNode line = node.get("line");
      JsonNode column = node.get("column");
      SourcePosition position = line != null && column != null && line.canConvertToLong() && column
          .canConvertToLong() ? SourcePosition.at(source, line.asLong(), column.asLong()) : SourcePosition.of(source);
      JsonNode record = node.get("record");
      if (record != null && record.canConvertToLong()) {
        position = position.inRecord(record.asLong());
      }
      Optional<String> field = text(node, "field");
      return field.isPresent() ? position.atField(field.get()) : position;
    }

    private static String required(JsonNode node, String name, DeserializationContext context) {
      return text(node, name).orElseGet(() -> context.reportInputMismatch(Issue.class,
          "a finding needs the string property %s", name));
    }

    private static Optional<String> text(JsonNode node, String name) {
      @Nullable JsonNode value = node.get(name);
      return value != null && value.isString() ? Optional.of(value.asString()) : Optional.empty();
    }
  }
}

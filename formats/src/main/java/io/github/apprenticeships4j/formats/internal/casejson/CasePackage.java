package io.github.apprenticeships4j.formats.internal.casejson;

import io.github.apprenticeships4j.formats.internal.json.IndentedJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * A CASE 1.1 package being written: its {@code CFDocument}, {@code CFItems} and {@code CFAssociations} as ordered maps
 * of JSON values (strings, booleans, whole numbers, lists and maps), every object stamped with one
 * {@code lastChangeDateTime}; written by Jackson's streaming generator, indented.
 */
final class CasePackage {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final String name;
  private final String lastChange;
  private final Map<String, Object> document = new LinkedHashMap<>();
  private final List<Map<String, Object>> items = new ArrayList<>();
  private final List<Map<String, Object>> associations = new ArrayList<>();
  private final Set<String> identifiers = new HashSet<>();

  /**
   * A package named {@code name} (the start of the names its identifiers are derived from), with a document titled
   * {@code title} by {@code creator}.
   */
  CasePackage(String name, String title, String creator, String lastChange) {
    this.name = name;
    this.lastChange = lastChange;
    String identifier = identifier("", null);
    document.put("identifier", identifier);
    document.put("uri", CaseIds.uri(identifier));
    document.put("creator", creator);
    document.put("title", title);
    document.put("lastChangeDateTime", lastChange);
  }

  /** The document, to which optional properties are added in the order they are to be written. */
  Map<String, Object> document() {
    return document;
  }

  /**
   * A new identifier: {@code sourceId} when it is a canonical UUID not yet used, otherwise one derived from the
   * package's name and {@code local}, made unique.
   */
  String identifier(String local, @Nullable String sourceId) {
    if (sourceId != null && CaseIds.isCanonical(sourceId) && identifiers.add(sourceId)) {
      return sourceId;
    }
    String base = local.isEmpty() ? name : name + "/" + local;
    String derived = CaseIds.derived(base);
    for (int n = 2; !identifiers.add(derived); n++) {
      derived = CaseIds.derived(base + "#" + n);
    }
    return derived;
  }

  /**
   * Adds an item of {@code type} with identifier {@code identifier}; optional properties are added to the map
   * returned, before its {@code extensions}.
   */
  Map<String, Object> item(String identifier, String type, String fullStatement) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("identifier", identifier);
    item.put("uri", CaseIds.uri(identifier));
    item.put("fullStatement", fullStatement);
    item.put("CFItemType", type);
    item.put("lastChangeDateTime", lastChange);
    items.add(item);
    return item;
  }

  /** A link to the document, for the destination of an association. */
  Map<String, Object> documentLink() {
    return link(text(document, "identifier"), text(document, "title"));
  }

  /** A link to {@code item}, titled by its code or, if it has none, its statement. */
  static Map<String, Object> link(Map<String, Object> item) {
    return link(text(item, "identifier"), item.containsKey("humanCodingScheme") ? text(item, "humanCodingScheme")
        : text(item, "fullStatement"));
  }

  /** The text property {@code name} of {@code node}, which has it. */
  private static String text(Map<String, Object> node, String name) {
    return (String) Objects.requireNonNull(node.get(name), name);
  }

  /** A link to the node {@code identifier}, titled {@code title}. */
  static Map<String, Object> link(String identifier, String title) {
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("title", title);
    link.put("identifier", identifier);
    link.put("uri", CaseIds.uri(identifier));
    return link;
  }

  /**
   * Adds an association of {@code type} from {@code origin} to {@code destination} (links), at 1-based position
   * {@code sequence}; optional properties are added to the map returned.
   */
  Map<String, Object> associate(String type, Map<String, Object> origin, Map<String, Object> destination,
      int sequence) {
    String identifier = identifier("association/" + origin.get("identifier") + "/" + type + "/"
        + destination.get("identifier") + "/" + sequence, null);
    Map<String, Object> association = new LinkedHashMap<>();
    association.put("identifier", identifier);
    association.put("associationType", type);
    association.put("sequenceNumber", sequence);
    association.put("uri", CaseIds.uri(identifier));
    association.put("originNodeURI", origin);
    association.put("destinationNodeURI", destination);
    association.put("lastChangeDateTime", lastChange);
    associations.add(association);
    return association;
  }

  /** Writes the package to {@code output}, indented, in UTF-8, and closes it. */
  void write(OutputStream output) {
    try {
      try (JsonGenerator json = FACTORY.createGenerator(IndentedJson.CONTEXT, output, JsonEncoding.UTF8)) {
        value(root(), json);
      }
      output.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The package as text, ending with a line break. */
  String toJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(IndentedJson.CONTEXT, out)) {
      value(root(), json);
    }
    return out + "\n";
  }

  private Map<String, Object> root() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("CFDocument", document);
    root.put("CFItems", items);
    root.put("CFAssociations", associations);
    return root;
  }

  private static void value(@Nullable Object value, JsonGenerator json) {
    if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof Long number) {
      json.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      json.writeNumber(number);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      list.forEach(element -> value(element, json));
      json.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      map.forEach((key, element) -> {
        json.writeName((String) key);
        value(element, json);
      });
      json.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }
}

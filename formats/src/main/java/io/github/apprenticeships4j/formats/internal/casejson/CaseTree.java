package io.github.apprenticeships4j.formats.internal.casejson;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.JsonDialect;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.internal.json.JsonWalk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a CASE package that the mappers read: its document, its items by identifier in the package's order,
 * and its associations, each with its JSON path. Items without an identifier or a repeated identifier, and
 * associations without their type or ends, are reported and left out.
 */
final class CaseTree {
  /** The codes and wording of the CASE readers' findings. */
  static final JsonDialect DIALECT = JsonDialect.of(ReadCodes.CASE_JSON_FIELD_MISSING, ReadCodes.CASE_JSON_FIELD_TYPE)
      .withRange(ReadCodes.CASE_JSON_FIELD_TYPE, "%s is too large", false)
      .withDate(ReadCodes.CASE_JSON_DATE_FORMAT, "%s must be a date, yyyy-mm-dd");

  /** An item of the package, with its {@code CFItemType} (empty if it has none). */
  record Item(String identifier, String type, JsonValue node, String path) {}

  /** An association of the package; {@code sequence} is the largest int when it has no sequence number. */
  record Association(String type, String origin, String destination, String destinationTitle, int sequence,
      JsonValue node, String path) {}

  private final JsonValue document;
  private final Map<String, Item> items;
  private final List<Association> associations;

  private CaseTree(JsonValue document, Map<String, Item> items, List<Association> associations) {
    this.document = document;
    this.items = items;
    this.associations = associations;
  }

  /** The tree of the package {@code root}, or empty if it is not an object or has no document (reported). */
  static Optional<CaseTree> of(JsonValue root, JsonWalk walk) {
    if (!root.isObject()) {
      walk.typeError("", "an object (a CFPackage)", root);
      return Optional.empty();
    }
    JsonValue document = walk.requiredObject(root, "", "CFDocument");
    if (document == null) {
      return Optional.empty();
    }
    walk.text(document, "CFDocument", "caseVersion").filter(v -> !v.equals(CaseVocabulary.CASE_VERSION))
        .ifPresent(v -> walk.report(Issue.warning(ReadCodes.CASE_JSON_VERSION_UNSUPPORTED,
            "this reader reads CASE " + CaseVocabulary.CASE_VERSION).rejecting(v), JsonWalk.join("CFDocument",
                "caseVersion")));
    Map<String, Item> items = new LinkedHashMap<>();
    List<JsonValue> itemNodes = walk.array(root, "", "CFItems");
    for (int i = 0; i < itemNodes.size(); i++) {
      String path = JsonWalk.index("", "CFItems", i);
      JsonValue node = walk.element(itemNodes.get(i), path);
      if (node == null) {
        continue;
      }
      String identifier = walk.requiredText(node, path, "identifier").orElse("");
      if (identifier.isEmpty()) {
        continue;
      }
      String type = walk.text(node, path, "CFItemType").orElse("");
      if (items.containsKey(identifier)) {
        walk.report(Issue.error(ReadCodes.CASE_JSON_IDENTIFIER_DUPLICATE, "another item has identifier "
            + identifier + ", at " + items.get(identifier).path()).rejecting(identifier), JsonWalk.join(path,
                "identifier"));
        continue;
      }
      items.put(identifier, new Item(identifier, type, node, path));
    }
    List<Association> associations = new ArrayList<>();
    List<JsonValue> associationNodes = walk.array(root, "", "CFAssociations");
    for (int i = 0; i < associationNodes.size(); i++) {
      String path = JsonWalk.index("", "CFAssociations", i);
      JsonValue node = walk.element(associationNodes.get(i), path);
      if (node == null) {
        continue;
      }
      String type = walk.requiredText(node, path, "associationType").orElse("");
      JsonValue origin = walk.requiredObject(node, path, "originNodeURI");
      JsonValue destination = walk.requiredObject(node, path, "destinationNodeURI");
      int sequence = walk.integer(node, path, "sequenceNumber").orElse(Integer.MAX_VALUE);
      if (type.isEmpty() || origin == null || destination == null) {
        continue;
      }
      String originId = walk.requiredText(origin, JsonWalk.join(path, "originNodeURI"), "identifier").orElse("");
      String destinationPath = JsonWalk.join(path, "destinationNodeURI");
      String destinationId = walk.requiredText(destination, destinationPath, "identifier").orElse("");
      String title = walk.text(destination, destinationPath, "title").orElse(destinationId);
      associations.add(new Association(type, originId, destinationId, title, sequence, node, path));
    }
    return Optional.of(new CaseTree(document, items, associations));
  }

  JsonValue document() {
    return document;
  }

  /** The items of {@code type}, in the package's order. */
  List<Item> items(String type) {
    return items.values().stream().filter(i -> i.type().equals(type)).collect(Collectors.toUnmodifiableList());
  }

  /** Every item, in the package's order. */
  List<Item> items() {
    return List.copyOf(items.values());
  }

  @Nullable
  Item item(String identifier) {
    return items.get(identifier);
  }

  /** The associations of {@code type} from {@code origin}, by sequence number, then in the package's order. */
  List<Association> from(Item origin, String type) {
    return associations.stream().filter(a -> a.type().equals(type) && a.origin().equals(origin.identifier()))
        .sorted(Comparator.comparingInt(Association::sequence)).collect(Collectors.toUnmodifiableList());
  }

  /** The item that {@code child} {@code isChildOf}, if it is an item of {@code type}. */
  Optional<Item> parent(Item child, String type) {
    return from(child, CaseVocabulary.IS_CHILD_OF).stream().map(a -> items.get(a.destination()))
        .filter(p -> p != null && p.type().equals(type)).findFirst();
  }
}

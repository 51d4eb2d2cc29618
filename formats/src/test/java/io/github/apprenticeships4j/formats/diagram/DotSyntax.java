package io.github.apprenticeships4j.formats.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validating parser of the subset of Graphviz DOT that {@link Diagrams} writes, by the DOT language's rules
 * (graphviz.org/doc/info/lang.html, and the label escapes of escString and HTML entities):
 *
 * <ul>
 *   <li>{@code digraph ID { statements }} and nothing after it; a statement is an attribute {@code ID=value;}, a
 *       default list {@code graph|node|edge [..];}, a node {@code ID [..];} or an edge {@code ID -> ID [..];}; an
 *       attribute list is {@code [name=value, ...]}, a value an id, a number or a quoted string; brackets and braces
 *       balance because the grammar nests them;</li>
 *   <li>node ids are unquoted DOT ids (letters, digits, underscores, not starting with a digit), no keyword
 *       ({@code node}, {@code edge}, {@code graph}, {@code digraph}, {@code subgraph}, {@code strict}, any case),
 *       declared once, and every edge's ends declared before;</li>
 *   <li>a quoted string has a backslash only before {@code \} or {@code "} (so no escString such as {@code \N} or
 *       {@code \n} is read from a name, and no quote ends it early), {@code &} only as {@code &amp;} or
 *       {@code &#N;} of a valid code point (which Graphviz decodes), no control or format character or line
 *       separator, and no lone surrogate. The labels are returned decoded.</li>
 * </ul>
 */
final class DotSyntax {
  private static final Set<String> KEYWORDS = Set.of("node", "edge", "graph", "digraph", "subgraph", "strict");
  private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");
  private static final Pattern ENTITY = Pattern.compile("&(amp|#(\\d{1,7}));");

  private final String text;
  private int at;
  private final Map<String, String> nodes = new LinkedHashMap<>();
  private final List<ParsedDiagram.Edge> edges = new ArrayList<>();
  private final Set<String> emphasised = new LinkedHashSet<>();

  private DotSyntax(String text) {
    this.text = text;
  }

  /**
   * The diagram written in {@code text}.
   *
   * @throws ParsedDiagram.Malformed saying what rule {@code text} breaks
   */
  static ParsedDiagram parse(String text) {
    DotSyntax parser = new DotSyntax(text);
    parser.graph();
    return new ParsedDiagram(parser.nodes, parser.edges, parser.emphasised);
  }

  private void graph() {
    keyword("digraph");
    id();
    punct("{");
    while (!peek("}")) {
      statement();
    }
    punct("}");
    skipBlanks();
    if (at != text.length()) {
      throw fail("text after the graph");
    }
  }

  private void statement() {
    String first = id();
    String lower = first.toLowerCase(Locale.ROOT);
    if (lower.equals("graph") || lower.equals("node") || lower.equals("edge")) {
      attributes();
    } else if (KEYWORDS.contains(lower)) {
      throw fail("a statement starts with the keyword " + first);
    } else if (peek("=")) {
      punct("=");
      value();
    } else if (peek("->")) {
      punct("->");
      String to = id();
      declared(first);
      declared(to);
      Map<String, String> attributes = peek("[") ? attributes() : Map.of();
      edges.add(new ParsedDiagram.Edge(first, to, attributes.getOrDefault("label", "")));
    } else {
      Map<String, String> attributes = attributes();
      if (nodes.putIfAbsent(first, attributes.getOrDefault("label", first)) != null) {
        throw fail("node " + first + " is declared twice");
      }
      if (attributes.getOrDefault("style", "").contains("bold")) {
        emphasised.add(first);
      }
    }
    punct(";");
  }

  private void declared(String id) {
    if (KEYWORDS.contains(id.toLowerCase(Locale.ROOT))) {
      throw fail("a node id is a keyword: " + id);
    }
    if (!nodes.containsKey(id)) {
      throw fail("an edge's end is not declared: " + id);
    }
  }

  private Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    punct("[");
    while (!peek("]")) {
      if (!attributes.isEmpty()) {
        punct(",");
      }
      String name = id();
      punct("=");
      if (attributes.put(name, value()) != null) {
        throw fail("attribute " + name + " given twice");
      }
    }
    punct("]");
    return attributes;
  }

  private String value() {
    skipBlanks();
    if (peek("\"")) {
      return string();
    }
    Matcher number = NUMBER.matcher(text).region(at, text.length());
    if (number.lookingAt()) {
      at = number.end();
      return number.group();
    }
    return id();
  }

  private String string() {
    punct("\"");
    StringBuilder decoded = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw fail("a string is not closed");
      }
      int codePoint = text.codePointAt(at);
      if (codePoint == '"') {
        at++;
        return decoded.toString();
      }
      if (Character.isSurrogate(text.charAt(at)) && Character.charCount(codePoint) == 1) {
        throw fail("a lone surrogate in a string");
      }
      if (codePoint == '\\') {
        if (at + 1 >= text.length() || (text.charAt(at + 1) != '\\' && text.charAt(at + 1) != '"')) {
          throw fail("a backslash that escapes neither a backslash nor a quote");
        }
        decoded.append(text.charAt(at + 1));
        at += 2;
        continue;
      }
      if (codePoint == '&') {
        Matcher entity = ENTITY.matcher(text).region(at, text.length());
        if (!entity.lookingAt()
            || (entity.group(2) != null && !Character.isValidCodePoint(Integer.parseInt(entity.group(2))))) {
          throw fail("an & that does not start an entity");
        }
        decoded.appendCodePoint(entity.group(2) == null ? '&' : Integer.parseInt(entity.group(2)));
        at = entity.end();
        continue;
      }
      if (ParsedDiagram.isInvisible(codePoint)) {
        throw fail("a raw U+" + Integer.toHexString(codePoint) + " in a string");
      }
      decoded.appendCodePoint(codePoint);
      at += Character.charCount(codePoint);
    }
  }

  private String id() {
    skipBlanks();
    Matcher id = ID.matcher(text).region(at, text.length());
    if (!id.lookingAt()) {
      throw fail("an id is expected");
    }
    at = id.end();
    return id.group();
  }

  private void keyword(String keyword) {
    if (!id().equals(keyword)) {
      throw fail("'" + keyword + "' is expected");
    }
  }

  private boolean peek(String token) {
    skipBlanks();
    return text.startsWith(token, at);
  }

  private void punct(String token) {
    if (!peek(token)) {
      throw fail("'" + token + "' is expected");
    }
    at += token.length();
  }

  private void skipBlanks() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\n')) {
      at++;
    }
  }

  private ParsedDiagram.Malformed fail(String why) {
    int start = Math.max(0, at - 40);
    return new ParsedDiagram.Malformed(why + " at offset " + at + ": ..." + text.substring(start,
        Math.min(text.length(), at + 40)));
  }
}

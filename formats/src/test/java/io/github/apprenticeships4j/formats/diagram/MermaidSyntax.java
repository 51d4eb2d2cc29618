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
 * A validating parser of the subset of Mermaid's {@code flowchart} that {@link Diagrams} writes, by Mermaid's rules
 * (flow grammar and entity codes, mermaid-js {@code flow.jison} and {@code encodeEntities}):
 *
 * <ul>
 *   <li>the header {@code flowchart LR}, then one statement per line, indented by two spaces, the text ending with a
 *       line break;</li>
 *   <li>a node {@code ID["..."]} or {@code ID(["..."])}, an edge {@code ID --> ID}, {@code ==>} or {@code -.->} with
 *       an optional label {@code |"..."|}, {@code classDef NAME STYLE} and {@code class ID,... NAME};</li>
 *   <li>ids are ASCII letters, digits and underscores, start with a letter and are no keyword of the grammar
 *       ({@code end}, {@code graph}, {@code style}, directions, ...), declared once, and every edge's ends and every
 *       classed node are declared before;</li>
 *   <li>a quoted string holds no {@code "}, no {@code #} but as the start of an entity code {@code #N;} of a valid
 *       code point, none of {@code ; : % & < > | `} but inside entity codes (they would end statements, trigger
 *       style, directive or markdown handling, or be read as HTML), no control or format character or line
 *       separator, and no lone surrogate. The names are returned with their entity codes decoded.</li>
 * </ul>
 */
final class MermaidSyntax {
  private static final Set<String> KEYWORDS = Set.of("end", "graph", "flowchart", "flowchart-elk", "subgraph",
      "style", "linkstyle", "classdef", "class", "click", "call", "href", "callback", "default", "interpolate",
      "direction", "acctitle", "accdescr", "tb", "td", "bt", "rl", "lr");
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern CLASS_DEF = Pattern.compile("classDef ([A-Za-z]+) [a-z-]+:[a-z0-9]+");
  private static final Pattern CLASS = Pattern.compile("class ([A-Za-z0-9_,]+) ([A-Za-z]+)");
  private static final String FORBIDDEN = "\";:%&<>|`";

  private final Map<String, String> nodes = new LinkedHashMap<>();
  private final List<ParsedDiagram.Edge> edges = new ArrayList<>();
  private final Set<String> classes = new LinkedHashSet<>();
  private final Set<String> emphasised = new LinkedHashSet<>();
  private String line = "";
  private int at;

  private MermaidSyntax() {}

  /**
   * The diagram written in {@code text}.
   *
   * @throws ParsedDiagram.Malformed saying what rule {@code text} breaks
   */
  static ParsedDiagram parse(String text) {
    MermaidSyntax parser = new MermaidSyntax();
    if (!text.endsWith("\n")) {
      throw new ParsedDiagram.Malformed("the text does not end with a line break");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (!lines[0].equals("flowchart LR")) {
      throw new ParsedDiagram.Malformed("the header is not 'flowchart LR': " + lines[0]);
    }
    for (int i = 1; i < lines.length; i++) {
      parser.statement(lines[i]);
    }
    return new ParsedDiagram(parser.nodes, parser.edges, parser.emphasised);
  }

  private void statement(String text) {
    if (!text.startsWith("  ") || text.length() < 3 || text.charAt(2) == ' ') {
      throw fail("a statement is indented by two spaces");
    }
    line = text;
    at = 2;
    String body = text.substring(2);
    Matcher classDef = CLASS_DEF.matcher(body);
    Matcher classed = CLASS.matcher(body);
    if (classDef.matches()) {
      classes.add(classDef.group(1));
      return;
    }
    if (classed.matches()) {
      if (!classes.contains(classed.group(2))) {
        throw fail("class " + classed.group(2) + " is not defined");
      }
      for (String id : classed.group(1).split(",", -1)) {
        if (!nodes.containsKey(id)) {
          throw fail("a classed node is not declared: '" + id + "'");
        }
        emphasised.add(id);
      }
      return;
    }
    String id = id();
    if (at < line.length() && (line.charAt(at) == '[' || line.charAt(at) == '(')) {
      boolean rounded = line.startsWith("([", at);
      expect(rounded ? "([" : "[");
      String label = string();
      expect(rounded ? "])" : "]");
      end();
      if (nodes.putIfAbsent(id, label) != null) {
        throw fail("node " + id + " is declared twice");
      }
      return;
    }
    declared(id);
    expect(" ");
    if (line.startsWith("-->", at)) {
      expect("-->");
    } else if (line.startsWith("==>", at)) {
      expect("==>");
    } else {
      expect("-.->");
    }
    String label = "";
    if (line.startsWith("|", at)) {
      expect("|");
      label = string();
      expect("|");
    }
    expect(" ");
    String to = id();
    declared(to);
    end();
    edges.add(new ParsedDiagram.Edge(id, to, label));
  }

  private String id() {
    Matcher id = ID.matcher(line).region(at, line.length());
    if (!id.lookingAt()) {
      throw fail("an id is expected");
    }
    at = id.end();
    if (KEYWORDS.contains(id.group().toLowerCase(Locale.ROOT))) {
      throw fail("the id is a keyword: " + id.group());
    }
    return id.group();
  }

  private void declared(String id) {
    if (!nodes.containsKey(id)) {
      throw fail("an edge's end is not declared: " + id);
    }
  }

  private String string() {
    expect("\"");
    int close = line.indexOf('"', at);
    if (close < 0) {
      throw fail("a string is not closed");
    }
    String content = line.substring(at, close);
    at = close + 1;
    StringBuilder decoded = new StringBuilder();
    for (int i = 0; i < content.length();) {
      int codePoint = content.codePointAt(i);
      if (Character.isSurrogate(content.charAt(i)) && Character.charCount(codePoint) == 1) {
        throw fail("a lone surrogate in a string");
      }
      if (codePoint == '#') {
        Matcher entity = Pattern.compile("#(\\d{1,7});").matcher(content).region(i, content.length());
        if (!entity.lookingAt() || !Character.isValidCodePoint(Integer.parseInt(entity.group(1)))) {
          throw fail("a # that does not start an entity code");
        }
        decoded.appendCodePoint(Integer.parseInt(entity.group(1)));
        i = entity.end();
        continue;
      }
      if (FORBIDDEN.indexOf(codePoint) >= 0 || ParsedDiagram.isInvisible(codePoint)) {
        throw fail("a raw U+" + Integer.toHexString(codePoint) + " in a string");
      }
      decoded.appendCodePoint(codePoint);
      i += Character.charCount(codePoint);
    }
    return decoded.toString();
  }

  private void expect(String token) {
    if (!line.startsWith(token, at)) {
      throw fail("'" + token + "' is expected");
    }
    at += token.length();
  }

  private void end() {
    if (at != line.length()) {
      throw fail("the statement goes on");
    }
  }

  private ParsedDiagram.Malformed fail(String why) {
    return new ParsedDiagram.Malformed(why + " at column " + at + " of: " + line);
  }
}

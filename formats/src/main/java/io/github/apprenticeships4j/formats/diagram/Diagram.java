package io.github.apprenticeships4j.formats.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A directed diagram before it is written in a language: nodes (each declared once, in order of first mention) and
 * edges, in the order added. The career diagrams build one; {@link MermaidWriter} and {@link DotWriter} write it.
 */
final class Diagram {
  /** The node ids the writers accept: safe unquoted in both languages. */
  static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** How a node is drawn. */
  enum Shape {
    /** A rectangle: a role level, or an end of a skill gap. */
    BOX,
    /** A rectangle with rounded ends: an apprenticeship, or a skill. */
    ROUNDED
  }

  /** How an edge is drawn. */
  enum Line {
    SOLID, THICK, DOTTED
  }

  /**
   * A node.
   *
   * @param id unique in the diagram, matching {@link #ID}
   * @param label the text shown, unescaped
   * @param shape how it is drawn
   * @param emphasised whether it is drawn bold (a skill to learn)
   */
  record Node(String id, String label, Shape shape, boolean emphasised) {}

  /**
   * An edge between declared nodes.
   *
   * @param label the text shown, unescaped
   */
  record Edge(String from, String to, String label, Line line) {}

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();

  /** Declares {@code node}, unless a node of its id is declared already (the first declaration wins). */
  void node(Node node) {
    if (!ID.matcher(node.id()).matches()) {
      throw new IllegalArgumentException("not a diagram node id: " + node.id());
    }
    nodes.putIfAbsent(node.id(), node);
  }

  /** Adds {@code edge}, unless an equal edge is added already; both of its ends must be declared. */
  void edge(Edge edge) {
    if (!nodes.containsKey(edge.from()) || !nodes.containsKey(edge.to())) {
      throw new IllegalArgumentException("an edge between undeclared nodes: " + edge);
    }
    if (!edges.contains(edge)) {
      edges.add(edge);
    }
  }

  List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  List<Edge> edges() {
    return List.copyOf(edges);
  }

  /**
   * Whether {@code codePoint} is written as a numeric entity in every language: controls, format characters, line
   * and paragraph separators.
   */
  static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** The code point at {@code i} of {@code text}, a lone surrogate being U+FFFD (text that is not Unicode). */
  static int codePointAt(String text, int i) {
    int codePoint = text.codePointAt(i);
    return Character.getType(codePoint) == Character.SURROGATE ? 0xFFFD : codePoint;
  }
}

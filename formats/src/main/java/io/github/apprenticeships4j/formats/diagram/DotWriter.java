package io.github.apprenticeships4j.formats.diagram;

/**
 * Writes a {@link Diagram} as a Graphviz DOT {@code digraph}, left to right: the nodes, then the edges; lines end with
 * {@code \n}.
 */
final class DotWriter {
  private DotWriter() {}

  static String write(Diagram diagram) {
    StringBuilder out = new StringBuilder("digraph career {\n  rankdir=LR;\n  node [shape=box];\n");
    for (Diagram.Node node : diagram.nodes()) {
      quoted(out.append("  ").append(node.id()).append(" [label="), node.label());
      String style = node.shape() == Diagram.Shape.ROUNDED ? node.emphasised() ? "\"rounded,bold\"" : "rounded"
          : node.emphasised() ? "bold" : "";
      if (!style.isEmpty()) {
        out.append(", style=").append(style);
      }
      out.append("];\n");
    }
    for (Diagram.Edge edge : diagram.edges()) {
      quoted(out.append("  ").append(edge.from()).append(" -> ").append(edge.to()).append(" [label="), edge.label());
      out.append(edge.line() == Diagram.Line.THICK ? ", penwidth=2"
          : edge.line() == Diagram.Line.DOTTED ? ", style=dashed" : "").append("];\n");
    }
    return out.append("}\n").toString();
  }

  /** {@code text} as a DOT quoted string, escaped as {@link DiagramFormat#DOT} says. */
  static StringBuilder quoted(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length();) {
      int codePoint = Diagram.codePointAt(text, i);
      if (codePoint == '\\' || codePoint == '"') {
        out.append('\\').appendCodePoint(codePoint);
      } else if (codePoint == '&') {
        out.append("&amp;");
      } else if (Diagram.isInvisible(codePoint)) {
        out.append("&#").append(codePoint).append(';');
      } else {
        out.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return out.append('"');
  }
}

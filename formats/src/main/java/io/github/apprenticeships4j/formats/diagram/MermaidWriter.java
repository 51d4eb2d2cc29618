package io.github.apprenticeships4j.formats.diagram;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link Diagram} as a Mermaid {@code flowchart}: the nodes, then the edges, then the class of the
 * emphasised nodes; lines end with {@code \n}.
 */
final class MermaidWriter {
  /** The characters written as numeric entity codes besides the invisible ones: see {@link DiagramFormat#MERMAID}. */
  private static final String ENCODED = "\"#;:%&<>|`";

  private MermaidWriter() {}

  static String write(Diagram diagram) {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (Diagram.Node node : diagram.nodes()) {
      boolean rounded = node.shape() == Diagram.Shape.ROUNDED;
      out.append("  ").append(node.id()).append(rounded ? "([" : "[");
      quoted(out, node.label()).append(rounded ? "])" : "]").append('\n');
    }
    for (Diagram.Edge edge : diagram.edges()) {
      out.append("  ").append(edge.from()).append(' ').append(arrow(edge.line())).append('|');
      quoted(out, edge.label()).append("| ").append(edge.to()).append('\n');
    }
    List<String> emphasised = diagram.nodes().stream().filter(Diagram.Node::emphasised).map(Diagram.Node::id)
        .collect(Collectors.toList());
    if (!emphasised.isEmpty()) {
      out.append("  classDef emphasised stroke-width:3px\n");
      out.append("  class ").append(String.join(",", emphasised)).append(" emphasised\n");
    }
    return out.toString();
  }

  private static String arrow(Diagram.Line line) {
    switch (line) {
      case THICK:
        return "==>";
      case DOTTED:
        return "-.->";
      default:
        return "-->";
    }
  }

  /** {@code text} in double quotes, escaped as {@link DiagramFormat#MERMAID} says. */
  static StringBuilder quoted(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length();) {
      int codePoint = Diagram.codePointAt(text, i);
      if (ENCODED.indexOf(codePoint) >= 0 || Diagram.isInvisible(codePoint)) {
        out.append('#').append(codePoint).append(';');
      } else {
        out.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return out.append('"');
  }
}

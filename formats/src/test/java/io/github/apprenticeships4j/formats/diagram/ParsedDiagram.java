package io.github.apprenticeships4j.formats.diagram;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link MermaidSyntax} and {@link DotSyntax} read from a diagram's text, names decoded.
 *
 * @param nodes the label of each node id, in order of declaration
 * @param edges the edges, in order
 * @param emphasised the ids of the nodes drawn bold
 */
record ParsedDiagram(Map<String, String> nodes, List<Edge> edges, Set<String> emphasised) {
  /** An edge; {@code label} is empty when it has none. */
  record Edge(String from, String to, String label) {}

  /** Stops the parse: {@code text} is not well formed. */
  static final class Malformed extends AssertionError {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  /** {@code text} with every lone surrogate replaced by U+FFFD: what a label is expected to decode to. */
  static String unicode(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /** Whether {@code text} holds a lone surrogate (is not Unicode). */
  static boolean hasLoneSurrogate(String text) {
    return !unicode(text).equals(text);
  }

  /** Whether a code point must never appear raw in a name: controls, format characters, separators. */
  static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}

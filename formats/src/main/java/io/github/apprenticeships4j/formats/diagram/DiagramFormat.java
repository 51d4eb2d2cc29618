package io.github.apprenticeships4j.formats.diagram;

/** The languages {@link Diagrams} writes. */
public enum DiagramFormat {
  /**
   * A Mermaid {@code flowchart}, as code hosts render in Markdown ({@code ```mermaid}). Names are written in double
   * quotes, so brackets and other punctuation are literal; the characters Mermaid or its HTML labels would read
   * ({@code " # ; : % & < > | `}), line breaks and other control or format characters are written as Mermaid's
   * numeric entity codes ({@code #35;} for {@code #}). Node ids are ASCII letters, digits and underscores.
   */
  MERMAID,
  /**
   * A Graphviz DOT {@code digraph} (UTF-8). Names are quoted strings in which {@code \} and {@code "} are escaped
   * with a backslash, and {@code &}, line breaks and other control or format characters are written as HTML entities
   * ({@code &amp;}, {@code &#10;}), which Graphviz decodes. Node ids are ASCII letters, digits and underscores.
   */
  DOT
}

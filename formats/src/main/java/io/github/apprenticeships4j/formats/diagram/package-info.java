/**
 * Career progression as diagrams: {@link io.github.apprenticeships4j.formats.diagram.Diagrams} writes a progression
 * graph (whole, or the part reachable from a node), career paths and skill gaps as text in a
 * {@link io.github.apprenticeships4j.formats.diagram.DiagramFormat}: a Mermaid {@code flowchart} (rendered by code
 * hosts in Markdown) or a Graphviz DOT {@code digraph}. Every name is escaped for the language, and the same input
 * always gives the same text.
 */
@NullMarked
package io.github.apprenticeships4j.formats.diagram;

import org.jspecify.annotations.NullMarked;

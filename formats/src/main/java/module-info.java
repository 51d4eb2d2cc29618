/**
 * Streaming JSON and CSV readers that map external formats onto the Apprenticeships4J model, reports of reads,
 * career diagrams in Mermaid and Graphviz DOT, and CASE 1.1 packages of standards and career frameworks.
 */
module io.github.apprenticeships4j.formats {
  exports io.github.apprenticeships4j.formats;
  exports io.github.apprenticeships4j.formats.casejson;
  exports io.github.apprenticeships4j.formats.csv;
  exports io.github.apprenticeships4j.formats.diagram;
  exports io.github.apprenticeships4j.formats.json;
  exports io.github.apprenticeships4j.formats.report;

  requires transitive io.github.apprenticeships4j.core;
  requires tools.jackson.core;
  requires static transitive org.jspecify;
  // Immutables' annotations are read by javac when this module is compiled, and by nobody else: consumers do not
  // need them, so they are not required transitively.
  requires static org.immutables.value.annotations;
}

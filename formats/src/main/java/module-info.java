/** Streaming JSON and CSV readers that map external formats onto the Apprenticeships4J model, and reports of reads. */
module io.github.apprenticeships4j.formats {
  exports io.github.apprenticeships4j.formats;
  exports io.github.apprenticeships4j.formats.csv;
  exports io.github.apprenticeships4j.formats.json;
  exports io.github.apprenticeships4j.formats.report;

  requires transitive io.github.apprenticeships4j.core;
  requires tools.jackson.core;
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;
}

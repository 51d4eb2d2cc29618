/** A modular application that uses the library as its users' modules do. */
module app {
  requires io.github.apprenticeships4j.formats;
}

/**
 * A Jackson 3 databind module for the Apprenticeships4J model: register
 * {@link io.github.apprenticeships4j.jackson.Apprenticeships4jModule} with an application's {@code JsonMapper}.
 */
module io.github.apprenticeships4j.jackson {
  exports io.github.apprenticeships4j.jackson;

  requires transitive io.github.apprenticeships4j.formats;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  provides tools.jackson.databind.JacksonModule with io.github.apprenticeships4j.jackson.Apprenticeships4jModule;
}

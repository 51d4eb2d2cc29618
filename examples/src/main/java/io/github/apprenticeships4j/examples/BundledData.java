package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real data bundled with the examples: the 99 Digital-route standards of the Skills England API. */
final class BundledData {
  static final String DIGITAL_STANDARDS = "/ifate-standards-api/apprenticeshipstandards-digital-route.array.json";

  private BundledData() {}

  /** The bundled Digital-route standards and the account of reading them. */
  static Loaded<StandardCatalogue> digitalStandards() {
    try (InputStream in = BundledData.class.getResourceAsStream(DIGITAL_STANDARDS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIGITAL_STANDARDS);
      }
      return StandardsJson.reader().open(in, DIGITAL_STANDARDS.substring(1)).load().map(StandardCatalogue::of);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

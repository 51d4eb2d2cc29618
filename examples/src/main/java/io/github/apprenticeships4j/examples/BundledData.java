package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The real data bundled with the examples: the 99 Digital-route standards of the Skills England API. */
final class BundledData {
  static final String DIGITAL_STANDARDS = "/ifate-standards-api/apprenticeshipstandards-digital-route.array.json";

  private BundledData() {}

  /** The bundled Digital-route standards and the account of reading them. */
  record Loaded(StandardCatalogue catalogue, ReadSummary summary, List<Row<Standard>> rejected) {}

  static Loaded digitalStandards() {
    try (InputStream in = BundledData.class.getResourceAsStream(DIGITAL_STANDARDS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIGITAL_STANDARDS);
      }
      return load(StandardsJson.reader().open(in, DIGITAL_STANDARDS.substring(1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Loaded load(RecordReader<Standard> reader) {
    List<Standard> accepted = new ArrayList<>();
    List<Row<Standard>> rejected = new ArrayList<>();
    try (reader) {
      reader.rows().forEach(row -> {
        if (row instanceof Row.Accepted<Standard> ok) {
          accepted.add(ok.value());
        } else {
          rejected.add(row);
        }
      });
      return new Loaded(StandardCatalogue.of(accepted), reader.summary(), rejected);
    }
  }
}

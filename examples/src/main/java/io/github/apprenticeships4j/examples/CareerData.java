package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.json.CareerJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The career data bundled with the examples: the official DDaT Capability Framework CSVs
 * ({@value #DDAT_DIR}) and the example ML engineer career ladder in the library's career JSON format
 * ({@value #LADDER}).
 */
public final class CareerData {
  /** Class-path folder of the official DDaT CSV downloads. */
  public static final String DDAT_DIR = "/ddat-capability-framework/";
  /** File names of the two DDaT downloads. */
  public static final String ROLE_CONTENT = "role-content.csv";
  public static final String SKILL_DESCRIPTIONS = "skill-description-content.csv";
  /** Class-path resource of the example ladder. */
  public static final String LADDER = "/career/ml-engineer-ladder.json";

  private CareerData() {}

  /** The bundled official DDaT framework, with every finding of the reader. */
  public static Loaded<Framework> ddat() {
    try {
      return DdatCsv.readFramework(DdatCsv.rolesReader().open(resource(DDAT_DIR + ROLE_CONTENT), ROLE_CONTENT),
          DdatCsv.skillsReader().open(resource(DDAT_DIR + SKILL_DESCRIPTIONS), SKILL_DESCRIPTIONS));
    } catch (LoadException e) {
      throw new IllegalStateException("bundled DDaT files unreadable: " + e, e);
    }
  }

  /**
   * The DDaT framework of the two downloads in {@code dir}.
   *
   * @throws IOException if a file cannot be opened
   */
  public static Loaded<Framework> ddat(Path dir) throws IOException {
    return DdatCsv.readFramework(dir.resolve(ROLE_CONTENT), dir.resolve(SKILL_DESCRIPTIONS));
  }

  /** The bundled ML engineer career ladder: a framework joined to DDaT's senior and lead levels, and its edges. */
  public static ProgressionGraph ladder() {
    try (InputStream in = stream(LADDER)) {
      return CareerJson.readGraph(CareerJson.reader().open(in, LADDER.substring(1))).value();
    } catch (LoadException e) {
      throw new IllegalStateException("bundled ladder unreadable: " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStreamReader resource(String name) {
    return new InputStreamReader(stream(name), StandardCharsets.UTF_8);
  }

  private static InputStream stream(String name) {
    InputStream in = CareerData.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }
}

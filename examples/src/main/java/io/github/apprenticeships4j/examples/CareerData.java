package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.crosswalk.CrosswalkProfile;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.json.CareerJson;
import io.github.apprenticeships4j.formats.json.CrosswalkJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The career data bundled with the examples: the official DDaT Capability Framework CSVs
 * ({@value #DDAT_DIR}), the example ML engineer career ladder in the library's career JSON format
 * ({@value #LADDER}), and the example crosswalk from the KSBs of ST1398 to the DDaT skills ({@value #CROSSWALK}),
 * from which the ladder's outcomes of ST1398 are derived.
 */
public final class CareerData {
  /** Class-path folder of the official DDaT CSV downloads. */
  public static final String DDAT_DIR = "/ddat-capability-framework/";
  /** File names of the two DDaT downloads. */
  public static final String ROLE_CONTENT = "role-content.csv";
  public static final String SKILL_DESCRIPTIONS = "skill-description-content.csv";
  /** Class-path resource of the example ladder. */
  public static final String LADDER = "/career/ml-engineer-ladder.json";
  /** Class-path resource of the example crosswalk from the KSBs of ST1398 v1.0 to the DDaT skills. */
  public static final String CROSSWALK = "/career/st1398-ddat-crosswalk.json";

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

  /** The bundled example crosswalk from the KSBs of ST1398 v1.0 to the skills of DDaT's machine learning engineer. */
  public static Crosswalk crosswalk() {
    try (InputStream in = stream(CROSSWALK)) {
      return CrosswalkJson.read(CrosswalkJson.reader().open(in, CROSSWALK.substring(1))).value();
    } catch (LoadException e) {
      throw new IllegalStateException("bundled crosswalk unreadable: " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The standard a crosswalk is for, from the bundled Digital-route standards: the version it names, or else the
   * latest.
   */
  public static Optional<Standard> standardOf(Crosswalk crosswalk) {
    StandardCatalogue digital = BundledData.digitalStandards().value();
    return crosswalk.standardVersion().isPresent()
        ? digital.find(crosswalk.standard(), crosswalk.standardVersion().get())
        : digital.latest(crosswalk.standard());
  }

  /**
   * The skill profile of ST1398 v1.0 derived from the bundled crosswalk and the bundled official DDaT framework, by
   * the default rule of {@link Crosswalk#profile(Standard, Framework)}.
   */
  public static CrosswalkProfile st1398Profile() {
    Crosswalk crosswalk = crosswalk();
    return crosswalk.profile(standardOf(crosswalk).orElseThrow(), ddat().value());
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

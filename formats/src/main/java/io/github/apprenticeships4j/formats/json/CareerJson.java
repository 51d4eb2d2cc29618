package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.career.CareerJsonSource;
import io.github.apprenticeships4j.formats.internal.career.CareerJsonWriter;
import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes the library's own JSON format for career frameworks and progression graphs: one document with a
 * {@code framework} (scale, skills, roles, role levels, requirements, optional pay bands) and optionally the
 * {@code apprenticeships} and {@code edges} of a progression graph, described by the JSON Schema
 * {@value #SCHEMA_RESOURCE} (a resource of this module) and identified by {@code "format": "}{@value #FORMAT}{@code "}.
 * What {@link #write} writes, {@link #readGraph} reads back equal.
 *
 * <p>A document is one record and one row: accepted with the graph built from all of it, or rejected with its text
 * and every error, each with its JSON path; loading a document with errors throws a {@link LoadException}. A
 * property the format does not have is a warning, a property name repeated in one object an error; the codes are the
 * {@code career-json.*} ones of {@link ReadCodes}. The reader maps; it does not apply the rules of
 * {@link io.github.apprenticeships4j.core.career.CareerValidator}.
 */
public final class CareerJson {
  /** The value of the document's {@code format} property. */
  public static final String FORMAT = "apprenticeships4j-career/1";
  /** Class-path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/io/github/apprenticeships4j/formats/json/career-framework.schema.json";

  private static final JsonOptions<RecordReader<ProgressionGraph>> DEFAULTS =
      JsonReaderOptions.of(CareerJsonSource::new, 32, 1_000_000, 256L << 20);

  private CareerJson() {}

  /**
   * The options of a reader, at their defaults: nesting depth 32, strings of 1,000,000 characters, documents of
   * 256 MiB. A reader gives one row, the document's.
   */
  public static JsonOptions<RecordReader<ProgressionGraph>> reader() {
    return DEFAULTS;
  }

  /**
   * Reads the document of {@code file} with the default options: its graph, with its warnings.
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if the document has errors or cannot be read to its end, with the findings
   */
  public static Loaded<ProgressionGraph> readGraph(Path file) throws IOException {
    return readGraph(reader().open(file));
  }

  /**
   * Reads the document of {@code reader}, from {@link #reader()}, and closes it: its graph, with its warnings.
   *
   * @throws LoadException if the document has errors or cannot be read to its end, with the findings
   */
  public static Loaded<ProgressionGraph> readGraph(RecordReader<ProgressionGraph> reader) throws LoadException {
    Loaded<List<ProgressionGraph>> loaded = reader.load();
    if (loaded.value().isEmpty()) {
      throw new LoadException(loaded.summaries(), loaded.issues());
    }
    return loaded.map(graphs -> graphs.get(0));
  }

  /**
   * Writes {@code graph} (its framework, apprenticeships and edges) as an indented UTF-8 document.
   *
   * @throws UncheckedIOException if {@code output} fails
   */
  public static void write(ProgressionGraph graph, OutputStream output) {
    CareerJsonWriter.write(graph, output);
  }

  /** The document of {@code graph} as a string. */
  public static String toJson(ProgressionGraph graph) {
    return CareerJsonWriter.toJson(graph);
  }

  /** The document of a framework without progression edges. */
  public static String toJson(Framework framework) {
    return toJson(ProgressionGraph.builder().framework(framework).build());
  }

  /** The JSON Schema of the format, {@value #SCHEMA_RESOURCE}, as text. */
  public static String schema() {
    try (InputStream in = CareerJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

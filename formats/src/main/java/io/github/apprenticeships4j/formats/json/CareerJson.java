package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.internal.career.CareerJsonReader;
import io.github.apprenticeships4j.formats.internal.career.CareerJsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes the library's own JSON format for career frameworks and progression graphs: one document with
 * a {@code framework} (scale, skills, roles, role levels, requirements, optional pay bands), and optionally the
 * {@code apprenticeships} and {@code edges} of a progression graph. The format is described by the JSON Schema
 * {@value #SCHEMA_RESOURCE} (a resource of this module) and identified by {@code "format": "}{@value #FORMAT}{@code "}.
 * What {@link #write} writes, {@link #read} reads back equal.
 *
 * <pre>{@code
 * Loaded<ProgressionGraph> read = CareerJson.read(path);   // LoadException if the document has errors
 * read.issues().forEach(System.out::println);              // warnings
 * ProgressionGraph graph = read.value();
 * }</pre>
 *
 * <p>The reader maps the document onto the model and reports every value that does not fit, with its JSON path; it
 * does not apply the rules of {@link io.github.apprenticeships4j.core.career.CareerValidator}. The document is one
 * record: a graph is built from all of it or not at all. Findings, with codes:
 * <ul>
 *   <li>errors (the read throws a {@link LoadException} with them): {@value #FIELD_MISSING}, {@value #FIELD_TYPE},
 *       {@value #FIELD_DUPLICATE} (a property name repeated in one object, at the repeat: which value is meant is
 *       unknown, and the document is hand-written, so a repeat is a mistake to correct), {@value #FORMAT_UNKNOWN},
 *       {@value #SCALE_INVALID}, {@value #EDGE_KIND_UNKNOWN}, {@value #DATE_FORMAT}, and the codes of the model's
 *       factories: {@code career.id.format}, {@code career.skill-level.unknown}, {@code standard.reference.format};
 *   <li>warnings: {@value #FIELD_UNKNOWN} (a property the format does not have, e.g. a misspelling),
 *       {@value #FORMAT_MISSING};
 *   <li>fatal (the document could not be read; {@link LoadException#stoppedBy()}): {@value #SYNTAX}, {@value #LIMIT}, {@value #EMPTY}, {@value #IO}.
 * </ul>
 * Read limits: nesting depth {@value #MAX_NESTING_DEPTH}, string length {@value #MAX_STRING_LENGTH} characters,
 * document length {@value #MAX_DOCUMENT_LENGTH} bytes.
 */
public final class CareerJson {
  /** The value of the document's {@code format} property. */
  public static final String FORMAT = "apprenticeships4j-career/1";
  /** Class-path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/io/github/apprenticeships4j/formats/json/career-framework.schema.json";

  public static final String FIELD_MISSING = "career-json.field.missing";
  public static final String FIELD_TYPE = "career-json.field.type";
  public static final String FIELD_UNKNOWN = "career-json.field.unknown";
  public static final String FIELD_DUPLICATE = "career-json.field.duplicate";
  public static final String FORMAT_UNKNOWN = "career-json.format.unknown";
  public static final String FORMAT_MISSING = "career-json.format.missing";
  public static final String SCALE_INVALID = "career-json.scale.invalid";
  public static final String EDGE_KIND_UNKNOWN = "career-json.edge-kind.unknown";
  public static final String DATE_FORMAT = "career-json.date.format";
  public static final String SYNTAX = "career-json.syntax";
  public static final String LIMIT = "career-json.limit";
  public static final String EMPTY = "career-json.empty";
  public static final String IO = "read.io";

  public static final int MAX_NESTING_DEPTH = 32;
  public static final int MAX_STRING_LENGTH = 1_000_000;
  public static final long MAX_DOCUMENT_LENGTH = 256L << 20;

  private CareerJson() {}

  /**
   * Reads a document from {@code file}; its name is the source of positions.
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if the document has errors or cannot be read to its end, with the findings
   */
  public static Loaded<ProgressionGraph> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a document from {@code input}, which is not closed; {@code sourceName} names it in positions.
   *
   * @throws LoadException if the document has errors or cannot be read to its end, with the findings
   */
  public static Loaded<ProgressionGraph> read(InputStream input, String sourceName) throws LoadException {
    return CareerJsonReader.read(input, sourceName);
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
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

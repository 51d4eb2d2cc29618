package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.career.CrosswalkJsonSource;
import io.github.apprenticeships4j.formats.internal.career.CrosswalkJsonWriter;
import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes the library's JSON format for crosswalks from a standard's KSBs to a framework's skills: one
 * document with the {@code standard} (and optionally its {@code standardVersion}), the {@code framework}'s name, the
 * {@code provenance} the alignments share ({@code assertedBy}, {@code assertedOn}, {@code basis}) and the
 * {@code alignments}, each a {@code ksb} code, a {@code skill} id, an optional {@code level} label, a {@code match}
 * ({@code exact}, {@code broad}, {@code narrow} or {@code related}), an optional {@code reasoning} and an optional
 * {@code provenance} of its own. It is described by the JSON Schema {@value #SCHEMA_RESOURCE} (a resource of this
 * module) and identified by {@code "format": "}{@value #FORMAT}{@code "}. What {@link #write} writes, {@link #read}
 * reads back equal.
 *
 * <p>A document is one record and one row: accepted with the crosswalk, or rejected with its text and every error,
 * each with its JSON path; loading a document with errors throws a {@link LoadException}. A property the format does
 * not have is a warning, a property name repeated in one object an error; the codes are the {@code crosswalk-json.*}
 * ones of {@link ReadCodes}. The reader maps; whether the KSBs, skills and levels exist is checked against a standard
 * and a framework by {@link io.github.apprenticeships4j.core.crosswalk.CrosswalkValidator}.
 */
public final class CrosswalkJson {
  /** The value of the document's {@code format} property. */
  public static final String FORMAT = "apprenticeships4j-crosswalk/1";
  /** Class-path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/io/github/apprenticeships4j/formats/json/crosswalk.schema.json";

  private static final JsonOptions<RecordReader<Crosswalk>> DEFAULTS =
      JsonReaderOptions.of(CrosswalkJsonSource::new, 16, 100_000, 64L << 20);

  private CrosswalkJson() {}

  /**
   * The options of a reader, at their defaults: nesting depth 16, strings of 100,000 characters, documents of 64 MiB.
   * A reader gives one row, the document's.
   */
  public static JsonOptions<RecordReader<Crosswalk>> reader() {
    return DEFAULTS;
  }

  /**
   * Reads the document of {@code file} with the default options: its crosswalk, with its warnings.
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if the document has errors or cannot be read to its end, with the findings
   */
  public static Loaded<Crosswalk> read(Path file) throws IOException {
    return read(reader().open(file));
  }

  /**
   * Reads the document of {@code reader}, from {@link #reader()}, and closes it: its crosswalk, with its warnings.
   *
   * @throws LoadException if the document has errors or cannot be read to its end, with the findings
   */
  public static Loaded<Crosswalk> read(RecordReader<Crosswalk> reader) throws LoadException {
    Loaded<List<Crosswalk>> loaded = reader.load();
    if (loaded.value().isEmpty()) {
      throw new LoadException(loaded.summaries(), loaded.issues());
    }
    return loaded.map(crosswalks -> crosswalks.get(0));
  }

  /**
   * Writes {@code crosswalk} as an indented UTF-8 document.
   *
   * @throws UncheckedIOException if {@code output} fails
   */
  public static void write(Crosswalk crosswalk, OutputStream output) {
    CrosswalkJsonWriter.write(crosswalk, output);
  }

  /** The document of {@code crosswalk} as a string. */
  public static String toJson(Crosswalk crosswalk) {
    return CrosswalkJsonWriter.toJson(crosswalk);
  }

  /** The JSON Schema of the format, {@value #SCHEMA_RESOURCE}, as text. */
  public static String schema() {
    try (InputStream in = CrosswalkJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

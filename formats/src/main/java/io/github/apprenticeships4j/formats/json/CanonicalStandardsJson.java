package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.canonical.CanonicalStandardWriter;
import io.github.apprenticeships4j.formats.internal.canonical.CanonicalStandardsSource;
import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes and reads standards in the library's own JSON format: every field of {@link Standard}, so that what
 * {@link #write} writes, the reader reads back equal. A document is one standard (a JSON object) or a catalogue (a
 * list of them, in the catalogue's order), described by the JSON Schema {@value #SCHEMA_RESOURCE} (draft 2020-12, a
 * resource of this module). Each standard says {@code "format": "}{@value #FORMAT}{@code "}.
 *
 * <p>The format: properties in a fixed order and named after the accessors of {@link Standard}; absent optional
 * values left out (never {@code null}), lists always written ({@code []} when empty); dates ISO-8601
 * ({@code "2024-01-31"}); the funding cap in pounds as a decimal string with two decimal places
 * ({@code "22000.00"}), never a binary floating-point number; a KSB's type in kebab case ({@code "knowledge"},
 * {@code "technical-skill"}); the status as its label ({@code "Approved for delivery"}). It is not the Skills England
 * format ({@link StandardsJson} reads that).
 *
 * <p>The reader has the contract of the other record readers: one row per standard, accepted or rejected with its
 * text and located findings ({@code json.*} codes of {@link ReadCodes}, and the model's codes for refused values such
 * as a malformed reference); a property the format does not have is a warning, a property name repeated in one
 * object an error. It maps; it does not apply the rules of
 * {@link io.github.apprenticeships4j.core.standard.StandardValidator}.
 */
public final class CanonicalStandardsJson {
  /** The value of each standard's {@code format} property. */
  public static final String FORMAT = "apprenticeships4j-standard/1";
  /** Class-path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/io/github/apprenticeships4j/formats/json/standard.schema.json";

  private static final JsonOptions<RecordReader<Standard>> DEFAULTS =
      JsonReaderOptions.of(CanonicalStandardsSource::new, 64, 5_000_000, 1L << 30);

  private CanonicalStandardsJson() {}

  /**
   * The options of a reader, at their defaults: nesting depth 64 (a standard nests 4 deep), strings of 5,000,000
   * characters, documents of 1 GiB.
   */
  public static JsonOptions<RecordReader<Standard>> reader() {
    return DEFAULTS;
  }

  /**
   * Reads every standard of {@code file} into a catalogue of the accepted ones, with the default options. Rejected
   * standards do not stop the load: they are in {@link Loaded#rejected()}, with their text and located findings.
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if it cannot be read to its end (broken JSON, a read limit)
   */
  public static Loaded<StandardCatalogue> readCatalogue(Path file) throws IOException {
    return reader().open(file).load().map(StandardCatalogue::of);
  }

  /**
   * Writes {@code standard} as an indented UTF-8 document and closes {@code output}.
   *
   * @throws UncheckedIOException if {@code output} fails, or a text holds an unpaired surrogate
   */
  public static void write(Standard standard, OutputStream output) {
    CanonicalStandardWriter.write(standard, output);
  }

  /**
   * Writes the standards of {@code catalogue}, in its order, as an indented UTF-8 list and closes {@code output}.
   *
   * @throws UncheckedIOException if {@code output} fails, or a text holds an unpaired surrogate
   */
  public static void write(StandardCatalogue catalogue, OutputStream output) {
    CanonicalStandardWriter.write(catalogue, output);
  }

  /** The document of {@code standard}, indented, ending with a line break. */
  public static String toJson(Standard standard) {
    return CanonicalStandardWriter.toJson(standard);
  }

  /** The document of {@code catalogue}, a list of its standards in its order, ending with a line break. */
  public static String toJson(StandardCatalogue catalogue) {
    return CanonicalStandardWriter.toJson(catalogue);
  }

  /** The JSON Schema of the format, {@value #SCHEMA_RESOURCE}, as text. */
  public static String schema() {
    try (InputStream in = CanonicalStandardsJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

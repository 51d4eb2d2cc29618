package io.github.apprenticeships4j.formats.casejson;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.casejson.CaseFrameworkSource;
import io.github.apprenticeships4j.formats.internal.casejson.CaseFrameworkWriter;
import io.github.apprenticeships4j.formats.internal.casejson.CaseStandardSource;
import io.github.apprenticeships4j.formats.internal.casejson.CaseStandardWriter;
import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a standard version or a career framework as a CASE 1.1 package ({@code CFPackage}: one {@code CFDocument},
 * its {@code CFItems} and {@code CFAssociations}), and reads such a package back: what {@link #write(Standard,
 * OutputStream)} writes, {@link #readStandard} reads back equal, and likewise for frameworks. The mapping (which item
 * types, which association types, what goes in {@code extensions}) is in the README, "CASE 1.1". Identifiers are
 * UUIDs: the official GUIDs of KSBs, duties and options where the data has them in canonical form, otherwise
 * name-based (version 5) UUIDs of the standard's key and the item's code, so that exporting twice gives the same
 * package; {@code lastChangeDateTime} comes from the data, never from the clock.
 *
 * <p>A package is one record and one row: accepted with the value built from all of it, or rejected with its text and
 * every error, each with its JSON path; reading a package with errors throws a {@link LoadException}. The codes are
 * the {@code case-json.*} ones of {@link ReadCodes}; a value the model's factories refuse keeps the factory's code.
 */
public final class CaseJson {
  /** The CASE version the packages declare, {@code caseVersion}. */
  public static final String CASE_VERSION = "1.1";

  private static final JsonOptions<RecordReader<Standard>> STANDARD =
      JsonReaderOptions.of(CaseStandardSource::new, 64, 1_000_000, 256L << 20);
  private static final JsonOptions<RecordReader<Framework>> FRAMEWORK =
      JsonReaderOptions.of(CaseFrameworkSource::new, 64, 1_000_000, 256L << 20);

  private CaseJson() {}

  /** Writes the package of {@code standard}, indented UTF-8, to {@code output}, and closes it. */
  public static void write(Standard standard, OutputStream output) {
    CaseStandardWriter.write(standard, output);
  }

  /** The package of {@code standard} as text. */
  public static String toJson(Standard standard) {
    return CaseStandardWriter.toJson(standard);
  }

  /**
   * Writes the package of {@code framework}, indented UTF-8, to {@code output}, and closes it.
   *
   * @throws UncheckedIOException if {@code output} fails
   */
  public static void write(Framework framework, OutputStream output) {
    CaseFrameworkWriter.write(framework, output);
  }

  /** The package of {@code framework} as text. */
  public static String toJson(Framework framework) {
    return CaseFrameworkWriter.toJson(framework);
  }

  /**
   * The options of a reader of a standard's package, at their defaults: nesting depth 64, strings of 1,000,000
   * characters, documents of 256 MiB. A reader gives one row, the package's.
   */
  public static JsonOptions<RecordReader<Standard>> standardReader() {
    return STANDARD;
  }

  /** The options of a reader of a framework's package, at the defaults of {@link #standardReader()}. */
  public static JsonOptions<RecordReader<Framework>> frameworkReader() {
    return FRAMEWORK;
  }

  /**
   * Reads the standard of the package in {@code file}, with its warnings.
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if the package has errors or cannot be read to its end, with the findings
   */
  public static Loaded<Standard> readStandard(Path file) throws IOException {
    return readStandard(standardReader().open(file));
  }

  /**
   * Reads the standard of the package of {@code reader}, from {@link #standardReader()}, and closes it.
   *
   * @throws LoadException if the package has errors or cannot be read to its end, with the findings
   */
  public static Loaded<Standard> readStandard(RecordReader<Standard> reader) throws LoadException {
    return single(reader.load());
  }

  /**
   * Reads the framework of the package in {@code file}, with its warnings.
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if the package has errors or cannot be read to its end, with the findings
   */
  public static Loaded<Framework> readFramework(Path file) throws IOException {
    return readFramework(frameworkReader().open(file));
  }

  /**
   * Reads the framework of the package of {@code reader}, from {@link #frameworkReader()}, and closes it.
   *
   * @throws LoadException if the package has errors or cannot be read to its end, with the findings
   */
  public static Loaded<Framework> readFramework(RecordReader<Framework> reader) throws LoadException {
    return single(reader.load());
  }

  private static <T> Loaded<T> single(Loaded<List<T>> loaded) throws LoadException {
    if (loaded.value().isEmpty()) {
      throw new LoadException(loaded.summaries(), loaded.issues());
    }
    return loaded.map(values -> values.get(0));
  }
}

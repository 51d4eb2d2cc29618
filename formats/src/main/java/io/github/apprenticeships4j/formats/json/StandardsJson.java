package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.json.JsonStandardsSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads apprenticeship standards in the JSON of the Skills England API: a list (array, as the list endpoint and the
 * national catalogue give) or one record (as the single-standard endpoint gives), gzip-compressed or not (detected
 * from the bytes). Both shapes of record are read: standards ({@code knowledges}, {@code skills},
 * {@code behaviours}, {@code duties}) and foundation apprenticeships ({@code technicalKnowledges},
 * {@code technicalSkills}, {@code employabilitySkillsAndBehaviours}).
 *
 * <pre>{@code
 * Loaded<StandardCatalogue> loaded = StandardsJson.readCatalogue(path);   // the accepted records, the rejected ones
 * try (RecordReader<Standard> reader = StandardsJson.reader().open(path)) {
 *   reader.rows().forEach(row -> ...);                                   // a file of any size, one record at a time
 * }
 * }</pre>
 *
 * <p>The input is streamed: one record is in memory at a time. What the real data does is tolerated: dates with a
 * space before the offset ({@code "2024-12-18T00:00:00 +00:00"}), HTML-escaped HTML ({@code &lt;p&gt;}, decoded
 * once), {@code larsCode} as a number or a string and 0 for "none yet", fields missing from old records, unknown
 * fields, and a blank {@code version} (read as 1.0 with warning {@value #VERSION_BLANK}). The reader maps records; it
 * does not apply the rules of {@link io.github.apprenticeships4j.core.standard.StandardValidator}.
 *
 * <p>Findings of the reader, with codes:
 * <ul>
 *   <li>rejected records (ERROR): {@code standard.reference.format} reference, {@code standard.version.format} version,
 *       {@code standard.lars-code.range}, {@value #NUMBER_FORMAT}, {@value #DATE_FORMAT}, {@value #ID_MISSING},
 *       {@value #FIELD_MISSING}, {@value #FIELD_TYPE} (a field of the wrong JSON type), {@value #NOT_AN_OBJECT} (a list
 *       element that is not an object), {@value #RECORD_INVALID};
 *   <li>warnings on accepted records: {@value #VERSION_BLANK}, {@value #CORE_FLAG_MISSING}, {@value #FIELD_DUPLICATE}
 *       (a property name repeated in one object, located at the repeat: the record is kept with the last value, as
 *       the reader always read it; the national catalogue of 2026-08-22 has none);
 *   <li>reads stopped (FATAL, in {@link ReadSummary#stoppedBy()}): {@value #SYNTAX} (malformed JSON, invalid UTF-8,
 *       trailing content), {@value #LIMIT} (a read constraint was exceeded), {@value #SHAPE} (neither a list nor an
 *       object), {@value #EMPTY} (no JSON at all), {@value #IO} (the source failed, e.g. a truncated gzip stream).
 * </ul>
 */
public final class StandardsJson {
  public static final String NUMBER_FORMAT = "json.number.format";
  public static final String DATE_FORMAT = "json.date.format";
  public static final String ID_MISSING = "json.id.missing";
  public static final String FIELD_MISSING = "json.field.missing";
  public static final String FIELD_TYPE = "json.field.type";
  public static final String FIELD_DUPLICATE = "json.field.duplicate";
  public static final String NOT_AN_OBJECT = "json.record.not-object";
  public static final String RECORD_INVALID = "json.record.invalid";
  public static final String VERSION_BLANK = "json.version.blank";
  public static final String CORE_FLAG_MISSING = "json.duty.core-flag-missing";
  public static final String SYNTAX = "json.syntax";
  public static final String LIMIT = "json.limit";
  public static final String SHAPE = "json.shape";
  public static final String EMPTY = "json.empty";
  public static final String IO = "read.io";

  /** Default deepest nesting of arrays and objects: 64 (real records nest 4 deep). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** Default longest string value: 5,000,000 characters (the longest real field is under 100,000). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 5_000_000;
  /** Default longest document: 1 GiB uncompressed (the national catalogue is about 68 MB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 1L << 30;

  private StandardsJson() {}

  private static final Options DEFAULTS =
      new Options(DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_DOCUMENT_LENGTH);

  /** A reader with the default limits. */
  public static Options reader() {
    return DEFAULTS;
  }

  /**
   * Reads every record of {@code file} into a catalogue of the accepted ones, with the default limits. Rejected
   * records do not stop the load: they are in {@link Loaded#rejected()}, with their text and located findings, and
   * {@link Loaded#requireNoErrors()} refuses them. Of the national catalogue of 2026-08-22, 2,166 of 2,170 records
   * are loaded and 4 rejected ({@code standard.version.format}: versions {@code 1} and {@code V0.0}).
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if it cannot be read to its end (a truncated gzip stream, broken JSON, a read limit): a
   *     catalogue of part of a file would pass for the whole
   */
  public static Loaded<StandardCatalogue> readCatalogue(Path file) throws IOException {
    return reader().open(file).load().map(StandardCatalogue::of);
  }

  /**
   * How to read: the read constraints applied to the JSON. Immutable and thread-safe; each method returns a new
   * instance. Keep and reuse an instance: it holds the configured parser factory.
   */
  public static final class Options {
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final long maxDocumentLength;
    private final JsonFactory factory;

    private Options(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {
      this.maxNestingDepth = maxNestingDepth;
      this.maxStringLength = maxStringLength;
      this.maxDocumentLength = maxDocumentLength;
      this.factory = JsonStandardsSource.factory(maxNestingDepth, maxStringLength, maxDocumentLength);
    }

    /** Deepest nesting of arrays and objects; default {@value #DEFAULT_MAX_NESTING_DEPTH}. */
    public Options maxNestingDepth(int depth) {
      return new Options(depth, maxStringLength, maxDocumentLength);
    }

    /** Longest string value in characters; default {@value #DEFAULT_MAX_STRING_LENGTH}. */
    public Options maxStringLength(int length) {
      return new Options(maxNestingDepth, length, maxDocumentLength);
    }

    /** Longest document in bytes (uncompressed); default {@value #DEFAULT_MAX_DOCUMENT_LENGTH}. */
    public Options maxDocumentLength(long length) {
      return new Options(maxNestingDepth, maxStringLength, length);
    }

    /**
     * Opens {@code file}; its name is the source of positions.
     *
     * @throws IOException if the file cannot be opened
     */
    public RecordReader<Standard> open(Path file) throws IOException {
      return open(Files.newInputStream(file), file.toString());
    }

    /** Reads {@code input}, which the reader closes; {@code sourceName} names it in positions. */
    public RecordReader<Standard> open(InputStream input, String sourceName) {
      return new JsonStandardsSource(input, sourceName, factory);
    }
  }
}

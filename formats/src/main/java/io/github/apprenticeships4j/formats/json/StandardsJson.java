package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;
import io.github.apprenticeships4j.formats.internal.json.JsonStandardsSource;
import java.io.IOException;
import java.nio.file.Path;

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
 * fields, and a blank {@code version} (read as 1.0 with warning {@value ReadCodes#JSON_VERSION_BLANK}). The reader
 * maps records; it does not apply the rules of {@link io.github.apprenticeships4j.core.standard.StandardValidator}.
 *
 * <p>Findings of the reader, with codes:
 * <ul>
 *   <li>rejected records (ERROR): the codes of the model's factories for a malformed reference, version or LARS
 *       code, {@value ReadCodes#JSON_NUMBER_FORMAT}, {@value ReadCodes#JSON_DATE_FORMAT},
 *       {@value ReadCodes#JSON_ID_MISSING}, {@value ReadCodes#JSON_FIELD_MISSING}, {@value ReadCodes#JSON_FIELD_TYPE}
 *       (a field of the wrong JSON type), {@value ReadCodes#JSON_RECORD_NOT_OBJECT} (a list element that is not an
 *       object), {@value ReadCodes#JSON_RECORD_INVALID};
 *   <li>warnings on accepted records: {@value ReadCodes#JSON_VERSION_BLANK},
 *       {@value ReadCodes#JSON_DUTY_CORE_FLAG_MISSING}, {@value ReadCodes#JSON_FIELD_DUPLICATE} (a property name
 *       repeated in one object, located at the repeat: the record is kept with the last value, as the reader always
 *       read it; the national catalogue of 2026-08-22 has none);
 *   <li>reads stopped (FATAL, in {@link ReadSummary#stoppedBy()}): {@value ReadCodes#JSON_SYNTAX} (malformed JSON,
 *       invalid UTF-8, trailing content), {@value ReadCodes#JSON_LIMIT} (a read limit was exceeded),
 *       {@value ReadCodes#JSON_SHAPE} (neither a list nor an object), {@value ReadCodes#JSON_EMPTY} (no JSON at
 *       all), {@value ReadCodes#IO} (the source failed, e.g. a truncated gzip stream).
 * </ul>
 */
public final class StandardsJson {
  private static final JsonOptions<RecordReader<Standard>> DEFAULTS =
      JsonReaderOptions.of(JsonStandardsSource::new, 64, 5_000_000, 1L << 30);

  private StandardsJson() {}

  /**
   * The options of a reader, at their defaults: nesting depth 64 (real records nest 4 deep), strings of 5,000,000
   * characters (the longest real field is under 100,000), documents of 1 GiB uncompressed (the national catalogue is
   * about 68 MB).
   */
  public static JsonOptions<RecordReader<Standard>> reader() {
    return DEFAULTS;
  }

  /**
   * Reads every record of {@code file} into a catalogue of the accepted ones, with the default options. Rejected
   * records do not stop the load: they are in {@link Loaded#rejected()}, with their text and located findings, and
   * {@link Loaded#requireNoErrors()} refuses them. Of the national catalogue of 2026-08-22, 2,166 of 2,170 records
   * are loaded and 4 rejected (malformed versions {@code 1} and {@code V0.0}).
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if it cannot be read to its end (a truncated gzip stream, broken JSON, a read limit): a
   *     catalogue of part of a file would pass for the whole
   */
  public static Loaded<StandardCatalogue> readCatalogue(Path file) throws IOException {
    return reader().open(file).load().map(StandardCatalogue::of);
  }
}

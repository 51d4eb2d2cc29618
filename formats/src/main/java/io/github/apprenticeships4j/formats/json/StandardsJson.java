package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;
import io.github.apprenticeships4j.formats.internal.json.JsonStandardsSource;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads apprenticeship standards in the JSON of the Skills England API onto {@link Standard}s, with the contract of
 * the JSON record readers of this package: the list of the list endpoint and of the national catalogue, or the one
 * record of the single-standard endpoint. Both shapes of record are read: standards ({@code knowledges},
 * {@code skills}, {@code behaviours}, {@code duties}) and foundation apprenticeships ({@code technicalKnowledges},
 * {@code technicalSkills}, {@code employabilitySkillsAndBehaviours}).
 *
 * <p>What the real data does is tolerated: dates with a space before the offset, HTML-escaped HTML (decoded once),
 * {@code larsCode} as a number or a string (0: none yet), fields missing from old records and unknown fields; a blank
 * {@code version} (read as 1.0), a duty without its core flag (read as a core duty) and a property name repeated in
 * one object (the last value kept) are warnings. The reader maps records; it does not apply the rules of
 * {@link io.github.apprenticeships4j.core.standard.StandardValidator}.
 */
public final class StandardsJson {
  private static final JsonOptions<RecordReader<Standard>> DEFAULTS =
      JsonReaderOptions.of(JsonStandardsSource::new, 64, 5_000_000, 1L << 30);
  private static final JsonOptions<RecordReader<Standard>> FEED_FACTS =
      JsonReaderOptions.of(JsonStandardsSource::feedFacts, 64, 5_000_000, 1L << 30);

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
   * The options of a reader that keeps of each record only what the provider feed rules read (see
   * {@link KnownStandards}): reference, LARS code, version, title, level, route, status, typical duration, maximum
   * funding and dates. KSBs, duties, options, the descriptive texts and the record's other facts (off-the-job hours,
   * EPA period, pathway, cluster, sector subject areas, occupation code) are skipped unread and left empty, so the
   * national catalogue takes about a megabyte instead of about 30, and is read faster. The fields skipped are not
   * checked either: a record whose KSBs or duties the full reader rejects is accepted here. Same defaults as
   * {@link #reader()}.
   */
  public static JsonOptions<RecordReader<Standard>> feedReader() {
    return FEED_FACTS;
  }

  /**
   * Reads the training courses of {@code file}, as the provider feed check knows them, with {@link #feedReader()}:
   * {@code KnownStandards.of} the catalogue of the accepted records, without building their KSBs and duties.
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if it cannot be read to its end
   */
  public static Loaded<KnownStandards> readKnownStandards(Path file) throws IOException {
    return feedReader().open(file).load().map(standards -> KnownStandards.of(StandardCatalogue.of(standards)));
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

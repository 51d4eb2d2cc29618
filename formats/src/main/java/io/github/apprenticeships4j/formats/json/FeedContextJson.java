package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.context.FeedContextJsonSource;
import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads what the apprenticeship service knows when it checks a bulk-upload feed, a {@link FeedContext}, from the
 * library's JSON document: the {@code validationDate} (required), the {@code provider} ({@code ukprn},
 * {@code courseManagementLink}), its {@code declaredStandards} (LARS codes), the employers' {@code agreements} (each
 * {@code id}, {@code signed}, {@code levyPayer} and the provider's {@code permission} to add apprentices), the
 * {@code cohorts}, the {@code existingApprenticeships} for the overlap rules, the reservations service's verdicts
 * ({@code reservations}: reasons by row number) and the service's {@code limits}. A part left out is not known, and
 * the rules that need it are not checked ({@link io.github.apprenticeships4j.core.feed.FeedValidator#notChecked()});
 * an empty list is known to be empty (no cohorts: every {@code CohortRef} is unknown). The known courses are a
 * separate input (a standards catalogue). The format is described by the JSON Schema {@value #SCHEMA_RESOURCE} (a
 * resource of this module) and identified by {@code "format": "}{@value #FORMAT}{@code "}.
 *
 * <p>A document is one record and one row: accepted with the context, or rejected with its text and every error;
 * loading a document with errors throws a {@link LoadException}. Each finding's path is the JSON Pointer of the value
 * (e.g. {@code /cohorts/0/reference}). A property the format does not have is a warning
 * ({@code json.field.unknown}), a property name repeated in one object an error; the codes are the {@code json.*}
 * ones of {@link io.github.apprenticeships4j.formats.ReadCodes}. The reader never throws an unchecked exception for
 * any input.
 */
public final class FeedContextJson {
  /** The value of the document's {@code format} property. */
  public static final String FORMAT = "apprenticeships4j-feed-context/1";
  /** Class-path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/io/github/apprenticeships4j/formats/json/feed-context.schema.json";

  private static final JsonOptions<RecordReader<FeedContext>> DEFAULTS =
      JsonReaderOptions.of(FeedContextJsonSource::new, 16, 100_000, 64L << 20);

  private FeedContextJson() {}

  /**
   * The options of a reader, at their defaults: nesting depth 16, strings of 100,000 characters, documents of 64 MiB.
   * A reader gives one row, the document's.
   */
  public static JsonOptions<RecordReader<FeedContext>> reader() {
    return DEFAULTS;
  }

  /**
   * Reads the document of {@code file} with the default options: its context, with its warnings.
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if the document has errors or cannot be read to its end, with the findings
   */
  public static Loaded<FeedContext> read(Path file) throws IOException {
    return read(reader().open(file));
  }

  /**
   * Reads the document of {@code reader}, from {@link #reader()}, and closes it: its context, with its warnings.
   *
   * @throws LoadException if the document has errors or cannot be read to its end, with the findings
   */
  public static Loaded<FeedContext> read(RecordReader<FeedContext> reader) throws LoadException {
    Loaded<List<FeedContext>> loaded = reader.load();
    if (loaded.value().isEmpty()) {
      throw new LoadException(loaded.summaries(), loaded.issues());
    }
    return loaded.map(contexts -> contexts.get(0));
  }

  /** The JSON Schema of the format, {@value #SCHEMA_RESOURCE}, as text. */
  public static String schema() {
    try (InputStream in = FeedContextJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

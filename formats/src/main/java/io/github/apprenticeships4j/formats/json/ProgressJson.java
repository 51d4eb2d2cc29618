package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.json.JsonReaderOptions;
import io.github.apprenticeships4j.formats.internal.progress.ProgressJsonSource;
import io.github.apprenticeships4j.formats.internal.progress.ProgressJsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes the library's JSON format for apprentices' progress records
 * ({@link io.github.apprenticeships4j.core.progress.ProgressRecord}): one document with the {@code format}
 * {@value #FORMAT} and either one {@code apprentice} or a cohort, {@code apprentices}, a list. An apprentice has an
 * {@code apprenticeId}, the {@code standard} and {@code standardVersion}, an optional {@code option}, the
 * {@code startDate} and {@code plannedEndDate} (yyyy-mm-dd), the contracted {@code weeklyHours}, an optional
 * {@code ageAtStart}, and optionally {@code learningBreaks} ({@code from}, {@code to}), {@code offTheJob} sessions
 * ({@code date}, {@code hours}, {@code kind} {@code planned} or {@code actual}, an optional {@code activity}),
 * {@code evidence} ({@code ksb} code such as {@code K1}, {@code description}, {@code date}, {@code confirmedBy}),
 * {@code englishAndMaths} ({@code english} and {@code maths} levels held), {@code gatewayRequirements} ({@code id},
 * {@code met}) and a {@code gatewayDate}. It is described by the JSON Schema {@value #SCHEMA_RESOURCE} (a resource of
 * this module). What {@link #write} writes, {@link #read} reads back equal when its values are in the format's ranges:
 * hours 0 to 168 a week and 0 to 10,000 in one session with a scale of 0 to 2 (e.g. {@code 37.5}, {@code 37.50}),
 * {@code ageAtStart} 0 to 120, English and maths levels 1 to 8, KSB codes 1 to 4 letters then 1 to 4 digits.
 *
 * <p>Each apprentice is one record and one row, numbered from 1 and located at its first character: accepted with its
 * record, or rejected with its text and every error, each with its JSON path from the document's root (e.g.
 * {@code apprentices[2].offTheJob[0].hours}), so one bad apprentice does not hide the others. Values outside the
 * ranges above are errors; hours may be written with more decimals if they are zeros, and are read with a scale of 0
 * to 2 ({@code 15.0000} as 15.00, {@code 1E+2} as 100); a whole number may be written {@code 22.0}, as JSON Schema
 * allows. Dates are yyyy-mm-dd days of the calendar, the standard and version written as the writer writes them
 * ({@code ST1398}, {@code 1.0}), and a property present as {@code null} has the wrong type. A document whose frame is
 * wrong (not an object, another format, both or neither of
 * {@code apprentice} and {@code apprentices}) is one rejected row. A property the format does not have is a warning,
 * a property name repeated in one object an error; the codes are the {@code progress-json.*} ones of
 * {@link ReadCodes}. The reader maps; whether the KSBs, option and dates fit the standard is judged by
 * {@link io.github.apprenticeships4j.core.progress.ProgressCheck}.
 */
public final class ProgressJson {
  /** The value of the document's {@code format} property. */
  public static final String FORMAT = "apprenticeships4j-progress/1";
  /** Class-path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/io/github/apprenticeships4j/formats/json/progress.schema.json";

  private static final JsonOptions<RecordReader<ProgressRecord>> DEFAULTS =
      JsonReaderOptions.of(ProgressJsonSource::new, 16, 100_000, 64L << 20);

  private ProgressJson() {}

  /**
   * The options of a reader, at their defaults: nesting depth 16, strings of 100,000 characters, documents of 64 MiB.
   * A reader gives one row per apprentice.
   */
  public static JsonOptions<RecordReader<ProgressRecord>> reader() {
    return DEFAULTS;
  }

  /**
   * Reads the document of {@code file} with the default options: the records of its apprentices that have no error,
   * with the rejected ones and every finding.
   *
   * @throws IOException if the file cannot be opened
   * @throws LoadException if the document cannot be read to its end, with the findings
   */
  public static Loaded<List<ProgressRecord>> read(Path file) throws IOException {
    return reader().open(file).load();
  }

  /**
   * Writes the document of one apprentice's {@code record}, indented UTF-8.
   *
   * @throws UncheckedIOException if {@code output} fails
   */
  public static void write(ProgressRecord record, OutputStream output) {
    ProgressJsonWriter.write(List.of(record), false, output);
  }

  /**
   * Writes the document of a cohort, {@code records} in order, indented UTF-8.
   *
   * @throws UncheckedIOException if {@code output} fails
   */
  public static void write(List<ProgressRecord> records, OutputStream output) {
    ProgressJsonWriter.write(List.copyOf(records), true, output);
  }

  /** The document of one apprentice's {@code record} as a string. */
  public static String toJson(ProgressRecord record) {
    return ProgressJsonWriter.toJson(List.of(record), false);
  }

  /** The document of a cohort, {@code records} in order, as a string. */
  public static String toJson(List<ProgressRecord> records) {
    return ProgressJsonWriter.toJson(List.copyOf(records), true);
  }

  /** The JSON Schema of the format, {@value #SCHEMA_RESOURCE}, as text. */
  public static String schema() {
    try (InputStream in = ProgressJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

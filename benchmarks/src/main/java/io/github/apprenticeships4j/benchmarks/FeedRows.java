package io.github.apprenticeships4j.benchmarks;

import io.github.apprenticeships4j.core.feed.FeedColumn;
import io.github.apprenticeships4j.core.feed.KnownStandard;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A deterministic bulk-upload feed of realistic, valid rows: ULNs with their check digits, real LARS codes of the
 * national catalogue that accept starts from August 2026 to July 2027, start dates in that academic year, end months
 * after the typical duration, prices up to the funding band maximum, one row in ten with recognised prior learning.
 * Row {@code i} is always the same.
 */
public final class FeedRows {
  /** The day the feed is checked: every generated start date is allowed on it. */
  public static final LocalDate VALIDATION_DATE = LocalDate.of(2026, 9, 15);

  private static final String[] FAMILY = {"Okafor", "Smith", "Jones", "Williams", "Brown", "Taylor", "Davies",
      "Evans", "Wilson", "Thomas", "Patel", "Khan", "O'Brien", "Nowak", "MacDonald", "Hughes"};
  private static final String[] GIVEN = {"Adaeze", "Oliver", "Amelia", "Jack", "Isla", "Harry", "Ava", "Mohammed",
      "Mia", "Noah", "Sophia", "Leo", "Grace", "Zara", "Arjun", "Chloe Anne"};
  private static final String[] AGREEMENTS = {"XEGE5X", "V7KP2M", "JR4W9D", "M3YT8Q"};

  /** One course a row may name. */
  public record Course(int larsCode, int typicalDurationMonths, int cap, Standard standard) {}

  private final List<Course> courses;

  private FeedRows(List<Course> courses) {
    this.courses = courses;
  }

  /** The courses of {@code catalogue} that accept starts throughout the academic year 2026/27. */
  public static FeedRows of(StandardCatalogue catalogue) {
    KnownStandards known = KnownStandards.of(catalogue);
    TreeMap<Integer, Course> byCode = new TreeMap<>();
    LocalDate first = LocalDate.of(2026, 8, 1);
    LocalDate last = LocalDate.of(2027, 7, 1);
    catalogue.stream().filter(s -> s.larsCode().isPresent()).forEach(s -> {
      Optional<KnownStandard> course = known.find(s.larsCode().get());
      if (course.isEmpty() || course.get().isFoundationApprenticeship()) {
        return;
      }
      KnownStandard k = course.get();
      boolean open = k.effectiveFrom().map(f -> !f.isAfter(first)).orElse(false)
          && k.effectiveTo().map(t -> !t.isBefore(last)).orElse(true);
      Optional<BigDecimal> cap = k.maxFundingOn(first);
      Optional<Standard> version = k.versions().stream().filter(v -> v.acceptsStartsOn(first)).reduce((a, b) -> b);
      if (open && cap.isPresent() && cap.get().intValue() >= 2_000 && version.isPresent()
          && version.get().typicalDurationMonths() >= 12 && version.get().typicalDurationMonths() <= 60) {
        byCode.put(k.larsCode().value(), new Course(k.larsCode().value(),
            version.get().typicalDurationMonths(), cap.get().intValue(), version.get()));
      }
    });
    if (byCode.size() < 50) {
      throw new IllegalStateException("too few open courses in the catalogue: " + byCode.size());
    }
    return new FeedRows(new ArrayList<>(byCode.values()));
  }

  /** The national catalogue of the gzip JSON file {@code path}. */
  public static StandardCatalogue catalogue(Path path) {
    return catalogue(path, StandardsJson.reader());
  }

  /**
   * The national catalogue of the gzip JSON file {@code path} with only what the feed rules read
   * ({@link StandardsJson#feedReader()}).
   */
  public static StandardCatalogue feedCatalogue(Path path) {
    return catalogue(path, StandardsJson.feedReader());
  }

  private static StandardCatalogue catalogue(Path path, JsonOptions<RecordReader<Standard>> options) {
    List<Standard> standards = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path));
        RecordReader<Standard> reader = options.open(in, path.toString())) {
      reader.rows().forEach(row -> {
        if (row instanceof Row.Accepted<Standard> ok) {
          standards.add(ok.value());
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return StandardCatalogue.of(standards);
  }

  public List<Course> courses() {
    return courses;
  }

  /** The course of row {@code i}. */
  public Course course(long i) {
    return courses.get((int) ((i * 31) % courses.size()));
  }

  /** The header line, CRLF-terminated. */
  public static String header() {
    return FeedColumn.templateHeader() + "\r\n";
  }

  /** The ULN of row {@code i}: ten digits with their check digit (prefixes without one are skipped). */
  public static String uln(long i) {
    long nine = 100_000_000L + i * 3;
    while (true) {
      String prefix = Long.toString(nine);
      var check = Uln.checkDigit(prefix);
      if (check.isPresent()) {
        return prefix + check.getAsInt();
      }
      nine++; // a prefix of row i+1 starts 3 higher; at most one prefix in 11 has no check digit
    }
  }

  /** The start date of row {@code i}, from August 2026 to July 2027. */
  public static LocalDate start(long i) {
    return LocalDate.of(2026, 8, 1).plusMonths(i % 12).withDayOfMonth((int) (i % 28) + 1);
  }

  /** The date of birth of row {@code i}: the apprentice is 16 to 23 at the start. */
  public static LocalDate dateOfBirth(long i) {
    return LocalDate.of(2003, 1, 1).plusDays((i * 7919) % 2700);
  }

  /** The total price of row {@code i}, in pounds: at or below the course's cap. */
  public int price(long i) {
    Course c = course(i);
    return Math.max(1_000, c.cap() - (int) (i % 10) * 250);
  }

  /** Appends row {@code i}, CRLF-terminated, in template column order. */
  public void appendRow(long i, StringBuilder out) {
    Course c = course(i);
    LocalDate start = start(i);
    String family = FAMILY[(int) (i % FAMILY.length)];
    String given = GIVEN[(int) ((i / 16) % GIVEN.length)];
    boolean rpl = i % 10 == 7;
    out.append(i % 5 == 0 ? "COH" + (i % 1000) : "").append(',')
        .append(AGREEMENTS[(int) (i % AGREEMENTS.length)]).append(',')
        .append(uln(i)).append(',')
        .append(family).append(',')
        .append(given).append(',')
        .append(dateOfBirth(i)).append(',')
        .append(given.replace(' ', '.').toLowerCase(java.util.Locale.ROOT)).append('.')
        .append(family.replace("'", "").toLowerCase(java.util.Locale.ROOT)).append(i).append("@example.com,")
        .append(c.larsCode()).append(',')
        .append(start).append(',')
        .append(YearMonth.from(start).plusMonths(c.typicalDurationMonths() + 3)).append(',')
        .append(price(i)).append(',')
        .append("EPA").append(String.format(java.util.Locale.ROOT, "%04d", i % 900 + 1)).append(',')
        .append("APP-").append(i).append(',')
        .append(rpl ? "true,400,60,,,750" : "false,,,,,")
        .append("\r\n");
  }

  /** The header and rows {@code 0} to {@code rows - 1}, in UTF-8. */
  public byte[] bytes(int rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 150);
    StringBuilder line = new StringBuilder(256).append(header());
    for (int i = 0; i < rows; i++) {
      appendRow(i, line);
      if (line.length() > 60_000) {
        out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        line.setLength(0);
      }
    }
    out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The same feed as {@link #bytes(int)}, generated as it is read: no memory grows with {@code rows}. */
  public InputStream stream(long rows) {
    return new InputStream() {
      private byte[] chunk = header().getBytes(StandardCharsets.UTF_8);
      private int pos;
      private long next;
      private final StringBuilder line = new StringBuilder(256);

      @Override
      public int read() {
        if (pos == chunk.length && !advance()) {
          return -1;
        }
        return chunk[pos++] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (pos == chunk.length && !advance()) {
          return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
      }

      private boolean advance() {
        if (next == rows) {
          return false;
        }
        line.setLength(0);
        for (int k = 0; k < 64 && next < rows; k++) {
          appendRow(next++, line);
        }
        chunk = line.toString().getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
      }
    };
  }
}

package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.provider.AchievementRate;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.AchievementRatesCsvSource;
import io.github.apprenticeships4j.formats.internal.csv.CsvInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the national achievement rates tables (NART) CSV of apprenticeships onto {@link AchievementRate}s, one row
 * per record, none dropped: the provider file (with a {@code UKPRN} column) and the national "overall" file (the same
 * columns without it, rates without a provider).
 *
 * <pre>{@code
 * try (RecordReader<AchievementRate> reader = AchievementRatesCsv.reader().period("2324").open(path)) {
 *   reader.rows().forEach(row -> ...);
 * }
 * }</pre>
 *
 * <p><b>The file.</b> The columns DfE's importers read (das-apim-endpoints {@code NationalAchievementRateCsv},
 * das-coursedelivery-api {@code NationalAchievementRateOverallCsv}): {@code UKPRN} (optional), {@code Age_Band},
 * {@code Sector_Subject_Area_T2}, {@code Apprenticeship_Level_Grouped}, {@code Overall_Leavers},
 * {@code Overall_Achievement_Rate}. Columns match ignoring case and surrounding spaces, in any order; others are
 * ignored. The file has no period column: give the academic year with {@link Options#period(String)}.
 *
 * <p><b>The mapping.</b> Values are stripped.
 * <table>
 *   <caption>Columns and what they become</caption>
 *   <tr><th>Column</th><th>{@code AchievementRate}</th><th>otherwise</th></tr>
 *   <tr><td>UKPRN</td><td>{@code ukprn()}; absent without the column</td><td>rejected
 *   ({@code provider.ukprn.format})</td></tr>
 *   <tr><td>Age_Band</td><td>{@code ageBand()}: 16-18, 19-23, 24+, All Age</td><td>rejected
 *       ({@value CsvCodes#VALUE_UNKNOWN})</td></tr>
 *   <tr><td>Sector_Subject_Area_T2</td><td>{@code sectorSubjectArea()}</td><td>blank: absent, warning</td></tr>
 *   <tr><td>Apprenticeship_Level_Grouped</td><td>{@code levelGroup()}: 2, 3, 4+, All Levels</td><td>rejected
 *       ({@value CsvCodes#VALUE_UNKNOWN})</td></tr>
 *   <tr><td>Overall_Leavers</td><td>{@code publishedLeavers()}: a whole number or a suppression marker</td>
 *       <td>blank: absent, warning; junk: rejected ({@value CsvCodes#NUMBER_FORMAT})</td></tr>
 *   <tr><td>Overall_Achievement_Rate</td><td>{@code publishedRate()}: a percentage such as {@code 67.5}, at most
 *       100, or a suppression marker</td><td>blank: absent, warning; junk: rejected
 *       ({@value CsvCodes#NUMBER_FORMAT}); above 100: rejected ({@code provider.achievement-rate.range})</td></tr>
 * </table>
 * Suppression markers, ignoring case: the Government Statistical Service symbols {@code x}, {@code c}, {@code z},
 * {@code u}, {@code low} and {@code ..}, and {@code *} and {@code -}. A suppressed value is kept as written, without a
 * finding: {@code AchievementRate.isSuppressed()} tells it, and its band is {@code None}.
 *
 * <p>Findings are located as in {@link StandardsCsv}, and the read stops with a fatal finding for the same
 * structural reasons.
 */
public final class AchievementRatesCsv {
  private AchievementRatesCsv() {}

  /** The options of a reader, all at their defaults. */
  public static Options reader() {
    return Options.DEFAULTS;
  }

  /** The options of a reader. Immutable and thread-safe: each setter returns a copy. */
  public static final class Options {
    private static final Options DEFAULTS = new Options(StandardCharsets.UTF_8, 10, Optional.empty());

    private final Charset charset;
    private final int maxPreambleLines;
    private final Optional<String> period;

    private Options(Charset charset, int maxPreambleLines, Optional<String> period) {
      this.charset = charset;
      this.maxPreambleLines = maxPreambleLines;
      this.period = period;
    }

    /** The charset of byte inputs; default UTF-8. A byte order mark is skipped. */
    public Options charset(Charset charset) {
      return new Options(Objects.requireNonNull(charset, "charset"), maxPreambleLines, period);
    }

    /**
     * How many lines may stand above the header; default 10.
     *
     * @throws IllegalArgumentException if {@code lines} is negative
     */
    public Options maxPreambleLines(int lines) {
      return new Options(charset, CsvInputs.preamble(lines), period);
    }

    /** The academic year every rate of the file is about, e.g. {@code 2324}; default none. */
    public Options period(String period) {
      return new Options(charset, maxPreambleLines, Optional.of(period.strip()));
    }

    /**
     * A reader of {@code file}; the source name in positions is {@code file.toString()}.
     *
     * @throws IOException if the file cannot be opened
     */
    public RecordReader<AchievementRate> open(Path file) throws IOException {
      return open(Files.newInputStream(file), file.toString());
    }

    /** A reader of {@code input}, which it closes. */
    public RecordReader<AchievementRate> open(InputStream input, String sourceName) {
      return open(CsvInputs.decode(input, charset), sourceName);
    }

    /** A reader of {@code reader}, which it closes; the charset option does not apply. */
    public RecordReader<AchievementRate> open(Reader reader, String sourceName) {
      return new AchievementRatesCsvSource(Objects.requireNonNull(reader, "reader"),
          Objects.requireNonNull(sourceName, "sourceName"), maxPreambleLines, period);
    }
  }
}

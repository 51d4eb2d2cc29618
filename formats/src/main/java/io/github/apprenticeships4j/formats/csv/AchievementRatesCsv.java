package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.provider.AchievementRate;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.AchievementRatesCsvSource;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import java.util.Optional;

/**
 * Reads the national achievement rates tables (NART) CSV of apprenticeships onto {@link AchievementRate}s, one row
 * per record, none dropped: the provider file (with a {@code UKPRN} column) and the national "overall" file (the same
 * columns without it, rates without a provider).
 *
 * <pre>{@code
 * try (RecordReader<AchievementRate> reader = AchievementRatesCsv.reader("2324").open(path)) {
 *   reader.rows().forEach(row -> ...);
 * }
 * }</pre>
 *
 * <p><b>The file.</b> The columns DfE's importers read (das-apim-endpoints {@code NationalAchievementRateCsv},
 * das-coursedelivery-api {@code NationalAchievementRateOverallCsv}): {@code UKPRN} (optional), {@code Age_Band},
 * {@code Sector_Subject_Area_T2}, {@code Apprenticeship_Level_Grouped}, {@code Overall_Leavers},
 * {@code Overall_Achievement_Rate}. Columns match ignoring case and surrounding spaces, in any order; others are
 * ignored. The file has no period column: give the academic year with {@link #reader(String)}.
 *
 * <p><b>The mapping.</b> Values are stripped.
 * <table>
 *   <caption>Columns and what they become</caption>
 *   <tr><th>Column</th><th>{@code AchievementRate}</th><th>otherwise</th></tr>
 *   <tr><td>UKPRN</td><td>{@code ukprn()}; absent without the column</td><td>rejected
 *   ({@code provider.ukprn.format})</td></tr>
 *   <tr><td>Age_Band</td><td>{@code ageBand()}: 16-18, 19-23, 24+, All Age</td><td>rejected
 *       ({@value ReadCodes#CSV_VALUE_UNKNOWN})</td></tr>
 *   <tr><td>Sector_Subject_Area_T2</td><td>{@code sectorSubjectArea()}</td><td>blank: absent, warning</td></tr>
 *   <tr><td>Apprenticeship_Level_Grouped</td><td>{@code levelGroup()}: 2, 3, 4+, All Levels</td><td>rejected
 *       ({@value ReadCodes#CSV_VALUE_UNKNOWN})</td></tr>
 *   <tr><td>Overall_Leavers</td><td>{@code publishedLeavers()}: a whole number or a suppression marker</td>
 *       <td>blank: absent, warning; junk: rejected ({@value ReadCodes#CSV_NUMBER_FORMAT})</td></tr>
 *   <tr><td>Overall_Achievement_Rate</td><td>{@code publishedRate()}: a percentage such as {@code 67.5}, at most
 *       100, or a suppression marker</td><td>blank: absent, warning; junk: rejected
 *       ({@value ReadCodes#CSV_NUMBER_FORMAT}); above 100: rejected ({@code provider.achievement-rate.range})</td></tr>
 * </table>
 * Suppression markers, ignoring case: the Government Statistical Service symbols {@code x}, {@code c}, {@code z},
 * {@code u}, {@code low} and {@code ..}, and {@code *} and {@code -}. A suppressed value is kept as written, without a
 * finding: {@code AchievementRate.isSuppressed()} tells it, and its band is {@code None}.
 *
 * <p>Findings are located as in {@link StandardsCsv}, and the read stops with a fatal finding for the same
 * structural reasons.
 */
public final class AchievementRatesCsv {
  private static final CsvOptions<RecordReader<AchievementRate>> DEFAULTS = reader(Optional.empty());

  private AchievementRatesCsv() {}

  /**
   * The options of a reader of rates without a period, at their defaults: UTF-8, up to 10 lines above the header,
   * 1,000,000 characters a field, 10,000,000 a record.
   */
  public static CsvOptions<RecordReader<AchievementRate>> reader() {
    return DEFAULTS;
  }

  /**
   * The options of a reader, at the defaults of {@link #reader()}, of a file whose every rate is about
   * {@code period}, the academic year such as {@code 2324} (the file has no period column).
   */
  public static CsvOptions<RecordReader<AchievementRate>> reader(String period) {
    return reader(Optional.of(period.strip()));
  }

  private static CsvOptions<RecordReader<AchievementRate>> reader(Optional<String> period) {
    return CsvReaderOptions.of((input, source, settings) -> new AchievementRatesCsvSource(input, source, settings,
        period), CsvSettings.DEFAULTS);
  }
}

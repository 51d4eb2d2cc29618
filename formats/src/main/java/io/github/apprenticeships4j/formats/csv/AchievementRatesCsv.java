package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.provider.AchievementRate;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.AchievementRatesCsvSource;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import java.util.Optional;

/**
 * Reads the national achievement rates tables (NART) CSV of apprenticeships onto {@link AchievementRate}s, with the
 * contract of every CSV reader of this package: the provider file (with a {@code UKPRN} column) and the national
 * "overall" file (without it). The file has no period column: give the academic year.
 *
 * <pre>{@code
 * List<AchievementRate> rates = AchievementRatesCsv.reader("2324").open(path).load().value();
 * }</pre>
 *
 * <p>The columns are those DfE's importers read: {@code UKPRN} (optional), {@code Age_Band},
 * {@code Sector_Subject_Area_T2}, {@code Apprenticeship_Level_Grouped}, {@code Overall_Leavers} and
 * {@code Overall_Achievement_Rate}. A malformed UKPRN or number, an unknown age band or level group, or a rate above
 * 100 rejects the row; a blank value is absent, with a warning. Suppressed values ({@code x}, {@code c}, {@code z},
 * {@code u}, {@code low}, {@code ..}, {@code *}, {@code -}) are kept as published, without a finding
 * ({@code AchievementRate.isSuppressed()}).
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

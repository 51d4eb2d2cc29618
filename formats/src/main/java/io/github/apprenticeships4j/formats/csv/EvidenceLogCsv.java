package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.progress.EvidenceLogEntry;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.CsvReaderOptions;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.internal.csv.EvidenceLogCsvSource;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads a cohort's KSB evidence log, one evidence item a row, onto {@link EvidenceLogEntry}s, with the contract of
 * every CSV reader of this package; {@link EvidenceLogEntry#attach} adds them to the apprentices' progress records.
 * The columns are {@code ApprenticeId}, {@code StandardReference} ({@code ST1398}), {@code KsbCode} ({@code K1},
 * {@code S12}, {@code B3}: K, S or B, or TK, TS or ESB in a foundation apprenticeship ({@code TK1}), and the KSB's
 * number, in either letter case, read in upper case),
 * {@code Evidence} (what the evidence is), {@code Date} (yyyy-MM-dd) and {@code ConfirmedBy}; the header names them
 * in any order and letter case, other columns are ignored, and up to 10 title lines may stand above it.
 *
 * <p>A blank value other than {@code ConfirmedBy} ({@value ReadCodes#EVIDENCE_CSV_VALUE_BLANK}), a malformed
 * standard reference, KSB code ({@value ReadCodes#EVIDENCE_CSV_KSB_CODE_FORMAT}) or date
 * ({@value ReadCodes#CSV_DATE_FORMAT}), or, for a reader given the day, a date after it
 * ({@value ReadCodes#EVIDENCE_CSV_DATE_FUTURE}) rejects the row. A blank {@code ConfirmedBy} is read as empty with a
 * warning, and a row with the same apprentice, standard, KSB, date and evidence as an earlier one is accepted with a
 * warning ({@value ReadCodes#EVIDENCE_CSV_ROW_DUPLICATE}); to find those, the reader keeps one entry per accepted row
 * in memory.
 */
public final class EvidenceLogCsv {
  private static final CsvOptions<RecordReader<EvidenceLogEntry>> DEFAULTS =
      CsvReaderOptions.of((input, source, settings) -> new EvidenceLogCsvSource(input, source, settings, null),
          CsvSettings.DEFAULTS);

  private EvidenceLogCsv() {}

  /**
   * The options of a reader that does not check dates against a day, at their defaults: UTF-8, up to 10 lines above
   * the header, 1,000,000 characters a field, 10,000,000 a record.
   */
  public static CsvOptions<RecordReader<EvidenceLogEntry>> reader() {
    return DEFAULTS;
  }

  /**
   * The options of a reader that rejects evidence dated after {@code today}, at the defaults of {@link #reader()}. The
   * reader never reads the clock: give it the day of the check.
   */
  public static CsvOptions<RecordReader<EvidenceLogEntry>> reader(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return CsvReaderOptions.of((input, source, settings) -> new EvidenceLogCsvSource(input, source, settings, today),
        CsvSettings.DEFAULTS);
  }
}

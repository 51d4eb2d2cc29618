package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.apprenticeships4j.core.progress.EvidenceLogEntry;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EvidenceLogCsvPropertiesTest {
  private static final String HEADER = "ApprenticeId,StandardReference,KsbCode,Evidence,Date,ConfirmedBy";
  private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
  /** Characters that a field must quote or that a reader could trip on, mixed with plain ones. */
  private static final String TEXT = "ab Z9,\"\n\r;-é'\t";

  /** Text of 1 to 40 characters drawn from {@link #TEXT}, not blank once stripped, as the reader strips it. */
  private static Gen<String> text() {
    return lists().of(integers().between(0, TEXT.length() - 1)).ofSizeBetween(1, 40).map(indexes -> {
      StringBuilder s = new StringBuilder();
      indexes.forEach(i -> s.append(TEXT.charAt(i)));
      return s.toString().strip().isEmpty() ? "x" : s.toString().strip();
    });
  }

  private static Gen<EvidenceLogEntry> entries() {
    Gen<String> ids = integers().between(1, 5).map(i -> "A00" + i);
    Gen<StandardReference> standards =
        integers().between(0, 9999).map(n -> StandardReference.parse(String.format("ST%04d", n)));
    Gen<String> ksbs = integers().between(0, 2).zip(integers().between(1, 999), (t, n) -> "KSB".charAt(t) + "" + n);
    Gen<LocalDate> dates = integers().between(0, 3650).map(d -> TODAY.minusDays(d));
    Gen<KsbEvidence> evidence = ksbs.zip(text(), dates, text(), (k, d, on, by) -> KsbEvidence.builder().ksbCode(k)
        .description(d).date(on).confirmedBy(by).build());
    return ids.zip(standards, evidence, EvidenceLogEntry::of);
  }

  /** A field as a spreadsheet writes it: quoted, with its quotes doubled, when it holds a delimiter or a quote. */
  static String field(String value) {
    boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  static String row(EvidenceLogEntry entry) {
    KsbEvidence e = entry.evidence();
    return String.join(",", field(entry.apprenticeId()), entry.standardReference().toString(), e.ksbCode(),
        field(e.description()), e.date().toString(), field(e.confirmedBy()));
  }

  static List<Row<EvidenceLogEntry>> readAll(String csv, List<Row<EvidenceLogEntry>> rows) {
    ReadSummary summary = ReaderInvariants.readAll(EvidenceLogCsv.reader(TODAY).open(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "evidence.csv"), rows::add);
    assertThat(summary.complete()).isTrue();
    assertThat(summary.read()).isEqualTo(summary.accepted() + summary.rejected());
    return rows;
  }

  @Test
  void anyLogWrittenAsCsv_readsBackAsTheSameEntries_inOrder() {
    qt().withExamples(200).forAll(lists().of(entries()).ofSizeBetween(0, 30)).checkAssert(log -> {
      StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
      log.forEach(entry -> csv.append(row(entry)).append("\r\n"));

      List<Row<EvidenceLogEntry>> rows = readAll(csv.toString(), new ArrayList<>());

      assertThat(rows).allMatch(Row::isAccepted);
      assertThat(rows).extracting(r -> r.valueIfAccepted().orElseThrow()).containsExactlyElementsOf(log);
    });
  }

  @Test
  void anyLogWithMutatedCharacters_losesNoRow_andCountsEachAsAcceptedOrRejected() {
    qt().withExamples(200).forAll(lists().of(entries()).ofSizeBetween(1, 20), integers().all())
        .checkAssert((log, seed) -> {
          StringBuilder csv = new StringBuilder(HEADER).append('\n');
          log.forEach(entry -> csv.append(row(entry)).append('\n'));
          Random random = new Random(seed);
          char[] chars = csv.toString().toCharArray();
          String noise = ",\"\n0K-X ";
          for (int i = 0; i < 1 + random.nextInt(6); i++) {
            int at = HEADER.length() + 1 + random.nextInt(chars.length - HEADER.length() - 1);
            chars[at] = noise.charAt(random.nextInt(noise.length()));
          }

          List<Row<EvidenceLogEntry>> rows = new ArrayList<>();
          ReadSummary summary = ReaderInvariants.readAll(EvidenceLogCsv.reader(TODAY).open(
              new ByteArrayInputStream(new String(chars).getBytes(StandardCharsets.UTF_8)), "evidence.csv"),
              rows::add);

          assertThat(summary.read()).isEqualTo(rows.size()).isEqualTo(summary.accepted() + summary.rejected());
          assertThat(rows.stream().filter(Row::isAccepted).count()).isEqualTo(summary.accepted());
        });
  }
}

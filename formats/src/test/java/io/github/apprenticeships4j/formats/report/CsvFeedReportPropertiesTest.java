package io.github.apprenticeships4j.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever the findings say, the CSV report of any rows reads back with the library's tokenizer to the same cells:
 * one record per finding (or per row without findings), the text cells neutralised against formulas and nothing
 * else changed.
 */
class CsvFeedReportPropertiesTest {
  /** Characters that matter to CSV and to spreadsheets, and a few that do not. */
  private static final String TRICKY = "ab ,;\"'\r\n\t=+-@\uFEFFé€";

  /** One generated finding. */
  record Finding(boolean error, String code, String field, String message, String value) {}

  /** One generated row: its findings (an accepted row keeps only the warnings). */
  record GeneratedRow(boolean accepted, List<Finding> findings) {}

  @Test
  void anyRows_readBackToTheSameCells() {
    qt().withExamples(500)
        .forAll(lists().of(rows()).ofSizeBetween(0, 12))
        .checkAssert(generated -> {
          StringWriter out = new StringWriter();
          FeedReport report = FeedReports.csv(out);
          report.start("feed.csv");
          List<List<String>> expected = new ArrayList<>();
          expected.add(List.of(FeedReports.CSV_HEADER.split(",")));
          long rejected = 0;
          for (int i = 0; i < generated.size(); i++) {
            GeneratedRow g = generated.get(i);
            long line = 2L + i;
            long record = 1L + i;
            SourcePosition at = SourcePosition.at("feed.csv", line, 1).inRecord(record);
            List<Issue> issues = new ArrayList<>();
            for (Finding f : g.findings()) {
              if (g.accepted() && f.error()) {
                continue;
              }
              Issue issue = Issue.of(f.error() ? Severity.ERROR : Severity.WARNING, f.code(), f.message())
                  .locatedAt(SourcePosition.at("feed.csv", line, 3).inRecord(record).atField(f.field()));
              issues.add(f.value().isEmpty() ? issue : issue.rejecting(f.value()));
            }
            boolean accepted = issues.stream().noneMatch(x -> x.severity() == Severity.ERROR);
            if (!accepted) {
              rejected++;
            }
            report.row(accepted ? new Row.Accepted<>(at, "value", issues) : new Row.Rejected<>(at, List.of(), issues));
            String valid = Boolean.toString(accepted);
            if (issues.isEmpty()) {
              expected.add(List.of(Long.toString(line), Long.toString(record), valid, "", "", "", "", "", ""));
            }
            for (Issue issue : issues) {
              expected.add(List.of(Long.toString(line), Long.toString(record), valid, issue.severity().name(),
                  safe(issue.code()), safe(issue.position().orElseThrow().field().orElseThrow()), "3",
                  safe(issue.message()), safe(issue.rejectedValue().orElse(""))));
            }
          }
          report.finish(new ReadSummary("feed.csv", generated.size(), generated.size() - rejected, rejected,
              Optional.empty()), List.of(), Map.of());

          assertThat(CsvFeedReportTest.cells(out.toString())).isEqualTo(expected);
        });
  }

  /** The neutralisation, written out independently of the library's. */
  private static String safe(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static Gen<String> text(int maxLength) {
    Gen<String> tricky = lists().of(integers().between(0, TRICKY.length() - 1)).ofSizeBetween(0, maxLength)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(TRICKY.charAt(i))).collect(Collectors.joining()));
    return Generate.oneOf(tricky, strings().allPossible().ofLengthBetween(0, maxLength));
  }

  private static Gen<Finding> findings() {
    return booleans().all().zip(text(8), text(8), text(30), text(20),
        (error, code, field, message, value) -> new Finding(error, code, field, message, value));
  }

  private static Gen<GeneratedRow> rows() {
    return booleans().all().zip(lists().of(findings()).ofSizeBetween(0, 4), GeneratedRow::new);
  }
}

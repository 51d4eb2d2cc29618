package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardDiff;
import io.github.apprenticeships4j.core.standard.StandardFilters;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardValidator;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The code shown in README.md, compiled and run by the build ({@code ReadmeSnippetsTest} checks that every Java
 * block of the README appears here, line for line).
 */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** Looks up ST1398 in a catalogue file and prints each duty with its KSB codes. */
  public static void lookUp(Path file, PrintWriter out) throws IOException {
    // tag::look-up[]
    StandardCatalogue catalogue = StandardsJson.readCatalogue(file);
    Standard ml = catalogue.get(StandardReference.of("ST1398"), StandardVersion.of(1, 0));
    out.println(ml.title() + ", LARS code " + ml.larsCode().orElseThrow()
        + ", " + ml.apprenticeshipLevel().orElseThrow().describe()
        + ", " + ml.typicalDurationMonths() + " months, cap £" + ml.maxFunding());
    for (Duty duty : ml.duties()) {
      List<String> codes = ml.ksbsOf(duty).stream().map(Ksb::code).collect(Collectors.toList());
      out.println(duty.text() + " " + codes);   // ... [K1, K2, K3, K4, K11, K18, K31, S1, S2, ...]
    }
    List<Standard> level6Digital = catalogue.select(StandardFilters.level(6)
        .and(StandardFilters.route("Digital"))
        .and(StandardFilters.keyword("machine learning")));
    // end::look-up[]
    out.println(level6Digital.size() + " level 6 Digital standards mention machine learning");
  }

  /** Streams a file, printing every rejected record's findings and the summary. */
  public static void stream(Path file, PrintWriter out) throws IOException {
    // tag::stream[]
    try (RecordReader<Standard> reader = StandardsJson.reader().open(file)) {
      reader.rows().forEach(row -> {
        if (row instanceof Row.Rejected<Standard> rejected) {
          rejected.issues().forEach(out::println);   // ERROR E1003 version: ... (file.json:12:3 (record 7, field version))
        }
      });
      out.println(reader.summary());                 // file.json: 2170 read, 2166 accepted, 4 rejected
    }
    // end::stream[]
  }

  /** Validates a catalogue and compares two versions of a standard. */
  public static void validateAndCompare(StandardCatalogue catalogue, PrintWriter out) {
    // tag::validate[]
    ValidationReport report = StandardValidator.validate(catalogue);
    report.byCode().forEach((code, issues) -> out.println(code + ": " + issues.size()));

    StandardReference dataTechnician = StandardReference.of("ST0795");
    StandardDiff diff = StandardDiff.between(
        catalogue.get(dataTechnician, StandardVersion.of(1, 0)),
        catalogue.get(dataTechnician, StandardVersion.of(1, 1)));
    out.println(diff.fieldChanges());              // [maxFunding: 12000.00 -> 13000.00, status: Retired -> ...]
    out.println(diff.ksbsAdded().size() + " KSBs added, " + diff.ksbsReworded().size() + " reworded");
    // end::validate[]
  }

  /** Checks a bulk-upload feed against a catalogue, printing the findings of rejected rows and of the file. */
  public static void feed(Path file, StandardCatalogue catalogue, PrintWriter out) throws IOException {
    // tag::feed[]
    FeedContext context = FeedContext.builder()
        .validationDate(LocalDate.now())                       // sets the latest start date allowed
        .standards(KnownStandards.of(catalogue))               // StdCode, course dates, level 7 and foundation ages
        .build();                                              // agreement ids, declared standards, limits: optional
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(file)) {
      reader.rows().filter(row -> !row.isAccepted()).forEach(row -> row.issues().forEach(out::println));
      // ERROR ULN.CHECK_DIGIT Uln: The <b>unique learner number</b> of 1272117936 isn't valid (feed.csv:3:9 (record 2, field ULN))
      reader.fileIssues().forEach(out::println);               // FILE.TOO_MANY_ROWS, feed.csv.naive-split, ...
      out.println(reader.summary());                           // feed.csv: 9 read, 2 accepted, 7 rejected
    }
    // end::feed[]
  }
}

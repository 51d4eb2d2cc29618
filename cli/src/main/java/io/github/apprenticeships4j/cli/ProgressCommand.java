package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.progress.Coverage;
import io.github.apprenticeships4j.core.progress.DutyCoverage;
import io.github.apprenticeships4j.core.progress.EvidenceLogEntry;
import io.github.apprenticeships4j.core.progress.OffTheJobHours;
import io.github.apprenticeships4j.core.progress.ProgressCheck;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.progress.ProgressReport;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.examples.ProgressPrinter;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.csv.EvidenceLogCsv;
import io.github.apprenticeships4j.formats.json.ProgressJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code a4j progress check}: apprentices' progress towards the gateway, from a progress JSON document. */
@Command(name = "progress", description = "Apprentices' progress towards the end-point assessment gateway.",
    subcommands = {ProgressCommand.Check.class})
final class ProgressCommand {
  private ProgressCommand() {}

  /** What {@code check} prints. */
  enum Format { text, json }

  @Command(name = "check", description = {"Check the progress of each apprentice of FILE (a progress JSON document, "
      + "format apprenticeships4j-progress/1, one apprentice or a cohort) against their standard: KSB coverage by "
      + "kind and by duty, off-the-job hours required, logged and still needed with the weekly rate needed, English "
      + "and maths, the gateway's blockers and the latest end-point assessment date; then, for several "
      + "apprentices, a cohort summary. With --evidence, the items of a cohort's evidence log CSV are added to the "
      + "records of the same apprentice and standard first.",
      "Exit code 1 when an apprentice is not ready for the gateway (a blocker is an error finding), a record is "
          + "rejected or its standard is not found."})
  static final class Check extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "Progress JSON document.")
    Path file;

    @Option(names = "--today", paramLabel = "yyyy-mm-dd",
        description = "The day of the check: off-the-job hours done and evidence dated up to it count, hours planned "
            + "and days in learning are counted from it (default: today).")
    @Nullable
    String today;

    @Option(names = "--evidence", paramLabel = "CSV",
        description = "A cohort's evidence log (ApprenticeId,StandardReference,KsbCode,Evidence,Date,ConfirmedBy) "
            + "whose items are added to the records of the same apprentice and standard.")
    @Nullable
    Path evidence;

    @Option(names = "--standards", paramLabel = "FILE",
        description = "Standards JSON (list or one record, .gz accepted); default: the bundled Digital route.")
    @Nullable
    Path standards;

    @SuppressWarnings("NullAway.Init") // set by picocli: it has a default
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text, or json: one JSON object (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      LocalDate day = today == null ? LocalDate.now(ZoneId.systemDefault()) : A4j.date(spec, "--today", today);
      if (!CommandIo.isFile(file, err)) {
        return A4j.UNREADABLE;
      }
      Loaded<List<ProgressRecord>> loaded;
      try {
        loaded = ProgressJson.read(file);
      } catch (LoadException e) {
        e.issues().forEach(err::println);
        err.println("a4j: cannot read " + e.summaries().get(0));
        return A4j.UNREADABLE;
      } catch (IOException e) {
        return CommandIo.cannotRead(err, file, e);
      }
      Optional<Loaded<List<EvidenceLogEntry>>> log = Optional.empty();
      if (evidence != null) {
        if (!CommandIo.isFile(evidence, err)) {
          return A4j.UNREADABLE;
        }
        try (RecordReader<EvidenceLogEntry> reader = EvidenceLogCsv.reader(day).open(evidence)) {
          log = Optional.of(reader.load());
        } catch (LoadException e) {
          e.issues().forEach(err::println);
          err.println("a4j: cannot read " + e.summaries().get(0));
          return A4j.UNREADABLE;
        } catch (IOException e) {
          return CommandIo.cannotRead(err, evidence, e);
        }
      }
      List<ProgressRecord> records = loaded.value();
      List<String> unmatched = new ArrayList<>();
      if (log.isPresent()) {
        records = EvidenceLogEntry.attach(records, log.get().value());
        for (EvidenceLogEntry entry : log.get().value()) {
          if (loaded.value().stream().noneMatch(entry::matches)) {
            unmatched.add(entry.apprenticeId() + " " + entry.standardReference());
          }
        }
        unmatched = unmatched.stream().distinct().collect(Collectors.toList());
      }
      Optional<StandardCatalogue> catalogue = StandardsCommand.catalogue(standards, err);
      if (catalogue.isEmpty()) {
        return A4j.UNREADABLE;
      }
      List<Checked> checked = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (ProgressRecord record : records) {
        Optional<Standard> standard = catalogue.get().find(record.standardReference(), record.standardVersion());
        if (standard.isPresent()) {
          checked.add(new Checked(ProgressCheck.check(record, standard.get(), day), standard.get()));
        } else {
          missing.add(record.apprenticeId());
          err.println("a4j: " + record.apprenticeId() + ": no standard " + record.standardReference() + " version "
              + record.standardVersion() + " in " + (standards == null ? "the bundled Digital route" : standards));
        }
      }
      if (loaded.summaries().get(0).read() == 0) {
        err.println("a4j: no apprentice in " + file);
      }
      List<ProgressReport> reports = checked.stream().map(Checked::report).collect(Collectors.toList());
      ProgressPrinter.CohortSummary summary = ProgressPrinter.CohortSummary.of(reports,
          loaded.rejected().size() + missing.size());
      if (format == Format.json) {
        CommandIo.printJson(out, json(loaded, log, unmatched, day, checked, missing, summary));
      } else {
        loaded.issues().forEach(err::println);
        log.ifPresent(l -> l.issues().forEach(err::println));
        unmatched.forEach(u -> err.println("a4j: the evidence log has items of " + u + ", which is not in " + file));
        for (int i = 0; i < checked.size(); i++) {
          if (i > 0) {
            out.println();
          }
          ProgressPrinter.print(checked.get(i).report(), checked.get(i).standard(), out);
        }
        if (loaded.summaries().get(0).read() > 1) {
          out.println();
          ProgressPrinter.printSummary(summary, out);
        }
        err.println(loaded.summaries().get(0));
        log.ifPresent(l -> err.println(l.summaries().get(0)));
      }
      boolean fine = !checked.isEmpty() && missing.isEmpty() && loaded.rejected().isEmpty()
          && log.map(l -> l.rejected().isEmpty()).orElse(true)
          && reports.stream().allMatch(ProgressReport::isReadyForGateway);
      return fine ? A4j.OK : A4j.ERRORS;
    }

    /** An apprentice's report and the standard it was checked against. */
    private record Checked(ProgressReport report, Standard standard) {}

    private Map<String, Object> json(Loaded<List<ProgressRecord>> loaded,
        Optional<Loaded<List<EvidenceLogEntry>>> log, List<String> unmatched, LocalDate day, List<Checked> checked,
        List<String> missing, ProgressPrinter.CohortSummary summary) {
      Map<String, Object> json = new LinkedHashMap<>();
      ReadSummary read = loaded.summaries().get(0);
      json.put("file", file.toString());
      json.put("today", day.toString());
      json.put("read", counts(read));
      json.put("readFindings", loaded.issues().stream().map(Check::readFinding).collect(Collectors.toList()));
      log.ifPresent(l -> {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("file", String.valueOf(evidence));
        e.put("read", counts(l.summaries().get(0)));
        e.put("readFindings", l.issues().stream().map(Check::readFinding).collect(Collectors.toList()));
        e.put("unmatched", unmatched);
        json.put("evidence", e);
      });
      json.put("standardNotFound", missing);
      json.put("apprentices", checked.stream().map(c -> apprentice(c.report(), c.standard()))
          .collect(Collectors.toList()));
      Map<String, Object> cohort = new LinkedHashMap<>();
      cohort.put("apprentices", summary.apprentices());
      cohort.put("ready", summary.ready());
      cohort.put("blocked", summary.blocked());
      cohort.put("notChecked", summary.notChecked());
      cohort.put("blockedBy", summary.blockedBy());
      cohort.put("ksbsWithoutEvidence", summary.ksbsWithoutEvidence());
      cohort.put("hoursShort", summary.hoursShort().toPlainString());
      json.put("summary", cohort);
      return json;
    }

    private static Map<String, Object> counts(ReadSummary read) {
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("read", read.read());
      counts.put("accepted", read.accepted());
      counts.put("rejected", read.rejected());
      return counts;
    }

    private static Map<String, Object> apprentice(ProgressReport report, Standard standard) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("apprenticeId", report.apprenticeId());
      json.put("standard", report.standardKey());
      json.put("title", standard.title());
      json.put("option", report.option().orElse(null));
      json.put("ready", report.isReadyForGateway());
      Map<String, Object> coverage = new LinkedHashMap<>();
      coverage.put("overall", coverage(report.coverage().overall()));
      Map<String, Object> byKind = new LinkedHashMap<>();
      report.coverage().byType().forEach((type, c) -> byKind.put(CareerCommand.kebab(type), coverage(c)));
      coverage.put("byKind", byKind);
      List<Map<String, Object>> byDuty = new ArrayList<>();
      for (DutyCoverage duty : report.coverage().byDuty()) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("dutyId", duty.dutyId());
        d.put("duty", duty.dutyText().strip());
        d.put("core", duty.isCore());
        d.putAll(coverage(duty.coverage()));
        byDuty.add(d);
      }
      coverage.put("byDuty", byDuty);
      json.put("coverage", coverage);
      OffTheJobHours hours = report.offTheJobHours();
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("basis", CareerCommand.kebab(hours.basis()));
      h.put("required", hours.required().toPlainString());
      h.put("logged", hours.logged().toPlainString());
      h.put("stillNeeded", hours.stillNeeded().toPlainString());
      h.put("plannedAhead", hours.plannedAhead().toPlainString());
      h.put("plannedEndAfterBreaks", hours.plannedEndAfterBreaks().toString());
      h.put("weeklyRateNeeded", hours.weeklyRateNeeded().map(r -> r.toPlainString()).orElse(null));
      json.put("hours", h);
      json.put("englishAndMathsLevelRequired", report.englishAndMathsLevelRequired().isPresent()
          ? report.englishAndMathsLevelRequired().getAsInt() : null);
      json.put("latestAssessmentDate", report.latestAssessmentDate().map(LocalDate::toString).orElse(null));
      json.put("blockers", report.blockers().stream().map(Check::finding).collect(Collectors.toList()));
      json.put("warnings", report.findings().issues().stream().filter(i -> !i.severity().isAtLeast(Severity.ERROR))
          .map(Check::finding).collect(Collectors.toList()));
      return json;
    }

    private static Map<String, Object> coverage(Coverage coverage) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("required", coverage.required().size());
      json.put("evidenced", coverage.evidenced().size());
      json.put("percent", coverage.percent());
      json.put("missing", coverage.missing());
      return json;
    }

    /** A finding of the reader: as {@link #finding}, with where it is in the file when known. */
    private static Map<String, Object> readFinding(Issue issue) {
      Map<String, Object> json = finding(issue);
      issue.position().ifPresent(p -> {
        json.put("source", p.source());
        p.line().ifPresent(l -> json.put("line", l));
        p.column().ifPresent(c -> json.put("column", c));
        p.record().ifPresent(r -> json.put("record", r));
      });
      return json;
    }

    private static Map<String, Object> finding(Issue issue) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("severity", issue.severity().name().toLowerCase(Locale.ROOT));
      json.put("code", issue.code());
      json.put("path", issue.path());
      json.put("value", issue.rejectedValue().orElse(null));
      json.put("message", issue.message());
      return json;
    }
  }
}

package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.funding.CapHistory;
import io.github.apprenticeships4j.core.funding.FundingBand;
import io.github.apprenticeships4j.core.funding.FundingBandTable;
import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.funding.VersionCap;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardValidator;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.examples.StandardsPrinter;
import io.github.apprenticeships4j.formats.JsonOptions;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.FundingBandsCsv;
import io.github.apprenticeships4j.formats.json.CanonicalStandardsJson;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code a4j standards show|validate|caps|related|export}. */
@Command(name = "standards", description = "Look up and validate apprenticeship standards.",
    resourceBundle = "io.github.apprenticeships4j.cli.StandardsCommand",
    subcommands = {StandardsCommand.Show.class, StandardsCommand.Validate.class, StandardsCommand.Caps.class,
        RelatedCommand.class, StandardsExportCommand.class})
final class StandardsCommand {
  static final String BUNDLED = "/ifate-standards-api/apprenticeshipstandards-digital-route.array.json";

  private StandardsCommand() {}

  /** Reads standards from a file (JSON list or one record, gzip accepted) or from the bundled Digital route. */
  static RecordReader<Standard> open(Optional<Path> file) throws IOException {
    return open(file, StandardsJson.reader());
  }

  /** As {@link #open(Optional)}, with the reader of {@code options}. */
  static RecordReader<Standard> open(Optional<Path> file, JsonOptions<RecordReader<Standard>> options)
      throws IOException {
    if (file.isPresent()) {
      return options.open(file.get());
    }
    InputStream bundled = StandardsCommand.class.getResourceAsStream(BUNDLED);
    if (bundled == null) {
      throw new IOException("missing bundled resource " + BUNDLED);
    }
    return options.open(bundled, BUNDLED.substring(1));
  }

  /** The accepted standards of a read, and its account. */
  record Loaded(StandardCatalogue catalogue, ReadSummary summary) {}

  /**
   * The accepted standards of {@code file}, or of the bundled Digital route.
   *
   * @throws IOException if the file cannot be opened
   */
  static Loaded load(Optional<Path> file) throws IOException {
    return load(file, StandardsJson.reader());
  }

  /**
   * As {@link #load(Optional)}, with the reader of {@code options}, e.g. {@link StandardsJson#feedReader()}.
   *
   * @throws IOException if the file cannot be opened
   */
  static Loaded load(Optional<Path> file, JsonOptions<RecordReader<Standard>> options) throws IOException {
    List<Standard> standards = new ArrayList<>();
    try (RecordReader<Standard> reader = open(file, options)) {
      reader.rows().forEach(row -> {
        if (row instanceof Row.Accepted<Standard> ok) {
          standards.add(ok.value());
        }
      });
      return new Loaded(StandardCatalogue.of(standards), reader.summary());
    }
  }

  /**
   * The accepted standards of {@code file}, or of the bundled Digital route, when every record could be read.
   *
   * @return empty, with the reason printed to {@code err}, if the file cannot be opened or read to its end
   */
  static Optional<StandardCatalogue> catalogue(@Nullable Path file, PrintWriter err) {
    Loaded loaded;
    try {
      loaded = load(Optional.ofNullable(file));
    } catch (IOException e) {
      CommandIo.cannotRead(err, file, e);
      return Optional.empty();
    }
    if (!loaded.summary().complete()) {
      err.println("a4j: cannot read " + loaded.summary());
      return Optional.empty();
    }
    if (loaded.summary().rejected() > 0) {
      err.println("a4j: standards left out: " + loaded.summary());
    }
    if (loaded.summary().accepted() == 0) {
      err.println("a4j: no standard could be read from " + loaded.summary().source());
      return Optional.empty();
    }
    return Optional.of(loaded.catalogue());
  }

  @Command(name = "show", description = {"Show one standard: its level, duration, cap, KSBs and duties, then its "
      + "\"At a glance\" facts: level and equivalent, duration, off-the-job hours, end-point assessment, maximum "
      + "funding, how a start on --today is funded, and its top related standards.",
      "Without --standard-version, the version new apprentices would start on on the --on date (today by "
          + "default), else the latest approved; the first line says which and why."})
  static final class Show extends Subcommand {

    @Mixin
    VersionOptions choice = new VersionOptions();

    /** How {@code show} prints the standard. */
    enum ShowFormat { text, json }

    @SuppressWarnings("NullAway.Init") // set by picocli: it has a default
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text, or json: the library's canonical standards JSON, alone on standard output (the version "
            + "chosen is then said on standard error) (default: ${DEFAULT-VALUE}).")
    ShowFormat format;

    @Option(names = "--today", paramLabel = "yyyy-mm-dd",
        description = "The day of the run: the \"At a glance\" funding is worked out for a start on it, and it is "
            + "the default of --on (default: today).")
    @Nullable
    String today;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      choice.refuseBoth(); // said before a malformed --today
      LocalDate runDate = today == null ? LocalDate.now(ZoneId.systemDefault()) : A4j.date(spec, "--today", today);
      LocalDate date = choice.date(runDate);
      Optional<VersionOptions.Wanted> wanted = choice.wanted(err);
      if (wanted.isEmpty()) {
        return A4j.UNREADABLE;
      }
      Loaded loaded;
      try {
        loaded = load(Optional.ofNullable(choice.file));
      } catch (IOException e) {
        return CommandIo.cannotRead(err, choice.file, e);
      }
      if (!loaded.summary().complete()) {
        err.println("a4j: cannot read " + loaded.summary());
        return A4j.UNREADABLE;
      }
      StandardCatalogue catalogue = loaded.catalogue();
      PrintWriter explain = format == ShowFormat.json ? err : out;
      Optional<Standard> found = VersionOptions.chosen(catalogue, wanted.get(), date, explain, err);
      if (found.isEmpty()) {
        return A4j.ERRORS;
      }
      if (format == ShowFormat.json) {
        out.print(CanonicalStandardsJson.toJson(found.get()));
        out.flush();
        return A4j.OK;
      }
      StandardsPrinter.print(found.get(), out);
      AtAGlance.print(found.get(), catalogue, runDate, out);
      out.flush();
      return A4j.OK;
    }
  }

  @Command(name = "validate", description = "Report the defects of a standards JSON file.")
  static final class Validate extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "Standards JSON (list or one record, .gz accepted).")
    Path file;

    @Option(names = "--json", description = "Print one JSON object per finding.")
    boolean json;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      if (!CommandIo.isFile(file, err)) {
        return A4j.UNREADABLE;
      }
      List<Issue> findings = new ArrayList<>();
      List<Standard> standards = new ArrayList<>();
      ReadSummary summary;
      try (Progress.CountingInputStream counted = new Progress.CountingInputStream(Files.newInputStream(file));
          RecordReader<Standard> reader = StandardsJson.reader().open(counted, file.toString())) {
        Progress progress = A4j.progress(spec, "records", Files.size(file));
        reader.rows().forEach(row -> {
          findings.addAll(row.issues());
          if (row instanceof Row.Accepted<Standard> ok) {
            standards.add(ok.value());
          }
          progress.advance(counted.count());
        });
        progress.finish();
        summary = reader.summary();
      } catch (IOException e) {
        return CommandIo.cannotRead(err, file, e);
      }
      summary.stoppedBy().ifPresent(findings::add);
      findings.addAll(StandardValidator.validate(StandardCatalogue.of(standards)).issues());
      if (json) {
        findings.forEach(i -> CommandIo.printJson(out, toJson(i)));
      } else {
        findings.forEach(out::println);
        err.println(summary + "; " + findings.size() + " findings");
      }
      out.flush();
      if (!summary.complete()) {
        return A4j.UNREADABLE;
      }
      return findings.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR)) ? A4j.ERRORS : A4j.OK;
    }
  }

  @Command(name = "caps", description = {"Show the funding cap history of a standard: each approved version's "
      + "maximum funding, the start dates it applies to and its funding band, then where the standards, the band "
      + "table and the rule catalogue disagree.",
      "The cap in force on a start date is the one of the highest version whose dates include it."})
  static final class Caps extends Subcommand {
    static final String BUNDLED_BANDS = "/funding-bands/apprenticeship-funding-bands.csv";

    @Parameters(index = "0", paramLabel = "REF", description = "Reference, e.g. ST0116.")
    String reference;

    @Option(names = "--standards", paramLabel = "FILE",
        description = "Standards JSON (list or one record, .gz accepted); default: the bundled Digital route.")
    @Nullable
    Path standards;

    @Option(names = "--bands", paramLabel = "FILE",
        description = "Funding-band history CSV (structure, band, upper_limit_gbp, source); default: the bundled "
            + "table.")
    @Nullable
    Path bands;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      StandardReference ref;
      try {
        ref = StandardReference.parse(reference);
      } catch (InvalidValueException e) {
        return CommandIo.failed(err, e);
      }
      Optional<StandardCatalogue> catalogue = catalogue(standards, err);
      if (catalogue.isEmpty()) {
        return A4j.UNREADABLE;
      }
      BandsRead bandsRead = bandTable(err);
      Optional<FundingBandTable> table = bandsRead.table();
      if (table.isEmpty()) {
        return bandsRead.exitCode();
      }
      CapHistory history = CapHistory.of(catalogue.get(), ref);
      if (history.versions().isEmpty()) {
        err.println("a4j: no approved version of " + ref + " with start dates in the input");
        return A4j.ERRORS;
      }
      out.println(ref + " " + catalogue.get().versions(ref).get(0).title() + ": " + history.versions().size()
          + " approved versions with start dates");
      for (VersionCap cap : history.versions()) {
        out.println(String.format(Locale.ROOT, "%-5s %s..%-10s %9s  %s", cap.version(), cap.from(),
            cap.to().map(String::valueOf).orElse(""), cap.hasCap() ? cap.maxFunding().toPlainString() : "no cap",
            table.get().bandOf(cap).map(b -> b.structure() + " band " + b.number()).orElse(cap.hasCap()
                ? "no band" : "")));
      }
      List<Issue> findings = new ArrayList<>(table.get().check(StandardCatalogue.of(catalogue.get().versions(ref)))
          .issues());
      findings.addAll(table.get().check(FundingRules.defaults()).issues());
      findings.forEach(out::println);
      out.flush();
      return A4j.OK;
    }

    /** The band table read, or the exit code when it could not be read whole. */
    private record BandsRead(Optional<FundingBandTable> table, int exitCode) {}

    /**
     * The band table; a table with rejected rows is not used, as the cross-checks would report the missing bands as
     * disagreements.
     */
    private BandsRead bandTable(PrintWriter err) {
      List<FundingBand> read = new ArrayList<>();
      ReadSummary summary;
      try (RecordReader<FundingBand> reader = openBands()) {
        reader.rows().forEach(row -> {
          row.issues().forEach(i -> err.println("a4j: " + i));
          row.valueIfAccepted().ifPresent(read::add);
        });
        summary = reader.summary();
      } catch (IOException e) {
        CommandIo.cannotRead(err, bands, e);
        return new BandsRead(Optional.empty(), A4j.UNREADABLE);
      }
      if (!summary.complete()) {
        err.println("a4j: cannot read " + summary);
        return new BandsRead(Optional.empty(), A4j.UNREADABLE);
      }
      if (summary.rejected() > 0) {
        err.println("a4j: the band table has rejected rows, so its cross-checks would mislead: " + summary);
        return new BandsRead(Optional.empty(), A4j.ERRORS);
      }
      return new BandsRead(Optional.of(FundingBandTable.of(read)), A4j.OK);
    }

    private RecordReader<FundingBand> openBands() throws IOException {
      if (bands != null) {
        return FundingBandsCsv.reader().open(bands);
      }
      InputStream bundled = StandardsCommand.class.getResourceAsStream(BUNDLED_BANDS);
      if (bundled == null) {
        throw new IOException("missing bundled resource " + BUNDLED_BANDS);
      }
      return FundingBandsCsv.reader().open(bundled, BUNDLED_BANDS.substring(1));
    }
  }

  /** A finding as one JSON object: severity, code, reference, version, path, message, and where it was read. */
  static Map<String, Object> toJson(Issue issue) {
    Map<String, Object> json = new LinkedHashMap<>();
    String subject = issue.subject().orElse(null);
    int split = subject == null ? -1 : subject.indexOf('_');
    json.put("severity", issue.severity().name());
    json.put("code", issue.code());
    json.put("reference", subject == null ? null : split < 0 ? subject : subject.substring(0, split));
    json.put("version", subject == null || split < 0 ? null : subject.substring(split + 1));
    json.put("path", issue.path());
    json.put("message", issue.message());
    issue.rejectedValue().ifPresent(v -> json.put("value", v));
    issue.position().ifPresent(p -> {
      json.put("source", p.source());
      p.line().ifPresent(l -> json.put("line", l));
      p.column().ifPresent(c -> json.put("column", c));
      p.record().ifPresent(r -> json.put("record", r));
    });
    return json;
  }
}

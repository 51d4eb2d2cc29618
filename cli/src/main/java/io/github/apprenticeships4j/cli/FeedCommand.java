package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.CsvOptions;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.json.FeedContextJson;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import io.github.apprenticeships4j.formats.report.FeedOutcome;
import io.github.apprenticeships4j.formats.report.FeedReport;
import io.github.apprenticeships4j.formats.report.FeedReports;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code a4j feed validate FILE [--today yyyy-mm-dd] [--standards FILE] [--agreements ID,... | --context FILE]
 * [--format F]}.
 */
@Command(name = "feed", description = "Check apprenticeship service bulk-upload files before they are uploaded.",
    subcommands = {FeedCommand.Validate.class})
final class FeedCommand {
  private FeedCommand() {}

  /** The report formats. */
  enum Format { text, json, csv }

  @Command(name = "validate",
      description = "Check a bulk-upload CSV with the apprenticeship service's rules and report every row.")
  static final class Validate extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The bulk-upload CSV.")
    Path file;

    @Option(names = "--today", paramLabel = "yyyy-mm-dd",
        description = "The date of the check, which sets the latest start date allowed (default: today; a --context "
            + "file's validationDate wins).")
    @Nullable
    String today;

    @Option(names = "--standards", paramLabel = "FILE",
        description = "The known standards: a standards JSON (list or one record, .gz accepted); "
            + "default: the bundled Digital route.")
    @Nullable
    Path standards;

    @Option(names = "--agreements", paramLabel = "ID", split = ",",
        description = "The employers' agreement ids the service knows, e.g. XEGE5X,V7YK9P (default: not checked).")
    @Nullable
    List<String> agreements;

    @Option(names = "--context", paramLabel = "FILE",
        description = "What the service knows, as a feed context JSON (apprenticeships4j-feed-context/1): the date, "
            + "agreements, declared standards, cohorts, existing apprenticeships, permissions, reservations, limits "
            + "(default: not checked). Its validationDate replaces --today.")
    @Nullable
    Path context;

    @Option(names = "--charset", paramLabel = "CHARSET",
        description = "The charset of the file, e.g. windows-1252 for Excel's \"CSV (Comma delimited)\" (default: "
            + "UTF-8, where bytes that are not UTF-8 are replaced as the service does, with a warning).")
    @Nullable
    Charset charset;

    @SuppressWarnings("NullAway.Init") // set by picocli: it has a default
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "The report on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      LocalDate date = today == null ? LocalDate.now(ZoneId.systemDefault()) : A4j.date(spec, "--today", today);
      if (context != null && agreements != null) {
        throw new ParameterException(spec.commandLine(), "--agreements and --context cannot be used together: list "
            + "the agreements in the context file");
      }
      if (!CommandIo.isFile(file, err)) {
        return A4j.UNREADABLE;
      }
      Optional<FeedContext> given = context == null ? Optional.empty() : readContext(context, err);
      if (context != null && given.isEmpty()) {
        return A4j.UNREADABLE;
      }
      Optional<StandardCatalogue> catalogue = catalogue(err);
      if (catalogue.isEmpty()) {
        return A4j.UNREADABLE;
      }
      FeedContext checked;
      if (given.isPresent()) {
        checked = given.get().withStandards(KnownStandards.of(catalogue.get()));
        if (today != null && !date.equals(checked.validationDate())) {
          err.println("a4j: the context's validationDate " + checked.validationDate() + " is used, not --today "
              + date);
        }
      } else {
        var builder = FeedContext.builder().validationDate(date).standards(KnownStandards.of(catalogue.get()));
        if (agreements != null) {
          builder.agreementIds(new LinkedHashSet<>(agreements.stream().map(String::trim).filter(a -> !a.isEmpty())
              .toList()));
        }
        checked = builder.build();
      }
      FeedReport report = switch (format) {
        case json -> FeedReports.json(out);
        case csv -> FeedReports.csv(out);
        case text -> FeedReports.text(out);
      };
      FeedOutcome outcome;
      ReadSummary summary;
      CsvOptions<ProviderFeedCsv.Reader> options = ProviderFeedCsv.reader(checked);
      if (charset != null) {
        options = options.charset(charset);
      }
      // The service's rule that the name ends with .csv is checked only when the reader opens the file itself:
      // such files are opened here, counting the bytes for the progress bar; other names by the reader (no bar).
      boolean namedCsv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
      try (Progress.CountingInputStream counted = new Progress.CountingInputStream(
          namedCsv ? Files.newInputStream(file) : InputStream.nullInputStream());
          ProviderFeedCsv.Reader reader = namedCsv ? options.open(counted, file.toString()) : options.open(file)) {
        report.start(file.toString());
        Progress progress = A4j.progress(spec, "rows", namedCsv ? Files.size(file) : -1);
        reader.rows().forEach(row -> {
          report.row(row);
          progress.advance(counted.count());
        });
        progress.finish();
        summary = reader.summary();
        outcome = report.finish(summary, reader.fileIssues(), reader.notChecked());
      } catch (IOException e) {
        return CommandIo.cannotRead(err, file, e);
      }
      out.flush();
      err.println(summary + "; " + outcome);
      err.flush();
      return switch (outcome) {
        case VALID -> A4j.OK;
        case INVALID -> A4j.ERRORS;
        case UNREADABLE -> A4j.UNREADABLE;
      };
    }

    /** The context of {@code file}, its warnings written to {@code err}; empty, with why, if it cannot be read. */
    private static Optional<FeedContext> readContext(Path file, PrintWriter err) {
      if (!CommandIo.isFile(file, err)) {
        return Optional.empty();
      }
      try {
        Loaded<FeedContext> loaded = FeedContextJson.read(file);
        for (Issue issue : loaded.issues()) {
          err.println("a4j: " + issue);
        }
        return Optional.of(loaded.value());
      } catch (LoadException e) {
        err.println("a4j: cannot read the context " + e.getMessage());
        return Optional.empty();
      } catch (IOException e) {
        err.println("a4j: cannot read the context " + file + ": " + A4j.describe(e));
        return Optional.empty();
      }
    }

    /** The known standards, from {@code --standards} or the bundled Digital route; empty if they cannot be read. */
    private Optional<StandardCatalogue> catalogue(PrintWriter err) {
      StandardsCommand.Loaded loaded;
      try {
        // only what the feed rules read: the national catalogue then takes about a megabyte, not about 30
        loaded = StandardsCommand.load(Optional.ofNullable(standards), StandardsJson.feedReader());
      } catch (IOException e) {
        err.println("a4j: cannot read the standards " + standards + ": " + A4j.describe(e));
        return Optional.empty();
      }
      if (!loaded.summary().complete()) {
        err.println("a4j: cannot read the standards " + loaded.summary());
        return Optional.empty();
      }
      return Optional.of(loaded.catalogue());
    }
  }
}

package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.formats.casejson.CaseJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code a4j standards export REF --format case}: one version of a standard as a CASE 1.1 package. */
@Command(name = "export", description = {"Write one version of a standard as a CASE 1.1 package (JSON).",
    "The version is chosen as by 'standards show'; which one, and why, is said on standard error."})
final class StandardsExportCommand extends Subcommand {
  @Mixin
  VersionOptions choice = new VersionOptions();

  @Option(names = "--format", paramLabel = "FORMAT", description = ExportTarget.FORMAT_DESCRIPTION)
  String format = ExportTarget.CASE;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  @Nullable
  Path out;

  @Override
  int run(PrintWriter stdout, PrintWriter err) {
    ExportTarget.check(spec, format);
    LocalDate date = choice.date(LocalDate.now(ZoneId.systemDefault()));
    Optional<VersionOptions.Wanted> wanted = choice.wanted(err);
    if (wanted.isEmpty()) {
      return A4j.UNREADABLE;
    }
    Optional<StandardCatalogue> catalogue = StandardsCommand.catalogue(choice.file, err);
    if (catalogue.isEmpty()) {
      return A4j.UNREADABLE;
    }
    Optional<Standard> found = VersionOptions.chosen(catalogue.get(), wanted.get(), date, err, err);
    if (found.isEmpty()) {
      err.flush();
      return A4j.ERRORS;
    }
    err.flush();
    return ExportTarget.write(CaseJson.toJson(found.get()), out, stdout, err);
  }
}

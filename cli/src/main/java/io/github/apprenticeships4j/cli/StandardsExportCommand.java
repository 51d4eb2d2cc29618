package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.formats.casejson.CaseJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code a4j standards export REF --format case}: one version of a standard as a CASE 1.1 package. */
@Command(name = "export", description = {"Write one version of a standard as a CASE 1.1 package (JSON).",
    "The version is chosen as by 'standards show'; which one, and why, is said on standard error."})
final class StandardsExportCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "REF", description = "Reference, e.g. ST1398.")
  String reference;

  @Option(names = "--standard-version", paramLabel = "V", description = "Version, e.g. 1.0.")
  @Nullable
  String version;

  @Option(names = "--on", paramLabel = "yyyy-mm-dd",
      description = "The date whose approved version is written (default: today).")
  @Nullable
  String on;

  @Option(names = {"--standards", "--file"}, paramLabel = "FILE",
      description = "Standards JSON (list or one record, .gz accepted); default: the bundled Digital route.")
  @Nullable
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", description = ExportTarget.FORMAT_DESCRIPTION)
  String format = ExportTarget.CASE;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  @Nullable
  Path out;

  @Override
  int run(PrintWriter stdout, PrintWriter err) {
    ExportTarget.check(spec, format);
    if (version != null && on != null) {
      throw new ParameterException(spec.commandLine(), "--standard-version and --on cannot be used together");
    }
    LocalDate date = on == null ? LocalDate.now(ZoneId.systemDefault()) : A4j.date(spec, "--on", on);
    StandardReference ref;
    Optional<StandardVersion> wanted;
    try {
      ref = StandardReference.parse(reference);
      wanted = Optional.ofNullable(version).map(StandardVersion::parse);
    } catch (InvalidValueException e) {
      return CommandIo.failed(err, e);
    }
    Optional<StandardCatalogue> catalogue = StandardsCommand.catalogue(file, err);
    if (catalogue.isEmpty()) {
      return A4j.UNREADABLE;
    }
    Optional<Standard> found = StandardsCommand.chosen(catalogue.get(), ref, wanted, date, err, err);
    if (found.isEmpty()) {
      err.flush();
      return A4j.ERRORS;
    }
    err.flush();
    return ExportTarget.write(CaseJson.toJson(found.get()), out, stdout, err);
  }
}

package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.formats.casejson.CaseJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code a4j career export --format case}: a career framework as a CASE 1.1 package. */
@Command(name = "export", description = "Write a career framework (default: the official DDaT framework) as a CASE "
    + "1.1 package (JSON).")
final class CareerExportCommand extends Subcommand {
  @Option(names = "--format", paramLabel = "FORMAT", description = ExportTarget.FORMAT_DESCRIPTION)
  String format = ExportTarget.CASE;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  @Nullable
  Path out;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  CareerCommand.@Nullable Source source;

  @Override
  int run(PrintWriter stdout, PrintWriter err) {
    ExportTarget.check(spec, format);
    Framework framework;
    try {
      framework = CareerCommand.load(source, false, err).framework();
    } catch (CareerCommand.Unreadable e) {
      return CommandIo.failed(err, e);
    }
    err.flush();
    return ExportTarget.write(CaseJson.toJson(framework), out, stdout, err);
  }
}

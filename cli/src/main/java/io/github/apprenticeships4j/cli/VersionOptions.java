package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The arguments with which {@code standards show} and {@code standards export} pick one version of a standard: its
 * reference, {@code --standard-version} or {@code --on}, and {@code --standards}. The description of {@code --on}
 * says what the command does with the version, so it comes from each command's entry in
 * {@code StandardsCommand.properties}.
 */
final class VersionOptions {
  @Parameters(index = "0", paramLabel = "REF", description = "Reference, e.g. ST1398.")
  String reference;

  @Option(names = "--standard-version", paramLabel = "V", description = "Version, e.g. 1.0.")
  @Nullable
  String version;

  @Option(names = "--on", paramLabel = "yyyy-mm-dd", descriptionKey = "on")
  @Nullable
  String on;

  @Option(names = {"--standards", "--file"}, paramLabel = "FILE",
      description = "Standards JSON (list or one record, .gz accepted); default: the bundled Digital route.")
  @Nullable
  Path file;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The reference and the version the command line names, if it names one. */
  record Wanted(StandardReference reference, Optional<StandardVersion> version) {}

  /** @throws ParameterException if both {@code --standard-version} and {@code --on} are given */
  void refuseBoth() {
    if (version != null && on != null) {
      throw new ParameterException(command.commandLine(), "--standard-version and --on cannot be used together");
    }
  }

  /**
   * The date whose approved version is taken: that of {@code --on}, else {@code otherwise}.
   *
   * @throws ParameterException if both {@code --standard-version} and {@code --on} are given, or {@code --on} is not
   *     a date
   */
  LocalDate date(LocalDate otherwise) {
    refuseBoth();
    return on == null ? otherwise : A4j.date(command, "--on", on);
  }

  /** The reference and version named; empty, said on {@code err}, if either is malformed. */
  Optional<Wanted> wanted(PrintWriter err) {
    try {
      return Optional.of(new Wanted(StandardReference.parse(reference), Optional.ofNullable(version).map(
          StandardVersion::parse)));
    } catch (InvalidValueException e) {
      CommandIo.failed(err, e);
      return Optional.empty();
    }
  }

  /**
   * The version {@code wanted} in {@code catalogue}: the one named, or else the one new apprentices would start on on
   * {@code date} ({@link VersionChoice}), whose explanation is printed on {@code explain}. Empty when the catalogue has
   * no such version, said on {@code err} with the versions it has.
   */
  static Optional<Standard> chosen(StandardCatalogue catalogue, Wanted wanted, LocalDate date, PrintWriter explain,
      PrintWriter err) {
    StandardReference ref = wanted.reference();
    Optional<Standard> found;
    if (wanted.version().isPresent()) {
      found = catalogue.find(ref, wanted.version().get());
    } else {
      Optional<VersionChoice> choice = VersionChoice.on(catalogue, ref, date);
      choice.ifPresent(c -> explain.println(c.explanation()));
      found = choice.map(VersionChoice::standard);
    }
    if (found.isEmpty()) {
      err.println("a4j: no " + ref + wanted.version().map(v -> " version " + v).orElse("") + " in the input"
          + (catalogue.versions(ref).isEmpty() ? "" : "; its versions: " + catalogue.versions(ref).stream()
              .map(s -> s.version().toString()).collect(Collectors.joining(", "))));
    }
    return found;
  }
}

package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingResult;
import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.funding.UnitFundingBreakdown;
import io.github.apprenticeships4j.core.funding.UnitFundingResult;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.ApprenticeshipsJson;
import io.github.apprenticeships4j.formats.json.FundingInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code a4j funding calculate FILE [--rules CATALOGUE] [--standards FILE]}. */
@Command(name = "funding", description = "Work out the funding of apprenticeships.",
    subcommands = {FundingCommand.Calculate.class})
final class FundingCommand {
  private FundingCommand() {}

  /**
   * The calculator: the default rules, with the catalogue in {@code rules} laid over them if given.
   *
   * @return empty, with the reasons printed to {@code err}, if the catalogue cannot be read or has bad lines
   */
  static Optional<FundingCalculator> calculator(@Nullable Path rules, PrintWriter err) {
    if (rules == null) {
      return Optional.of(FundingCalculator.withDefaultRules());
    }
    try (Reader reader = Files.newBufferedReader(rules, StandardCharsets.UTF_8)) {
      FundingRules.Parsed parsed = FundingRules.parse(reader, rules.toString());
      if (!parsed.report().isEmpty()) {
        parsed.report().issues().forEach(i -> err.println("a4j: " + i));
        return Optional.empty();
      }
      return Optional.of(FundingCalculator.of(FundingRules.defaults().plus(parsed.rules())));
    } catch (IOException e) {
      err.println("a4j: cannot read " + rules + ": " + A4j.describe(e));
      return Optional.empty();
    }
  }

  /**
   * The apprenticeships and units of {@code file}, calculated; rejected inputs and calculations are reported in the
   * lists. {@code results} holds the apprenticeships (and unreadable records), {@code units} the units.
   */
  record Calculated(FundingCalculator calculator, List<Optional<FundingBreakdown>> results,
      List<Optional<UnitFundingBreakdown>> units, List<Object> json, ReadSummary summary) {
    boolean anyRejected() {
      return results.stream().anyMatch(Optional::isEmpty) || units.stream().anyMatch(Optional::isEmpty);
    }
  }

  static Calculated calculate(Path file, FundingCalculator calculator) throws IOException {
    StandardCatalogue standards = calculator.standards().orElseThrow();
    List<Optional<FundingBreakdown>> results = new ArrayList<>();
    List<Optional<UnitFundingBreakdown>> units = new ArrayList<>();
    List<Object> json = new ArrayList<>();
    try (RecordReader<FundingInput> reader = ApprenticeshipsJson.reader(standards).open(file)) {
      reader.rows().forEach(row -> {
        long record = row.position().record().orElse(json.size() + 1L);
        if (row instanceof Row.Accepted<FundingInput> ok && ok.value() instanceof FundingInput.OfUnit in) {
          UnitFundingResult result = calculator.calculate(in.unit());
          units.add(result.breakdown());
          json.add(result.breakdown().<Object>map(f -> FundingJson.calculatedUnit(record, in.id(), f))
              .orElseGet(() -> FundingJson.rejected(record, in.id(), result.report().issues().stream()
                  .map(FundingCommand::inUnitRecord).collect(Collectors.toList()))));
        } else if (row instanceof Row.Accepted<FundingInput> ok
            && ok.value() instanceof FundingInput.OfApprenticeship in) {
          FundingResult result = calculator.calculate(in.apprenticeship(), in.progress());
          results.add(result.breakdown());
          json.add(result.breakdown().<Object>map(f -> FundingJson.calculated(record, in.id(), f))
              .orElseGet(() -> FundingJson.rejected(record, in.id(), result.report().issues())));
        } else {
          results.add(Optional.empty());
          json.add(FundingJson.rejected(record, Optional.empty(), row.issues()));
        }
      });
      return new Calculated(calculator, results, units, json, reader.summary());
    }
  }

  /**
   * The apprenticeships of {@code file} calculated with the default rules, {@code rules} laid over them if given, and
   * the standards of {@code standards} (default: the bundled Digital route) for caps and standards given by reference.
   *
   * @return empty, with the reasons printed to {@code err}, if the file or a catalogue cannot be read
   */
  static Optional<Calculated> calculate(Path file, @Nullable Path rules, @Nullable Path standards, PrintWriter err) {
    if (!CommandIo.isFile(file, err)) {
      return Optional.empty();
    }
    return calculator(rules, standards, err).flatMap(calculator -> calculate(file, calculator, err));
  }

  /**
   * The calculator of {@link #calculator(Path, PrintWriter)} with the standards of {@code standards} (default: the
   * bundled Digital route) for caps and standards given by reference.
   *
   * @return empty, with the reasons printed to {@code err}, if a catalogue cannot be read
   */
  static Optional<FundingCalculator> calculator(@Nullable Path rules, @Nullable Path standards, PrintWriter err) {
    Optional<FundingCalculator> calculator = calculator(rules, err);
    if (calculator.isEmpty()) {
      return Optional.empty();
    }
    return StandardsCommand.catalogue(standards, err).map(calculator.get()::withStandards);
  }

  /**
   * The apprenticeships of {@code file} calculated by {@code calculator}, whose standards catalogue reads standards
   * given by reference.
   *
   * @return empty, with the reason printed to {@code err}, if the file cannot be read
   */
  static Optional<Calculated> calculate(Path file, FundingCalculator calculator, PrintWriter err) {
    if (!CommandIo.isFile(file, err)) {
      return Optional.empty();
    }
    try {
      return Optional.of(calculate(file, calculator));
    } catch (IOException e) {
      CommandIo.cannotRead(err, file, e);
      return Optional.empty();
    }
  }

  /**
   * A finding of the calculator about a unit, at its path in the funding JSON: the unit's own fields are under
   * {@code unit}, the employer and apprentice beside it.
   */
  private static Issue inUnitRecord(Issue issue) {
    String path = issue.path();
    return path.isEmpty() || path.startsWith("employer") || path.startsWith("apprentice") ? issue
        : issue.at("unit." + path);
  }

  @Command(name = "calculate",
      description = "Read apprenticeships and apprenticeship units (one JSON object or a list) and print one JSON "
          + "object per input, with every figure and payment, or the codes that rejected it.")
  static final class Calculate extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "Apprenticeships and units JSON (.gz accepted).")
    Path file;

    @Option(names = "--rules", paramLabel = "CATALOGUE",
        description = "A rule catalogue (key | qualifier | from | to | value | basis | source) laid over the "
            + "default rules.")
    @Nullable
    Path rules;

    @Option(names = "--standards", paramLabel = "FILE", description = {
        "Standards JSON (list or one record, .gz accepted) giving caps and the level and duration of standards "
            + "given by reference only; default: the bundled Digital route."})
    @Nullable
    Path standards;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      Optional<Calculated> read = calculate(file, rules, standards, err);
      if (read.isEmpty()) {
        return A4j.UNREADABLE;
      }
      Calculated calculated = read.get();
      calculated.json().forEach(o -> CommandIo.printJson(out, o));
      out.flush();
      if (calculated.summary().stoppedBy().isPresent()) {
        err.println("a4j: " + calculated.summary());
        return A4j.UNREADABLE;
      }
      return calculated.anyRejected() ? A4j.ERRORS : A4j.OK;
    }
  }
}

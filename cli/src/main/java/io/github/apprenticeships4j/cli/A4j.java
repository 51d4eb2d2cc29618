package io.github.apprenticeships4j.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the examples: {@code a4j standards show|validate}, {@code a4j funding calculate},
 * {@code a4j levy monthly|forecast}, {@code a4j providers compare}, {@code a4j career shared|gap|paths} and
 * {@code a4j feed validate}.
 * Exit codes: 0 no errors, 1 errors found or nothing found, 2 the input could not be read.
 */
@Command(name = "a4j", mixinStandardHelpOptions = true, version = "Apprenticeships4J examples 0.1.0",
    description = "Apprenticeship standards, funding, training providers, career frameworks and provider feeds, "
        + "from the command line.",
    subcommands = {StandardsCommand.class, FundingCommand.class, LevyCommand.class, ProvidersCommand.class,
        CareerCommand.class, FeedCommand.class})
public final class A4j {
  /** No errors. */
  public static final int OK = 0;
  /** The input was read and holds errors, or what was asked for is not in it. */
  public static final int ERRORS = 1;
  /** The input could not be read. */
  public static final int UNREADABLE = 2;

  private A4j() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    return commandLine(out, err).execute(args);
  }

  /** The command line writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(A4j.class);
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("a4j: " + e.getMessage());
      return UNREADABLE;
    });
    return line;
  }
}

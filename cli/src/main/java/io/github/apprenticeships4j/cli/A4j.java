package io.github.apprenticeships4j.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code a4j} command: {@code a4j standards show|validate}, {@code a4j funding calculate},
 * {@code a4j levy monthly|forecast}, {@code a4j providers compare}, {@code a4j career shared|gap|paths},
 * {@code a4j feed validate} and {@code a4j progress check}. Every command has {@code -h/--help} and
 * {@code -V/--version}.
 * Exit codes: 0 no errors, 1 errors found or nothing found, 2 the input could not be read or the command line is
 * wrong (an unknown command or option, a missing or malformed argument).
 */
@Command(name = "a4j", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    scope = ScopeType.INHERIT,
    description = "Apprenticeship standards, funding, training providers, career frameworks, provider feeds and "
        + "apprentices' progress, from the command line.",
    footer = {"", "Exit codes: 0 no errors, 1 errors found or nothing found, 2 unreadable input or usage error."},
    subcommands = {StandardsCommand.class, FundingCommand.class, LevyCommand.class, ProvidersCommand.class,
        CareerCommand.class, FeedCommand.class, ProgressCommand.class, HelpCommand.class})
public final class A4j {
  /** No errors. */
  static final int OK = 0;
  /** The input was read and holds errors, or what was asked for is not in it. */
  static final int ERRORS = 1;
  /** The input could not be read, or the command line is wrong. */
  static final int UNREADABLE = 2;

  /** The system property by which the launcher tells whether standard error is a terminal: true or false. */
  static final String STDERR_TERMINAL = "a4j.stderr.terminal";

  private final boolean progressBar;

  private A4j(boolean progressBar) {
    this.progressBar = progressBar;
  }

  /** Runs the command line with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on the standard streams and returns its exit code. */
  static int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    return commandLine(out, err, attachedToTerminal()).execute(args);
  }

  /** The command line writing to the given streams, with progress as lines (not a terminal). */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, false);
  }

  /**
   * The command line writing to the given streams.
   *
   * @param progressBar whether long operations draw a progress bar on {@code err}, redrawn in place, rather than
   *     print a line now and then
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean progressBar) {
    CommandLine line = new CommandLine(new A4j(progressBar));
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler(A4j::usageError);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("a4j: " + describe(e));
      cmd.getErr().flush();
      return UNREADABLE;
    });
    return line;
  }

  /**
   * What went wrong, for a message: the exception's message, or its causes', or its name; never "null" (an
   * {@code EOFException} from a file cut short has no message).
   */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.isBlank() && (t.getCause() == null || !message.equals(t.getCause().toString()))) {
        return message;
      }
    }
    return failure instanceof java.io.EOFException ? "the file ends too early"
        : "a failure without a message (" + failure.getClass().getName() + ")";
  }

  /**
   * The date written yyyy-mm-dd in {@code text}, the value of {@code option}.
   *
   * @throws ParameterException (exit code 2) if it is not such a date
   */
  static LocalDate date(CommandSpec spec, String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), option + " must be a date written yyyy-mm-dd: " + text, e);
    }
  }

  /** The progress display of the command {@code spec} belongs to. */
  static Progress progress(CommandSpec spec, String unit, long totalBytes) {
    A4j root = (A4j) spec.root().userObject();
    PrintWriter err = spec.commandLine().getErr();
    return root.progressBar ? Progress.bar(err, unit, totalBytes) : Progress.lines(err, unit);
  }

  /**
   * A wrong command line: the message, suggestions for a mistyped command or option, and where to find help, on
   * standard error; exit code 2.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("a4j: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return UNREADABLE;
  }

  /**
   * Whether standard error is a terminal, where long reads draw a progress bar. The launcher {@code bin/a4j} tells
   * (system property {@value #STDERR_TERMINAL}, from {@code [ -t 2 ]}); otherwise {@link System#console()} is the best
   * Java can do: up to Java 21 present only when standard input and output are a terminal; from Java 22 it may be
   * present when they are not, and {@code Console.isTerminal()} tells. A terminal of type {@code dumb} gets no bar.
   */
  @SuppressWarnings("SystemConsoleNull") // Console.isTerminal() is asked too, where Java has it
  static boolean attachedToTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    String told = System.getProperty(STDERR_TERMINAL);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;                                   // Java 17 to 21: a console is only given to a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}

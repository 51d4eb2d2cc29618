package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The conventions every a4j command keeps: help, version, exit code 2 with a message for a wrong command line. */
class CommandLineConventionsTest {
  static final Set<String> GLOBAL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  static List<CommandLine> everyCommand() {
    List<CommandLine> all = new ArrayList<>();
    collect(A4j.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), all);
    return all;
  }

  private static void collect(CommandLine command, List<CommandLine> all) {
    all.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, all));
  }

  @Test
  void versionPrintsTheProjectVersion() {
    String expected = System.getProperty("a4j.expectedVersion");
    assertThat(expected).as("set by the build").isNotBlank();

    Result result = A4jTest.run("--version");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.out().lines().findFirst()).hasValue("a4j " + expected + " (Apprenticeships4J)");
    assertThat(result.out()).contains("Java " + System.getProperty("java.version"));
  }

  @Test
  void everyCommandHasHelpAndVersion() {
    for (CommandLine command : everyCommand()) {
      String name = command.getCommandSpec().qualifiedName();
      List<String> args = new ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
      if (command.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
        continue;                                     // 'a4j help' prints the help of the command it is given
      }
      args.add("--help");
      Result help = A4jTest.run(args.toArray(String[]::new));
      assertThat(help.exitCode()).as(name + " --help").isEqualTo(A4j.OK);
      assertThat(help.out()).as(name + " --help").startsWith("Usage: " + name);
      args.set(args.size() - 1, "-V");
      Result version = A4jTest.run(args.toArray(String[]::new));
      assertThat(version.exitCode()).as(name + " -V").isEqualTo(A4j.OK);
      assertThat(version.out()).as(name + " -V").startsWith("a4j " + System.getProperty("a4j.expectedVersion"));
    }
  }

  @Test
  void noOptionOfAnyCommandClashesWithTheGlobalHelpOrVersion() {
    for (CommandLine command : everyCommand()) {
      for (OptionSpec option : command.getCommandSpec().options()) {
        if (option.usageHelp() || option.versionHelp()) {
          continue;
        }
        assertThat(option.names()).as(command.getCommandSpec().qualifiedName() + " " + option.longestName())
            .doesNotContainAnyElementsOf(GLOBAL_OPTIONS);
      }
    }
  }

  @Test
  void unknownCommandExitsTwoWithMessage() {
    Result result = A4jTest.run("nosuch");

    assertThat(result.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(result.err()).contains("a4j: Unmatched argument at index 0: 'nosuch'")
        .contains("Try 'a4j --help' for more information.");
    assertThat(result.out()).isEmpty();

    Result provider = A4jTest.run("provider", "compare");
    assertThat(provider.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(provider.err()).contains("a4j: Unmatched arguments from index 0: 'provider', 'compare'")
        .contains("Did you mean: a4j providers");

    Result progress = A4jTest.run("progress", "check");
    assertThat(progress.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(progress.err()).contains("a4j: Missing required parameter: 'FILE'")
        .contains("Try 'a4j progress check --help' for more information.");
  }

  @Test
  void unknownSubcommandExitsTwoWithMessage() {
    Result result = A4jTest.run("standards", "nosuch");

    assertThat(result.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(result.err()).contains("a4j: Unmatched argument at index 1: 'nosuch'")
        .contains("Try 'a4j standards --help' for more information.");
    assertThat(result.out()).isEmpty();
    assertThat(A4jTest.run("standards", "shwo", "ST1398").err()).contains("Did you mean: standards show");
  }

  @Test
  void commandGroupWithoutSubcommandExitsTwoWithMessage() {
    for (String group : List.of("standards", "funding", "levy", "providers", "career", "feed")) {
      Result result = A4jTest.run(group);

      assertThat(result.exitCode()).as(group).isEqualTo(A4j.UNREADABLE);
      assertThat(result.err()).as(group).contains("a4j: Missing required subcommand")
          .contains("Try 'a4j " + group + " --help'");
    }
    assertThat(A4jTest.run().exitCode()).isEqualTo(A4j.UNREADABLE);
  }

  @Test
  void unknownOptionOrMissingArgumentExitsTwoWithMessage() {
    Result unknown = A4jTest.run("standards", "show", "ST1398", "--versoin", "1.0");
    assertThat(unknown.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(unknown.err()).contains("a4j: Unknown options: '--versoin', '1.0'");
    // --version means the same everywhere: the standard's version is --standard-version
    Result version = A4jTest.run("standards", "show", "ST1398", "--version", "1.0");
    assertThat(version.exitCode()).isEqualTo(A4j.OK);
    assertThat(version.out()).startsWith("a4j " + System.getProperty("a4j.expectedVersion"));

    Result missing = A4jTest.run("feed", "validate");
    assertThat(missing.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(missing.err()).contains("a4j: Missing required parameter: 'FILE'")
        .contains("Try 'a4j feed validate --help' for more information.");
  }

  @Test
  void helpCommandPrintsTheHelpOfTheCommandGiven() {
    Result result = A4jTest.run("help", "feed");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.out()).startsWith("Usage: a4j feed").contains("validate");
  }
}

package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code a4j} command line of the README's {@code ```sh} blocks through the command's entry point, in
 * this JVM, from the repository root, and checks what the README says of it. The README's convention: the command
 * ({@code a4j ...} or a path ending in {@code /a4j}, continued with {@code \} if long) is followed by the line
 * {@code # exit N, prints: TEXT}, where N is its exit code and TEXT is in one line of its output (standard output
 * or error). A command without that line fails the test, so the README cannot gain a command nobody ran.
 */
class ReadmeCommandsTest {
  static final Path REPOSITORY = Path.of(System.getProperty("a4j.repository", "..")).toAbsolutePath().normalize();
  static final Pattern EXPECTATION = Pattern.compile("# exit (\\d), prints: (.+)");

  /** A command line of the README and what it should do. */
  record Command(String line, List<String> args, int exitCode, String printed) {}

  @TestFactory
  Stream<DynamicTest> everyReadmeCommandExitsAndPrintsAsTheReadmeSays() throws IOException {
    List<Command> commands = commands(Files.readString(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8));
    return commands.stream().map(command -> DynamicTest.dynamicTest(command.line(), () -> {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exitCode = A4j.commandLine(new PrintWriter(out), new PrintWriter(err))
          .execute(command.args().stream().map(ReadmeCommandsTest::fromRepositoryRoot).toArray(String[]::new));

      String output = out + "\n" + err;
      assertThat(exitCode).as("exit code of %s%n%s", command.line(), err).isEqualTo(command.exitCode());
      assertThat(output.lines()).as("a line of the output of %s containing: %s", command.line(), command.printed())
          .anyMatch(line -> line.contains(command.printed()));
    }));
  }

  /** A {@code ```mermaid} block of the README and the command of the {@code ```sh} block just before it. */
  record Diagram(Command command, String text) {}

  @TestFactory
  Stream<DynamicTest> everyReadmeDiagram_isWhatItsCommandPrints() throws IOException {
    List<Diagram> diagrams = diagrams(Files.readString(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8));
    assertThat(diagrams).as("the README shows the ST1398 paths as a Mermaid diagram").isNotEmpty();
    return diagrams.stream().map(diagram -> DynamicTest.dynamicTest(diagram.command().line(), () -> {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exitCode = A4j.commandLine(new PrintWriter(out), new PrintWriter(err))
          .execute(diagram.command().args().stream().map(ReadmeCommandsTest::fromRepositoryRoot)
              .toArray(String[]::new));

      assertThat(exitCode).as("exit code of %s%n%s", diagram.command().line(), err).isEqualTo(A4j.OK);
      assertThat(out.toString()).as("the diagram of %s", diagram.command().line()).isEqualTo(diagram.text());
    }));
  }

  @Test
  void aReadmeDiagramWithoutACommandJustBefore_isAnError() {
    String readme = "Text\n```sh\na4j career paths ST1398 head-of-ai --format mermaid\n# exit 0, prints: flow\n```\n"
        + "Some words.\n```mermaid\nflowchart LR\n```\n";

    assertThatThrownBy(() -> diagrams(readme)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("README line 7: a ```mermaid block must follow the ```sh block of the command");
    assertThat(diagrams(readme.replace("Some words.\n", "\n"))).containsExactly(new Diagram(
        new Command("a4j career paths ST1398 head-of-ai --format mermaid",
            List.of("career", "paths", "ST1398", "head-of-ai", "--format", "mermaid"), 0, "flow"),
        "flowchart LR\n"));
  }

  /**
   * The {@code ```mermaid} blocks of {@code readme}, each with the last command of the {@code ```sh} block that ends
   * just before it (blank lines between them allowed); a block after anything else is an error.
   */
  static List<Diagram> diagrams(String readme) {
    List<Diagram> diagrams = new ArrayList<>();
    List<String> lines = readme.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```mermaid")) {
        continue;
      }
      int before = i - 1;
      while (before >= 0 && lines.get(before).isBlank()) {
        before--;
      }
      int open = before - 1;
      while (open >= 0 && !lines.get(open).strip().startsWith("```")) {
        open--;
      }
      List<Command> commands = open < 0 || !lines.get(before).strip().equals("```")
          || !lines.get(open).strip().equals("```sh") ? List.of()
              : commands(String.join("\n", lines.subList(open, before + 1)) + "\n");
      if (commands.isEmpty()) {
        throw new IllegalStateException("README line " + (i + 1) + ": a ```mermaid block must follow the ```sh "
            + "block of the command that prints it");
      }
      StringBuilder text = new StringBuilder();
      for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
        text.append(lines.get(i)).append('\n');
      }
      diagrams.add(new Diagram(commands.get(commands.size() - 1), text.toString()));
    }
    return diagrams;
  }

  @Test
  void readmeShowsTheCommandsOfEveryGroup() throws IOException {
    List<Command> commands = commands(Files.readString(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8));

    assertThat(commands).extracting(c -> c.args().isEmpty() ? "" : c.args().get(0))
        .contains("--help", "standards", "funding", "levy", "providers", "career", "feed", "progress");
  }

  @Test
  void aReadmeCommandWithoutItsExpectation_isAnError() {
    String readme = "Text\n```sh\n./mvnw -B verify\na4j standards show ST1398\n```\n";

    assertThatThrownBy(() -> commands(readme)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("README line 4: 'a4j standards show ST1398' must be followed by '# exit N, prints: ");
  }

  @Test
  void readmeCommandsAreSplitLikeAShellSplitsThem() {
    String readme = "```sh\ncli/target/a4j/bin/a4j career shared \"Machine learning engineer\" \\\n    --json\n"
        + "# exit 0, prints: {\"framework\"\n```\n";

    assertThat(commands(readme)).containsExactly(new Command(
        "cli/target/a4j/bin/a4j career shared \"Machine learning engineer\" --json",
        List.of("career", "shared", "Machine learning engineer", "--json"), 0, "{\"framework\""));
  }

  /** The a4j commands of the {@code ```sh} blocks of {@code readme}, with their expectations. */
  static List<Command> commands(String readme) {
    List<Command> commands = new ArrayList<>();
    List<String> lines = readme.lines().toList();
    boolean inBlock = false;
    boolean inShell = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("```")) {
        inBlock = !inBlock;
        inShell = inBlock && line.equals("```sh");
        continue;
      }
      List<String> words = inShell ? words(line) : List.of();
      if (words.isEmpty() || !(words.get(0).equals("a4j") || words.get(0).endsWith("/a4j"))) {
        continue;
      }
      int first = i;
      StringBuilder command = new StringBuilder(line);
      while (command.charAt(command.length() - 1) == '\\' && i + 1 < lines.size()) {
        command.setLength(command.length() - 1);
        command.append(' ').append(lines.get(++i).strip());
      }
      String text = command.toString().replaceAll("\\s+", " ").strip();
      Matcher expected = EXPECTATION.matcher(i + 1 < lines.size() ? lines.get(i + 1).strip() : "");
      if (!expected.matches()) {
        throw new IllegalStateException("README line " + (first + 1) + ": '" + text
            + "' must be followed by '# exit N, prints: A LINE IT PRINTS'");
      }
      if (text.matches(".*[|<>;&`$].*")) {
        throw new IllegalStateException("README line " + (first + 1) + ": '" + text
            + "' must be a plain command: no pipes, redirections or substitutions");
      }
      List<String> all = words(text);
      commands.add(new Command(text, all.subList(1, all.size()), Integer.parseInt(expected.group(1)),
          expected.group(2)));
    }
    return commands;
  }

  /** The words of a command line, split at blanks outside single or double quotes, quotes removed. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /** A relative path that names a file or folder of the repository, made absolute; other arguments as written. */
  static String fromRepositoryRoot(String arg) {
    if (arg.startsWith("-") || !arg.contains("/") || Path.of(arg).isAbsolute()) {
      return arg;
    }
    Path path = REPOSITORY.resolve(arg);
    return Files.exists(path) ? path.toString() : arg;
  }
}

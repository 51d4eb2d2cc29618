package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built distribution ({@code target/a4j/}, after {@code package}): its POSIX launcher run as a process, as a
 * user runs it, and the files shipped beside it.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/a4j is a POSIX shell script; bin/a4j.bat is not run here")
class A4jLauncherIT {
  static final Path HOME = Path.of(System.getProperty("a4j.home", "target/a4j"));
  static final Path REPOSITORY = Path.of(System.getProperty("a4j.repository", ".."));
  static final String VERSION = System.getProperty("a4j.expectedVersion");

  @TempDir
  Path dir;

  record Run(int exitCode, String out, String err) {}

  static Run run(Path launcher, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
    builder.environment().putAll(environment);
    Path errors = Files.createTempFile("a4j-stderr", ".txt");
    try {
      builder.redirectError(errors.toFile());
      Process process = builder.start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
      return new Run(process.exitValue(), out, Files.readString(errors, StandardCharsets.UTF_8));
    } finally {
      Files.delete(errors);
    }
  }

  static Run a4j(String... args) throws IOException, InterruptedException {
    return run(HOME.resolve("bin/a4j"), Map.of(), args);
  }

  @Test
  void versionPrintsTheProjectVersion() throws Exception {
    Run run = a4j("--version");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out().lines().findFirst()).hasValue("a4j " + VERSION + " (Apprenticeships4J)");
  }

  @Test
  void helpListsTheCommands() throws Exception {
    Run run = a4j("--help");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).startsWith("Usage: a4j [-hV] [COMMAND]")
        .contains("standards", "funding", "levy", "providers", "career", "feed");
  }

  @Test
  void runsACommandOnTheBundledData_andOnAFile() throws Exception {
    Run show = a4j("standards", "show", "ST1398", "--on", "2026-09-15");
    assertThat(show.exitCode()).as(show.err()).isEqualTo(0);
    assertThat(show.out().lines()).startsWith("Version for starts on 2026-09-15: ST1398 1.0 (approved for delivery;"
        + " starts from 2024-12-18 to 2026-12-10; newer version 2.0 is In development)",
        "ST1398 Machine learning engineer (version 1.0, LARS code 795)");

    Path feed = REPOSITORY.resolve("examples/src/main/resources/provider-feed/sample-feed-with-errors.csv");
    Run check = a4j("feed", "validate", feed.toString(), "--today", "2026-09-15");
    assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
    assertThat(check.out()).contains("9 read, 2 accepted, 7 rejected: invalid");
    assertThat(check.err()).as("standard error is a file: no bar").doesNotContain("\r")
        .contains("sample-feed-with-errors.csv: 9 read, 2 accepted, 7 rejected; invalid");
  }

  @Test
  @EnabledOnOs(value = OS.LINUX, disabledReason = "util-linux script(1) gives the launcher a terminal")
  void progressIsABarWhenStandardErrorIsATerminal_evenWithTheReportRedirected() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) is installed");
    Path feed = REPOSITORY.resolve("examples/src/main/resources/provider-feed/sample-feed.csv");
    Path report = dir.resolve("report.csv");
    String command = HOME.resolve("bin/a4j") + " feed validate '" + feed + "' --today 2026-09-15 --format csv > '"
        + report + "'";

    Run run = run(Path.of("/usr/bin/script"), Map.of("TERM", "xterm"), "-qec", command, "/dev/null");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).contains("\ra4j: [").contains("%, rows: ")
        .contains("sample-feed.csv: 12 read, 12 accepted, 0 rejected; valid");
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("line,row,valid,");
  }

  /**
   * Issue 11: on 12 mutually linked roles, {@code career paths} without {@code --max-steps} ran out of memory in a
   * 64 MB heap after 7.7 s and exited 1 as if there were no path. Now the default bounds answer at once.
   */
  @Test
  void careerPathsOnADenseGraph_inA64MegabyteHeap_answersWithinTheDefaultBounds() throws Exception {
    Path dense = dir.resolve("dense.json");
    Files.writeString(dense, CareerCommandTest.denseCareerJson(12), StandardCharsets.UTF_8);

    long started = System.nanoTime();
    Run run = run(HOME.resolve("bin/a4j"), Map.of("JAVA_OPTS", "-Xmx64m"), "career", "paths", "role-0", "role-1",
        "--file", dense.toString());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).startsWith("Paths from Role 0 to Role 1: 1000, fewest steps first");
    assertThat(run.err()).startsWith("WARNING career.paths.count-bound").doesNotContain("OutOfMemoryError");
    assertThat(millis).as("a new JVM, the file read and the paths printed, in milliseconds").isLessThan(10_000);

    Run tooMany = run(HOME.resolve("bin/a4j"), Map.of("JAVA_OPTS", "-Xmx64m"), "career", "paths", "role-0",
        "role-1", "--file", dense.toString(), "--max-steps", "11", "--max-paths", "100000000");
    assertThat(tooMany.exitCode()).as(tooMany.err()).isEqualTo(2);
    assertThat(tooMany.err()).isEqualTo("a4j: not enough memory for 100000000 paths; ask for fewer with --max-paths,"
        + " or give Java more memory (JAVA_OPTS=-Xmx...)\n");
  }

  @Test
  void unknownCommandExitsTwoWithMessage() throws Exception {
    Run run = a4j("standards", "nosuch");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("a4j: Unmatched argument at index 1: 'nosuch'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void launcherFindsItsJarThroughASymbolicLink_andPassesJavaOpts() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("a4j"), HOME.resolve("bin/a4j").toAbsolutePath());
    try {
      Run run = run(link, Map.of(), "--version");
      assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
      assertThat(run.out()).startsWith("a4j " + VERSION);

      Run refused = run(link, Map.of("JAVA_OPTS", "-Xms8m -XX:+NoSuchVmOption"), "--version");
      assertThat(refused.exitCode()).isNotZero();
      assertThat(refused.err()).contains("NoSuchVmOption");
    } finally {
      Files.delete(link);                             // the link, not the launcher it points to
    }
  }

  @Test
  void launcherRefusesAJavaHomeWithoutJava() throws Exception {
    Run run = run(HOME.resolve("bin/a4j"), Map.of("JAVA_HOME", dir.toString()), "--version");

    assertThat(run.exitCode()).isEqualTo(127);
    assertThat(run.err()).contains("a4j: JAVA_HOME is " + dir + ", but " + dir + "/bin/java is not an executable");
  }

  @Test
  void bashCompletionScriptCompletesCommandsAndOptions() throws Exception {
    Path script = HOME.resolve("completion/a4j.bash");
    Path completion = Files.writeString(dir.resolve("complete.sh"), "source '" + script + "'\n"
        + "complete -p a4j\n"
        + "COMP_WORDS=(a4j sta); COMP_CWORD=1; COMP_LINE='a4j sta'; COMP_POINT=7\n"
        + "_complete_a4j 2>/dev/null; echo \"[${COMPREPLY[*]}]\"\n"
        + "COMP_WORDS=(a4j standards show ST1398 --st); COMP_CWORD=4; COMP_LINE='a4j standards show ST1398 --st'\n"
        + "COMP_POINT=${#COMP_LINE}; _complete_a4j 2>/dev/null; echo \"[${COMPREPLY[*]}]\"\n"
        + "COMP_WORDS=(a4j career paths ST1398 head-of-ai --format ''); COMP_CWORD=6\n"
        + "COMP_LINE='a4j career paths ST1398 head-of-ai --format '\n"
        + "COMP_POINT=${#COMP_LINE}; _complete_a4j 2>/dev/null; echo \"[${COMPREPLY[*]}]\"\n",
        StandardCharsets.UTF_8);

    Run run = run(Path.of("bash"), Map.of(), completion.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out().lines()).containsExactly("complete -o default -F _complete_a4j a4j", "[standards]",
        "[--standard-version --standards]", "[text json mermaid dot]");
  }

  @Test
  void distributionShipsTheLaunchersJarCompletionAndReference_alsoAsAZip() throws IOException {
    List<String> files = List.of("bin/a4j", "bin/a4j.bat", "lib/a4j.jar", "completion/a4j.bash",
        "doc/a4j-reference.md");
    for (String file : files) {
      assertThat(HOME.resolve(file)).isRegularFile();
    }
    assertThat(HOME.resolve("bin/a4j")).isExecutable();
    assertThat(Files.readString(HOME.resolve("bin/a4j.bat"), StandardCharsets.UTF_8)).contains("\r\n");
    assertThat(Files.readString(HOME.resolve("doc/a4j-reference.md"), StandardCharsets.UTF_8))
        .contains("## a4j feed validate");
    try (ZipFile zip = new ZipFile(HOME.resolveSibling("a4j.zip").toFile())) {
      for (String file : files) {
        assertThat(zip.getEntry("a4j/" + file)).as(file).isNotNull();
      }
    }
  }
}

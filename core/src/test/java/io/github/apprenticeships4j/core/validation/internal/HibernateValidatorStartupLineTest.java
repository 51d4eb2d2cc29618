package io.github.apprenticeships4j.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator logs its version once per JVM, when its engine first starts; each case runs in a JVM of its own
 * so that the engine starts inside it.
 */
class HibernateValidatorStartupLineTest {
  private static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

  @Test
  void libraryValidationDoesNotPrintTheStartupLine() throws Exception {
    String stderr = runInNewJvm("library");

    assertThat(stderr).doesNotContain("HV000001");
  }

  @Test
  void aLevelSetByTheApplicationIsKept() throws Exception {
    String stderr = runInNewJvm("application-wants-info");

    assertThat(stderr).contains("HV000001");
  }

  /** Validates one value through the library, first setting the logger's level if asked to. */
  public static void main(String[] args) {
    if (args[0].equals("application-wants-info")) {
      Logger.getLogger(VERSION_LOGGER).setLevel(Level.INFO);
    }
    List<?> issues = ConstraintBridge.validate(new Object());
    System.out.println("validated: " + issues.size() + " issues");
  }

  private static String runInNewJvm(String mode) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        HibernateValidatorStartupLineTest.class.getName(), mode));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
    assertThat(process.exitValue()).as("child JVM exit code; stderr: %s", stderr).isZero();
    return stderr;
  }
}

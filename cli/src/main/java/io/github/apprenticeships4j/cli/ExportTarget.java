package io.github.apprenticeships4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the {@code export} commands share: the one format they write so far, and where the text goes. */
final class ExportTarget {
  /** The value of {@code --format} for a CASE 1.1 package. */
  static final String CASE = "case";
  static final String FORMAT_DESCRIPTION = "The format written: case (a 1EdTech CASE 1.1 CFPackage; the default).";

  private ExportTarget() {}

  /**
   * Checks {@code format}.
   *
   * @throws ParameterException if it is not one the command writes
   */
  static void check(CommandSpec spec, String format) {
    if (!format.equals(CASE)) {
      throw new ParameterException(spec.commandLine(), "unknown --format " + format + "; the formats: " + CASE);
    }
  }

  /**
   * Writes {@code text} to {@code file}, or to {@code out} when there is none.
   *
   * @return the exit code: {@link A4j#OK}, or {@link A4j#UNREADABLE} with the reason on {@code err}
   */
  static int write(String text, @Nullable Path file, PrintWriter out, PrintWriter err) {
    if (file == null) {
      out.print(text);
      out.flush();
      return A4j.OK;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("a4j: cannot write " + file + ": " + A4j.describe(e));
      return A4j.UNREADABLE;
    }
    return A4j.OK;
  }
}

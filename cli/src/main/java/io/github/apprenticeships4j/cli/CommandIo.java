package io.github.apprenticeships4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the commands share to print JSON and to say that an input cannot be read: the same words and exit code for
 * every command.
 */
final class CommandIo {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private CommandIo() {}

  /** Prints {@code json} (maps, lists, strings, numbers) as one line of JSON. */
  static void printJson(PrintWriter out, Object json) {
    out.println(MAPPER.writeValueAsString(json));
  }

  /** Whether {@code file} is a regular file; if not, says on {@code err} that there is no such file. */
  static boolean isFile(Path file, PrintWriter err) {
    if (Files.isRegularFile(file)) {
      return true;
    }
    err.println("a4j: cannot read " + file + ": no such file");
    return false;
  }

  /**
   * Says on {@code err} that {@code input} cannot be read because of {@code failure} ("no such file" for a missing
   * file).
   *
   * @return {@link A4j#UNREADABLE}
   */
  static int cannotRead(PrintWriter err, @Nullable Object input, IOException failure) {
    err.println("a4j: cannot read " + input + ": "
        + (failure instanceof NoSuchFileException ? "no such file" : A4j.describe(failure)));
    return A4j.UNREADABLE;
  }

  /**
   * Says on {@code err} what went wrong, e.g. an argument that is not valid.
   *
   * @return {@link A4j#UNREADABLE}
   */
  static int failed(PrintWriter err, Exception failure) {
    err.println("a4j: " + A4j.describe(failure));
    return A4j.UNREADABLE;
  }
}

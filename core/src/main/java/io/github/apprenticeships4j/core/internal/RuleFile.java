package io.github.apprenticeships4j.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A file of dated rules bundled with the library ({@code standard-rules.txt}, {@code progress-rules.txt}): one rule a
 * line, cells separated by {@code |}, the last cell the rule's source; blank lines and lines starting with {@code #}
 * are ignored. A malformed line is a defect of the library's own data, so reading it throws.
 */
public final class RuleFile {
  private RuleFile() {}

  /**
   * The rules of the lines of {@code reader}, each made by {@code rule} from its stripped cells.
   *
   * @param name the file's name, for messages
   * @param layout the cells a line must have, e.g. {@code key | from | to | value | basis | source}
   */
  public static <R> List<R> parse(BufferedReader reader, String name, String layout, Function<String[], R> rule)
      throws IOException {
    int columns = layout.split("\\|", -1).length;
    List<R> rules = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length != columns || cells[columns - 1].isBlank()) {
        throw new IllegalStateException(name + " line " + number + ": expected " + layout);
      }
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      try {
        rules.add(rule.apply(cells));
      } catch (RuntimeException e) {
        throw new IllegalStateException(name + " line " + number + ": " + e.getMessage(), e);
      }
    }
    return rules;
  }

  /** The rules of the resource {@code name} beside {@code owner}, parsed as {@link #parse} does. */
  public static <R> List<R> load(Class<?> owner, String name, String layout, Function<String[], R> rule) {
    try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(name), name);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader, name, layout, rule);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

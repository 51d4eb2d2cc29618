package io.github.apprenticeships4j.core.standard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table of apprenticeship levels, their names, equivalent education levels and sources, read once from the
 * library's {@code level-equivalents.txt}: lines {@code level | name | equivalent | source}, {@code #} comments and
 * blank lines skipped. A broken table is a fault of the library, so it throws.
 */
final class LevelEquivalents {
  static final String RESOURCE = "level-equivalents.txt";

  /** One row of the table. */
  record Row(int level, String name, String equivalent, String source) {}

  private LevelEquivalents() {}

  /** The row of {@code level}, 2 to 7. */
  static Row of(int level) {
    Row row = Table.ROWS.get(level);
    if (row == null) {
      throw new IllegalArgumentException("no apprenticeship level " + level);
    }
    return row;
  }

  /**
   * The rows of {@code text}, by level.
   *
   * @throws IllegalStateException if a line is malformed, a level is outside 2 to 7 or given twice, or one is missing
   */
  static Map<Integer, Row> parse(String text, String sourceName) {
    Map<Integer, Row> rows = new TreeMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      String where = sourceName + " line " + (i + 1) + ": ";
      if (cells.length != 4) {
        throw new IllegalStateException(where + "expected level | name | equivalent | source");
      }
      int level;
      try {
        level = Integer.parseInt(cells[0].strip());
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where + "the level is not a number: " + cells[0].strip(), e);
      }
      if (level < 2 || level > 7) {
        throw new IllegalStateException(where + "no apprenticeship level " + level);
      }
      Row row = new Row(level, cells[1].strip(), cells[2].strip(), cells[3].strip());
      if (row.name().isEmpty() || row.equivalent().isEmpty() || row.source().isEmpty()) {
        throw new IllegalStateException(where + "the name, equivalent and source must not be empty");
      }
      if (rows.putIfAbsent(level, row) != null) {
        throw new IllegalStateException(where + "level " + level + " given twice");
      }
    }
    if (rows.size() != 6) {
      throw new IllegalStateException(sourceName + ": levels 2 to 7 must each have a row; found " + rows.keySet());
    }
    return Map.copyOf(rows);
  }

  private static final class Table {
    static final Map<Integer, Row> ROWS = load();

    private static Map<Integer, Row> load() {
      try (InputStream in = LevelEquivalents.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the level equivalents are missing from the library: " + RESOURCE);
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

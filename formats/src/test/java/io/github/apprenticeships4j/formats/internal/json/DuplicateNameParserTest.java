package io.github.apprenticeships4j.formats.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class DuplicateNameParserTest {
  /** Reads the whole document through the parser, then gives the paths of the repeats it noted. */
  private static List<String> repeats(String json) {
    try (DuplicateNameParser p =
        new DuplicateNameParser(new JsonFactory().createParser(ObjectReadContext.empty(), json))) {
      while (p.nextToken() != null) {
        // every token is seen by the parser's check
      }
      List<String> paths = new ArrayList<>();
      p.takeDuplicates().kept().forEach(d -> paths.add(d.path() + (d.tooMany() ? " (too many)" : "")));
      return paths;
    }
  }

  private static String object(List<String> names) {
    StringBuilder json = new StringBuilder("{");
    for (String name : names) {
      json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":1");
    }
    return json.append('}').toString();
  }

  @Test
  void aNameRepeatedInOneObject_isNoted_butNotOneRepeatedInItsSiblings() {
    assertThat(repeats("[{\"a\":1,\"b\":2,\"a\":3},{\"a\":1,\"b\":2},{\"b\":1,\"c\":{\"b\":2}}]"))
        .containsExactly("[0].a");
  }

  @Test
  void aRepeat_isFound_amongHundredsOfNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      names.add("n" + i);
    }
    names.add("n7");
    names.add("n999");

    assertThat(repeats("[" + object(names) + "," + object(names.subList(0, 300)) + "]"))
        .containsExactly("[0].n7", "[0].n999");
  }

  @Test
  void namesThatShareOneHashCode_areToldApart_andTheirRepeatsFound() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 512; i++) { // "Aa" and "BB" have the same hash code, so have all 9-pair strings of them
      StringBuilder name = new StringBuilder();
      for (int bit = 0; bit < 9; bit++) {
        name.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      names.add(name.toString());
    }
    assertThat(names.stream().map(String::hashCode).distinct()).hasSize(1);
    List<String> withRepeats = new ArrayList<>(names);
    withRepeats.add(names.get(3));
    withRepeats.add(names.get(400));
    List<String> small = new ArrayList<>(names.subList(0, 20));
    small.add(names.get(19));

    assertThat(repeats("[" + object(withRepeats) + "," + object(small) + "]"))
        .containsExactly("[0]." + names.get(3), "[0]." + names.get(400), "[1]." + names.get(19));
  }
}

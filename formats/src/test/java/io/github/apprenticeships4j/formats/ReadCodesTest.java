package io.github.apprenticeships4j.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReadCodesTest {
  private static final Pattern SPELLING =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*){1,3}");
  private static final Set<String> AREAS = Set.of("read", "csv", "json", "career-json", "ddat", "feed-csv");
  private static final Path MAIN = Path.of("src", "main", "java");

  private static Map<String, String> codesByConstant() throws IllegalAccessException {
    Map<String, String> codes = new LinkedHashMap<>();
    for (Field field : ReadCodes.class.getDeclaredFields()) {
      assertThat(field.getModifiers() & (Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL))
          .as(field.getName()).isEqualTo(Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL);
      assertThat(field.getType()).as(field.getName()).isEqualTo(String.class);
      codes.put(field.getName(), (String) field.get(null));
    }
    return codes;
  }

  @Test
  void everyCode_isSpelledByTheRule_andItsConstantIsNamedAfterIt() throws IllegalAccessException {
    Map<String, String> codes = codesByConstant();

    assertThat(codes).hasSizeGreaterThan(50);
    codes.forEach((constant, code) -> {
      assertThat(code).as(constant).matches(SPELLING);
      String area = code.substring(0, code.indexOf('.'));
      assertThat(AREAS).as(code).contains(area);
      String named = (area.equals("read") ? code.substring(area.length() + 1) : code)
          .replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
      assertThat(constant).as(code).isEqualTo(named);
    });
    assertThat(Set.copyOf(codes.values())).hasSameSizeAs(codes.values());
  }

  @Test
  void theCatalogue_cannotBeMadeOrExtended() {
    assertThat(Modifier.isFinal(ReadCodes.class.getModifiers())).isTrue();
    assertThat(ReadCodes.class.getDeclaredConstructors()).extracting(Constructor::getModifiers)
        .allMatch(Modifier::isPrivate);
  }

  @Test
  void everyCode_isWrittenOnce_noOtherMainSourceSpellsIt() throws IOException, IllegalAccessException {
    List<String> quoted = codesByConstant().values().stream().map(c -> '"' + c + '"').collect(Collectors.toList());
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList());
    }
    List<String> found = new ArrayList<>();
    for (Path file : sources) {
      if (!file.getFileName().toString().equals("ReadCodes.java")) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        quoted.stream().filter(text::contains).forEach(code -> found.add(file + ": " + code));
      }
    }

    assertThat(sources).hasSizeGreaterThan(50);
    assertThat(found).as("code strings outside ReadCodes").isEmpty();
  }
}

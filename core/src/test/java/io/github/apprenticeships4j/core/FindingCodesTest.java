package io.github.apprenticeships4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogues of finding codes of core ({@code StandardCodes}, {@code FeedCodes}, ...: every main class named
 * {@code *Codes}): each code is declared once, spelled by the rule, named after its code, documented, and is the
 * only place its text appears in main code; every message key of the constraints is a catalogued code.
 */
class FindingCodesTest {
  static final Path MAIN = Path.of("src/main/java");
  static final String KEY_PREFIX = "io.github.apprenticeships4j.";
  /** {@code area.subject.problem}: lower case, 2 to 4 dot-separated segments, each in lower kebab case. */
  static final Pattern LIBRARY_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*){1,3}");
  /** The apprenticeship service's own error codes, kept in FeedCodes only: {@code FIELD.CHECK}. */
  static final Pattern SERVICE_CODE = Pattern.compile("[A-Z][A-Z0-9_]*\\.[A-Z][A-Z0-9_]*");
  static List<Class<?>> catalogues;
  /** Every catalogued code, with the catalogue that declares it. */
  static Map<String, Class<?>> codes;

  @BeforeAll
  static void findCatalogues() throws IllegalAccessException {
    JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.apprenticeships4j.core");
    catalogues = main.stream().filter(c -> c.getSimpleName().endsWith("Codes") && c.getEnclosingClass().isEmpty())
        .map(JavaClass::reflect).sorted((a, b) -> a.getName().compareTo(b.getName())).collect(Collectors.toList());
    codes = new HashMap<>();
    for (Class<?> catalogue : catalogues) {
      for (Field field : catalogue.getDeclaredFields()) {
        if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
          Class<?> before = codes.put((String) field.get(null), catalogue);
          assertThat(before).as("%s declared by %s and %s", field.get(null), before, catalogue).isNull();
        }
      }
    }
  }

  @Test
  void catalogues_areFoundForTheAreasOfThisBranch() {
    assertThat(catalogues).extracting(Class::getSimpleName).contains("StandardCodes", "LearnerCodes", "ProviderCodes",
        "FeedCodes");
  }

  @Test
  void eachCatalogue_isAFinalClassOfPublicStaticFinalStrings_withAPrivateConstructor() {
    for (Class<?> catalogue : catalogues) {
      assertThat(Modifier.isPublic(catalogue.getModifiers()) && Modifier.isFinal(catalogue.getModifiers()))
          .as(catalogue.getName()).isTrue();
      assertThat(catalogue.getDeclaredConstructors()).as(catalogue.getName())
          .allMatch(c -> Modifier.isPrivate(c.getModifiers()));
      assertThat(catalogue.getDeclaredFields()).as(catalogue.getName()).allMatch(f -> f.getType() == String.class
          && f.getModifiers() == (Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL));
    }
  }

  @Test
  void eachCode_isSpelledByTheRule_inTheAreaOfItsCatalogue_andNamesItsConstant() throws IllegalAccessException {
    for (Class<?> catalogue : catalogues) {
      Set<String> areas = areasOf(catalogue);
      for (Field field : catalogue.getDeclaredFields()) {
        String code = (String) field.get(null);
        if (catalogue.getSimpleName().equals("FeedCodes") && SERVICE_CODE.matcher(code).matches()) {
          assertThat(field.getName()).as(code).isEqualTo(code.replace('.', '_'));
          continue;
        }
        assertThat(code).as(catalogue.getSimpleName()).matches(LIBRARY_CODE);
        String area = code.substring(0, code.indexOf('.'));
        assertThat(areas).as("area of %s in %s", code, catalogue.getSimpleName()).contains(area);
        String expected = code.substring(area.length() + 1).replace('.', '_').replace('-', '_')
            .toUpperCase(Locale.ROOT);
        assertThat(field.getName()).as(code).isEqualTo(expected);
      }
    }
  }

  @Test
  void eachConstant_hasItsOwnJavadoc() throws IOException {
    Pattern constant = Pattern.compile("^\\s*public static final String (\\w+)");
    for (Class<?> catalogue : catalogues) {
      List<String> lines = Files.readAllLines(sourceOf(catalogue), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = constant.matcher(lines.get(i));
        if (m.find()) {
          assertThat(lines.get(i - 1).strip()).as("Javadoc of %s.%s", catalogue.getSimpleName(), m.group(1))
              .endsWith("*/");
        }
      }
    }
  }

  @Test
  void noCatalogedCode_isWrittenAsALiteral_outsideItsCatalogue() throws IOException {
    Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    List<String> found = new ArrayList<>();
    for (Path source : mainSources()) {
      if (source.getFileName().toString().endsWith("Codes.java")) {
        continue;
      }
      Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (m.find()) {
        if (codes.containsKey(m.group(1))) {
          found.add(MAIN.relativize(source) + ": \"" + m.group(1) + "\"");
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void everyMessageKeyOfTheConstraints_isACataloguedCode() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = FindingCodesTest.class.getResourceAsStream("/ContributorValidationMessages.properties")) {
      messages.load(in);
    }
    Set<String> keys = messages.stringPropertyNames().stream().map(k -> k.substring(KEY_PREFIX.length()))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> catalogued = catalogues.stream().flatMap(c -> areasOf(c).stream()).collect(Collectors.toSet());

    for (String key : keys) {
      assertThat(key).matches(LIBRARY_CODE);
      String area = key.substring(0, key.indexOf('.'));
      assertThat(catalogued).as("catalogue of %s", key).contains(area);
      assertThat(codes).as("message key %s", key).containsKey(key);
    }
  }

  @Test
  void everyMessageKeyInMainCode_hasAMessage() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = FindingCodesTest.class.getResourceAsStream("/ContributorValidationMessages.properties")) {
      messages.load(in);
    }
    Pattern key = Pattern.compile("\"\\{(" + Pattern.quote(KEY_PREFIX) + "[^}\"]+)}\"");
    List<String> used = new ArrayList<>();
    for (Path source : mainSources()) {
      Matcher m = key.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    assertThat(used).isNotEmpty().allMatch(messages::containsKey);
  }

  @Test
  void everyConstraintInMainCode_hasAMessageKeyOfTheLibrary() throws IOException {
    Set<String> constraints = new ClassFileImporter().importPackages("jakarta.validation.constraints").stream()
        .filter(JavaClass::isAnnotation).filter(c -> c.getEnclosingClass().isEmpty()).map(JavaClass::getSimpleName)
        .collect(Collectors.toSet());
    assertThat(constraints).contains("Min", "NotBlank", "PositiveOrZero");
    Pattern use = Pattern.compile(
        "@(?:jakarta\\.validation\\.constraints\\.)?(\\w+)\\b(\\((?:[^()\"]|\"[^\"]*\")*\\))?");
    List<String> unkeyed = new ArrayList<>();
    for (Path source : mainSources()) {
      Matcher m = use.matcher(withoutComments(Files.readString(source, StandardCharsets.UTF_8)));
      while (m.find()) {
        if (constraints.contains(m.group(1))
            && (m.group(2) == null || !m.group(2).contains("message = \"{" + KEY_PREFIX))) {
          unkeyed.add(MAIN.relativize(source) + ": " + m.group());
        }
      }
    }
    assertThat(unkeyed).isEmpty();
  }

  /** The first segments of the catalogue's library codes: the name of the catalogue, and levy for funding. */
  static Set<String> areasOf(Class<?> catalogue) {
    String area = catalogue.getSimpleName().replace("Codes", "").toLowerCase(Locale.ROOT);
    return area.equals("funding") ? Set.of("funding", "levy") : Set.of(area);
  }

  static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  static Path sourceOf(Class<?> type) {
    return MAIN.resolve(type.getName().replace('.', '/') + ".java");
  }

  static List<Path> mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }
}

package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.validation.Issue;
import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue of the funding package's finding codes, and that the package emits no other. */
class FundingCodesTest {
  private static final String KEY_PREFIX = "io.github.apprenticeships4j.";
  private static final Path MAIN = Path.of("src/main/java/io/github/apprenticeships4j/core");
  /** The calculator's input types, which carry the Jakarta constraints. */
  private static final List<Class<?>> INPUTS = List.of(Apprenticeship.class, StandardFunding.class, Employer.class,
      Apprentice.class, Progress.class);

  /** The codes of the catalogue by constant name. */
  static Map<String, String> catalogue() {
    Map<String, String> codes = new TreeMap<>();
    for (Field field : FundingCodes.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        try {
          codes.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return codes;
  }

  @Test
  void everyCode_followsTheNamingRule_andIsItsConstantsNameInLowerCase() {
    Map<String, String> codes = catalogue();

    assertThat(codes).hasSize(40);
    assertThat(codes.values()).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code)
        .matches("(funding|levy)(\\.[a-z0-9]+(-[a-z0-9]+)*){1,3}"));
    codes.forEach((name, code) -> assertThat(name).as(code)
        .isEqualTo(code.substring(code.indexOf('.') + 1).replace('.', '_').replace('-', '_')
            .toUpperCase(Locale.ROOT)));
  }

  @Test
  void everyConstraintOfTheCalculatorsInput_hasAMessageKeyThatIsACatalogedCode_withAMessage() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = FundingCodesTest.class.getResourceAsStream("/ContributorValidationMessages.properties")) {
      assertThat(in).as("the library's message bundle").isNotNull();
      messages.load(in);
    }
    Set<String> keys = new TreeSet<>();
    for (Class<?> type : INPUTS) {
      for (Method method : type.getDeclaredMethods()) {
        for (Annotation constraint : constraintsOf(method)) {
          keys.add(messageKey(constraint));
        }
      }
    }

    assertThat(keys).contains(FundingCodes.PRICE_NEGATIVE, FundingCodes.PRIOR_LEARNING_RANGE,
        FundingCodes.LEVY_FUNDS_NEGATIVE, FundingCodes.HEADCOUNT_NEGATIVE);
    assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(KEY_PREFIX + key));
    // the standard's level and duration are checked as the standard package checks them, with its codes
    assertThat(keys).filteredOn(key -> key.startsWith("standard."))
        .containsExactlyInAnyOrder(StandardCodes.LEVEL_RANGE, StandardCodes.DURATION_RANGE);
    assertThat(keys).filteredOn(key -> !key.startsWith("standard."))
        .allSatisfy(key -> assertThat(catalogue()).containsValue(key));
    assertThat(messages.stringPropertyNames()).filteredOn(key -> key.startsWith(KEY_PREFIX + "funding.")
        || key.startsWith(KEY_PREFIX + "levy.")).allSatisfy(key -> assertThat(catalogue())
            .containsValue(key.substring(KEY_PREFIX.length())));
  }

  @Test
  void anyInput_isRejectedOrWarnedOnlyWithCataloguedCodes() {
    FundingCalculator calculator = FundingCalculator.withDefaultRules();
    Set<String> seen = new TreeSet<>();
    qt().withExamples(2000).forAll(FundingGen.apprenticeships(), FundingGen.anyApprenticeships(),
        integers().between(0, 5), integers().between(-30, 2000))
        .checkAssert((plausible, any, kind, offset) -> {
          List<Issue> issues = new ArrayList<>(calculator.calculate(any).report().issues());
          issues.addAll(calculator.calculate(plausible, progress(plausible.startDate(), kind, offset, offset % 400))
              .report().issues());
          issues.forEach(i -> seen.add(i.code()));
          assertThat(issues).allSatisfy(i -> assertThat(i.code()).satisfiesAnyOf(
              code -> assertThat(catalogue()).containsValue(code),
              code -> assertThat(code).isIn(StandardCodes.LEVEL_RANGE, StandardCodes.DURATION_RANGE)));
        });
    assertThat(seen).as("codes seen").hasSizeGreaterThan(10);
  }

  /** A progress from {@code start}, possible or not: completion, withdrawal, a break, both, or as planned. */
  private static Progress progress(LocalDate start, int kind, int offset, int gap) {
    LocalDate day = start.plusDays(offset);
    switch (kind) {
      case 0:
        return Progress.completedOn(day);
      case 1:
        return Progress.withdrawnAfter(day);
      case 2:
        return Progress.builder().addBreak(BreakInLearning.of(day, day.plusDays(gap))).build();
      case 3:
        return Progress.builder().completionDate(day).withdrawalDate(day).build();
      case 4:
        return Progress.builder().addBreak(BreakInLearning.of(day, day.plusDays(gap)))
            .addBreak(BreakInLearning.of(day.minusDays(gap), day)).completionDate(day.plusDays(gap)).build();
      default:
        return Progress.asPlanned();
    }
  }

  @Test
  void noCode_isWrittenOutsideTheCatalogue() throws IOException {
    Path catalogue = MAIN.resolve("funding/FundingCodes.java");
    List<String> written = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(catalogue))
          .collect(Collectors.toList())) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (String code : catalogue().values()) {
          if (text.contains("\"" + code + "\"") || text.contains(KEY_PREFIX + code + "}")) {
            written.add(MAIN.relativize(file) + ": " + code);
          }
        }
      }
    }
    assertThat(written).isEmpty();
  }

  /** The Jakarta constraints on the return type of {@code method} and on its type arguments. */
  private static List<Annotation> constraintsOf(Method method) {
    List<Annotation> constraints = new ArrayList<>();
    List<AnnotatedType> types = new ArrayList<>(List.of(method.getAnnotatedReturnType()));
    if (method.getAnnotatedReturnType() instanceof AnnotatedParameterizedType) {
      Collections.addAll(types, ((AnnotatedParameterizedType) method.getAnnotatedReturnType())
          .getAnnotatedActualTypeArguments());
    }
    Stream.concat(Stream.of(method.getAnnotations()), types.stream().flatMap(t -> Stream.of(t.getAnnotations())))
        .filter(a -> a.annotationType().isAnnotationPresent(Constraint.class)).distinct().forEach(constraints::add);
    return constraints;
  }

  /** The key of the message template {@code {io.github.apprenticeships4j.KEY}} of {@code constraint}. */
  private static String messageKey(Annotation constraint) {
    try {
      String template = (String) constraint.annotationType().getMethod("message").invoke(constraint);
      assertThat(template).as("message of %s", constraint).startsWith("{" + KEY_PREFIX).endsWith("}");
      return template.substring(KEY_PREFIX.length() + 1, template.length() - 1);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}

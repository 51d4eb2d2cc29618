package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Users name only hand-written types: no public type of a package that {@code core} or {@code formats} exports is a
 * generated class, known by Immutables' name for it ({@code Immutable*}) or by an annotation named {@code Generated}
 * in its class file (Immutables' own is kept in the class file only, where reflection does not see it).
 */
class PublicApiTest {
  private static final List<Class<?>> TYPES = Stream.concat(PublicApi.typesOfModuleOf(Standard.class).stream(),
      PublicApi.typesOfModuleOf(StandardsJson.class).stream()).collect(Collectors.toUnmodifiableList());

  private static final Pattern GENERATED_NAME = Pattern.compile("Immutable\\p{Lu}.*");
  /** The descriptor of an annotation type named Generated, top-level or nested, as the constant pool holds it. */
  private static final Pattern GENERATED_ANNOTATION = Pattern.compile("L[\\w/$]+[/$]Generated;");

  @Test
  void noPublicTypeOfAnExportedPackage_isGenerated() {
    assertThat(TYPES).contains(Standard.class, Standard.Builder.class, StandardsJson.class);
    assertThat(TYPES.stream().filter(PublicApiTest::isGenerated).map(Class::getName)).isEmpty();
  }

  @Test
  void theCheck_knowsAGeneratedClass_byItsName_orByItsAnnotation() {
    Class<?> implementation = Issue.error("read.example", "an example").getClass();
    assertThat(implementation.getSimpleName()).isEqualTo("ImmutableIssue");

    assertThat(isGenerated(implementation)).isTrue();
    assertThat(isGenerated(MarkedAsGenerated.class)).isTrue();
    assertThat(isGenerated(Issue.class)).isFalse();
    assertThat(isGenerated(SourcePosition.class)).isFalse();
    assertThat(isGenerated(Standard.Builder.class)).isFalse();
  }

  private static boolean isGenerated(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (GENERATED_NAME.matcher(t.getSimpleName()).matches()) {
        return true;
      }
    }
    return GENERATED_ANNOTATION.matcher(classFileOf(type)).find();
  }

  /** The class file's bytes, one character each: enough to find a descriptor in its constant pool. */
  private static String classFileOf(Class<?> type) {
    String name = type.getName().substring(type.getPackageName().length() + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("no class file for " + type.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kept in the class file only, as Immutables' {@code org.immutables.value.Generated} is. */
  @Retention(RetentionPolicy.CLASS)
  private @interface Generated {}

  @Generated
  private static final class MarkedAsGenerated {}
}

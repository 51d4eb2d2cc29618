package io.github.apprenticeships4j.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FluentGetterStrategyTest {
  private final FluentGetterStrategy strategy = new FluentGetterStrategy();

  private static ConstrainableExecutable method(String name, Class<?> returnType, Class<?>... parameters) {
    return new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return returnType;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return parameters;
      }
    };
  }

  @ParameterizedTest(name = "[{index}] {0}() -> {1}")
  @CsvSource({
      "level, level",
      "ksbs, ksbs",
      "getLevel, level",
      "isCore, core",
      "getURL, uRL",
      "get, get",
      "is, is",
      "getaway, getaway",
      "island, island"})
  void getProperty_acceptsFluentAndJavaBeansAccessors(String name, String property) {
    assertThat(strategy.getProperty(method(name, int.class))).contains(property);
  }

  @ParameterizedTest(name = "[{index}] {0}()")
  @ValueSource(strings = {"hashCode", "toString", "getClass", "clone"})
  void getProperty_ignoresObjectMethods(String name) {
    assertThat(strategy.getProperty(method(name, Object.class))).isEmpty();
  }

  @Test
  void getProperty_ignoresMethodsWithParametersOrWithoutResult() {
    assertThat(strategy.getProperty(method("withLevel", Object.class, int.class))).isEmpty();
    assertThat(strategy.getProperty(method("run", void.class))).isEmpty();
  }

  @Test
  void getGetterMethodNameCandidates_includesFluentAndJavaBeansNames() {
    assertThat(strategy.getGetterMethodNameCandidates("level"))
        .isEqualTo(List.of("level", "getLevel", "isLevel"));
  }
}

package io.github.apprenticeships4j.core.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see Immutables-style accessors ({@code level()}, {@code title()}) as properties, as well as
 * JavaBeans getters ({@code getLevel()}, {@code isCore()}). Without it, constraints on fluent accessors are ignored
 * without a word (Hibernate Validator reference guide, chapter "Changing the property selection strategy").
 */
public final class FluentGetterStrategy implements GetterPropertySelectionStrategy {
  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "clone");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
        || OBJECT_METHODS.contains(executable.getName())) {
      return Optional.empty();
    }
    String name = executable.getName();
    for (String prefix : new String[] {"get", "is"}) {
      if (name.length() > prefix.length() && name.startsWith(prefix)
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        String rest = name.substring(prefix.length());
        return Optional.of(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
      }
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalised = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalised, "is" + capitalised);
  }
}

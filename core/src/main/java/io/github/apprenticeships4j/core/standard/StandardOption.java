package io.github.apprenticeships4j.core.standard;

import org.immutables.value.Value;

/** An option (specialism) of a standard, with the id duties use to map to it. Immutable and thread-safe. */
@Value.Immutable
public abstract class StandardOption {
  StandardOption() {}

  public abstract String id();

  public abstract String title();

  public static StandardOption of(String id, String title) {
    return ImmutableStandardOption.builder().id(id).title(title).build();
  }

  @Override
  public String toString() {
    return title();
  }
}

package io.github.apprenticeships4j.core.standard;

import org.immutables.value.Value;

/** An option (specialism) of a standard, with the id duties use to map to it. Immutable and thread-safe. */
@Value.Immutable
public abstract class StandardOption implements WithStandardOption {
  StandardOption() {}

  /** The id of the option in the source, which duties refer to. */
  public abstract String id();

  /** The option's name, e.g. "Data engineering". */
  public abstract String title();

  /** The option with the source's {@code id} and {@code title}. */
  public static StandardOption of(String id, String title) {
    return ImmutableStandardOption.builder().id(id).title(title).build();
  }

  @Override
  public String toString() {
    return title();
  }
}

package io.github.apprenticeships4j.core.internal;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use, once, and published safely to every thread: the private look-up indexes of the
 * model's values. Immutables' {@code @Value.Lazy} would do the same but makes each index a public method of the
 * generated class, through which any caller could change it; a private field of this type stays out of the API.
 * The value computed must itself be immutable (an unmodifiable map, a copied array kept private).
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> compute;
  private volatile @Nullable T value;

  private Lazy(Supplier<? extends T> compute) {
    this.compute = compute;
  }

  /** A value computed by {@code compute} on the first {@link #get()}; a failed computation is tried again. */
  public static <T> Lazy<T> of(Supplier<? extends T> compute) {
    return new Lazy<>(Objects.requireNonNull(compute, "compute"));
  }

  @Override
  public T get() {
    T known = value;
    if (known == null) {
      synchronized (this) {
        known = value;
        if (known == null) {
          known = Objects.requireNonNull(compute.get(), "lazy value");
          value = known;
        }
      }
    }
    return known;
  }
}

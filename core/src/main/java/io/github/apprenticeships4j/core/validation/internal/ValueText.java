package io.github.apprenticeships4j.core.validation.internal;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The text verbs of a value type, {@code parse}, {@code tryParse}, {@code isValid} and {@code check}, around the one
 * function that reads the type and the one that explains a refusal. White space around the text is ignored. Immutable
 * and thread-safe.
 *
 * @param <T> the value type
 */
public final class ValueText<T> {
  /** Reads a value from text already stripped of surrounding white space. */
  @FunctionalInterface
  public interface Reader<T> {
    /** The value {@code stripped} holds, or {@code null} if it holds none. */
    @Nullable
    T read(String stripped);
  }

  /** Explains why text is not a value. */
  @FunctionalInterface
  public interface Refusal {
    /** The error finding about {@code text} (as given, not stripped), which {@link Reader#read} refused. */
    Issue explain(String text);
  }

  private final Predicate<String> accepts;
  private final Reader<T> reader;
  private final Refusal refusal;

  private ValueText(Predicate<String> accepts, Reader<T> reader, Refusal refusal) {
    this.accepts = accepts;
    this.reader = reader;
    this.refusal = refusal;
  }

  /** The verbs of the type that {@code reader} reads, with the findings of {@code refusal}. */
  public static <T> ValueText<T> of(Reader<T> reader, Refusal refusal) {
    return new ValueText<>(stripped -> reader.read(stripped) != null, reader, refusal);
  }

  /**
   * As {@link #of(Reader, Refusal)}, with {@code accepts} telling, without making a value, whether {@code reader}
   * reads one: {@link #isValid} and {@link #check} then make none, for types checked on a hot path (a feed's rows).
   */
  public static <T> ValueText<T> of(Predicate<String> accepts, Reader<T> reader, Refusal refusal) {
    return new ValueText<>(accepts, reader, refusal);
  }

  /**
   * The value written in {@code text}.
   *
   * @throws InvalidValueException with the finding of the refusal if the text holds none
   */
  public T parse(CharSequence text) {
    String given = text.toString();
    T value = reader.read(given.strip());
    if (value == null) {
      throw new InvalidValueException(refusal.explain(given));
    }
    return value;
  }

  /** The value written in {@code text}, or empty if it holds none. */
  public Optional<T> tryParse(CharSequence text) {
    return Optional.ofNullable(reader.read(text.toString().strip()));
  }

  /** Whether {@code text} holds a value. */
  public boolean isValid(CharSequence text) {
    return accepts.test(text.toString().strip());
  }

  /** No findings if {@code text} holds a value, otherwise the one error of the refusal. Never throws. */
  public ValidationReport check(CharSequence text) {
    String given = text.toString();
    return accepts.test(given.strip()) ? ValidationReport.empty()
        : ValidationReport.of(List.of(refusal.explain(given)));
  }
}

package io.github.apprenticeships4j.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of the off-the-job training log: a day, the hours, planned or done. Immutable and thread-safe. */
@Value.Immutable
public abstract class OffTheJobSession implements WithOffTheJobSession {
  OffTheJobSession() {}

  /** A builder of a session. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link OffTheJobSession#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableOffTheJobSession.Builder {
    Builder() {}
  }

  /** The day of the training (or the last day of the week or period it sums up). */
  public abstract LocalDate date();

  /** Hours of off-the-job training, e.g. 6 or 1.5. */
  public abstract BigDecimal hours();

  /** Planned or done. */
  public abstract OffTheJobKind kind();

  /** What the training was, e.g. "Workshop: feature stores"; absent when not given. */
  public abstract Optional<String> activity();

  /** A session without a description. */
  public static OffTheJobSession of(LocalDate date, BigDecimal hours, OffTheJobKind kind) {
    return builder().date(date).hours(hours).kind(kind).build();
  }
}

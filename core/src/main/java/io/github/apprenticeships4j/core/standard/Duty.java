package io.github.apprenticeships4j.core.standard;

import java.util.List;
import org.immutables.value.Value;

/**
 * A duty of the occupation a standard describes: its text, whether it is a core duty (done by everyone) or belongs
 * to options, the ids of the KSBs it maps to and the ids of the options it belongs to. Ids are those of the source;
 * {@link Standard#ksbsOf(Duty)} resolves them. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Duty implements WithDuty {
  Duty() {}

  /** The id of the duty in the source. */
  public abstract String id();

  /** What the duty is, e.g. "Build and deploy models". */
  public abstract String text();

  /** Whether everyone on the standard does this duty, whatever their option. */
  public abstract boolean isCore();

  /** Ids of the KSBs this duty maps to, as listed in the source (knowledge, then skills, then behaviours). */
  public abstract List<String> ksbIds();

  /** Ids of the options this duty belongs to; empty for most core duties. */
  public abstract List<String> optionIds();

  /** A builder of a duty. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Duty#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableDuty.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return text();
  }
}

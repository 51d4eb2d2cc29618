package io.github.apprenticeships4j.core.career;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An advertised annual pay range for a role level in one region, in whole pounds sterling, with its source. Optional
 * data: frameworks such as DDaT publish none. Immutable and thread-safe.
 */
public final class PayBand {
  private final String region;
  private final long minimum;
  private final long maximum;
  private final boolean orMore;
  private final String source;

  private PayBand(String region, long minimum, long maximum, boolean orMore, String source) {
    this.region = Objects.requireNonNull(region, "region");
    this.minimum = minimum;
    this.maximum = maximum;
    this.orMore = orMore;
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * The pay band of {@code region}; {@link CareerValidator} reports a range that is not one.
   *
   * @param region where the range applies, e.g. {@code London} or {@code Rest of UK}
   * @param minimum lowest annual pay in pounds
   * @param maximum highest annual pay in pounds
   * @param orMore whether the source gives the maximum as open-ended ("£195,000+")
   * @param source where the figures come from, with its date
   */
  public static PayBand of(String region, long minimum, long maximum, boolean orMore, String source) {
    return new PayBand(region, minimum, maximum, orMore, source);
  }

  /** Where the range applies, e.g. {@code London} or {@code Rest of UK}. */
  public String region() {
    return region;
  }

  /** The lowest annual pay in pounds. */
  public long minimum() {
    return minimum;
  }

  /** The highest annual pay in pounds. */
  public long maximum() {
    return maximum;
  }

  /** Whether the source gives the maximum as open-ended ("£195,000+"). */
  public boolean orMore() {
    return orMore;
  }

  /** Where the figures come from, with its date. */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PayBand that
        && region.equals(that.region) && minimum == that.minimum && maximum == that.maximum
        && orMore == that.orMore && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, minimum, maximum, orMore, source);
  }

  /** For example {@code London £145,000–£195,000+}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s £%,d–£%,d%s", region, minimum, maximum, orMore ? "+" : "");
  }
}

package io.github.apprenticeships4j.core.career;

import java.util.Locale;
import java.util.Objects;

/**
 * An advertised annual pay range for a role level in one region, in whole pounds sterling, with its source. Optional
 * data: frameworks such as DDaT publish none.
 *
 * @param region where the range applies, e.g. {@code London} or {@code Rest of UK}
 * @param minimum lowest annual pay in pounds
 * @param maximum highest annual pay in pounds
 * @param orMore whether the source gives the maximum as open-ended ("£195,000+")
 * @param source where the figures come from, with its date
 */
public record PayBand(String region, long minimum, long maximum, boolean orMore, String source) {
  public PayBand {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(source, "source");
  }

  /** For example {@code London £145,000–£195,000+}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s £%,d–£%,d%s", region, minimum, maximum, orMore ? "+" : "");
  }
}

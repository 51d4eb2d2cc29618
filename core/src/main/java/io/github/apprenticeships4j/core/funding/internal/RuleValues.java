package io.github.apprenticeships4j.core.funding.internal;

import io.github.apprenticeships4j.core.funding.AgeRange;
import io.github.apprenticeships4j.core.funding.RuleKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and checks the values of funding rules as written in a catalogue. */
public final class RuleValues {
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?");
  private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");
  private static final Pattern AGE_RANGE = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
  /** One element of a list of days; the list is checked element by element (see {@link #eachMatches}). */
  private static final Pattern DAY = Pattern.compile("\\d{1,5}");
  private static final Pattern THRESHOLD = Pattern.compile("\\d{1,6}:\\d{1,6}");

  private RuleValues() {}

  /** Why {@code value} does not fit {@code key}, or empty when it does. */
  public static Optional<String> problem(RuleKey key, String value) {
    switch (key.valueType()) {
      case AMOUNT:
        return DECIMAL.matcher(value).matches() && new BigDecimal(value).stripTrailingZeros().scale() <= 2
            ? Optional.empty() : Optional.of("must be pounds with at most 2 decimal places");
      case RATE:
        return DECIMAL.matcher(value).matches() && new BigDecimal(value).compareTo(BigDecimal.ONE) <= 0
            ? Optional.empty() : Optional.of("must be a decimal from 0 to 1");
      case INTEGER:
        return INTEGER.matcher(value).matches() ? Optional.empty() : Optional.of("must be a whole number");
      case AGE_RANGE:
        var m = AGE_RANGE.matcher(value);
        return m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))
            ? Optional.empty() : Optional.of("must be an age range such as 16-21");
      case DAYS:
        return eachMatches(DAY, value) && increasing(days(value), true)
            ? Optional.empty() : Optional.of("must be increasing days from 1, such as 90,365");
      case THRESHOLDS:
        return eachMatches(THRESHOLD, value) && decreasingFroms(value)
            ? Optional.empty() : Optional.of("must be from:value pairs with decreasing from, such as 168:42,0:1");
      case BOOLEAN:
        return value.equals("true") || value.equals("false") ? Optional.empty() : Optional.of("must be true or false");
      case TEXT:
      default:
        return key.allowedValues().contains(value) ? Optional.empty()
            : Optional.of("must be one of " + key.allowedValues());
    }
  }

  /**
   * Whether {@code value} is one or more comma-separated elements each matching {@code element}: the expression
   * {@code element(,element)*} without its repetition, which Java matches by recursion, once per element, and which
   * overflowed the stack on a list of half a million elements.
   */
  private static boolean eachMatches(Pattern element, String value) {
    Matcher matcher = element.matcher(value);
    int start = 0;
    while (true) {
      int comma = value.indexOf(',', start);
      int end = comma < 0 ? value.length() : comma;
      if (!matcher.region(start, end).matches()) {
        return false;
      }
      if (comma < 0) {
        return true;
      }
      start = comma + 1;
    }
  }

  public static BigDecimal decimal(RuleKey key, String value) {
    BigDecimal d = new BigDecimal(value);
    return key.valueType() == RuleKey.ValueType.AMOUNT ? d.setScale(2) : d;
  }

  public static int integer(String value) {
    return Integer.parseInt(value);
  }

  public static AgeRange ageRange(String value) {
    String[] parts = value.split("-", -1);
    return new AgeRange(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  public static List<Integer> days(String value) {
    List<Integer> days = new ArrayList<>();
    for (String d : value.split(",", -1)) {
      days.add(Integer.parseInt(d));
    }
    return List.copyOf(days);
  }

  /** The pairs of a {@code THRESHOLDS} value, flattened: {@code from, value, from, value, ...}. */
  public static long[] thresholds(String value) {
    String[] pairs = value.split(",", -1);
    long[] flat = new long[pairs.length * 2];
    for (int i = 0; i < pairs.length; i++) {
      String[] parts = pairs[i].split(":", -1);
      flat[2 * i] = Long.parseLong(parts[0]);
      flat[2 * i + 1] = Integer.parseInt(parts[1]);
    }
    return flat;
  }

  /** The value of the first pair of {@code thresholds} ({@link #thresholds}) whose from is at most {@code measure}. */
  public static int threshold(long[] thresholds, long measure) {
    for (int i = 0; i < thresholds.length; i += 2) {
      if (measure >= thresholds[i]) {
        return (int) thresholds[i + 1];
      }
    }
    return 0;
  }

  private static boolean increasing(List<Integer> values, boolean fromOne) {
    int previous = fromOne ? 0 : Integer.MIN_VALUE;
    for (int v : values) {
      if (v <= previous) {
        return false;
      }
      previous = v;
    }
    return true;
  }

  private static boolean decreasingFroms(String value) {
    long previous = Long.MAX_VALUE;
    for (String pair : value.split(",", -1)) {
      long from = Long.parseLong(pair.split(":", -1)[0]);
      if (from >= previous) {
        return false;
      }
      previous = from;
    }
    return true;
  }
}

package io.github.apprenticeships4j.core.funding;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A figure of a funding calculation and the rules it came from.
 *
 * @param value the figure, e.g. an amount in pounds at scale 2, an age or a rate
 * @param rules the dated rules applied to get it, each with its source; empty for a figure that is the input itself
 * @param <T> the type of the figure
 */
public record Figure<T>(T value, List<FundingRule> rules) {
  public Figure {
    rules = List.copyOf(rules);
  }

  /** A figure of {@code value}, got by applying {@code rules}. */
  public static <T> Figure<T> of(T value, FundingRule... rules) {
    return new Figure<>(value, List.of(rules));
  }

  /** The sources of the rules, in order. */
  public List<String> sources() {
    return rules.stream().map(FundingRule::source).collect(Collectors.toUnmodifiableList());
  }
}

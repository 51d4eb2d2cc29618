package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.RuleValues;
import io.github.apprenticeships4j.core.internal.Lazy;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One funding rule in force from one date (and, when it ended, to another): for example "from 1 April 2019 the
 * government pays 95% of the co-invested price", with the document and paragraph, or the URL, it comes from.
 *
 * <p>The value is kept as written in a catalogue and read through the accessor of its {@link RuleKey#valueType()
 * type}; a value that does not fit its key is refused when the rule is built. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundingRule implements WithFundingRule {
  /** The qualifier of a rule that applies whatever the qualifier asked for. */
  public static final String ANY = "*";

  /** The value read for its key's type and, for a disputed rule, its warning text: read once, used by every look-up. */
  private final Lazy<Read> read = Lazy.of(this::read);

  private record Read(Object value, String disputed) {}

  FundingRule() {}

  /** A builder of a {@code FundingRule}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link FundingRule#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableFundingRule.Builder {
    Builder() {}
  }

  public abstract RuleKey key();

  /**
   * What the rule applies to within its key, e.g. {@code levy-payer}, a band number or a standard reference;
   * {@value #ANY} for everything. A rule with the exact qualifier beats one with {@value #ANY} from the same date.
   */
  @Value.Default
  public String qualifier() {
    return ANY;
  }

  /** First day the rule is in force (a start date, or for levy rules the day funds enter or a tax year begins). */
  public abstract LocalDate effectiveFrom();

  /** Last day the rule is in force; absent while it is in force. */
  public abstract Optional<LocalDate> effectiveTo();

  /** The value as written in a catalogue, e.g. {@code 0.95}, {@code 16-21} or {@code 90,365}. */
  public abstract String value();

  public abstract RuleBasis basis();

  /** Where the rule comes from: document and paragraph, or URL, and for a library choice the reasoning. */
  public abstract String source();

  /** Whether the rule is in force on {@code date}. */
  public final boolean isInForceOn(LocalDate date) {
    if (date.isBefore(effectiveFrom())) {
      return false;
    }
    Optional<LocalDate> to = effectiveTo();
    return to.isEmpty() || !date.isAfter(to.get());
  }

  /** The value of an {@code AMOUNT} (at scale 2) or {@code RATE} rule. */
  public final BigDecimal decimalValue() {
    return read.get().value() instanceof BigDecimal d ? d : RuleValues.decimal(key(), value());
  }

  /** The value of an {@code INTEGER} rule. */
  public final int intValue() {
    return read.get().value() instanceof Integer i ? i : RuleValues.integer(value());
  }

  /** The value of an {@code AGE_RANGE} rule. */
  public final AgeRange ageRange() {
    return read.get().value() instanceof AgeRange r ? r : RuleValues.ageRange(value());
  }

  /** The value of a {@code DAYS} rule. */
  public final List<Integer> days() {
    return read.get().value() instanceof List<?> ? days(read.get().value()) : RuleValues.days(value());
  }

  /** The value of a {@code BOOLEAN} rule. */
  public final boolean booleanValue() {
    return Boolean.parseBoolean(value());
  }

  /** For a {@code THRESHOLDS} rule: the value of the first pair whose {@code from} is at most {@code measure}. */
  public final int threshold(long measure) {
    return RuleValues.threshold(read.get().value() instanceof long[] t ? t : RuleValues.thresholds(value()), measure);
  }

  /** The text of the {@code funding.rule.conflict} warning about this rule (see {@code RuleConflicts}). */
  final String disputedText() {
    return read.get().disputed();
  }

  private Read read() {
    Object typed;
    switch (key().valueType()) {
      case AMOUNT:
      case RATE:
        typed = RuleValues.decimal(key(), value());
        break;
      case INTEGER:
        typed = RuleValues.integer(value());
        break;
      case AGE_RANGE:
        typed = RuleValues.ageRange(value());
        break;
      case DAYS:
        typed = RuleValues.days(value());
        break;
      case THRESHOLDS:
        typed = RuleValues.thresholds(value());
        break;
      default:
        typed = value();
    }
    String disputed = "rule " + key().id() + " [" + qualifier() + "] from "
        + effectiveFrom() + " = " + value() + " is disputed between sources; this figure follows DfE's payments code: "
        + source();
    return new Read(typed, disputed);
  }

  @SuppressWarnings("unchecked") // the value of a DAYS rule, as read()
  private static List<Integer> days(Object value) {
    return (List<Integer>) value;
  }

  /** For example {@code co-investment.government-share[levy-payer] 2026-08-01.. = 0.75 (DWP written answer ...)}. */
  @Override
  public String toString() {
    return key().id() + "[" + qualifier() + "] " + effectiveFrom() + ".." + effectiveTo().map(String::valueOf)
        .orElse("") + " = " + value() + " (" + source() + ")";
  }

  /**
   * Refuses a value that does not fit the key's type, and dates in the wrong order.
   *
   * @throws InvalidValueException with code {@code funding.rule.value} or {@code funding.rule.dates}
   */
  @Value.Check
  protected void check() {
    if (effectiveTo().isPresent() && effectiveTo().get().isBefore(effectiveFrom())) {
      throw new InvalidValueException(Issue.error(FundingCodes.RULE_DATES,
          "rule " + key().id() + " ends before it starts").rejecting(effectiveFrom() + ".." + effectiveTo().get()));
    }
    Optional<String> problem = RuleValues.problem(key(), value());
    if (problem.isPresent()) {
      throw new InvalidValueException(Issue.error(FundingCodes.RULE_VALUE,
          "value of rule " + key().id() + " " + problem.get()).rejecting(value()));
    }
    if (qualifier().isBlank() || source().isBlank()) {
      throw new InvalidValueException(Issue.error(FundingCodes.RULE_BLANK,
          "rule " + key().id() + " needs a qualifier and a source"));
    }
  }
}

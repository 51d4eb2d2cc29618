package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.RuleCatalogueReader;
import io.github.apprenticeships4j.core.internal.Lazy;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.Arrays;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue of dated {@link FundingRule}s: the rules the {@link FundingCalculator} and the {@link LevyAccount} look
 * up by key, qualifier and date. Immutable and thread-safe.
 *
 * <p><b>Which rule applies.</b> Among the rules of a key in force on a date whose qualifier is the one asked for or
 * {@value FundingRule#ANY}, the one with the latest {@link FundingRule#effectiveFrom()} applies; from the same date an
 * exact qualifier beats {@value FundingRule#ANY}, and then the rule listed last wins. So a catalogue laid over
 * another with {@link #plus(FundingRules)} replaces its rules from the dates it gives, and adds rules for later years.
 *
 * <p><b>Catalogue text.</b> {@link #parse(Reader, String)} reads one rule a line, seven fields separated by
 * {@code |}: {@code key | qualifier | effective from | effective to | value | basis | source}, for example
 * <pre>co-investment.government-share | levy-payer | 2026-08-01 | | 0.75 | official | DWP written answer 110425</pre>
 * Dates are ISO ({@code 2026-08-01}); an empty "effective to" means still in force; the basis is
 * {@code official}, {@code dfe-code}, {@code third-party}, {@code library-choice} or {@code conflict}; the keys are the
 * {@link RuleKey#id() ids of RuleKey}. Blank lines and lines starting with {@code #} are ignored. The default
 * catalogue, {@link #defaults()}, is written that way and ships in the library.
 */
@Value.Immutable
public abstract class FundingRules {
  private static final String DEFAULT_RESOURCE = "funding-rules.txt";

  private final Lazy<Map<RuleKey, KeyIndex>> byKey = Lazy.of(this::indexByKey);
  /** The rules in force in each period of the whole catalogue, each period's worked out on its first use. */
  private final Lazy<Periods<Lazy<RulesInForce>>> inForce = Lazy.of(this::indexByPeriod);

  FundingRules() {}

  /** The rules in catalogue order. */
  public abstract List<FundingRule> rules();

  public static FundingRules of(Collection<FundingRule> rules) {
    return ImmutableFundingRules.builder().addAllRules(rules).build();
  }

  /** The catalogue that ships with the library: the rules from 1 May 2017 to the 2026-27 rules. */
  public static FundingRules defaults() {
    return Defaults.RULES;
  }

  /**
   * Reads a catalogue; bad lines are left out and reported with their line number, never thrown.
   *
   * @param sourceName the name the findings give as source, e.g. a file name
   * @throws IOException if the reader fails
   */
  public static Parsed parse(Reader reader, String sourceName) throws IOException {
    return RuleCatalogueReader.read(reader, sourceName);
  }

  /** Reads a catalogue from text; see {@link #parse(Reader, String)}. */
  public static Parsed parse(String text, String sourceName) {
    try {
      return parse(new StringReader(text), sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rules read from a catalogue, and the findings about the lines that were left out. */
  public record Parsed(FundingRules rules, ValidationReport report) {}

  /** This catalogue with {@code overrides} laid over it: their rules win from the dates they give. */
  public final FundingRules plus(FundingRules overrides) {
    return ImmutableFundingRules.builder().addAllRules(rules()).addAllRules(overrides.rules()).build();
  }

  /** The rule of {@code key} for {@code qualifier} in force on {@code date}, if there is one. */
  public final Optional<FundingRule> find(RuleKey key, String qualifier, LocalDate date) {
    KeyIndex index = byKey.get().get(key);
    return index == null ? Optional.empty() : index.timeline(qualifier).on(date);
  }

  /** {@link #find(RuleKey, String, LocalDate)} over a list of rules, without building a catalogue of them. */
  static Optional<FundingRule> find(List<FundingRule> rules, RuleKey key, String qualifier, LocalDate date) {
    return Optional.ofNullable(applying(rules, key, qualifier, date));
  }

  /** The rule that applies among {@code rules}, or null. */
  private static @Nullable FundingRule applying(List<FundingRule> rules, RuleKey key, String qualifier,
      LocalDate date) {
    // The latest effectiveFrom wins; on the same day an exact qualifier beats ANY, then the rule listed last.
    FundingRule best = null;
    boolean bestExact = false;
    for (int k = 0, n = rules.size(); k < n; k++) {
      FundingRule rule = rules.get(k);
      if (rule.key() != key) {
        continue;
      }
      boolean exact = rule.qualifier().equals(qualifier);
      if (!(exact || rule.qualifier().equals(FundingRule.ANY)) || !rule.isInForceOn(date)) {
        continue;
      }
      int from = best == null ? 1 : rule.effectiveFrom().compareTo(best.effectiveFrom());
      if (from > 0 || (from == 0 && (exact || !bestExact))) {
        best = rule;
        bestExact = exact;
      }
    }
    return best;
  }

  /**
   * The rules in force on {@code date}, resolved once for every day on which the same rules are in force: a calculation
   * looks its rules up there, for its start date, instead of in this catalogue one by one.
   */
  final RulesInForce inForceOn(LocalDate date) {
    return inForce.get().on(date).get();
  }

  /** The periods of the whole catalogue, each with the rules in force in it, worked out on first use. */
  private Periods<Lazy<RulesInForce>> indexByPeriod() {
    Map<RuleKey, KeyIndex> index = byKey.get();
    return new Periods<>(rules(), day -> Lazy.of(() -> new RulesInForce(index, day)));
  }

  /** The rules of {@code key}, in catalogue order. */
  final List<FundingRule> ofKey(RuleKey key) {
    KeyIndex index = byKey.get().get(key);
    return index == null ? List.of() : index.rules;
  }

  /** The index of each key's rules; {@link #defaults()} is shared by every calculator in the JVM. */
  private Map<RuleKey, KeyIndex> indexByKey() {
    Map<RuleKey, List<FundingRule>> byKey = new EnumMap<>(RuleKey.class);
    for (FundingRule rule : rules()) {
      byKey.computeIfAbsent(rule.key(), k -> new ArrayList<>()).add(rule);
    }
    Map<RuleKey, KeyIndex> index = new EnumMap<>(RuleKey.class);
    byKey.forEach((key, rules) -> index.put(key, new KeyIndex(key, rules)));
    return Collections.unmodifiableMap(index);
  }

  /**
   * The rules of one key, and for each qualifier they name (and for any other) the rule that applies on each day,
   * worked out once: {@link #find(RuleKey, String, LocalDate)} is a map look-up and a binary search.
   */
  private static final class KeyIndex {
    final List<FundingRule> rules;
    private final Map<String, Periods<Optional<FundingRule>>> byQualifier = new HashMap<>();
    private final Periods<Optional<FundingRule>> any;
    /** The values in force, for decimal keys only: built on first use. */
    final Lazy<Periods<Set<BigDecimal>>> decimalsInForce;

    KeyIndex(RuleKey key, List<FundingRule> rules) {
      this.rules = List.copyOf(rules);
      // Each qualifier's candidates: its own rules and the ANY rules, merged in catalogue order.
      Map<String, List<Integer>> own = new HashMap<>();
      List<Integer> anyPositions = new ArrayList<>();
      List<FundingRule> anyRules = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        String qualifier = rules.get(i).qualifier();
        if (qualifier.equals(FundingRule.ANY)) {
          anyPositions.add(i);
          anyRules.add(rules.get(i));
        } else {
          own.computeIfAbsent(qualifier, q -> new ArrayList<>()).add(i);
        }
      }
      own.forEach((qualifier, positions) -> {
        List<FundingRule> candidates = new ArrayList<>();
        int a = 0;
        int o = 0;
        while (a < anyPositions.size() || o < positions.size()) {
          boolean takeOwn = a == anyPositions.size()
              || (o < positions.size() && positions.get(o) < anyPositions.get(a));
          candidates.add(rules.get(takeOwn ? positions.get(o++) : anyPositions.get(a++)));
        }
        byQualifier.put(qualifier, new Periods<>(candidates,
            day -> Optional.ofNullable(applying(candidates, key, qualifier, day))));
      });
      this.any = new Periods<>(anyRules, day -> Optional.ofNullable(applying(anyRules, key, FundingRule.ANY, day)));
      this.decimalsInForce = Lazy.of(() -> new Periods<>(this.rules, day -> {
        Set<BigDecimal> values = new HashSet<>();
        for (FundingRule rule : this.rules) {
          if (rule.isInForceOn(day)) {
            values.add(rule.decimalValue().stripTrailingZeros());
          }
        }
        return Set.copyOf(values);
      }));
    }

    Periods<Optional<FundingRule>> timeline(String qualifier) {
      return byQualifier.getOrDefault(qualifier, any);
    }
  }

  /**
   * The rule of each key and qualifier in force on the days of one period of a catalogue (between two consecutive
   * days on which a rule comes into force or ends): the answers of {@link #find(RuleKey, String, LocalDate)} for any
   * of those days, looked up by the key's position instead of a search by date.
   */
  static final class RulesInForce {
    /** The rule for {@value FundingRule#ANY} (and any qualifier no rule names), of each key that has one. */
    private final Map<RuleKey, Optional<FundingRule>> any = new EnumMap<>(RuleKey.class);
    /** The rule for each qualifier the key's rules name, of each key whose rules name one. */
    private final Map<RuleKey, Map<String, Optional<FundingRule>>> named = new EnumMap<>(RuleKey.class);

    RulesInForce(Map<RuleKey, KeyIndex> index, LocalDate day) {
      index.forEach((key, rules) -> {
        any.put(key, rules.any.on(day));
        if (!rules.byQualifier.isEmpty()) {
          Map<String, Optional<FundingRule>> byQualifier = new HashMap<>();
          rules.byQualifier.forEach((qualifier, timeline) -> byQualifier.put(qualifier, timeline.on(day)));
          named.put(key, Map.copyOf(byQualifier));
        }
      });
    }

    /** The rule of {@code key} for {@code qualifier} in force, if there is one. */
    Optional<FundingRule> find(RuleKey key, String qualifier) {
      Map<String, Optional<FundingRule>> byQualifier = named.get(key);
      Optional<FundingRule> rule = byQualifier == null ? null : byQualifier.get(qualifier);
      return rule != null ? rule : find(key);
    }

    /** The rule of {@code key} that applies to everything ({@value FundingRule#ANY}), if there is one. */
    Optional<FundingRule> find(RuleKey key) {
      return any.getOrDefault(key, Optional.empty());
    }

    /**
     * The rule of {@code key} for {@code qualifier} in force.
     *
     * @throws NoSuchElementException if there is none
     */
    FundingRule get(RuleKey key, String qualifier) {
      Optional<FundingRule> rule = find(key, qualifier);
      if (rule.isEmpty()) {
        throw new NoSuchElementException("no rule " + key.id() + " for " + qualifier + " in force");
      }
      return rule.get();
    }
  }

  /**
   * A fact about some rules, period by period: between two consecutive first days (or days after a last day) of the
   * rules, the same rules are in force, so the fact is worked out once per period.
   *
   * @param <T> the fact
   */
  private static final class Periods<T> {
    /** The first day of each period, as epoch days, ascending. */
    private final long[] starts;
    private final List<T> facts = new ArrayList<>();
    private final T before;

    /** The periods of {@code rules}; {@code fact} gives the fact of the period starting on a day. */
    Periods(List<FundingRule> rules, Function<LocalDate, T> fact) {
      TreeSet<LocalDate> days = new TreeSet<>();
      for (FundingRule rule : rules) {
        days.add(rule.effectiveFrom());
        rule.effectiveTo().filter(to -> to.isBefore(LocalDate.MAX)).ifPresent(to -> days.add(to.plusDays(1)));
      }
      starts = new long[days.size()];
      int i = 0;
      for (LocalDate day : days) {
        starts[i++] = day.toEpochDay();
        facts.add(fact.apply(day));
      }
      before = fact.apply(LocalDate.MIN); // no rule is in force before the first day
    }

    T on(LocalDate date) {
      int i = Arrays.binarySearch(starts, date.toEpochDay());
      int period = i >= 0 ? i : -i - 2; // the last period starting on or before the date
      return period < 0 ? before : facts.get(period);
    }
  }

  /**
   * The values of the rules of {@code key} in force on {@code date}, without trailing zeros, for a key of type
   * {@code AMOUNT} or {@code RATE}: e.g. the funding band maxima.
   */
  final Set<BigDecimal> decimalsInForce(RuleKey key, LocalDate date) {
    KeyIndex index = byKey.get().get(key);
    return index == null ? Set.of() : index.decimalsInForce.get().on(date);
  }

  /** The rule of {@code key} that applies to everything ({@value FundingRule#ANY}) on {@code date}, if any. */
  public final Optional<FundingRule> find(RuleKey key, LocalDate date) {
    return find(key, FundingRule.ANY, date);
  }

  /**
   * The rule of {@code key} for {@code qualifier} in force on {@code date}.
   *
   * @throws NoSuchElementException if the catalogue has none
   */
  public final FundingRule get(RuleKey key, String qualifier, LocalDate date) {
    return find(key, qualifier, date).orElseThrow(() -> new NoSuchElementException(
        "no rule " + key.id() + " for " + qualifier + " in force on " + date));
  }

  /** Every rule of {@code key}, in order of their first day. */
  public final List<FundingRule> history(RuleKey key) {
    return rules().stream().filter(r -> r.key() == key).sorted(Comparator.comparing(FundingRule::effectiveFrom))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The earliest day any rule of {@code key} is in force, if the catalogue has one. */
  public final Optional<LocalDate> firstDay(RuleKey key) {
    LocalDate first = null;
    for (FundingRule rule : ofKey(key)) {
      if (first == null || rule.effectiveFrom().isBefore(first)) {
        first = rule.effectiveFrom();
      }
    }
    return Optional.ofNullable(first);
  }

  @Override
  public String toString() {
    return "FundingRules(" + rules().size() + " rules)";
  }

  private static final class Defaults {
    static final FundingRules RULES = load();

    private static FundingRules load() {
      try (InputStream in = FundingRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the default funding rules are missing from the library: "
              + DEFAULT_RESOURCE);
        }
        Parsed parsed = parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        if (!parsed.report().isEmpty()) {
          throw new IllegalStateException("the default funding rules are broken: " + parsed.report().issues());
        }
        return parsed.rules();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

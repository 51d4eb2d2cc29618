package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link FundingRules#find(RuleKey, String, LocalDate)} answers from an index built once per catalogue; the scan of
 * every rule it replaced is kept here as the oracle, and both must pick the same rule on every day.
 */
class FundingRulesLookupPropertiesTest {
  private static final LocalDate DAY_0 = LocalDate.of(2020, 1, 1);
  private static final List<String> QUALIFIERS = List.of(FundingRule.ANY, "levy-payer", "non-levy");
  private static final List<RuleKey> KEYS = List.of(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE,
      RuleKey.ON_PROGRAMME_SHARE);

  /**
   * Rules of two keys and three qualifiers, starting within 60 days, a third of them ending within 40 days and one
   * in 20 on the last day of the calendar; each with its own source, so that no two are equal.
   */
  private static Gen<FundingRules> catalogues() {
    Gen<int[]> shapes = integers().between(0, 1).zip(integers().between(0, 2), integers().between(0, 60),
        integers().between(-60, 40), (key, qualifier, from, to) -> new int[] {key, qualifier, from, to});
    return lists().of(shapes).ofSizeBetween(0, 14).map(list -> {
      List<FundingRule> rules = new ArrayList<>();
      for (int[] shape : list) {
        LocalDate from = DAY_0.plusDays(shape[2]);
        Optional<LocalDate> to = shape[3] >= 0 ? Optional.of(from.plusDays(shape[3]))
            : shape[3] == -60 ? Optional.of(LocalDate.MAX) : Optional.empty();
        rules.add(FundingRule.builder().key(KEYS.get(shape[0])).qualifier(QUALIFIERS.get(shape[1]))
            .effectiveFrom(from).effectiveTo(to).value("0.5").basis(RuleBasis.OFFICIAL)
            .source("rule " + rules.size()).build());
      }
      return FundingRules.of(rules);
    });
  }

  @Test
  void theIndexedLookup_picksTheRuleTheScanOfEveryRulePicks_onEveryDay() {
    qt().withExamples(600).forAll(catalogues()).checkAssert(catalogue -> {
      for (RuleKey key : KEYS) {
        for (String qualifier : List.of(FundingRule.ANY, "levy-payer", "non-levy", "unknown")) {
          for (LocalDate day = DAY_0.minusDays(2); day.isBefore(DAY_0.plusDays(104)); day = day.plusDays(1)) {
            assertThat(catalogue.find(key, qualifier, day)).as("%s [%s] on %s in %s", key, qualifier, day,
                catalogue.rules()).isEqualTo(scan(catalogue.rules(), key, qualifier, day));
          }
        }
      }
    });
  }

  @Test
  void theRulesOfAKey_areThoseOfTheCatalogue_inItsOrder() {
    qt().withExamples(300).forAll(catalogues()).checkAssert(catalogue -> {
      for (RuleKey key : KEYS) {
        assertThat(catalogue.ofKey(key)).containsExactlyElementsOf(catalogue.rules().stream()
            .filter(r -> r.key() == key).toList());
      }
    });
  }

  /**
   * The lookup before the index: among the rules of {@code key} in force on {@code date} for {@code qualifier} or
   * ANY, the latest first day wins; on the same day an exact qualifier beats ANY, then the rule listed last.
   */
  private static Optional<FundingRule> scan(List<FundingRule> rules, RuleKey key, String qualifier, LocalDate date) {
    FundingRule best = null;
    boolean bestExact = false;
    for (FundingRule rule : rules) {
      boolean exact = rule.qualifier().equals(qualifier);
      if (rule.key() != key || !(exact || rule.qualifier().equals(FundingRule.ANY))
          || date.isBefore(rule.effectiveFrom()) || rule.effectiveTo().map(date::isAfter).orElse(false)) {
        continue;
      }
      int from = best == null ? 1 : rule.effectiveFrom().compareTo(best.effectiveFrom());
      if (from > 0 || (from == 0 && (exact || !bestExact))) {
        best = rule;
        bestExact = exact;
      }
    }
    return Optional.ofNullable(best);
  }
}

package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link FundingRules#inForceOn(LocalDate)} resolves the rules of a day once, for the calculator to look up by key;
 * each answer must be the rule {@link FundingRules#find(RuleKey, String, LocalDate)} gives for that day.
 */
class FundingRulesInForceTest {
  private static final LocalDate DAY_0 = LocalDate.of(2020, 1, 1);
  private static final List<String> QUALIFIERS = List.of(FundingRule.ANY, "levy-payer", "non-levy");
  private static final List<RuleKey> KEYS = List.of(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE,
      RuleKey.ON_PROGRAMME_SHARE);

  @Test
  void theRulesInForceOnADay_areTheRulesLookedUpOneByOne_onEveryRuleDateOfTheDefaultCatalogue() {
    FundingRules rules = FundingRules.defaults();
    Set<String> qualifiers = new TreeSet<>(List.of(FundingRule.ANY, "unknown"));
    Set<LocalDate> days = new TreeSet<>(List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
    for (FundingRule rule : rules.rules()) {
      qualifiers.add(rule.qualifier());
      days.add(rule.effectiveFrom().minusDays(1));
      days.add(rule.effectiveFrom());
      rule.effectiveTo().ifPresent(to -> {
        days.add(to);
        days.add(to.plusDays(1));
      });
    }
    assertThat(days).hasSizeGreaterThan(20);
    for (LocalDate day : days) {
      FundingRules.RulesInForce inForce = rules.inForceOn(day);
      for (RuleKey key : RuleKey.values()) {
        assertThat(inForce.find(key)).as("%s on %s", key, day).isEqualTo(rules.find(key, day));
        for (String qualifier : qualifiers) {
          assertThat(inForce.find(key, qualifier)).as("%s [%s] on %s", key, qualifier, day)
              .isEqualTo(rules.find(key, qualifier, day));
        }
      }
    }
  }

  @Test
  void theRulesInForceOnADay_areTheRulesLookedUpOneByOne_inGeneratedCatalogues() {
    qt().withExamples(400).forAll(catalogues()).checkAssert(catalogue -> {
      for (LocalDate day = DAY_0.minusDays(2); day.isBefore(DAY_0.plusDays(104)); day = day.plusDays(1)) {
        FundingRules.RulesInForce inForce = catalogue.inForceOn(day);
        for (RuleKey key : KEYS) {
          for (String qualifier : List.of(FundingRule.ANY, "levy-payer", "non-levy", "unknown")) {
            assertThat(inForce.find(key, qualifier)).as("%s [%s] on %s in %s", key, qualifier, day,
                catalogue.rules()).isEqualTo(catalogue.find(key, qualifier, day));
          }
        }
      }
    });
  }

  @Test
  void daysOfOnePeriod_shareTheirRulesInForce() {
    FundingRules rules = FundingRules.defaults();
    assertThat(rules.inForceOn(LocalDate.of(2025, 9, 1))).isSameAs(rules.inForceOn(LocalDate.of(2025, 9, 2)));
  }

  @Test
  void get_givesTheRuleInForce_andRefusesAKeyWithoutOne() {
    FundingRules rules = FundingRules.defaults();
    LocalDate day = LocalDate.of(2025, 9, 1);
    FundingRules.RulesInForce inForce = rules.inForceOn(day);
    assertThat(inForce.get(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, "non-levy"))
        .isEqualTo(rules.get(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, "non-levy", day));
    FundingRules.RulesInForce none = FundingRules.of(List.of()).inForceOn(day);
    assertThat(none.find(RuleKey.ON_PROGRAMME_SHARE)).isEmpty();
    assertThatThrownBy(() -> none.get(RuleKey.ON_PROGRAMME_SHARE, FundingRule.ANY))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("payment.on-programme-share");
  }

  /** Rules of two keys and three qualifiers, starting within 60 days, a third of them ending within 40 days. */
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
}

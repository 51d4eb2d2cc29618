package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.internal.Tamper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FundingRulesTest {
  private static final FundingRules DEFAULTS = FundingRules.defaults();

  @Test
  void defaults_loadWithoutFindings_andEveryRuleHasASource() {
    assertThat(DEFAULTS.rules()).hasSizeGreaterThan(80);
    assertThat(DEFAULTS.rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
  }

  @Test
  void defaults_coverEveryKey() {
    assertThat(DEFAULTS.rules().stream().map(FundingRule::key).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(Arrays.asList(RuleKey.values()));
  }

  @Test
  void coInvestment_changesWithTheStartDate_andTheEmployer() {
    assertThat(rate("levy-payer", "2018-06-01")).isEqualByComparingTo("0.90");
    assertThat(rate("non-levy", "2019-03-31")).isEqualByComparingTo("0.90");
    assertThat(rate("non-levy", "2019-04-01")).isEqualByComparingTo("0.95");
    assertThat(rate("levy-payer", "2026-07-31")).isEqualByComparingTo("0.95");
    assertThat(rate("levy-payer", "2026-08-01")).isEqualByComparingTo("0.75");
    assertThat(rate("non-levy", "2026-08-01")).isEqualByComparingTo("0.95");
  }

  @Test
  void bands_are15Until31July2018_and30After() {
    assertThat(DEFAULTS.find(RuleKey.FUNDING_BAND_MAXIMUM, "7", LocalDate.of(2018, 7, 31)).orElseThrow()
        .decimalValue()).isEqualByComparingTo("5000");
    assertThat(DEFAULTS.find(RuleKey.FUNDING_BAND_MAXIMUM, "16", LocalDate.of(2018, 7, 31))).isEmpty();
    assertThat(DEFAULTS.find(RuleKey.FUNDING_BAND_MAXIMUM, "7", LocalDate.of(2018, 8, 1)).orElseThrow()
        .decimalValue()).isEqualByComparingTo("4500");
    assertThat(DEFAULTS.find(RuleKey.FUNDING_BAND_MAXIMUM, "30", LocalDate.of(2026, 9, 1)).orElseThrow()
        .decimalValue()).isEqualByComparingTo("27000");
  }

  @Test
  void englishAndMaths_is471BeforeJanuary2024_thenPerAim() {
    assertThat(DEFAULTS.get(RuleKey.ENGLISH_AND_MATHS_RATE, "maths-entry", LocalDate.of(2023, 12, 31))
        .decimalValue()).isEqualByComparingTo("471");
    assertThat(DEFAULTS.get(RuleKey.ENGLISH_AND_MATHS_RATE, "maths-entry", LocalDate.of(2024, 1, 1))
        .decimalValue()).isEqualByComparingTo("941");
    assertThat(DEFAULTS.get(RuleKey.ENGLISH_AND_MATHS_RATE, "gcse-english", LocalDate.of(2025, 1, 1))
        .decimalValue()).isEqualByComparingTo("864");
  }

  @Test
  void levyParameters_followTheAugust2026Changes() {
    assertThat(DEFAULTS.get(RuleKey.LEVY_TOP_UP, "*", LocalDate.of(2026, 7, 20)).decimalValue())
        .isEqualByComparingTo("0.10");
    assertThat(DEFAULTS.get(RuleKey.LEVY_TOP_UP, "*", LocalDate.of(2026, 8, 20)).decimalValue()).isZero();
    assertThat(DEFAULTS.get(RuleKey.LEVY_EXPIRY_MONTHS, "*", LocalDate.of(2026, 7, 1)).intValue()).isEqualTo(24);
    assertThat(DEFAULTS.get(RuleKey.LEVY_EXPIRY_MONTHS, "*", LocalDate.of(2026, 8, 1)).intValue()).isEqualTo(12);
    assertThat(DEFAULTS.get(RuleKey.LEVY_TRANSFER_SHARE, "*", LocalDate.of(2018, 4, 20)).decimalValue())
        .isEqualByComparingTo("0.10");
    assertThat(DEFAULTS.get(RuleKey.LEVY_TRANSFER_SHARE, "*", LocalDate.of(2019, 4, 20)).decimalValue())
        .isEqualByComparingTo("0.25");
    assertThat(DEFAULTS.get(RuleKey.LEVY_TRANSFER_SHARE, "*", LocalDate.of(2024, 4, 20)).decimalValue())
        .isEqualByComparingTo("0.50");
  }

  @Test
  void qualifyingPeriod_is42_14_or1DaysByPlannedLength() {
    FundingRule rule = DEFAULTS.get(RuleKey.QUALIFYING_PERIOD, "*", LocalDate.of(2024, 1, 1));
    assertThat(rule.threshold(168)).isEqualTo(42);
    assertThat(rule.threshold(167)).isEqualTo(14);
    assertThat(rule.threshold(14)).isEqualTo(14);
    assertThat(rule.threshold(13)).isEqualTo(1);
  }

  @Test
  void plus_userCatalogueOverridesFromItsDate_andLeavesEarlierYearsAlone() {
    FundingRules.Parsed parsed = FundingRules.parse(String.join("\n",
        "# 2027-28, as a user might write it",
        "co-investment.government-share | non-levy | 2027-08-01 | | 0.90 | library-choice | our forecast",
        "funding-band.maximum | 31 | 2027-08-01 | | 30000 | library-choice | our forecast"), "future.txt");
    assertThat(parsed.report().isEmpty()).isTrue();
    FundingRules rules = DEFAULTS.plus(parsed.rules());
    assertThat(rules.get(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, "non-levy", LocalDate.of(2027, 8, 1))
        .decimalValue()).isEqualByComparingTo("0.90");
    assertThat(rules.get(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, "non-levy", LocalDate.of(2027, 7, 31))
        .decimalValue()).isEqualByComparingTo("0.95");
    assertThat(rules.get(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, "levy-payer", LocalDate.of(2027, 8, 1))
        .decimalValue()).isEqualByComparingTo("0.75");
    assertThat(rules.find(RuleKey.FUNDING_BAND_MAXIMUM, "31", LocalDate.of(2027, 9, 1))).isPresent();
  }

  @Test
  void parse_reportsBadLinesWithCodeAndLine_andKeepsTheGoodOnes() {
    FundingRules.Parsed parsed = FundingRules.parse(String.join("\n",
        "levy.rate | * | 2017-04-06 | | 0.005 | official | ALM09200",
        "no.such.key | * | 2017-04-06 | | 1 | official | x",
        "levy.rate | * | 6 April 2017 | | 0.005 | official | x",
        "levy.rate | * | 2017-04-06 | | 5% | official | x",
        "levy.rate | * | 2017-04-06 | | 0.005 | rumour | x",
        "levy.rate | * | 2017-04-06",
        "levy.rate | * | 2018-04-06 | 2017-04-06 | 0.005 | official | x"), "bad.txt");
    assertThat(parsed.rules().rules()).hasSize(1);
    assertThat(parsed.report().issues()).extracting(Issue::code).containsExactly("funding.rules.key",
        "funding.rules.date", "funding.rule.value", "funding.rules.basis", "funding.rules.fields",
        "funding.rule.dates");
    assertThat(parsed.report().issues().get(0).position().orElseThrow().line()).hasValue(2);
  }

  @Test
  void builder_refusesAValueThatDoesNotFitTheKey() {
    assertThatThrownBy(() -> FundingRule.builder().key(RuleKey.FULL_FUNDING_AGE).effectiveFrom(LocalDate.of(2024, 4, 1))
        .value("21-16").basis(RuleBasis.OFFICIAL).source("x").build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.issue().code()).isEqualTo("funding.rule.value"));
  }

  private static BigDecimal rate(String employer, String date) {
    return DEFAULTS.get(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, employer, LocalDate.parse(date)).decimalValue();
  }

  @Test
  void defaults_surviveWhateverACallerDoesToWhatTheyHandOut() {
    FundingRules.defaults().find(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, LocalDate.of(2025, 9, 1));

    Tamper.everyAccessorOf(FundingRules.defaults());

    assertThat(FundingCalculator.withDefaultRules().calculate(Apprenticeships.SEED).isRejected()).isFalse();
    assertThat(rate("non-levy", "2025-09-01")).isEqualByComparingTo("0.95");
  }
}

package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "At a glance" block of {@code a4j standards show}: the seed page's facts for ST1398, from the data. */
class StandardsAtAGlanceTest {

  static List<String> block(String... args) {
    Result result = A4jTest.run(args);
    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    List<String> lines = result.out().lines().toList();
    return lines.subList(lines.indexOf("At a glance"), lines.size());
  }

  @Test
  void show_printsTheSeedPagesFactsAtAGlance_withTheFundingOfAStartOnTheDay() {
    List<String> block = block("standards", "show", "ST1398", "--today", "2026-11-26", "--standards",
        StandardsRelatedCommandTest.NATIONAL);

    assertThat(block).containsExactly(
        "At a glance",
        "  Level: 6 (Degree), equivalent to Bachelor's degree",
        "  Typical duration: 24 months",
        "  Off-the-job training: at least 418 hours",
        "  End-point assessment: 4 months",
        "  Maximum funding: £22,000",
        "  Funding of a start on 2026-11-26 at the maximum price, 24 months (funding calculator, rules in force that "
            + "day):",
        "    levy payer with funds, apprentice aged 25: levy funds £22,000 (100%)",
        "    levy payer, funds spent, apprentice aged 25: government £16,500 (75%), employer £5,500 (25%)",
        "    levy payer, apprentice aged 24: government £22,000 (100%), fully funded",
        "    non-levy employer, apprentice aged 25: government £20,900 (95%), employer £1,100 (5%)",
        "    non-levy employer, apprentice aged 24: government £22,000 (100%), fully funded",
        "  Related standards: the top 3 of 55 (a4j standards related lists them)",
        "    ST1409 Advanced digital forensic professional, level 7: same cluster, same pathway, same route, 152 "
            + "shared KSB terms (similarity 0.205)",
        "    ST0585 Data scientist (integrated degree), level 6: same cluster, same pathway, same route, 123 shared "
            + "KSB terms (similarity 0.195)",
        "    ST0763 Artificial intelligence (AI) data specialist, level 7: same pathway, same route, 208 shared KSB "
            + "terms (similarity 0.332)");
  }

  @Test
  void theFundingFollowsTheRulesOfTheDay_beforeAugust2026_onlyNonLevyEmployersWereFullyFunded_upTo21() {
    List<String> block = block("standards", "show", "ST1398", "--today", "2025-09-01");

    assertThat(block).contains(
        "    levy payer with funds, apprentice aged 22: levy funds £22,000 (100%)",
        "    levy payer, funds spent, apprentice aged 22: government £20,900 (95%), employer £1,100 (5%)",
        "    levy payer, apprentice aged 21: levy funds £22,000 (100%)",
        "    non-levy employer, apprentice aged 22: government £20,900 (95%), employer £1,100 (5%)",
        "    non-levy employer, apprentice aged 21: government £22,000 (100%), fully funded");
  }

  @Test
  void factsTheRecordDoesNotGive_areSaidToBeNotGiven() {
    List<String> block = block("standards", "show", "ST0118", "--standard-version", "1.0", "--today", "2026-11-26");

    assertThat(block).contains("  Level: 4 (Higher), equivalent to Higher national certificate (HNC)",
        "  Off-the-job training: not given", "  End-point assessment: not given", "  Maximum funding: £15,000");
  }

  @Test
  void aDayBeforeTheFundingRules_hasNoFundingWorkedOut() {
    List<String> block = block("standards", "show", "ST1398", "--standard-version", "1.0", "--today", "2016-01-01");

    assertThat(block).contains("  Funding: the rules fully fund no age on 2016-01-01, so none can be worked out");
  }
}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.validation.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code funding.rule.conflict} warnings of a breakdown: one for each rule of basis {@link RuleBasis#CONFLICT}
 * that any of its figures or payments used, at the path of the first figure that used it.
 */
final class RuleConflicts {
  /** Each disputed rule noted, with the path of the first figure or payment that used it. */
  private Map<FundingRule, String> firstUse = Map.of();

  /** Notes the disputed rules of the figure at {@code path}. */
  RuleConflicts note(String path, Figure<?> figure) {
    for (FundingRule rule : figure.rules()) {
      if (rule.basis() == RuleBasis.CONFLICT) {
        noted().putIfAbsent(rule, path);
      }
    }
    return this;
  }

  /** Notes the disputed rules of {@code payments}, at {@code payments[i]}. */
  RuleConflicts note(List<Payment> payments) {
    List<FundingRule> previous = List.of();
    for (int i = 0; i < payments.size(); i++) {
      List<FundingRule> rules = payments.get(i).rules();
      if (rules != previous) { // payments made together share one list: its rules are noted already
        for (FundingRule rule : rules) {
          if (rule.basis() == RuleBasis.CONFLICT && !firstUse.containsKey(rule)) {
            noted().put(rule, "payments[" + i + "]");
          }
        }
        previous = rules;
      }
    }
    return this;
  }

  /** The map of the rules noted, made on the first (most breakdowns use no disputed rule). */
  private Map<FundingRule, String> noted() {
    if (firstUse.isEmpty()) {
      firstUse = new LinkedHashMap<>();
    }
    return firstUse;
  }

  /** One warning for each rule noted, in the order they were first used. */
  List<Issue> warnings() {
    if (firstUse.isEmpty()) {
      return List.of();
    }
    List<Issue> warnings = new ArrayList<>(firstUse.size());
    firstUse.forEach((rule, path) -> warnings.add(warning(rule, path)));
    return warnings;
  }

  /** The {@code funding.rule.conflict} warning for {@code rule}, a rule of basis conflict, used by the figure at {@code path}. */
  static Issue warning(FundingRule rule, String path) {
    return Issue.warning(FundingCodes.RULE_CONFLICT, rule.disputedText()).at(path);
  }
}

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
  private RuleConflicts() {}

  static List<Issue> warnings(FundingBreakdown f) {
    Map<FundingRule, String> firstUse = new LinkedHashMap<>();
    Map<String, Figure<?>> figures = new LinkedHashMap<>();
    figures.put("ageAtStart", f.ageAtStart());
    figures.put("fundingCap", f.fundingCap());
    figures.put("maximumPrice", f.maximumPrice());
    figures.put("fundedPrice", f.fundedPrice());
    figures.put("employerExcess", f.employerExcess());
    figures.put("fullFunding", f.fullFunding());
    figures.put("governmentShare", f.governmentShare());
    figures.put("levyUsed", f.levyUsed());
    figures.put("governmentCoInvestment", f.governmentCoInvestment());
    figures.put("employerCoInvestment", f.employerCoInvestment());
    figures.put("onProgrammeTotal", f.onProgrammeTotal());
    figures.put("completionAmount", f.completionAmount());
    figures.put("plannedInstalments", f.plannedInstalments());
    figures.put("qualifyingPeriodDays", f.qualifyingPeriodDays());
    figures.forEach((path, figure) -> note(firstUse, figure.rules(), path));
    List<Payment> payments = f.payments().payments();
    for (int i = 0; i < payments.size(); i++) {
      note(firstUse, payments.get(i).rules(), "payments[" + i + "]");
    }
    List<Issue> warnings = new ArrayList<>();
    firstUse.forEach((rule, path) -> warnings.add(warning(rule, path)));
    return warnings;
  }

  /** The {@code funding.rule.conflict} warning for {@code rule}, a rule of basis conflict, used by the figure at {@code path}. */
  static Issue warning(FundingRule rule, String path) {
    return Issue.warning(FundingCodes.RULE_CONFLICT, "rule " + rule.key().id() + " [" + rule.qualifier() + "] from "
        + rule.effectiveFrom() + " = " + rule.value() + " is disputed between sources; this figure follows DfE's "
        + "payments code: " + rule.source()).at(path);
  }

  private static void note(Map<FundingRule, String> firstUse, List<FundingRule> rules, String path) {
    for (FundingRule rule : rules) {
      if (rule.basis() == RuleBasis.CONFLICT) {
        firstUse.putIfAbsent(rule, path);
      }
    }
  }
}

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
    note(firstUse, f.ageAtStart().rules(), "ageAtStart");
    note(firstUse, f.fundingCap().rules(), "fundingCap");
    note(firstUse, f.maximumPrice().rules(), "maximumPrice");
    note(firstUse, f.fundedPrice().rules(), "fundedPrice");
    note(firstUse, f.employerExcess().rules(), "employerExcess");
    note(firstUse, f.fullFunding().rules(), "fullFunding");
    note(firstUse, f.governmentShare().rules(), "governmentShare");
    note(firstUse, f.levyUsed().rules(), "levyUsed");
    note(firstUse, f.governmentCoInvestment().rules(), "governmentCoInvestment");
    note(firstUse, f.employerCoInvestment().rules(), "employerCoInvestment");
    note(firstUse, f.onProgrammeTotal().rules(), "onProgrammeTotal");
    note(firstUse, f.completionAmount().rules(), "completionAmount");
    note(firstUse, f.plannedInstalments().rules(), "plannedInstalments");
    note(firstUse, f.qualifyingPeriodDays().rules(), "qualifyingPeriodDays");
    List<Payment> payments = f.payments().payments();
    List<FundingRule> previous = List.of();
    for (int i = 0; i < payments.size(); i++) {
      List<FundingRule> rules = payments.get(i).rules();
      if (rules != previous) { // payments made together share one list: its rules are noted already
        for (FundingRule rule : rules) {
          if (rule.basis() == RuleBasis.CONFLICT && !firstUse.containsKey(rule)) {
            firstUse.put(rule, "payments[" + i + "]");
          }
        }
        previous = rules;
      }
    }
    List<Issue> warnings = new ArrayList<>();
    firstUse.forEach((rule, path) -> warnings.add(warning(rule, path)));
    return warnings;
  }

  /** The {@code funding.rule.conflict} warning for {@code rule}, a rule of basis conflict, used by the figure at {@code path}. */
  static Issue warning(FundingRule rule, String path) {
    return Issue.warning(FundingCodes.RULE_CONFLICT, rule.disputedText()).at(path);
  }

  private static void note(Map<FundingRule, String> firstUse, List<FundingRule> rules, String path) {
    for (FundingRule rule : rules) {
      if (rule.basis() == RuleBasis.CONFLICT) {
        firstUse.putIfAbsent(rule, path);
      }
    }
  }
}

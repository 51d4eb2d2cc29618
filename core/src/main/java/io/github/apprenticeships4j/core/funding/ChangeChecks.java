package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.internal.ConstraintBridge;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The checks of the price changes and changes of employer of a {@link Progress}: each takes effect from the start to
 * the last day in learning (or the planned end), changes of one kind in date order on distinct days, prices not
 * negative and in pence, the new employer's fields valid and its co-investment rule in the catalogue. Stateless.
 */
final class ChangeChecks {
  private ChangeChecks() {}

  /** Adds to {@code issues} what is wrong with the changes of {@code progress}. */
  static void check(FundingRules rules, LocalDate start, LocalDate plannedEnd, Progress progress, List<Issue> issues) {
    LocalDate end = progress.completionDate().or(progress::withdrawalDate)
        .orElse(Schedules.finalPlannedEnd(plannedEnd, progress.breaks()));
    List<PriceChange> prices = progress.priceChanges();
    for (int i = 0; i < prices.size(); i++) {
      PriceChange change = prices.get(i);
      String path = "progress.priceChanges[" + i + "]";
      checkDate(change.effectiveFrom(), i == 0 ? Optional.empty() : Optional.of(prices.get(i - 1).effectiveFrom()),
          start, end, path, issues);
      checkPrice(change.trainingPrice(), path + ".trainingPrice", issues);
      checkPrice(change.assessmentPrice(), path + ".assessmentPrice", issues);
    }
    List<EmployerChange> employers = progress.employerChanges();
    if (!employers.isEmpty() && rules.find(RuleKey.FULL_FUNDING_AFTER_EMPLOYER_CHANGE, start).isEmpty()) {
      issues.add(Issue.error(FundingCodes.RULES_MISSING, "the rule catalogue has no "
          + RuleKey.FULL_FUNDING_AFTER_EMPLOYER_CHANGE.id() + " in force on " + start).at("progress.employerChanges")
          .rejecting(RuleKey.FULL_FUNDING_AFTER_EMPLOYER_CHANGE.id()));
    }
    for (int i = 0; i < employers.size(); i++) {
      EmployerChange change = employers.get(i);
      String path = "progress.employerChanges[" + i + "]";
      checkDate(change.effectiveFrom(), i == 0 ? Optional.empty()
          : Optional.of(employers.get(i - 1).effectiveFrom()), start, end, path, issues);
      Employer employer = change.employer();
      for (Issue issue : ConstraintBridge.validate(employer)) {
        issues.add(issue.at(path + ".employer." + issue.path()));
      }
      if (!Money.isPence(employer.levyFundsAvailable())) {
        issues.add(Issue.error(FundingCodes.AMOUNT_SCALE, "amounts must be pounds with at most 2 decimal places")
            .at(path + ".employer.levyFundsAvailable").rejecting(employer.levyFundsAvailable().toPlainString()));
      }
      String kind = employer.ruleQualifier();
      if (rules.find(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, kind, start).isEmpty()) {
        issues.add(Issue.error(FundingCodes.RULES_MISSING, "the rule catalogue has no "
            + RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE.id() + " for " + kind + " on " + start).at(path + ".employer")
            .rejecting(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE.id()));
      }
    }
  }

  private static void checkDate(LocalDate from, Optional<LocalDate> previous, LocalDate start, LocalDate end,
      String path, List<Issue> issues) {
    String at = path + ".effectiveFrom";
    if (from.isBefore(start)) {
      issues.add(Issue.error(FundingCodes.CHANGE_BEFORE_START, "a change cannot take effect before the start date, "
          + start).at(at).rejecting(from.toString()));
    } else if (from.isAfter(end)) {
      issues.add(Issue.error(FundingCodes.CHANGE_AFTER_END, "a change cannot take effect after the last day in "
          + "learning or the planned end date, " + end).at(at).rejecting(from.toString()));
    } else if (previous.isPresent() && !from.isAfter(previous.get())) {
      issues.add(Issue.error(FundingCodes.CHANGE_OVERLAP, "changes of one kind must take effect on different days, "
          + "in date order; the one before takes effect on " + previous.get()).at(at).rejecting(from.toString()));
    }
  }

  private static void checkPrice(BigDecimal price, String path, List<Issue> issues) {
    if (price.signum() < 0) {
      issues.add(Issue.error(FundingCodes.CHANGE_PRICE_NEGATIVE, "a price cannot be negative").at(path)
          .rejecting(price.toPlainString()));
    } else if (!Money.isPence(price)) {
      issues.add(Issue.error(FundingCodes.AMOUNT_SCALE, "amounts must be pounds with at most 2 decimal places")
          .at(path).rejecting(price.toPlainString()));
    }
  }
}

package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.EmployerPeriod;
import io.github.apprenticeships4j.core.funding.Figure;
import io.github.apprenticeships4j.core.funding.FullFundingReason;
import io.github.apprenticeships4j.core.funding.Payment;
import io.github.apprenticeships4j.core.funding.PaymentKind;
import io.github.apprenticeships4j.core.funding.PriceChange;
import io.github.apprenticeships4j.core.funding.UnitFundingBreakdown;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The JSON objects printed by {@code a4j funding} and {@code a4j levy}: amounts and rates as decimal strings. */
final class FundingJson {
  private FundingJson() {}

  /** One calculated apprenticeship: every figure with the sources of its rules, the payments and the warnings. */
  static Map<String, Object> calculated(long record, Optional<String> id, FundingBreakdown f) {
    Map<String, Object> json = head(record, id, "calculated");
    json.put("startDate", f.apprenticeship().startDate().toString());
    json.put("plannedEndDate", f.plannedEndDate().toString());
    json.put("ageAtStart", figure(f.ageAtStart()));
    json.put("fundingCap", figure(f.fundingCap()));
    json.put("capVersion", f.capVersion().map(String::valueOf).orElse(null));
    json.put("maximumPrice", figure(f.maximumPrice()));
    json.put("agreedPrice", amount(f.apprenticeship().agreedPrice()));
    json.put("fundedPrice", figure(f.fundedPrice()));
    json.put("employerExcess", figure(f.employerExcess()));
    Map<String, Object> fullFunding = figure(f.fullFunding());
    fullFunding.put("fullyFunded", f.fullFunding().value().isFullyFunded());
    json.put("fullFunding", fullFunding);
    json.put("governmentShare", figure(f.governmentShare()));
    json.put("levyUsed", figure(f.levyUsed()));
    json.put("governmentCoInvestment", figure(f.governmentCoInvestment()));
    json.put("employerCoInvestment", figure(f.employerCoInvestment()));
    json.put("onProgrammeTotal", figure(f.onProgrammeTotal()));
    json.put("completionAmount", figure(f.completionAmount()));
    json.put("plannedInstalments", figure(f.plannedInstalments()));
    json.put("qualifyingPeriodDays", figure(f.qualifyingPeriodDays()));
    json.put("priceChanges", f.progress().priceChanges().stream().map(FundingJson::priceChange)
        .collect(Collectors.toList()));
    json.put("employers", f.employerPeriods().stream().map(FundingJson::employer).collect(Collectors.toList()));
    json.put("payments", f.payments().payments().stream().map(p -> payment(p, f.employerPeriods()))
        .collect(Collectors.toList()));
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("instalments", amount(f.payments().total(PaymentKind.INSTALMENT, PaymentKind.BALANCING)));
    totals.put("completion", amount(f.payments().total(PaymentKind.COMPLETION)));
    totals.put("employerIncentive", amount(f.payments().total(PaymentKind.EMPLOYER_INCENTIVE)));
    totals.put("providerIncentive", amount(f.payments().total(PaymentKind.PROVIDER_INCENTIVE)));
    totals.put("careLeaverBursary", amount(f.payments().total(PaymentKind.CARE_LEAVER_BURSARY)));
    totals.put("smeHiringIncentive", amount(f.payments().total(PaymentKind.SME_HIRING_INCENTIVE)));
    totals.put("foundationEmployerIncentive", amount(f.payments().total(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE)));
    totals.put("englishAndMaths", amount(f.payments().total(PaymentKind.ENGLISH_AND_MATHS)));
    json.put("totals", totals);
    json.put("warnings", issues(f.warnings().issues()));
    return json;
  }

  /** One calculated apprenticeship unit: every figure with the sources of its rules, the payments and the warnings. */
  static Map<String, Object> calculatedUnit(long record, Optional<String> id, UnitFundingBreakdown f) {
    Map<String, Object> json = head(record, id, "calculated");
    json.put("course", "unit");
    f.unit().reference().ifPresent(r -> json.put("reference", r));
    json.put("startDate", f.unit().startDate().toString());
    json.put("plannedEndDate", f.unit().plannedEndDate().toString());
    json.put("plannedHours", f.unit().plannedHours());
    json.put("ageAtStart", figure(f.ageAtStart()));
    json.put("fundedPrice", figure(f.fundedPrice()));
    json.put("governmentShare", figure(f.governmentShare()));
    json.put("levyUsed", figure(f.levyUsed()));
    json.put("governmentCoInvestment", figure(f.governmentCoInvestment()));
    json.put("employerCoInvestment", figure(f.employerCoInvestment()));
    json.put("milestoneDate", figure(f.milestoneDate()));
    json.put("milestoneAmount", figure(f.milestoneAmount()));
    json.put("completionAmount", figure(f.completionAmount()));
    json.put("payments", f.payments().payments().stream().map(FundingJson::payment).collect(Collectors.toList()));
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("milestone", amount(f.payments().total(PaymentKind.UNIT_MILESTONE)));
    totals.put("completion", amount(f.payments().total(PaymentKind.COMPLETION)));
    json.put("totals", totals);
    json.put("warnings", issues(f.warnings().issues()));
    return json;
  }

  /** One input that was not calculated: the findings that rejected it. */
  static Map<String, Object> rejected(long record, Optional<String> id, List<Issue> issues) {
    Map<String, Object> json = head(record, id, "rejected");
    json.put("rejected", issues(issues));
    return json;
  }

  private static Map<String, Object> head(long record, Optional<String> id, String status) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("record", record);
    id.ifPresent(i -> json.put("id", i));
    json.put("status", status);
    return json;
  }

  static List<Map<String, Object>> issues(List<Issue> issues) {
    return issues.stream().map(FundingJson::issue).collect(Collectors.toList());
  }

  static Map<String, Object> issue(Issue issue) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("severity", issue.severity().name());
    json.put("code", issue.code());
    json.put("path", issue.path());
    json.put("message", issue.message());
    issue.rejectedValue().ifPresent(v -> json.put("value", v));
    issue.position().ifPresent(p -> {
      p.line().ifPresent(l -> json.put("line", l));
      p.column().ifPresent(c -> json.put("column", c));
    });
    return json;
  }

  private static Map<String, Object> figure(Figure<?> figure) {
    Map<String, Object> json = new LinkedHashMap<>();
    Object value = figure.value();
    json.put("value", value instanceof BigDecimal d ? d.toPlainString()
        : value instanceof FullFundingReason r ? r.name() : value instanceof LocalDate date ? date.toString() : value);
    json.put("sources", figure.sources());
    return json;
  }

  /** A payment, with the index of the employer period it falls due in. */
  private static Map<String, Object> payment(Payment p, List<EmployerPeriod> employers) {
    Map<String, Object> json = payment(p);
    int employer = 0;
    while (employer + 1 < employers.size() && !p.dueDate().isBefore(employers.get(employer + 1).from())) {
      employer++;
    }
    json.put("employer", employer);
    return json;
  }

  /** A payment of a unit, which has one employer. */
  private static Map<String, Object> payment(Payment p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", p.kind().name());
    json.put("dueDate", p.dueDate().toString());
    json.put("amount", amount(p.amount()));
    return json;
  }

  private static Map<String, Object> priceChange(PriceChange change) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("effectiveFrom", change.effectiveFrom().toString());
    json.put("trainingPrice", amount(change.trainingPrice()));
    json.put("assessmentPrice", amount(change.assessmentPrice()));
    return json;
  }

  /** An employer period: the employer, its full funding and share, and the split of its part of the funded price. */
  private static Map<String, Object> employer(EmployerPeriod period) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("from", period.from().toString());
    json.put("levyPayer", period.employer().levyPayer());
    json.put("levyFundsAvailable", amount(period.employer().levyFundsAvailable().setScale(2)));
    Map<String, Object> fullFunding = figure(period.fullFunding());
    fullFunding.put("fullyFunded", period.fullFunding().value().isFullyFunded());
    json.put("fullFunding", fullFunding);
    json.put("governmentShare", figure(period.governmentShare()));
    json.put("levyUsed", amount(period.split().levy()));
    json.put("governmentCoInvestment", amount(period.split().government()));
    json.put("employerCoInvestment", amount(period.split().employer()));
    return json;
  }

  static String amount(BigDecimal amount) {
    return amount.toPlainString();
  }
}

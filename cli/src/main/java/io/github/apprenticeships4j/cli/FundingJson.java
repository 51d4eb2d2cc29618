package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.Figure;
import io.github.apprenticeships4j.core.funding.FullFundingReason;
import io.github.apprenticeships4j.core.funding.Payment;
import io.github.apprenticeships4j.core.funding.PaymentKind;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
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
    json.put("payments", f.payments().payments().stream().map(FundingJson::payment).collect(Collectors.toList()));
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("instalments", amount(f.payments().total(PaymentKind.INSTALMENT, PaymentKind.BALANCING)));
    totals.put("completion", amount(f.payments().total(PaymentKind.COMPLETION)));
    totals.put("employerIncentive", amount(f.payments().total(PaymentKind.EMPLOYER_INCENTIVE)));
    totals.put("providerIncentive", amount(f.payments().total(PaymentKind.PROVIDER_INCENTIVE)));
    totals.put("careLeaverBursary", amount(f.payments().total(PaymentKind.CARE_LEAVER_BURSARY)));
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
        : value instanceof FullFundingReason r ? r.name() : value);
    json.put("sources", figure.sources());
    return json;
  }

  private static Map<String, Object> payment(Payment p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", p.kind().name());
    json.put("dueDate", p.dueDate().toString());
    json.put("amount", amount(p.amount()));
    return json;
  }

  static String amount(BigDecimal amount) {
    return amount.toPlainString();
  }
}

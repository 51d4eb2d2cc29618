package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.funding.AccountMonth;
import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.LevyAccount;
import io.github.apprenticeships4j.core.funding.LevyForecast;
import io.github.apprenticeships4j.core.funding.Payment;
import io.github.apprenticeships4j.core.funding.StandardFunding;
import io.github.apprenticeships4j.core.standard.StandardReference;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The seed case of the funding calculator: the Machine learning engineer standard (ST1398, level 6, £22,000 cap),
 * starting 1 September 2025 for 24 months at £22,000, for
 * <ol>
 *   <li>a non-levy employer and an apprentice aged 25: the government pays 95% (£20,900), the employer 5% (£1,100);
 *   <li>the same employer and an apprentice aged 19: fully funded (non-levy employers since April 2024);
 *   <li>a levy payer whose funds run out mid-way: £5,000 in the account in September 2025 and none after; the
 *       account pays the instalments until March 2026, then the rest is co-invested 95/5.
 * </ol>
 * Run by {@code FundingSeedCaseTest}.
 */
public final class FundingSeedCase {
  static final LocalDate START = LocalDate.of(2025, 9, 1);

  private FundingSeedCase() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /** The ML engineer apprenticeship at a non-levy employer, for an apprentice born on {@code dateOfBirth}. */
  static Apprenticeship mlEngineer(LocalDate dateOfBirth) {
    return Apprenticeship.builder()
        .startDate(START)
        .plannedDurationMonths(24)
        .standard(StandardFunding.builder().reference(StandardReference.parse("ST1398")).level(6)
            .typicalDurationMonths(24).build())
        .trainingPrice(new BigDecimal("19000"))
        .assessmentPrice(new BigDecimal("3000"))
        .employer(Employer.nonLevy())
        .apprentice(Apprentice.bornOn(dateOfBirth))
        .build();
  }

  public static void run(PrintWriter out) {
    FundingCalculator calculator = FundingCalculator.withDefaultRules();

    out.println("1. ST1398 Machine learning engineer, non-levy employer, apprentice aged 25");
    Apprenticeship aged25 = mlEngineer(LocalDate.of(2000, 3, 15));
    FundingBreakdown f = calculator.calculate(aged25).orElseThrow();
    print(f, out);

    out.println();
    out.println("2. The same, apprentice aged 19");
    FundingBreakdown young = calculator.calculate(mlEngineer(LocalDate.of(2006, 3, 15))).orElseThrow();
    print(young, out);

    out.println();
    out.println("3. A levy payer with £5,000 in its account in September 2025 and no more funds after");
    FundingBreakdown levy = calculator.calculate(aged25.withEmployer(Employer.levyPayer(BigDecimal.ZERO)))
        .orElseThrow();
    LevyForecast forecast = LevyAccount.withDefaultRules().forecast(YearMonth.of(2025, 9), YearMonth.of(2027, 8),
        Map.of(YearMonth.of(2025, 9), new BigDecimal("5000")), List.of(levy));
    for (AccountMonth m : forecast.months()) {
      if (m.month().isBefore(YearMonth.of(2026, 6))) {
        out.printf("   %s  levy %8s  government %8s  employer %6s  balance %8s%n", m.month(), m.levyUsed(),
            m.governmentCoInvestment(), m.employerCoInvestment(), m.balance());
      }
    }
    forecast.months().stream().filter(m -> m.balance().signum() == 0).findFirst().ifPresent(m -> out.println(
        "   The funds run out in " + m.month() + "; from then on the government pays 95% and the "
            + "employer 5%."));
    out.println("   Over 24 months: levy " + forecast.totalLevyUsed() + ", government "
        + forecast.totalGovernmentCoInvestment() + ", employer " + forecast.totalEmployerCoInvestment()
        + " (each month's payment is split on its own, so pennies differ from 95/5 of the £17,000 total)");
  }

  private static void print(FundingBreakdown f, PrintWriter out) {
    out.println("   Age at start " + f.ageAtStart().value() + "; cap £" + f.fundingCap().value() + " ("
        + f.fundingCap().sources().get(0) + ")");
    out.println("   Funded price £" + f.fundedPrice().value() + "; fully funded: " + f.isFullyFunded() + " ("
        + f.fullFunding().value() + ")");
    out.println("   Government £" + f.governmentCoInvestment().value() + ", employer £"
        + f.employerCoInvestment().value() + ", levy £" + f.levyUsed().value());
    List<Payment> instalments = f.instalments();
    out.println("   " + instalments.size() + " instalments of £" + instalments.get(0).amount() + " (the last £"
        + instalments.get(instalments.size() - 1).amount() + "), completion £" + f.completionAmount().value()
        + " on " + f.payments().payments().stream().filter(p -> p.kind().name().equals("COMPLETION"))
            .findFirst().map(Payment::dueDate).orElseThrow());
    f.incentivePayments().forEach(p -> out.println("   " + p.kind() + " £" + p.amount() + " on " + p.dueDate()));
  }
}

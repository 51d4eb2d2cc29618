package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.funding.AccountMonth;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundsIn;
import io.github.apprenticeships4j.core.funding.LevyAccount;
import io.github.apprenticeships4j.core.funding.LevyForecast;
import io.github.apprenticeships4j.core.funding.LevyMonth;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code a4j levy monthly|forecast}. */
@Command(name = "levy", description = "The apprenticeship levy and the levy account.",
    subcommands = {LevyCommand.Monthly.class, LevyCommand.Forecast.class})
final class LevyCommand {
  private LevyCommand() {}

  @Command(name = "monthly",
      description = "The levy of one PAYE scheme month by month from its pay bills (HMRC's year-to-date method), "
          + "and the funds entering the apprenticeship service account; one JSON object per tax month.")
  static final class Monthly extends Subcommand {

    @Option(names = "--tax-year", required = true, paramLabel = "YEAR",
        description = "The year the tax year starts, e.g. 2025 for 2025-26.")
    int taxYear;

    @SuppressWarnings("NullAway.Init") // set by picocli: required
    @Option(names = "--pay-bill", required = true, split = ",", paramLabel = "POUNDS",
        description = "The pay bill of each tax month so far, in order (at most 12), e.g. 250000,250000,-10000.")
    List<BigDecimal> payBills;

    @Option(names = "--allowance", paramLabel = "POUNDS",
        description = "This scheme's share of the annual allowance (default: all of it).")
    @Nullable
    BigDecimal allowance;

    @SuppressWarnings("NullAway.Init") // set by picocli: it has a default
    @Option(names = "--english", paramLabel = "FRACTION", defaultValue = "1",
        description = "Share of the pay bill paid to employees living in England, 0 to 1 (default ${DEFAULT-VALUE}).")
    BigDecimal english;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      LevyAccount account = LevyAccount.withDefaultRules();
      List<LevyMonth> months;
      try {
        months = allowance == null ? account.monthlyLevy(taxYear, payBills)
            : account.monthlyLevy(taxYear, payBills, allowance);
      } catch (InvalidValueException e) {
        return rejected(e, out);
      }
      YearMonth firstFundsIn = YearMonth.of(taxYear, 5);
      for (LevyMonth m : months) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("taxMonth", m.taxMonth());
        json.put("payBill", FundingJson.amount(m.payBill()));
        json.put("payBillToDate", FundingJson.amount(m.payBillToDate()));
        json.put("levyBeforeAllowanceToDate", FundingJson.amount(m.levyBeforeAllowanceToDate()));
        json.put("allowanceToDate", FundingJson.amount(m.allowanceToDate()));
        json.put("levyDueToDate", FundingJson.amount(m.levyDueToDate()));
        json.put("levyPayable", FundingJson.amount(m.levyPayable()));
        FundsIn in;
        try {
          in = account.fundsIn(firstFundsIn.plusMonths(m.taxMonth() - 1L), m.levyPayable(), english);
        } catch (InvalidValueException e) {
          return rejected(e, out);
        }
        Map<String, Object> funds = new LinkedHashMap<>();
        funds.put("month", in.month().toString());
        funds.put("englishLevy", FundingJson.amount(in.englishLevy()));
        funds.put("topUp", FundingJson.amount(in.topUp()));
        funds.put("total", FundingJson.amount(in.total()));
        funds.put("sources", in.rules().stream().map(r -> r.source()).collect(Collectors.toList()));
        json.put("fundsIn", funds);
        CommandIo.printJson(out, json);
      }
      out.flush();
      return A4j.OK;
    }
  }

  @Command(name = "forecast",
      description = "Forecast a levy account month by month: funds in, expiry, and the payments of the "
          + "apprenticeships in FILE (as for 'funding calculate'); one JSON object per month.")
  static final class Forecast extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "Apprenticeships JSON (.gz accepted).")
    Path file;

    @SuppressWarnings("NullAway.Init") // set by picocli: required
    @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "First month shown.")
    String from;

    @SuppressWarnings("NullAway.Init") // set by picocli: required
    @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "Last month shown.")
    String to;

    @Option(names = "--funds-in", paramLabel = "YYYY-MM=POUNDS",
        description = "Funds entering the account in a month (repeatable; months before --from build the "
            + "opening balance).")
    Map<String, BigDecimal> fundsIn = new LinkedHashMap<>();

    @Option(names = "--monthly-funds", paramLabel = "POUNDS",
        description = "Funds entering every month from --from to --to, added to --funds-in.")
    @Nullable
    BigDecimal monthlyFunds;

    @Option(names = "--rules", paramLabel = "CATALOGUE", description = "A rule catalogue laid over the defaults.")
    @Nullable
    Path rules;

    @Option(names = "--standards", paramLabel = "FILE",
        description = "Standards JSON (.gz accepted) for caps, as for 'funding calculate'; default: the bundled "
            + "Digital route.")
    @Nullable
    Path standards;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      YearMonth first;
      YearMonth last;
      Map<YearMonth, BigDecimal> in = new TreeMap<>();
      try {
        first = YearMonth.parse(from);
        last = YearMonth.parse(to);
        for (Map.Entry<String, BigDecimal> e : fundsIn.entrySet()) {
          in.merge(YearMonth.parse(e.getKey()), e.getValue(), BigDecimal::add);
        }
      } catch (DateTimeParseException e) {
        err.println("a4j: months are written YYYY-MM: " + e.getParsedString());
        return A4j.UNREADABLE;
      }
      if (monthlyFunds != null) {
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
          in.merge(m, monthlyFunds, BigDecimal::add);
        }
      }
      Optional<FundingCommand.Calculated> read = FundingCommand.calculate(file, rules, standards, err);
      if (read.isEmpty()) {
        return A4j.UNREADABLE;
      }
      FundingCommand.Calculated calculated = read.get();
      if (calculated.summary().stoppedBy().isPresent()) {
        err.println("a4j: " + calculated.summary());
        return A4j.UNREADABLE;
      }
      if (calculated.anyRejected()) {
        calculated.json().stream().filter(o -> ((Map<?, ?>) o).containsKey("rejected"))
            .forEach(o -> CommandIo.printJson(err, o));
        err.println("a4j: rejected apprenticeships are left out of the forecast");
      }
      List<FundingBreakdown> apprenticeships = calculated.results().stream().flatMap(Optional::stream)
          .collect(Collectors.toList());
      LevyForecast forecast;
      try {
        forecast = LevyAccount.of(calculated.calculator().rules()).forecast(first, last, in, apprenticeships);
      } catch (InvalidValueException e) {
        return rejected(e, out);
      }
      for (AccountMonth m : forecast.months()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("month", m.month().toString());
        json.put("fundsIn", FundingJson.amount(m.fundsIn()));
        json.put("expired", FundingJson.amount(m.expired()));
        json.put("levyUsed", FundingJson.amount(m.levyUsed()));
        json.put("governmentCoInvestment", FundingJson.amount(m.governmentCoInvestment()));
        json.put("employerCoInvestment", FundingJson.amount(m.employerCoInvestment()));
        json.put("balance", FundingJson.amount(m.balance()));
        CommandIo.printJson(out, json);
      }
      out.flush();
      return calculated.anyRejected() ? A4j.ERRORS : A4j.OK;
    }
  }

  private static int rejected(InvalidValueException e, PrintWriter out) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rejected", List.of(FundingJson.issue(e.issue())));
    CommandIo.printJson(out, json);
    out.flush();
    return A4j.ERRORS;
  }
}

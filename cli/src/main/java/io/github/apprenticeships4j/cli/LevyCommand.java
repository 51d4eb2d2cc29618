package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.funding.AccountMonth;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundsIn;
import io.github.apprenticeships4j.core.funding.LevyAccount;
import io.github.apprenticeships4j.core.funding.LevyForecast;
import io.github.apprenticeships4j.core.funding.LevyLedger;
import io.github.apprenticeships4j.core.funding.LevyMonth;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.LevyLedgerCsv;
import java.io.IOException;
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
      description = "Forecast a levy account month by month: funds in, what the account already paid (its ledger), "
          + "the transfers it funds, expiry (first in first out, as DfE computes it), and the payments of the "
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

    @Option(names = "--funds-out", paramLabel = "YYYY-MM=POUNDS",
        description = "Payments the account made for the employer's own apprentices in a month, as its statement "
            + "shows them (repeatable; negative for a refund).")
    Map<String, BigDecimal> fundsOut = new LinkedHashMap<>();

    @Option(names = "--transfers-out", paramLabel = "YYYY-MM=POUNDS",
        description = "Transfers the account paid to other employers in a month, as its statement shows them "
            + "(repeatable; they reduce the transfer allowance of their allowance year).")
    Map<String, BigDecimal> transfersOut = new LinkedHashMap<>();

    @Option(names = "--ledger", paramLabel = "CSV",
        description = "The account's statement: a CSV with the columns Month (YYYY-MM), FundsIn, FundsOut and "
            + "TransfersOut, added to --funds-in, --funds-out and --transfers-out.")
    @Nullable
    Path ledgerFile;

    @Option(names = "--transfers", paramLabel = "FILE",
        description = "Apprenticeships JSON of receiving employers funded by transfer from this account: their "
            + "payments are paid from it in full while its balance and transfer allowance last.")
    @Nullable
    Path transfers;

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
      Map<YearMonth, BigDecimal> in;
      Map<YearMonth, BigDecimal> paid;
      Map<YearMonth, BigDecimal> sent;
      try {
        first = YearMonth.parse(from);
        last = YearMonth.parse(to);
        in = byMonth(fundsIn);
        paid = byMonth(fundsOut);
        sent = byMonth(transfersOut);
      } catch (DateTimeParseException e) {
        err.println("a4j: months are written YYYY-MM: " + e.getParsedString());
        return A4j.UNREADABLE;
      }
      if (monthlyFunds != null) {
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
          in.merge(m, monthlyFunds, BigDecimal::add);
        }
      }
      LevyLedger ledger;
      try {
        ledger = LevyLedger.builder().putAllFundsIn(in).putAllFundsOut(paid).putAllTransfersOut(sent).build();
      } catch (InvalidValueException e) {
        return rejected(e, out);
      }
      if (ledgerFile != null) {
        LedgerRead statement = readLedger(ledgerFile, err);
        if (statement.ledger() == null) {
          return statement.exitCode();
        }
        ledger = ledger.plus(statement.ledger());
      }
      if (!CommandIo.isFile(file, err)) {
        return A4j.UNREADABLE;
      }
      Optional<FundingCalculator> calculator = FundingCommand.calculator(rules, standards, err);
      if (calculator.isEmpty()) {
        return A4j.UNREADABLE;
      }
      Optional<FundingCommand.Calculated> read = FundingCommand.calculate(file, calculator.get(), err);
      if (read.isEmpty()) {
        return A4j.UNREADABLE;
      }
      FundingCommand.Calculated calculated = read.get();
      if (calculated.summary().stoppedBy().isPresent()) {
        err.println("a4j: " + calculated.summary());
        return A4j.UNREADABLE;
      }
      printRejected(calculated, err, "apprenticeships");
      if (!calculated.units().isEmpty()) {
        err.println("a4j: apprenticeship units are left out of the forecast");
      }
      List<FundingBreakdown> apprenticeships = calculated.results().stream().flatMap(Optional::stream)
          .collect(Collectors.toList());
      List<FundingBreakdown> funded = List.of();
      boolean anyRejected = calculated.anyRejected();
      if (transfers != null) {
        Optional<FundingCommand.Calculated> receivers = FundingCommand.calculate(transfers, calculator.get(), err);
        if (receivers.isEmpty() || receivers.get().summary().stoppedBy().isPresent()) {
          receivers.ifPresent(r -> err.println("a4j: " + r.summary()));
          return A4j.UNREADABLE;
        }
        printRejected(receivers.get(), err, "transfers");
        if (!receivers.get().units().isEmpty()) {
          err.println("a4j: apprenticeship units are left out of the transfers");
        }
        anyRejected |= receivers.get().anyRejected();
        funded = receivers.get().results().stream().flatMap(Optional::stream).collect(Collectors.toList());
      }
      LevyForecast forecast;
      try {
        forecast = LevyAccount.of(calculated.calculator().rules()).forecast(first, last, ledger, apprenticeships,
            funded);
      } catch (InvalidValueException e) {
        return rejected(e, out);
      }
      for (AccountMonth m : forecast.months()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("month", m.month().toString());
        json.put("fundsIn", FundingJson.amount(m.fundsIn()));
        json.put("expired", FundingJson.amount(m.expired()));
        json.put("levyUsed", FundingJson.amount(m.levyUsed()));
        json.put("transfersOut", FundingJson.amount(m.transfersOut()));
        json.put("transfersUnfunded", FundingJson.amount(m.transfersUnfunded()));
        json.put("governmentCoInvestment", FundingJson.amount(m.governmentCoInvestment()));
        json.put("employerCoInvestment", FundingJson.amount(m.employerCoInvestment()));
        json.put("balance", FundingJson.amount(m.balance()));
        CommandIo.printJson(out, json);
      }
      out.flush();
      return anyRejected ? A4j.ERRORS : A4j.OK;
    }

    /** A statement read: its ledger, or none and the exit code that says why. */
    private record LedgerRead(@Nullable LevyLedger ledger, int exitCode) {}

    /**
     * The ledger of a statement CSV; none, with the findings printed to {@code err}, if the file cannot be read
     * ({@link A4j#UNREADABLE}) or a row is rejected ({@link A4j#ERRORS}).
     */
    private static LedgerRead readLedger(Path csv, PrintWriter err) {
      if (!CommandIo.isFile(csv, err)) {
        return new LedgerRead(null, A4j.UNREADABLE);
      }
      LevyLedger ledger = LevyLedger.empty();
      boolean rejected = false;
      try (RecordReader<LevyLedger> reader = LevyLedgerCsv.reader().open(csv)) {
        for (Row<LevyLedger> row : (Iterable<Row<LevyLedger>>) reader.rows()::iterator) {
          row.issues().forEach(i -> CommandIo.printJson(err, FundingJson.issue(i)));
          if (row instanceof Row.Accepted<LevyLedger> month) {
            ledger = ledger.plus(month.value());
          } else {
            rejected = true;
          }
        }
        if (reader.summary().stoppedBy().isPresent()) {
          err.println("a4j: " + reader.summary());
          return new LedgerRead(null, A4j.UNREADABLE);
        }
      } catch (IOException e) {
        return new LedgerRead(null, CommandIo.cannotRead(err, csv, e));
      }
      if (rejected) {
        err.println("a4j: " + csv + " has rejected rows; no forecast");
        return new LedgerRead(null, A4j.ERRORS);
      }
      return new LedgerRead(ledger, A4j.OK);
    }

    private static Map<YearMonth, BigDecimal> byMonth(Map<String, BigDecimal> amounts) {
      Map<YearMonth, BigDecimal> months = new TreeMap<>();
      amounts.forEach((month, amount) -> months.merge(YearMonth.parse(month), amount, BigDecimal::add));
      return months;
    }

    private static void printRejected(FundingCommand.Calculated calculated, PrintWriter err, String what) {
      if (calculated.anyRejected()) {
        calculated.json().stream().filter(o -> ((Map<?, ?>) o).containsKey("rejected"))
            .forEach(o -> CommandIo.printJson(err, o));
        err.println("a4j: rejected " + what + " are left out of the forecast");
      }
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

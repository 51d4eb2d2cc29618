package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.LedgerExpiry;
import io.github.apprenticeships4j.core.funding.internal.Money;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The apprenticeship levy and the apprenticeship service account, under the {@link FundingRules} in force: HMRC's
 * monthly levy from the year-to-date pay bill, one allowance shared by connected companies, the funds entering the
 * account (English share and top-up), the transfer allowance, the expiry of a ledger the user supplies (funds in,
 * payments and transfers by month) computed first in first out as DfE's employer-finance code does, and a
 * month-by-month forecast that continues the ledger with the payments of the employer's apprenticeships and the
 * transfers it funds. Money follows the package's {@linkplain io.github.apprenticeships4j.core.funding rounding policy}.
 * Immutable and thread-safe. Where the sources leave a question open, each method says what it does.
 */
public final class LevyAccount {
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private final FundingRules rules;

  private LevyAccount(FundingRules rules) {
    this.rules = rules;
  }

  public static LevyAccount withDefaultRules() {
    return new LevyAccount(FundingRules.defaults());
  }

  public static LevyAccount of(FundingRules rules) {
    return new LevyAccount(rules);
  }

  /** The full annual allowance of tax year {@code taxYear} (the year in which it starts, e.g. 2026 for 2026-27). */
  public BigDecimal annualAllowance(int taxYear) {
    return rule(RuleKey.LEVY_ALLOWANCE, taxYearStart(taxYear)).decimalValue();
  }

  /**
   * The levy of one PAYE scheme, month by month (HMRC ALM09200): levy due to date = max(0, rate &times; pay bill to
   * date &minus; allowance &times; month / 12); levy payable = levy due to date &minus; levy due to the month before.
   * The allowance to date is rounded half-even to the penny.
   *
   * @param taxYear the year in which the tax year starts, e.g. 2017 for 2017-18
   * @param monthlyPayBills the pay bill of each tax month so far, at most 12
   * @param allowance this scheme's share of the annual allowance
   * @throws InvalidValueException with code {@code levy.months.range}, {@code levy.allowance.range} or
   *     {@code funding.amount.scale}
   */
  public List<LevyMonth> monthlyLevy(int taxYear, List<BigDecimal> monthlyPayBills, BigDecimal allowance) {
    LocalDate yearStart = taxYearStart(taxYear);
    BigDecimal rate = rule(RuleKey.LEVY_RATE, yearStart).decimalValue();
    BigDecimal full = rule(RuleKey.LEVY_ALLOWANCE, yearStart).decimalValue();
    if (monthlyPayBills.size() > 12) {
      throw new InvalidValueException(Issue.error(FundingCodes.MONTHS_RANGE, "a tax year has 12 months")
          .rejecting(String.valueOf(monthlyPayBills.size())));
    }
    if (allowance.signum() < 0 || allowance.compareTo(full) > 0) {
      throw new InvalidValueException(Issue.error(FundingCodes.ALLOWANCE_RANGE, "the allowance must be from 0 to "
          + full)
          .rejecting(allowance.toPlainString()));
    }
    List<LevyMonth> months = new ArrayList<>();
    BigDecimal payBillToDate = Money.ZERO;
    BigDecimal dueBefore = Money.ZERO;
    for (int i = 0; i < monthlyPayBills.size(); i++) {
      BigDecimal payBill = pence(monthlyPayBills.get(i));
      payBillToDate = payBillToDate.add(payBill);
      BigDecimal gross = Money.share(payBillToDate, rate);
      BigDecimal allowanceToDate = allowance.multiply(BigDecimal.valueOf(i + 1L))
          .divide(TWELVE, 2, RoundingMode.HALF_EVEN);
      BigDecimal due = gross.subtract(allowanceToDate).max(Money.ZERO);
      months.add(new LevyMonth(i + 1, payBill, payBillToDate, gross, allowanceToDate, due, due.subtract(dueBefore)));
      dueBefore = due;
    }
    return months;
  }

  /** The levy of a PAYE scheme that has the full annual allowance to itself. */
  public List<LevyMonth> monthlyLevy(int taxYear, List<BigDecimal> monthlyPayBills) {
    return monthlyLevy(taxYear, monthlyPayBills, annualAllowance(taxYear));
  }

  /**
   * Checks how connected companies (or the PAYE schemes of one employer) share one annual allowance: no share may be
   * negative and the shares must add up to the allowance (Finance Act 2016 s.101(3) and (4)). Codes:
   * {@code levy.allowance.share-negative}, {@code levy.allowance.shares-total}.
   *
   * @param shares each company's or scheme's share, by name
   */
  public ValidationReport checkAllowanceShares(int taxYear, Map<String, BigDecimal> shares) {
    List<Issue> issues = new ArrayList<>();
    shares.forEach((name, share) -> {
      if (share.signum() < 0) {
        issues.add(Issue.error(FundingCodes.ALLOWANCE_SHARE_NEGATIVE, "an allowance share must not be negative")
            .about(name).rejecting(share.toPlainString()));
      }
    });
    BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal full = annualAllowance(taxYear);
    if (total.compareTo(full) != 0) {
      issues.add(Issue.error(FundingCodes.ALLOWANCE_SHARES_TOTAL, "the shares must add up to the annual allowance of "
          + full.toPlainString()).rejecting(total.toPlainString()));
    }
    return ValidationReport.of(issues);
  }

  /**
   * The funds entering the account in {@code month} from {@code levyDeclared}: the English share, and the top-up in
   * force on the 20th of the month on it (das-employer-finance GetLevyDeclarationAndTopUp).
   *
   * @param englishFraction 0 to 1; use 1 when HMRC has not given one (as DfE's code does)
   */
  public FundsIn fundsIn(YearMonth month, BigDecimal levyDeclared, BigDecimal englishFraction) {
    if (englishFraction.signum() < 0 || englishFraction.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException(Issue.error(FundingCodes.ENGLISH_FRACTION_RANGE,
          "the English fraction must be from 0 to 1").rejecting(englishFraction.toPlainString()));
    }
    BigDecimal english = Money.share(pence(levyDeclared), englishFraction);
    List<FundingRule> used = new ArrayList<>();
    BigDecimal topUp = rules.find(RuleKey.LEVY_TOP_UP, month.atDay(20)).map(r -> {
      used.add(r);
      return Money.share(english, r.decimalValue());
    }).orElse(Money.ZERO);
    return new FundsIn(month, pence(levyDeclared), englishFraction, english, topUp, english.add(topUp), used);
  }

  /**
   * The transfer allowance for tax year {@code taxYear}: the share in force on 20 April (when DfE sets it) of the
   * funds that entered the account in the previous tax year, English share and top-up included.
   */
  public Figure<BigDecimal> transferAllowance(int taxYear, BigDecimal previousYearFundsIn) {
    FundingRule share = rule(RuleKey.LEVY_TRANSFER_SHARE, allowanceYearStart(taxYear));
    return Figure.of(Money.share(pence(previousYearFundsIn), share.decimalValue()), share);
  }

  /**
   * The transfer allowance of allowance year {@code year} from a ledger, as das-employer-finance's
   * {@code GetAccountTransferAllowance} computes it: the year starts on 20 April ({@code GetPreviousFinancialYearDates});
   * the allowance is the share in force that day of the previous tax year's funds in (the levy of its twelve tax
   * months, English share and top-up included, which enters the account from May of the year before to April), less
   * the transfers paid in the year's months (April to March).
   *
   * @param year the calendar year in which the allowance year starts, e.g. 2026 for 2026-27
   * @throws InvalidValueException {@code funding.rules.missing} if no transfer share is in force on 20 April
   */
  public TransferAllowance transferAllowance(int year, LevyLedger ledger) {
    FundingRule share = rule(RuleKey.LEVY_TRANSFER_SHARE, allowanceYearStart(year));
    BigDecimal previous = previousYearFundsIn(year, ledger.fundsIn());
    BigDecimal used = sum(ledger.transfersOut(), YearMonth.of(year, 4), YearMonth.of(year + 1, 3));
    return new TransferAllowance(year, previous, share, Money.share(previous.max(Money.ZERO), share.decimalValue()),
        used);
  }

  /**
   * The funds expiring in each month of a ledger's history, first in first out, as das-employer-finance's
   * {@code ExpiredFunds} and {@code ExpireFundsExtensions} compute them: negative amounts are first netted against the
   * positive amounts of their own and earlier months, newest first (what is left of them is dropped); each month's
   * funds in expire after the period in force on the 1st of that month (24 months, 12 for funds entering from August
   * 2026, each period a cohort netted and processed on its own, the older first), less the payments and transfers of
   * months up to and including the expiry month, used oldest first. DfE's code nets refunds of funds out again for the
   * 12-month cohort; this method nets them once.
   *
   * @return the amount expiring in each expiry month, in month order, with an entry (maybe zero) for each month funds
   *     entered
   * @throws InvalidValueException {@code funding.rules.missing} if a month has no expiry period in force
   */
  public SortedMap<YearMonth, BigDecimal> expiry(LevyLedger ledger) {
    Map<YearMonth, BigDecimal> out = new TreeMap<>(ledger.fundsOut());
    ledger.transfersOut().forEach((m, a) -> out.merge(m, a, BigDecimal::add));
    SortedMap<YearMonth, BigDecimal> expiring = LedgerExpiry.expiring(ledger.fundsIn(), out,
        m -> rule(RuleKey.LEVY_EXPIRY_MONTHS, m.atDay(1)).intValue());
    SortedMap<YearMonth, BigDecimal> pounds = new TreeMap<>();
    expiring.forEach((m, a) -> pounds.put(m, Money.pounds(a)));
    return Collections.unmodifiableSortedMap(pounds);
  }

  /**
   * Forecasts the account from {@code from} to {@code to}: funds entering, funds expiring (oldest first), and the
   * payments of {@code apprenticeships} (instalments, balancing and completion payments of their profiles, except
   * for fully funded ones, which use no levy) made from the account, what it cannot pay being co-invested. The same as
   * {@link #forecast(YearMonth, YearMonth, LevyLedger, List, List)} with a ledger of these funds in and no transfers.
   *
   * @param fundsIn net funds entering the account by month, e.g. {@link FundsIn#total()}; months before
   *     {@code from} build the opening balance
   * @param apprenticeships the employer's apprenticeships, paid in list order within a month
   */
  public LevyForecast forecast(YearMonth from, YearMonth to, Map<YearMonth, BigDecimal> fundsIn,
      List<FundingBreakdown> apprenticeships) {
    return forecast(from, to, LevyLedger.builder().putAllFundsIn(fundsIn).build(), apprenticeships, List.of());
  }

  /**
   * Forecasts the account from {@code from} to {@code to} from what its ledger says happened and the payments still
   * to come. Each month, in this order:
   *
   * <ol>
   *   <li>the month's funds in enter; a negative amount (an adjustment) reduces the newest funds first and, beyond the
   *       balance, the next funds to enter;
   *   <li>the ledger's transfers and payments of the month are taken as made, from the oldest funds (a refund goes
   *       back to the funds that paid it, or enters as new funds if they have expired);
   *   <li>the transfers due for {@code transfersOut}, the apprenticeships of receiving employers this account funds:
   *       every payment of their profiles from the funded price, paid in full while the balance and the transfer
   *       allowance left for the allowance year last, as das-payments-V2 pays a transfer (before the employer's own
   *       payments, and before any co-investment rule, so the receiver pays nothing while the transfer covers it);
   *       what the account cannot pay is shown as {@link AccountMonth#transfersUnfunded()};
   *   <li>the payments of {@code apprenticeships}, as {@link #forecast(YearMonth, YearMonth, Map, List)} describes;
   *       what the account cannot pay is co-invested at the levy-payer rate in force on the apprenticeship's start
   *       date; each payment is split on its own, so totals may differ by pennies from the calculator's;
   *   <li>the funds due to expire in the month expire: funds expire after the period in force on the 1st of the month
   *       they entered (12 months for funds entering from August 2026), so payments made in the expiry month still
   *       use them, as das-employer-finance counts them (for a ledger that never overspends, the same expiry as
   *       {@link #expiry(LevyLedger)}, which a property test checks).
   * </ol>
   *
   * <p>The transfer allowance of each allowance year (April to March, the year starting on 20 April) is computed as
   * {@link #transferAllowance(int, LevyLedger)} does from the ledger's funds in, less the ledger's transfers and the
   * forecast transfers of the year so far; it is at most the balance.
   *
   * @param ledger what happened: funds in, payments and transfers by month; months before {@code from} build the
   *     opening balance
   * @param apprenticeships the employer's own apprenticeships, paid in list order within a month; after a change of
   *     employer, only the payments for the employer at the start
   * @param transfersOut receiving employers' apprenticeships funded by transfer from this account, paid in list order
   * @throws InvalidValueException {@code levy.ledger.overspent} if the ledger pays more in a month than the balance;
   *     {@code funding.rules.missing} if a rule the forecast needs is not in force
   */
  public LevyForecast forecast(YearMonth from, YearMonth to, LevyLedger ledger, List<FundingBreakdown> apprenticeships,
      List<FundingBreakdown> transfersOut) {
    Map<YearMonth, List<Due>> dues = new TreeMap<>();
    for (FundingBreakdown f : apprenticeships) {
      if (f.isFullyFunded()) {
        continue;
      }
      BigDecimal share = f.apprenticeship().employer().levyPayer() ? f.governmentShare().value()
          : rule(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, "levy-payer", f.apprenticeship().startDate()).decimalValue();
      for (Payment p : f.payments().payments()) {
        if (p.kind().isFromFundedPrice() && forFirstEmployer(f, p)) {
          dues.computeIfAbsent(YearMonth.from(p.dueDate()), m -> new ArrayList<>()).add(new Due(p.amount(), share));
        }
      }
    }
    Map<YearMonth, List<BigDecimal>> transfers = new TreeMap<>();
    for (FundingBreakdown f : transfersOut) {
      for (Payment p : f.payments().payments()) {
        if (p.kind().isFromFundedPrice() && forFirstEmployer(f, p)) {
          transfers.computeIfAbsent(YearMonth.from(p.dueDate()), m -> new ArrayList<>()).add(p.amount());
        }
      }
    }
    return new Run(ledger, dues, transfers).forecast(from, to);
  }

  /**
   * Forecasts the account with plain payments due from it by month, as {@link #forecast} does; what it cannot pay is
   * co-invested at the levy-payer rate in force on the 1st of the month.
   */
  public LevyForecast forecastPayments(YearMonth from, YearMonth to, Map<YearMonth, BigDecimal> fundsIn,
      Map<YearMonth, BigDecimal> paymentsDue) {
    Map<YearMonth, List<Due>> dues = new TreeMap<>();
    paymentsDue.forEach((month, amount) -> dues.computeIfAbsent(month, m -> new ArrayList<>()).add(new Due(
        pence(amount), rule(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, "levy-payer", month.atDay(1)).decimalValue())));
    return new Run(LevyLedger.builder().putAllFundsIn(fundsIn).build(), dues, Map.of()).forecast(from, to);
  }

  /**
   * Whether {@code p} is paid for the apprenticeship's employer at its start: it falls due before the first change of
   * employer ({@link Progress#employerChanges()}), after which the new employer's payments come from another account.
   */
  private static boolean forFirstEmployer(FundingBreakdown f, Payment p) {
    return f.progress().employerChanges().stream().findFirst()
        .map(change -> p.dueDate().isBefore(change.effectiveFrom())).orElse(true);
  }

  private record Due(BigDecimal amount, BigDecimal governmentShare) {}

  /** Funds that entered in one month: what is left of them and the month at whose end they expire. */
  private static final class Tranche {
    final YearMonth expires;
    BigDecimal remaining;

    Tranche(YearMonth expires, BigDecimal remaining) {
      this.expires = expires;
      this.remaining = remaining;
    }
  }

  /** An amount a payment took from a tranche, so that a refund can give it back. */
  private record Use(Tranche tranche, BigDecimal amount) {}

  /** One forecast: the account's tranches month by month. */
  private final class Run {
    private final LevyLedger ledger;
    private final Map<YearMonth, List<Due>> dues;
    private final Map<YearMonth, List<BigDecimal>> transfers;
    private final Deque<Tranche> tranches = new ArrayDeque<>();
    private final Deque<Use> uses = new ArrayDeque<>();
    private final Map<Integer, BigDecimal> transferred = new HashMap<>();
    private BigDecimal debt = Money.ZERO;

    Run(LevyLedger ledger, Map<YearMonth, List<Due>> dues, Map<YearMonth, List<BigDecimal>> transfers) {
      this.ledger = ledger;
      this.dues = dues;
      this.transfers = transfers;
    }

    LevyForecast forecast(YearMonth from, YearMonth to) {
      YearMonth first = from;
      for (Map<YearMonth, ?> months : List.of(ledger.fundsIn(), ledger.fundsOut(), ledger.transfersOut(), dues,
          transfers)) {
        for (YearMonth m : months.keySet()) {
          first = m.isBefore(first) ? m : first;
        }
      }
      List<AccountMonth> months = new ArrayList<>();
      for (YearMonth month = first; !month.isAfter(to); month = month.plusMonths(1)) {
        BigDecimal in = pence(ledger.fundsIn().getOrDefault(month, BigDecimal.ZERO));
        enter(month, in);
        BigDecimal transfersOut = pay(month, "transfersOut", ledger.transfersOut().getOrDefault(month,
            BigDecimal.ZERO));
        BigDecimal levyUsed = pay(month, "fundsOut", ledger.fundsOut().getOrDefault(month, BigDecimal.ZERO));
        Integer year = allowanceYear(month);
        transferred.merge(year, transfersOut, BigDecimal::add);
        BigDecimal unfunded = Money.ZERO;
        for (BigDecimal due : transfers.getOrDefault(month, List.of())) {
          BigDecimal allowance = allowance(year).subtract(transferred.getOrDefault(year, Money.ZERO)).max(Money.ZERO);
          BigDecimal paid = due.max(Money.ZERO).min(allowance).min(balance());
          consume(paid);
          transferred.merge(year, paid, BigDecimal::add);
          transfersOut = transfersOut.add(paid);
          unfunded = unfunded.add(due.max(Money.ZERO).subtract(paid));
        }
        BigDecimal government = Money.ZERO;
        BigDecimal employer = Money.ZERO;
        for (Due due : dues.getOrDefault(month, List.of())) {
          FundingSplit split = FundingSplit.of(due.amount().max(Money.ZERO), balance(), due.governmentShare());
          consume(split.levy());
          levyUsed = levyUsed.add(split.levy());
          government = government.add(split.government());
          employer = employer.add(split.employer());
        }
        BigDecimal expired = expire(month);
        if (!month.isBefore(from)) {
          months.add(new AccountMonth(month, in, expired, levyUsed, transfersOut, unfunded, government, employer,
              balance()));
        }
      }
      return new LevyForecast(months);
    }

    private void enter(YearMonth month, BigDecimal in) {
      if (in.signum() > 0) {
        BigDecimal absorbed = in.min(debt);
        debt = debt.subtract(absorbed);
        BigDecimal net = in.subtract(absorbed);
        if (net.signum() > 0) {
          addTranche(month, net);
        }
      } else if (in.signum() < 0) {
        BigDecimal reduce = in.negate();
        for (Iterator<Tranche> it = tranches.descendingIterator(); it.hasNext() && reduce.signum() > 0;) {
          Tranche t = it.next();
          BigDecimal taken = t.remaining.min(reduce);
          t.remaining = t.remaining.subtract(taken);
          reduce = reduce.subtract(taken);
        }
        debt = debt.add(reduce);
      }
    }

    private void addTranche(YearMonth month, BigDecimal amount) {
      int expiry = rule(RuleKey.LEVY_EXPIRY_MONTHS, month.atDay(1)).intValue();
      tranches.addLast(new Tranche(month.plusMonths(expiry), amount));
    }

    /** Takes a ledger amount as paid: from the oldest funds, or, for a refund, back to the funds that paid it. */
    private BigDecimal pay(YearMonth month, String what, BigDecimal amount) {
      BigDecimal paid = pence(amount);
      if (paid.compareTo(balance()) > 0) {
        throw new InvalidValueException(Issue.error(FundingCodes.LEDGER_OVERSPENT, "the ledger pays "
            + paid.toPlainString() + " in " + month + " from a balance of " + balance().toPlainString())
            .at(what + "." + month).rejecting(paid.toPlainString()));
      }
      if (paid.signum() >= 0) {
        consume(paid);
      } else {
        refund(month, paid.negate());
      }
      return paid;
    }

    private void refund(YearMonth month, BigDecimal amount) {
      BigDecimal left = amount;
      while (left.signum() > 0 && !uses.isEmpty()) {
        Use use = uses.removeLast();
        BigDecimal back = use.amount().min(left);
        if (tranches.contains(use.tranche())) {
          use.tranche().remaining = use.tranche().remaining.add(back);
        } else {
          addTranche(month, back);
        }
        if (back.compareTo(use.amount()) < 0) {
          uses.addLast(new Use(use.tranche(), use.amount().subtract(back)));
        }
        left = left.subtract(back);
      }
      if (left.signum() > 0) {
        addTranche(month, left);
      }
    }

    private void consume(BigDecimal amount) {
      BigDecimal left = amount;
      for (Tranche t : tranches) {
        if (left.signum() == 0) {
          return;
        }
        BigDecimal taken = t.remaining.min(left);
        if (taken.signum() > 0) {
          t.remaining = t.remaining.subtract(taken);
          uses.addLast(new Use(t, taken));
          left = left.subtract(taken);
        }
      }
    }

    private BigDecimal expire(YearMonth month) {
      BigDecimal expired = Money.ZERO;
      for (Iterator<Tranche> it = tranches.iterator(); it.hasNext();) {
        Tranche t = it.next();
        if (!t.expires.isAfter(month)) {
          expired = expired.add(t.remaining);
          it.remove();
        }
      }
      return expired;
    }

    private BigDecimal balance() {
      return tranches.stream().map(t -> t.remaining).reduce(Money.ZERO, BigDecimal::add);
    }

    private BigDecimal allowance(int year) {
      return rules.find(RuleKey.LEVY_TRANSFER_SHARE, allowanceYearStart(year))
          .map(share -> Money.share(previousYearFundsIn(year, ledger.fundsIn()).max(Money.ZERO),
              share.decimalValue()))
          .orElse(Money.ZERO);
    }
  }

  /** The allowance year of a month: April to March, the year starting on 20 April. */
  private static Integer allowanceYear(YearMonth month) {
    return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
  }

  private static LocalDate allowanceYearStart(int year) {
    return LocalDate.of(year, 4, 20);
  }

  /** Funds in for the tax year before allowance year {@code year}: they enter from May of the year before to April. */
  private static BigDecimal previousYearFundsIn(int year, Map<YearMonth, BigDecimal> fundsIn) {
    return sum(fundsIn, YearMonth.of(year - 1, 5), YearMonth.of(year, 4));
  }

  private static BigDecimal sum(Map<YearMonth, BigDecimal> amounts, YearMonth first, YearMonth last) {
    return amounts.entrySet().stream().filter(e -> !e.getKey().isBefore(first) && !e.getKey().isAfter(last))
        .map(e -> pence(e.getValue())).reduce(Money.ZERO, BigDecimal::add);
  }

  private FundingRule rule(RuleKey key, LocalDate date) {
    return rule(key, FundingRule.ANY, date);
  }

  private FundingRule rule(RuleKey key, String qualifier, LocalDate date) {
    return rules.find(key, qualifier, date).orElseThrow(() -> new InvalidValueException(Issue.error(
        FundingCodes.RULES_MISSING, "the rule catalogue has no " + key.id() + " in force on " + date)
        .rejecting(date.toString())));
  }

  private static LocalDate taxYearStart(int taxYear) {
    return LocalDate.of(taxYear, 4, 6);
  }

  private static BigDecimal pence(BigDecimal amount) {
    if (!Money.isPence(amount)) {
      throw new InvalidValueException(Issue.error(FundingCodes.AMOUNT_SCALE,
          "amounts must be pounds with at most 2 decimal places").rejecting(amount.toPlainString()));
    }
    return Money.pounds(amount);
  }
}

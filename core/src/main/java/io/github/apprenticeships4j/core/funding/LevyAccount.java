package io.github.apprenticeships4j.core.funding;

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
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The apprenticeship levy and the apprenticeship service account, under the {@link FundingRules} in force: HMRC's
 * monthly levy from the year-to-date pay bill, one allowance shared by connected companies, the funds entering the
 * account (English share and top-up), the transfer allowance and a month-by-month forecast with first-in first-out
 * expiry. Money follows the package's {@linkplain io.github.apprenticeships4j.core.funding rounding policy}.
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
    FundingRule share = rule(RuleKey.LEVY_TRANSFER_SHARE, LocalDate.of(taxYear, 4, 20));
    return Figure.of(Money.share(pence(previousYearFundsIn), share.decimalValue()), share);
  }

  /**
   * Forecasts the account from {@code from} to {@code to}: funds entering, funds expiring (oldest first), and the
   * payments of {@code apprenticeships} (instalments, balancing and completion payments of their profiles, except
   * for fully funded ones, which use no levy) made from the account, what it cannot pay being co-invested.
   *
   * <p>Funds are dated by the month they enter the account (levy for a tax month arrives around the 23rd of the next
   * month). They expire at the start of their expiry month, set by the expiry period in force on the 1st of the month
   * they entered (funds entering from August 2026 expire after 12 months), so payments made in that month no longer
   * use them. A negative funds-in (an adjustment) reduces the newest funds first and, beyond the balance, the next
   * funds to enter. What the account cannot pay is co-invested at the levy-payer rate in force on the
   * apprenticeship's start date; each payment is split on its own, so totals may differ by pennies from the
   * calculator's, which splits totals.
   *
   * @param fundsIn net funds entering the account by month, e.g. {@link FundsIn#total()}; months before
   *     {@code from} build the opening balance
   * @param apprenticeships the employer's apprenticeships, paid in list order within a month
   */
  public LevyForecast forecast(YearMonth from, YearMonth to, Map<YearMonth, BigDecimal> fundsIn,
      List<FundingBreakdown> apprenticeships) {
    Map<YearMonth, List<Due>> dues = new TreeMap<>();
    for (FundingBreakdown f : apprenticeships) {
      if (f.isFullyFunded()) {
        continue;
      }
      BigDecimal share = f.apprenticeship().employer().levyPayer() ? f.governmentShare().value()
          : rule(RuleKey.CO_INVESTMENT_GOVERNMENT_SHARE, "levy-payer", f.apprenticeship().startDate()).decimalValue();
      for (Payment p : f.payments().payments()) {
        if (p.kind().isFromFundedPrice()) {
          dues.computeIfAbsent(YearMonth.from(p.dueDate()), m -> new ArrayList<>()).add(new Due(p.amount(), share));
        }
      }
    }
    return run(from, to, fundsIn, dues);
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
    return run(from, to, fundsIn, dues);
  }

  private record Due(BigDecimal amount, BigDecimal governmentShare) {}

  /** Funds that entered in one month: what is left of them and the month they expire. */
  private static final class Tranche {
    final YearMonth expires;
    BigDecimal remaining;

    Tranche(YearMonth expires, BigDecimal remaining) {
      this.expires = expires;
      this.remaining = remaining;
    }
  }

  private LevyForecast run(YearMonth from, YearMonth to, Map<YearMonth, BigDecimal> fundsIn,
      Map<YearMonth, List<Due>> dues) {
    YearMonth first = from;
    for (YearMonth m : fundsIn.keySet()) {
      first = m.isBefore(first) ? m : first;
    }
    for (YearMonth m : dues.keySet()) {
      first = m.isBefore(first) ? m : first;
    }
    Deque<Tranche> tranches = new ArrayDeque<>();
    BigDecimal debt = Money.ZERO;
    List<AccountMonth> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(to); month = month.plusMonths(1)) {
      BigDecimal expired = Money.ZERO;
      for (Iterator<Tranche> it = tranches.iterator(); it.hasNext();) {
        Tranche t = it.next();
        if (!t.expires.isAfter(month)) {
          expired = expired.add(t.remaining);
          it.remove();
        }
      }
      BigDecimal in = pence(fundsIn.getOrDefault(month, BigDecimal.ZERO));
      if (in.signum() > 0) {
        BigDecimal absorbed = in.min(debt);
        debt = debt.subtract(absorbed);
        BigDecimal net = in.subtract(absorbed);
        if (net.signum() > 0) {
          int expiry = rule(RuleKey.LEVY_EXPIRY_MONTHS, month.atDay(1)).intValue();
          tranches.addLast(new Tranche(month.plusMonths(expiry), net));
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
      BigDecimal levyUsed = Money.ZERO;
      BigDecimal government = Money.ZERO;
      BigDecimal employer = Money.ZERO;
      for (Due due : dues.getOrDefault(month, List.of())) {
        FundingSplit split = FundingSplit.of(due.amount().max(Money.ZERO), balance(tranches), due.governmentShare());
        consume(tranches, split.levy());
        levyUsed = levyUsed.add(split.levy());
        government = government.add(split.government());
        employer = employer.add(split.employer());
      }
      if (!month.isBefore(from)) {
        months.add(new AccountMonth(month, in, expired, levyUsed, government, employer, balance(tranches)));
      }
    }
    return new LevyForecast(months);
  }

  private static void consume(Deque<Tranche> tranches, BigDecimal amount) {
    BigDecimal left = amount;
    for (Tranche t : tranches) {
      if (left.signum() == 0) {
        return;
      }
      BigDecimal taken = t.remaining.min(left);
      t.remaining = t.remaining.subtract(taken);
      left = left.subtract(taken);
    }
  }

  private static BigDecimal balance(Deque<Tranche> tranches) {
    return tranches.stream().map(t -> t.remaining).reduce(Money.ZERO, BigDecimal::add);
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

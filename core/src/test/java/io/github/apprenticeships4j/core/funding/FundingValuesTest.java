package io.github.apprenticeships4j.core.funding;

import static io.github.apprenticeships4j.core.funding.Apprenticeships.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11: the money-carrying values check their invariants when built by hand, with the package's codes. */
class FundingValuesTest {
  static final LocalDate DAY = LocalDate.of(2025, 9, 30);

  static Issue refusal(Runnable build) {
    InvalidValueException e = catchThrowableOfType(build::run, InvalidValueException.class);
    assertThat(e).as("refused").isNotNull();
    return e.issue();
  }

  static BigDecimal pounds(String text) {
    return new BigDecimal(text);
  }

  @Test
  void payment_refusesANegativeAmountWithSixDecimalPlaces_andKeepsPoundsAtScale2() {
    Issue scale = refusal(() -> new Payment(PaymentKind.INSTALMENT, DAY, pounds("-733.333333"), List.of()));
    assertThat(scale.code()).isEqualTo("funding.amount.scale");
    assertThat(scale.path()).isEqualTo("amount");
    assertThat(scale.rejectedValue()).hasValue("-733.333333");
    assertThat(scale.message()).isEqualTo("amount must be pounds with at most 2 decimal places");

    Issue negative = refusal(() -> new Payment(PaymentKind.INSTALMENT, DAY, pounds("-733.33"), List.of()));
    assertThat(negative.code()).isEqualTo("funding.amount.negative");

    Payment payment = new Payment(PaymentKind.COMPLETION, DAY, pounds("4400"), List.of());
    assertThat(payment.amount()).isEqualTo(pounds("4400.00"));
    assertThat(new Payment(PaymentKind.COMPLETION, DAY, pounds("4400.000"), List.of())).isEqualTo(payment);
  }

  @Test
  void fundingSplit_refusesNegativeOrOverPreciseShares() {
    assertThat(refusal(() -> new FundingSplit(pounds("1.001"), BigDecimal.ZERO, BigDecimal.ZERO)).code())
        .isEqualTo("funding.amount.scale");
    Issue negative = refusal(() -> new FundingSplit(BigDecimal.ZERO, BigDecimal.ZERO, pounds("-1")));
    assertThat(negative.code()).isEqualTo("funding.amount.negative");
    assertThat(negative.path()).isEqualTo("employer");
    assertThat(new FundingSplit(BigDecimal.ZERO, pounds("20900"), pounds("1100")).toString())
        .isEqualTo("FundingSplit[levy=0.00, government=20900.00, employer=1100.00]");
  }

  @Test
  void levyValues_refuseWhatTheirMeaningExcludes() {
    YearMonth month = YearMonth.of(2025, 5);
    assertThat(refusal(() -> new FundsIn(month, pounds("-100"), pounds("1.5"), pounds("-150"), BigDecimal.ZERO,
        pounds("-150"), List.of())).code()).isEqualTo("levy.english-fraction.range");
    assertThat(refusal(() -> new FundsIn(month, pounds("100"), BigDecimal.ONE, pounds("100"), pounds("10"),
        pounds("100"), List.of())).code()).isEqualTo("levy.funds-in.total");
    assertThat(new FundsIn(month, pounds("-100"), BigDecimal.ONE, pounds("-100"), pounds("-10"), pounds("-110"),
        List.of()).total()).as("a reduction").isEqualTo(pounds("-110.00"));

    assertThat(refusal(() -> new LevyMonth(13, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO)).code()).isEqualTo("levy.months.range");
    assertThat(refusal(() -> new LevyMonth(1, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        pounds("-1"), BigDecimal.ZERO)).path()).isEqualTo("levyDueToDate");

    assertThat(refusal(() -> new AccountMonth(month, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, pounds("-0.01"))).path()).isEqualTo("balance");
    assertThat(new AccountMonth(month, pounds("-5"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO).fundsIn()).isEqualTo(pounds("-5.00"));
  }

  @Test
  void payment_of_copiesItsRules_andEqualsAPaymentWithTheSameParts() {
    List<FundingRule> rules = new ArrayList<>(FundingRules.defaults().history(RuleKey.ON_PROGRAMME_SHARE));
    Payment payment = Payment.of(PaymentKind.INSTALMENT, DAY, pounds("733.33"), rules);
    Payment same = new Payment(PaymentKind.INSTALMENT, DAY, pounds("733.330"), List.copyOf(rules));
    rules.clear();

    assertThat(payment.rules()).isNotEmpty().isEqualTo(same.rules());
    assertThat(payment).isEqualTo(same).hasSameHashCodeAs(same)
        .isNotEqualTo(Payment.of(PaymentKind.BALANCING, DAY, pounds("733.33"), same.rules()))
        .isNotEqualTo(Payment.of(PaymentKind.INSTALMENT, DAY, pounds("733.34"), same.rules()));
    assertThat(Payment.of(PaymentKind.COMPLETION, DAY, pounds("4400"), List.of()))
        .hasToString("Payment[kind=COMPLETION, dueDate=2025-09-30, amount=4400.00, rules=[]]");
  }

  @Test
  void levyValues_withTheSameParts_areEqual_andPrintTheirParts() {
    YearMonth month = YearMonth.of(2025, 5);
    LevyMonth levy = new LevyMonth(1, pounds("300000"), pounds("300000"), pounds("1500"), pounds("1250"),
        pounds("250"), pounds("250"));
    assertThat(levy).isEqualTo(new LevyMonth(1, pounds("300000.00"), pounds("300000"), pounds("1500"),
        pounds("1250"), pounds("250"), pounds("250"))).hasSameHashCodeAs(new LevyMonth(1, pounds("300000.00"),
            pounds("300000"), pounds("1500"), pounds("1250"), pounds("250"), pounds("250")));
    assertThat(levy).isNotEqualTo(new LevyMonth(2, pounds("300000"), pounds("300000"), pounds("1500"),
        pounds("1250"), pounds("250"), pounds("250")));
    assertThat(levy).hasToString("LevyMonth[taxMonth=1, payBill=300000.00, payBillToDate=300000.00, "
        + "levyBeforeAllowanceToDate=1500.00, allowanceToDate=1250.00, levyDueToDate=250.00, levyPayable=250.00]");

    AccountMonth account = new AccountMonth(month, pounds("10"), BigDecimal.ZERO, pounds("5"), BigDecimal.ZERO,
        BigDecimal.ZERO, pounds("5"));
    assertThat(account).isEqualTo(new AccountMonth(month, pounds("10.00"), BigDecimal.ZERO, pounds("5"),
        BigDecimal.ZERO, BigDecimal.ZERO, pounds("5.0"))).hasSameHashCodeAs(new AccountMonth(month, pounds("10"),
            BigDecimal.ZERO, pounds("5"), BigDecimal.ZERO, BigDecimal.ZERO, pounds("5")));
    assertThat(account).isNotEqualTo(new AccountMonth(month, pounds("10"), BigDecimal.ZERO, pounds("5"),
        BigDecimal.ZERO, BigDecimal.ZERO, pounds("6")));
    assertThat(account).hasToString("AccountMonth[month=2025-05, fundsIn=10.00, expired=0.00, levyUsed=5.00, "
        + "transfersOut=0.00, transfersUnfunded=0.00, governmentCoInvestment=0.00, employerCoInvestment=0.00, "
        + "balance=5.00]");
    assertThat(account).isNotEqualTo(new AccountMonth(month, pounds("10"), BigDecimal.ZERO, pounds("5"),
        pounds("1"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, pounds("5")));
    assertThat(account).isNotEqualTo(new AccountMonth(month, pounds("10"), BigDecimal.ZERO, pounds("5"),
        BigDecimal.ZERO, pounds("1"), BigDecimal.ZERO, BigDecimal.ZERO, pounds("5")));
    assertThat(refusal(() -> new AccountMonth(month, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, pounds("-1"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)).path())
        .isEqualTo("transfersUnfunded");

    FundsIn in = new FundsIn(month, pounds("100"), BigDecimal.ONE, pounds("100"), pounds("10"), pounds("110"),
        List.of());
    assertThat(in).isEqualTo(new FundsIn(month, pounds("100"), BigDecimal.ONE, pounds("100.00"), pounds("10"),
        pounds("110"), List.of())).hasSameHashCodeAs(new FundsIn(month, pounds("100"), BigDecimal.ONE,
            pounds("100"), pounds("10"), pounds("110"), List.of()));
    assertThat(in).isNotEqualTo(new FundsIn(month.plusMonths(1), pounds("100"), BigDecimal.ONE, pounds("100"),
        pounds("10"), pounds("110"), List.of()));
    assertThat(in).hasToString("FundsIn[month=2025-05, levyDeclared=100.00, englishFraction=1, englishLevy=100.00, "
        + "topUp=10.00, total=110.00, rules=[]]");
  }

  @Test
  void fundingBreakdown_builtByHand_mustAddUp() {
    ImmutableFundingBreakdown seed = (ImmutableFundingBreakdown) FundingCalculator.withDefaultRules()
        .calculate(SEED).orElseThrow();

    Issue split = refusal(() -> seed.withLevyUsed(new Figure<>(pounds("1.00"), List.of())));
    assertThat(split.code()).isEqualTo("funding.breakdown.inconsistent");
    assertThat(split.path()).isEqualTo("levyUsed");
    assertThat(refusal(() -> seed.withFundedPrice(new Figure<>(pounds("-22000"), List.of()))).code())
        .isEqualTo("funding.amount.negative");
    assertThat(refusal(() -> seed.withGovernmentShare(new Figure<>(pounds("1.5"), List.of()))).path())
        .isEqualTo("governmentShare");
  }
}

package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.funding.internal.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A month-by-month forecast of a levy account.
 *
 * @param months the months in order
 */
public record LevyForecast(List<AccountMonth> months) {
  public LevyForecast {
    months = List.copyOf(months);
  }

  /** The forecast of {@code month}, if it is in the forecast. */
  public Optional<AccountMonth> find(YearMonth month) {
    return months.stream().filter(m -> m.month().equals(month)).findFirst();
  }

  public BigDecimal totalExpired() {
    return total(AccountMonth::expired);
  }

  public BigDecimal totalLevyUsed() {
    return total(AccountMonth::levyUsed);
  }

  /** Transfers paid from the account to receiving employers. */
  public BigDecimal totalTransfersOut() {
    return total(AccountMonth::transfersOut);
  }

  /** Transfer payments the account could not pay (see {@link AccountMonth#transfersUnfunded()}). */
  public BigDecimal totalTransfersUnfunded() {
    return total(AccountMonth::transfersUnfunded);
  }

  public BigDecimal totalGovernmentCoInvestment() {
    return total(AccountMonth::governmentCoInvestment);
  }

  public BigDecimal totalEmployerCoInvestment() {
    return total(AccountMonth::employerCoInvestment);
  }

  private BigDecimal total(Function<AccountMonth, BigDecimal> amount) {
    return months.stream().map(amount).reduce(Money.ZERO, BigDecimal::add);
  }
}

package io.github.apprenticeships4j.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A new agreed price during learning (an ILR price episode; TNP3 and TNP4 after a change of employer): the training
 * and end-point assessment prices in force from {@code effectiveFrom}. The funding cap stays the one in force on the
 * original start date.
 *
 * @param effectiveFrom the first day the new price is in force
 * @param trainingPrice the new training price (TNP1 or TNP3), pounds
 * @param assessmentPrice the new end-point assessment price (TNP2 or TNP4), pounds
 */
public record PriceChange(LocalDate effectiveFrom, BigDecimal trainingPrice, BigDecimal assessmentPrice) {
  /** @throws NullPointerException if a component is null */
  public PriceChange {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(trainingPrice, "trainingPrice");
    Objects.requireNonNull(assessmentPrice, "assessmentPrice");
  }

  /** Training price + assessment price. */
  public BigDecimal agreedPrice() {
    return trainingPrice.add(assessmentPrice);
  }
}

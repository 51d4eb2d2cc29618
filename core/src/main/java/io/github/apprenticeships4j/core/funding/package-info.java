/**
 * Apprenticeship funding in England: the dated {@link io.github.apprenticeships4j.core.funding.FundingRules} (a
 * catalogue ships with the library, from 1 May 2017 to the 2026-27 rules, and users may lay their own over it), the
 * {@link io.github.apprenticeships4j.core.funding.FundingCalculator} for one apprenticeship and the
 * {@link io.github.apprenticeships4j.core.funding.LevyAccount}. These, and the values they take and give, are immutable
 * and thread-safe (their builders are not). The codes of the findings are those of
 * {@link io.github.apprenticeships4j.core.funding.FundingCodes}.
 *
 * <h2 id="rounding">Rounding policy</h2>
 * Money is {@link java.math.BigDecimal} pounds at scale 2, never floating point; an amount with more than two decimal
 * places is refused ({@code funding.amount.scale}).
 * <ol>
 *   <li>A share taken by a rate (a co-investment share, levy at 0.5%, the top-up, ...) is rounded to the penny
 *       half-even.</li>
 *   <li>The complementary share is the exact remainder, so parts always add up to the whole.</li>
 *   <li>An amount spread over equal instalments is rounded down to the penny; the last instalment takes the remaining
 *       pennies.</li>
 *   <li>A maximum ("no more than") is rounded down to the penny.</li>
 * </ol>
 * The calculator splits the totals of one apprenticeship, the levy account's forecast each payment, so their totals
 * may differ by a few pence.
 */
@DomainStyle
@NullMarked
package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;

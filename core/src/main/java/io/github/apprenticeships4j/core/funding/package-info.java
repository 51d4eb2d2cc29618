/**
 * Apprenticeship funding in England: the dated funding rules, the funding calculator and the levy account.
 *
 * <h2>Rules as data</h2>
 * Every rule is a {@link io.github.apprenticeships4j.core.funding.FundingRule}: a key, a qualifier, the dates it is in
 * force, a value, and the document (and paragraph) or URL it comes from. The library ships a catalogue,
 * {@link io.github.apprenticeships4j.core.funding.FundingRules#defaults()}, from 1 May 2017 to the 2026-27 rules;
 * users may read their own catalogue (for a future funding year) with
 * {@link io.github.apprenticeships4j.core.funding.FundingRules#parse(java.io.Reader, String)} and lay it over the
 * default one with {@link io.github.apprenticeships4j.core.funding.FundingRules#plus(FundingRules)}.
 *
 * <p>The rules, the calculator, the levy account, and the inputs and results they take and give, are immutable and
 * thread-safe (their builders are not): they may be shared between threads without locking.
 *
 * <h2 id="rounding">Rounding policy</h2>
 * Money is {@link java.math.BigDecimal} pounds held at scale 2 (pence), never a floating-point number. Amounts given
 * with more than two decimal places are refused ({@code funding.amount.scale}).
 * <ol>
 *   <li>A share taken by a rate (the 80% on-programme share, the government co-investment share, levy at 0.5%, the
 *       English percentage, the top-up, the transfer allowance) is rounded to the penny half-even (banker's
 *       rounding, as DfE's code rounds, though DfE keeps 5 decimal places).</li>
 *   <li>The complementary share is the exact remainder: completion payment = funded price &minus; on-programme total;
 *       employer co-investment = shortfall &minus; government share. Parts therefore always add up to the whole.</li>
 *   <li>An amount spread over equal instalments is divided and rounded <em>down</em> to the penny; the last
 *       instalment takes the remaining pennies (fewer than the number of instalments), so no instalment is ever
 *       negative and the instalments add up exactly.</li>
 *   <li>A maximum ("no more than", e.g. the price after recognition of prior learning) is rounded down to the
 *       penny.</li>
 * </ol>
 * Co-investment is computed on the totals of one apprenticeship (as DfE's earnings code does); the month-by-month
 * {@link io.github.apprenticeships4j.core.funding.LevyAccount#forecast levy forecast} splits each payment instead,
 * so its totals may differ from the calculator's by a few pence.
 */
@DomainStyle
@NullMarked
package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
